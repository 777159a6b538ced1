package com.lingmou.face.sdk.model;

import java.io.Serializable;

/**
 * 人脸属性识别结果。
 * 由 {@link com.lingmou.face.sdk.FaceEngine#detectAttributes} 返回。
 *
 * @author lingmou-sdk
 * @since 3.1.0
 */
public class FaceAttributeResult implements Serializable {

    /** 肤色人种分类 */
    public enum Race {
        /** 黄种人 */
        YELLOW,
        /** 白种人 */
        WHITE,
        /** 黑种人 */
        BLACK,
        /** 棕种人 */
        BROWN,
        UNKNOWN
    }

    public enum Gender { MALE, FEMALE, UNKNOWN }

    private int age;
    private Gender gender = Gender.UNKNOWN;
    /** 人种，由人脸图像推断 */
    private Race race = Race.UNKNOWN;
    private float raceConfidence;
    private boolean wearGlasses;
    private boolean wearMask;

    public int getAge() { return age; }
    public void setAge(int age) { this.age = age; }

    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }

    /** @return 人种分类结果，需在 FaceConfig 中开启 ENABLE_RACE */
    public Race getRace() { return race; }
    public void setRace(Race race) { this.race = race; }

    public float getRaceConfidence() { return raceConfidence; }
    public void setRaceConfidence(float c) { this.raceConfidence = c; }

    public boolean isWearGlasses() { return wearGlasses; }
    public void setWearGlasses(boolean g) { this.wearGlasses = g; }

    public boolean isWearMask() { return wearMask; }
    public void setWearMask(boolean m) { this.wearMask = m; }

    @Override
    public String toString() {
        return "FaceAttributeResult{age=" + age + ", gender=" + gender + ", race=" + race + "}";
    }
}
