package io.strideid.sdk.model

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/**
 * Soft-biometric attributes that StrideID estimates from a walking sequence
 * (at least 30 frames of a full-body track). No face is needed.
 */
@Serializable
data class GaitAttributes(
    @SerialName("track_id") val trackId: String,
    @SerialName("gender") val gender: Gender?,
    @SerialName("age_band") val ageBand: String?,
    @SerialName("ethnic_origin") val ethnicOrigin: EthnicOrigin?,
    @SerialName("ethnic_origin_confidence") val ethnicOriginConfidence: Float?,
)

@Serializable
enum class Gender { @SerialName("female") FEMALE, @SerialName("male") MALE }

@Serializable
enum class EthnicOrigin {
    @SerialName("east_asian") EAST_ASIAN,
    @SerialName("south_asian") SOUTH_ASIAN,
    @SerialName("african") AFRICAN,
    @SerialName("european") EUROPEAN,
    @SerialName("arab") ARAB,
}
