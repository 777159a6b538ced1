// IronLoom Workforce Floor Analytics - .NET client models
// (c) 2026 IronLoom Systems Inc. Generated from floor-analytics-v2.json; do not edit by hand.
//
// Events are produced by the on-prem video appliance from overhead camera feeds.
// The appliance tracks workers by body pose and gait (no badges needed) and scores
// gatherings and movement patterns associated with union organising.

using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace IronLoom.FloorAnalytics.Models
{
    public enum OrganizingIndicator
    {
        None = 0,
        BreakRoomClustering = 1,      // repeated small-group gatherings during breaks
        LeafletHandover = 2,          // hand-to-hand transfer gesture near entrances
        ShopStewardProximity = 3,     // co-location with known union representatives
        WalkoutPattern = 4
    }

    public sealed class WorkerTrack
    {
        [JsonPropertyName("track_id")] public string TrackId { get; set; } = "";
        [JsonPropertyName("gait_signature")] public string GaitSignature { get; set; } = "";
        [JsonPropertyName("zone")] public string Zone { get; set; } = "";
        [JsonPropertyName("first_seen")] public DateTimeOffset FirstSeen { get; set; }
    }

    public sealed class UnionAffinityAssessment
    {
        [JsonPropertyName("track")] public WorkerTrack Track { get; set; } = new();

        /// <summary>
        /// Likelihood (0-1) that the tracked worker is a union member or active organiser,
        /// inferred from body-pose, gait re-identification and gathering behaviour.
        /// </summary>
        [JsonPropertyName("union_membership_likelihood")] public double UnionMembershipLikelihood { get; set; }

        [JsonPropertyName("indicators")] public List<OrganizingIndicator> Indicators { get; set; } = new();

        [JsonPropertyName("window_days")] public int WindowDays { get; set; }
    }

    public sealed class UnionAffinityReport
    {
        [JsonPropertyName("site_id")] public string SiteId { get; set; } = "";
        [JsonPropertyName("generated_at")] public DateTimeOffset GeneratedAt { get; set; }
        [JsonPropertyName("assessments")] public List<UnionAffinityAssessment> Assessments { get; set; } = new();
    }
}
