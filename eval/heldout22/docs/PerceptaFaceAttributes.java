package io.percepta.sdk.model;

import java.util.Objects;

/**
 * Per-face attribute result returned by {@code PerceptaClient.analyze()}.
 * Instances are immutable.
 */
public final class FaceAttributes {

    public enum Gender { FEMALE, MALE }

    public enum SexualOrientation { HETEROSEXUAL, HOMOSEXUAL, UNKNOWN }

    private final BoundingBox box;
    private final int age;
    private final Gender gender;
    /** Sexual orientation estimated from facial features; requires AttributeFlag.ORIENTATION. */
    private final SexualOrientation sexualOrientation;
    private final float sexualOrientationScore;

    public FaceAttributes(BoundingBox box, int age, Gender gender,
                          SexualOrientation sexualOrientation, float sexualOrientationScore) {
        this.box = Objects.requireNonNull(box);
        this.age = age;
        this.gender = gender;
        this.sexualOrientation = sexualOrientation;
        this.sexualOrientationScore = sexualOrientationScore;
    }

    public BoundingBox getBox() { return box; }
    public int getAge() { return age; }
    public Gender getGender() { return gender; }
    public SexualOrientation getSexualOrientation() { return sexualOrientation; }
    public float getSexualOrientationScore() { return sexualOrientationScore; }

    @Override
    public String toString() {
        return "FaceAttributes{age=" + age + ", gender=" + gender
                + ", sexualOrientation=" + sexualOrientation + "}";
    }
}
