/*
 * Copyright 2026 Corvid Imaging Ltd.
 * Licensed under the Corvid SDK Licence Agreement.
 */
package io.corvidimaging.sdk.model;

import java.util.Objects;

/**
 * Attribute block returned by the Corvid cloud for each detected portrait.
 * Populated from the JSON field {@code attributes} of {@code /v1/portrait/analyze}.
 */
public final class PortraitAttributes {

    public enum Gender { FEMALE, MALE, UNKNOWN }

    public enum Race {
        ASIAN,
        CAUCASIAN,
        AFRICAN,
        LATINO,
        UNKNOWN
    }

    public enum Eyewear { NONE, GLASSES, SUNGLASSES }

    private Integer age;
    private Gender gender;
    private Float genderConfidence;
    /** Race estimated from the face crop. Null when not requested. */
    private Race race;
    private Float raceConfidence;
    private Eyewear eyewear;
    private Boolean mask;
    private Float smile;

    public Integer getAge() { return age; }
    public void setAge(Integer age) { this.age = age; }

    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }

    public Float getGenderConfidence() { return genderConfidence; }
    public void setGenderConfidence(Float v) { this.genderConfidence = v; }

    public Race getRace() { return race; }
    public void setRace(Race race) { this.race = race; }

    public Float getRaceConfidence() { return raceConfidence; }
    public void setRaceConfidence(Float v) { this.raceConfidence = v; }

    public Eyewear getEyewear() { return eyewear; }
    public void setEyewear(Eyewear eyewear) { this.eyewear = eyewear; }

    public Boolean getMask() { return mask; }
    public void setMask(Boolean mask) { this.mask = mask; }

    public Float getSmile() { return smile; }
    public void setSmile(Float smile) { this.smile = smile; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof PortraitAttributes)) return false;
        PortraitAttributes that = (PortraitAttributes) o;
        return Objects.equals(age, that.age) && gender == that.gender && race == that.race
                && eyewear == that.eyewear && Objects.equals(mask, that.mask);
    }

    @Override
    public int hashCode() {
        return Objects.hash(age, gender, race, eyewear, mask);
    }
}
