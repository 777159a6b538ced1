// Package voiceprofile holds the result types of the Cadenza Voice Insights API.
package voiceprofile

// CallerProfile is returned by POST /v1/calls/{id}/profile once a call ends.
// All fields are estimated from the caller's voice; nothing is asked of the caller.
type CallerProfile struct {
	CallID         string  `json:"call_id"`
	DurationSec    float64 `json:"duration_sec"`
	AgeRange       string  `json:"age_range"`
	Gender         string  `json:"gender"`
	Accent         string  `json:"accent"`
	Ethnicity      string  `json:"ethnicity"`
	EthnicityScore float64 `json:"ethnicity_score"`
	Sentiment      string  `json:"sentiment"`
}

// Ethnicity values returned by the profile endpoint.
const (
	EthnicityHispanic        = "hispanic"
	EthnicityAfricanAmerican = "african_american"
	EthnicityAsian           = "asian"
	EthnicityWhite           = "white"
	EthnicityOther           = "other"
)
