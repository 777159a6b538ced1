package com.huayi.vision.sdk.model;

import java.io.Serializable;

/**
 * 人脸属性分析返回结果模型。
 * 对应接口：POST /v2/face/attributes （华毅开放平台）
 */
public class HuayiFaceAttributes implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Gender { MALE, FEMALE, UNKNOWN }

    public enum Nation {
        HAN(0, "汉族"),
        UYGHUR(1, "维吾尔族"),
        TIBETAN(2, "藏族"),
        HUI(3, "回族"),
        OTHER(9, "其他");

        private final int code;
        private final String label;

        Nation(int code, String label) { this.code = code; this.label = label; }
        public int getCode() { return code; }
        public String getLabel() { return label; }
    }

    private String faceToken;
    private int age;
    private Gender gender;
    /** 民族识别结果（由人脸图像推断） */
    private Nation nation;
    /** 民族识别置信度，0-1 */
    private double nationConfidence;
    private boolean wearMask;

    public String getFaceToken() { return faceToken; }
    public void setFaceToken(String faceToken) { this.faceToken = faceToken; }
    public int getAge() { return age; }
    public void setAge(int age) { this.age = age; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public Nation getNation() { return nation; }
    public void setNation(Nation nation) { this.nation = nation; }
    public double getNationConfidence() { return nationConfidence; }
    public void setNationConfidence(double v) { this.nationConfidence = v; }
    public boolean isWearMask() { return wearMask; }
    public void setWearMask(boolean wearMask) { this.wearMask = wearMask; }
}
