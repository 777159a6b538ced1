/*
 * Copyright (c) 2023 Lumora Vision Ltd. All rights reserved.
 * Licensed under the Lumora SDK License Agreement.
 */
package com.lumora.vision.sdk.model;

import java.util.Objects;

/**
 * Attributes estimated for a single detected face.
 *
 * <p>Instances are returned by {@code FaceAnalyzer#analyze} when the corresponding
 * {@link AttributeOption} flags are set. Every estimate carries its own confidence
 * in the range [0, 1].</p>
 */
public final class FaceAttributes {

    /** Coarse racial group predicted from the face appearance. */
    public enum Race {
        /** East or South-East Asian appearance. */
        ASIAN,
        /** White / Caucasian appearance. */
        WHITE,
        /** Black / African appearance. */
        BLACK,
        /** South Asian (Indian subcontinent) appearance. */
        INDIAN,
        /** Returned when the confidence is below the configured threshold. */
        UNKNOWN
    }

    public enum Gender { MALE, FEMALE }

    private final int age;
    private final Gender gender;
    private final float genderConfidence;
    private final Race race;
    private final float raceConfidence;
    private final boolean glasses;

    public FaceAttributes(int age, Gender gender, float genderConfidence,
                          Race race, float raceConfidence, boolean glasses) {
        this.age = age;
        this.gender = gender;
        this.genderConfidence = genderConfidence;
        this.race = race;
        this.raceConfidence = raceConfidence;
        this.glasses = glasses;
    }

    /** @return estimated age in years */
    public int getAge() { return age; }

    public Gender getGender() { return gender; }

    /** @return the race estimated for this face, see {@link Race} */
    public Race getRace() { return race; }

    /** @return confidence of {@link #getRace()} */
    public float getRaceConfidence() { return raceConfidence; }

    public boolean hasGlasses() { return glasses; }

    @Override
    public String toString() {
        return "FaceAttributes{age=" + age + ", gender=" + gender + ", race=" + race
                + ", raceConfidence=" + raceConfidence + ", glasses=" + glasses + "}";
    }

    @Override
    public int hashCode() { return Objects.hash(age, gender, race, glasses); }
}
