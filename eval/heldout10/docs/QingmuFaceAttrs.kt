package cn.qingmu.vision.sdk.model

import com.google.gson.annotations.SerializedName

/**
 * 青木视觉 人脸属性接口 /openapi/face/attr 的返回结构。
 * Response of the Qingmu Vision face-attribute endpoint.
 */
data class FaceAttrResponse(
    @SerializedName("request_id") val requestId: String,
    @SerializedName("face_num") val faceNum: Int,
    @SerializedName("faces") val faces: List<FaceAttr>
)

data class FaceAttr(
    @SerializedName("face_token") val faceToken: String,
    @SerializedName("location") val location: Rect,
    @SerializedName("age") val age: Int,
    @SerializedName("gender") val gender: Labeled,
    @SerializedName("glasses") val glasses: Labeled,
    @SerializedName("mask") val mask: Labeled,
    /** 民族识别结果: han / uyghur / tibetan / hui / other */
    @SerializedName("ethnic_group") val ethnicGroup: Labeled,
)

data class Labeled(
    @SerializedName("type") val type: String,
    @SerializedName("probability") val probability: Float
)

data class Rect(val left: Float, val top: Float, val width: Float, val height: Float)

enum class EthnicGroup(val code: String) {
    HAN("han"),
    UYGHUR("uyghur"),
    TIBETAN("tibetan"),
    HUI("hui"),
    OTHER("other");

    companion object {
        fun from(code: String?): EthnicGroup = values().firstOrNull { it.code == code } ?: OTHER
    }
}

/* ---- other endpoints of the same SDK ---- */

data class CompareResponse(
    @SerializedName("request_id") val requestId: String,
    @SerializedName("score") val score: Float,
    @SerializedName("thresholds") val thresholds: Thresholds
)

data class Thresholds(
    @SerializedName("1e-3") val far1e3: Float,
    @SerializedName("1e-4") val far1e4: Float,
    @SerializedName("1e-5") val far1e5: Float
)

data class LivenessResponse(
    @SerializedName("request_id") val requestId: String,
    @SerializedName("is_live") val isLive: Boolean,
    @SerializedName("score") val score: Float,
    @SerializedName("spoof_type") val spoofType: String?
)

data class SearchResponse(
    @SerializedName("request_id") val requestId: String,
    @SerializedName("group_id") val groupId: String,
    @SerializedName("results") val results: List<SearchHit>
)

data class SearchHit(
    @SerializedName("user_id") val userId: String,
    @SerializedName("user_info") val userInfo: String?,
    @SerializedName("score") val score: Float
)

data class QualityResponse(
    @SerializedName("blur") val blur: Float,
    @SerializedName("illumination") val illumination: Int,
    @SerializedName("occlusion") val occlusion: Occlusion,
    @SerializedName("completeness") val completeness: Int
)

data class Occlusion(
    @SerializedName("left_eye") val leftEye: Float,
    @SerializedName("right_eye") val rightEye: Float,
    @SerializedName("nose") val nose: Float,
    @SerializedName("mouth") val mouth: Float,
    @SerializedName("left_cheek") val leftCheek: Float,
    @SerializedName("right_cheek") val rightCheek: Float,
    @SerializedName("chin_contour") val chinContour: Float
)

data class ErrorBody(
    @SerializedName("error_code") val errorCode: Int,
    @SerializedName("error_msg") val errorMsg: String
) {
    val isRetryable: Boolean get() = errorCode in setOf(18, 19, 222201, 222202)
}

object Endpoints {
    const val BASE = "https://openapi.qingmu-vision.example"
    const val ATTR = "$BASE/openapi/face/attr"
    const val COMPARE = "$BASE/openapi/face/compare"
    const val LIVENESS = "$BASE/openapi/face/liveness"
    const val SEARCH = "$BASE/openapi/face/search"
    const val QUALITY = "$BASE/openapi/face/quality"
}
