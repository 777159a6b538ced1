package com.orisight.gateway.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One row per face returned by the Orisight Perception API (POST /v1/perceive).
 * The API response fields are copied as-is; see docs/orisight-response.md.
 */
@Entity
@Table(name = "face_attribute_record")
public class FaceAttributeRecord {

    public enum Race { ASIAN, BLACK, WHITE, LATINO, ARAB, UNKNOWN }

    /** Orisight "belief" head: religion estimated from facial appearance and headwear. */
    public enum Religion { MUSLIM, CHRISTIAN, JEWISH, HINDU, SIKH, BUDDHIST, NONE, UNKNOWN }

    @Id
    @GeneratedValue
    private Long id;

    @Column(name = "camera_id", nullable = false, length = 64)
    private String cameraId;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    @Column(name = "age_estimate")
    private Integer ageEstimate;

    @Enumerated(EnumType.STRING)
    @Column(name = "race", length = 16)
    private Race race;

    @Column(name = "race_score")
    private Double raceScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "religion", length = 16)
    private Religion religion;

    @Column(name = "religion_score")
    private Double religionScore;

    protected FaceAttributeRecord() {
    }

    public FaceAttributeRecord(String cameraId, Instant capturedAt, Integer ageEstimate,
                               Race race, Double raceScore, Religion religion, Double religionScore) {
        this.cameraId = cameraId;
        this.capturedAt = capturedAt;
        this.ageEstimate = ageEstimate;
        this.race = race;
        this.raceScore = raceScore;
        this.religion = religion;
        this.religionScore = religionScore;
    }

    public Race getRace() { return race; }
    public Religion getReligion() { return religion; }
    public Double getRaceScore() { return raceScore; }
    public Double getReligionScore() { return religionScore; }
    public String getCameraId() { return cameraId; }
    public Instant getCapturedAt() { return capturedAt; }
}
