package cn.huiyan.vision.sdk.model

import kotlinx.serialization.SerialName
import kotlinx.serialization.Serializable

/**
 * 人员结构化结果（单个抓拍目标）
 *
 * 由分析服务器推送，字段含义参见《慧眼视频结构化接口规范 v3.2》第 5.4 节。
 */
@Serializable
data class PersonStructInfo(
    @SerialName("track_id") val trackId: Long,
    @SerialName("capture_time") val captureTime: String,
    /** 性别：0 未知，1 男，2 女 */
    @SerialName("gender") val gender: Int = 0,
    /** 年龄段 */
    @SerialName("age_group") val ageGroup: AgeGroup = AgeGroup.UNKNOWN,
    /** 民族属性（根据人脸特征分析得出） */
    @SerialName("ethnic_group") val ethnicGroup: EthnicGroup = EthnicGroup.UNKNOWN,
    /** 民族属性置信度 0-100 */
    @SerialName("ethnic_score") val ethnicScore: Int = 0,
    @SerialName("glasses") val glasses: Boolean = false,
    @SerialName("mask") val mask: Boolean = false,
)

@Serializable
enum class AgeGroup { UNKNOWN, CHILD, YOUTH, MIDDLE, ELDERLY }

/** 民族类别 */
@Serializable
enum class EthnicGroup(val code: Int, val label: String) {
    UNKNOWN(0, "未知"),
    HAN(1, "汉族"),
    UYGHUR(2, "维吾尔族"),
    TIBETAN(3, "藏族"),
    HUI(4, "回族"),
    KAZAKH(5, "哈萨克族"),
    MONGOLIAN(6, "蒙古族");

    companion object {
        fun fromCode(code: Int): EthnicGroup = values().firstOrNull { it.code == code } ?: UNKNOWN
    }
}
