package com.irisense.sdk.model

import kotlinx.serialization.Serializable

/** Result of IriSense demographic estimation on one segmented iris image. */
@Serializable
data class IrisDemographics(
    val eye: Eye,
    val gender: Gender,
    val genderConfidence: Float,
    val ethnicity: IrisEthnicity,
    val ethnicityConfidence: Float,
    val templateVersion: Int = 3,
)

@Serializable
enum class IrisEthnicity { ASIAN, NON_ASIAN, UNKNOWN }

@Serializable
enum class Eye { LEFT, RIGHT }

@Serializable
enum class Gender { FEMALE, MALE, UNKNOWN }

/** Flags accepted by IriSenseClient.estimate(). */
object EstimateFlags {
    const val GENDER = 0x01
    const val ETHNICITY = 0x02
    const val ALL = GENDER or ETHNICITY
}
