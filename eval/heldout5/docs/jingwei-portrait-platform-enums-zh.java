package com.jingwei.portrait.api.model;

/**
 * 人像结构化结果中的民族属性枚举。
 * <p>
 * 由抓拍人脸经属性模型推理得到，对应接口 /portrait/v3/structure 返回字段 {@code ethnicCode}。
 * 仅在平台开启“民族属性分析”许可后返回，未授权时固定为 {@link #UNKNOWN}。
 * </p>
 * @author jingwei-sdk
 * @since 3.2.0
 */
public enum EthnicAttribute {

    /** 未识别 */
    UNKNOWN(0, "未知"),
    /** 汉族 */
    HAN(1, "汉族"),
    /** 维吾尔族（重点属性，可配置布控告警） */
    UYGHUR(2, "维吾尔族"),
    /** 回族 */
    HUI(3, "回族"),
    /** 藏族 */
    TIBETAN(4, "藏族"),
    /** 其他少数民族 */
    OTHER_MINORITY(9, "其他");

    private final int code;
    private final String label;

    EthnicAttribute(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int getCode() { return code; }

    public String getLabel() { return label; }

    public static EthnicAttribute of(int code) {
        for (EthnicAttribute e : values()) {
            if (e.code == code) return e;
        }
        return UNKNOWN;
    }
}
