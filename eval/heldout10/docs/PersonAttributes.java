package io.lumafold.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Per-face attributes returned by {@code GET /v4/faces/attributes}.
 *
 * <p>Since API v4 the service only estimates age band, gender presentation and whether a mask
 * is worn.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class PersonAttributes {

    @JsonProperty("age_band")
    private String ageBand;

    @JsonProperty("gender")
    private String gender;

    @JsonProperty("mask")
    private Boolean mask;

    /**
     * @deprecated Lumafold stopped inferring race in API v4 and the field is always absent.
     *     It is kept for source compatibility and will be deleted in client 5.0.
     */
    @Deprecated
    @JsonProperty("race")
    private String race;

    public String getAgeBand() { return ageBand; }
    public String getGender() { return gender; }
    public Boolean getMask() { return mask; }

    /** @deprecated always {@code null} from API v4 on. */
    @Deprecated
    public String getRace() { return null; }
}
