package com.orcadia.face.model;

/**
 * Attributes returned for one detected face by the Orcadia Face API
 * (https://api.orcadia.example/face/v2/detect?returnAttributes=...).
 */
public class FaceAttributes {

    public enum RaceType {
        ASIAN,
        CAUCASIAN,
        AFRICAN,
        INDIAN,
        UNKNOWN
    }

    public enum Gender { MALE, FEMALE }

    private int age;
    private Gender gender;
    private RaceType race;
    private double raceConfidence;
    private boolean wearingGlasses;

    public int getAge() { return age; }
    public void setAge(int age) { this.age = age; }

    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }

    public RaceType getRace() { return race; }
    public void setRace(RaceType race) { this.race = race; }

    public double getRaceConfidence() { return raceConfidence; }
    public void setRaceConfidence(double raceConfidence) { this.raceConfidence = raceConfidence; }

    public boolean isWearingGlasses() { return wearingGlasses; }
    public void setWearingGlasses(boolean wearingGlasses) { this.wearingGlasses = wearingGlasses; }
}
