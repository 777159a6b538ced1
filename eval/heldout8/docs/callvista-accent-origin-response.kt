package com.callvista.client.model

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/*
 * Response models for the CallVista Conversation Intelligence API (v3).
 * GET https://api.callvista.example/v3/calls/{callId}/speaker-profile
 *
 * The speaker profile is computed server-side from the caller's audio.
 * "ethnic_origin" is estimated from accent and prosody; it is returned only to
 * accounts with the Demographic Insights add-on.
 */

@Serializable
data class SpeakerProfileResponse(
    @SerialName("call_id") val callId: String,
    @SerialName("speaker") val speaker: SpeakerProfile,
    @SerialName("model_version") val modelVersion: String
)

@Serializable
data class SpeakerProfile(
    @SerialName("channel") val channel: Int,
    @SerialName("language") val language: String,
    @SerialName("gender") val gender: String?,
    @SerialName("age_range") val ageRange: String?,
    /** Ethnic origin inferred from the caller's accent, e.g. "hispanic", "south_asian". */
    @SerialName("ethnic_origin") val ethnicOrigin: EthnicOrigin?,
    @SerialName("sentiment") val sentiment: Double
)

@Serializable
data class EthnicOrigin(
    @SerialName("label") val label: EthnicLabel,
    @SerialName("confidence") val confidence: Double
)

@Serializable
enum class EthnicLabel {
    @SerialName("white") WHITE,
    @SerialName("black") BLACK,
    @SerialName("hispanic") HISPANIC,
    @SerialName("south_asian") SOUTH_ASIAN,
    @SerialName("east_asian") EAST_ASIAN,
    @SerialName("middle_eastern") MIDDLE_EASTERN,
    @SerialName("unknown") UNKNOWN
}

/** Routing hint derived by the client from the profile; see docs/routing.md. */
fun SpeakerProfile.preferredAgentPool(): String =
    when (ethnicOrigin?.label) {
        EthnicLabel.HISPANIC -> "pool-es-us"
        EthnicLabel.SOUTH_ASIAN -> "pool-retention-b"
        else -> "pool-default"
    }
