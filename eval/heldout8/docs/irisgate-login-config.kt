package com.irisgate.login.config

/*
 * IrisGate Workforce Login - configuration model (Android client).
 * Iris recognition is used only to verify that the enrolled employee is the one logging in.
 */

enum class MatchMode { VERIFY_1_TO_1, IDENTIFY_1_TO_N }

enum class CaptureEye { LEFT, RIGHT, BOTH }

data class IrisCaptureConfig(
    val eye: CaptureEye = CaptureEye.BOTH,
    val minIrisDiameterPx: Int = 160,
    val maxAttempts: Int = 3,
    val livenessCheck: Boolean = true,
    val nirIlluminatorPowerPct: Int = 70
)

data class MatchPolicy(
    val mode: MatchMode = MatchMode.VERIFY_1_TO_1,
    /** Hamming-distance threshold on iris codes; lower is stricter. */
    val hammingThreshold: Double = 0.32,
    val fallbackToPin: Boolean = true
)

data class TemplateStorage(
    val encryptTemplates: Boolean = true,
    val keystoreAlias: String = "irisgate_templates",
    /** Templates are deleted when the employee leaves the company. */
    val deleteOnOffboarding: Boolean = true
)

data class IrisGateLoginConfig(
    val tenantId: String,
    val capture: IrisCaptureConfig = IrisCaptureConfig(),
    val match: MatchPolicy = MatchPolicy(),
    val storage: TemplateStorage = TemplateStorage(),
    val auditLogEndpoint: String = "https://audit.irisgate.example/v1/events"
)
