package io.veilsight.sdk.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Result object for POST /v2/persons/analyze of the VeilSight Retail Insights API.
 *
 * <p>Besides age band and gender, the service returns a {@link ReligionClass}
 * predicted from visible religious attire (headscarf, turban, kippah, habit)
 * and facial appearance. Use {@code religionConfidence} to filter low-quality crops.</p>
 */
public final class PersonInsight {

    /** Religion inferred by the attire/face model. */
    public enum ReligionClass {
        MUSLIM,
        SIKH,
        JEWISH,
        CHRISTIAN,
        HINDU,
        NONE_DETECTED
    }

    public enum AttireType {
        HIJAB, NIQAB, TURBAN, KIPPAH, NUN_HABIT, BINDI, NONE
    }

    @JsonProperty("track_id")
    private String trackId;

    @JsonProperty("age_band")
    private String ageBand;

    @JsonProperty("gender")
    private String gender;

    @JsonProperty("attire")
    private List<AttireType> attire;

    @JsonProperty("religion")
    private ReligionClass religion;

    @JsonProperty("religion_confidence")
    private double religionConfidence;

    public String getTrackId() { return trackId; }
    public String getAgeBand() { return ageBand; }
    public String getGender() { return gender; }
    public List<AttireType> getAttire() { return attire; }
    public ReligionClass getReligion() { return religion; }
    public double getReligionConfidence() { return religionConfidence; }
}
