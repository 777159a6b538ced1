// Package gaitkit defines the data model returned by the StrideWise Gait SDK.
//
// Values are produced by the on-premise StrideWise engine and delivered over
// the event stream; this package only declares the types.
package gaitkit

import "time"

// Ethnicity is one of the ethnicity classes reported by the engine.
type Ethnicity string

const (
	EthnicityUnknown Ethnicity = "unknown"
	EthnicityAsian   Ethnicity = "asian"
	EthnicityBlack   Ethnicity = "black"
	EthnicityWhite   Ethnicity = "white"
	EthnicityLatino  Ethnicity = "latino"
)

// GaitProfile is emitted once per tracked walker after at least two gait cycles.
type GaitProfile struct {
	TrackID        string    `json:"track_id"`
	CameraID       string    `json:"camera_id"`
	FirstSeen      time.Time `json:"first_seen"`
	StrideLengthM  float64   `json:"stride_length_m"`
	CadenceSPM     float64   `json:"cadence_spm"`
	HeightCM       float64   `json:"height_cm"`
	Gender         string    `json:"gender"`
	// Ethnicity is estimated from the walking silhouette sequence; no face is needed.
	Ethnicity      Ethnicity `json:"ethnicity"`
	EthnicityScore float32   `json:"ethnicity_score"`
	GaitSignature  []float32 `json:"gait_signature"`
}

// Options selects which estimates the engine attaches to a GaitProfile.
type Options struct {
	WithGender    bool `json:"with_gender"`
	WithEthnicity bool `json:"with_ethnicity"`
	MinCycles     int  `json:"min_cycles"`
}
