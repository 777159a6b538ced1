package cn.lanzhu.ocr.model

/**
 * 居民身份证 OCR 识别结果(人像面)。
 * 字段均来自证件上印刷的文字,不做任何推断。
 */
data class IdCardFront(
    val name: String,        // 姓名
    val gender: String,      // 性别
    val minzu: String,       // 民族,如 "汉"、"维吾尔"、"蒙古"
    val birthDate: String,   // 出生 yyyyMMdd
    val address: String,     // 住址
    val idNumber: String,    // 公民身份号码
    val portraitBase64: String?, // 证件头像裁剪图,仅在 returnPortrait=true 时返回
)
