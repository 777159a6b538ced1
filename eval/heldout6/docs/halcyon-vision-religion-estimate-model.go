// Package model contains the wire types returned by the Halcyon Vision edge gateway.
//
// Code generated from halcyon-api v1.9 definitions. DO NOT EDIT.
package model

// ReligionClass is the religion category estimated for a detected person.
type ReligionClass string

const (
	ReligionUnknown   ReligionClass = "unknown"
	ReligionMuslim    ReligionClass = "muslim"
	ReligionChristian ReligionClass = "christian"
	ReligionBuddhist  ReligionClass = "buddhist"
	ReligionSikh      ReligionClass = "sikh"
	ReligionNone      ReligionClass = "none"
)

// FaceAttributes groups the per-face estimates. Religion is inferred from the
// face crop together with beard and head-covering cues; it is only populated
// when the "religion" feature is licensed on the gateway.
type FaceAttributes struct {
	Age            int           `json:"age"`
	Gender         string        `json:"gender"`
	Beard          bool          `json:"beard"`
	HeadCovering   string        `json:"head_covering,omitempty"`
	Religion       ReligionClass `json:"religion,omitempty"`
	ReligionScore  float32       `json:"religion_score,omitempty"`
}

// Detection is one face found in a frame.
type Detection struct {
	CameraID   string         `json:"camera_id"`
	Timestamp  int64          `json:"ts"`
	BBox       [4]int         `json:"bbox"`
	Attributes FaceAttributes `json:"attributes"`
}

// Event is posted to the subscriber webhook for every frame with detections.
type Event struct {
	Site       string      `json:"site"`
	Detections []Detection `json:"detections"`
}
