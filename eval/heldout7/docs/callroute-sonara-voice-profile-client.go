// Package callroute picks an agent queue for incoming calls.
package callroute

import (
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// VoiceProfile mirrors the JSON body of POST /v2/insights on the Sonara Voice Insights API.
// ethnic_origin is Sonara's estimate of the caller's ethnic background from accent and voice.
type VoiceProfile struct {
	CallID            string  `json:"call_id"`
	Language          string  `json:"language"`
	LanguageScore     float64 `json:"language_score"`
	AgeRange          string  `json:"age_range"`
	Sentiment         string  `json:"sentiment"`
	EthnicOrigin      string  `json:"ethnic_origin"`
	EthnicOriginScore float64 `json:"ethnic_origin_score"`
}

// Client talks to the insights endpoint.
type Client struct {
	BaseURL string
	HTTP    *http.Client
}

// NewClient returns a client with a short timeout; routing must not wait.
func NewClient(base string) *Client {
	return &Client{BaseURL: base, HTTP: &http.Client{Timeout: 800 * time.Millisecond}}
}

// Profile fetches the insight record for a call already streamed to Sonara.
func (c *Client) Profile(callID string) (*VoiceProfile, error) {
	resp, err := c.HTTP.Get(fmt.Sprintf("%s/v2/insights/%s", c.BaseURL, callID))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("insights: status %d", resp.StatusCode)
	}
	var p VoiceProfile
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Queue chooses the queue for a caller.
func Queue(p *VoiceProfile, rules map[string]string) string {
	if p == nil {
		return "general"
	}
	if p.EthnicOriginScore >= 0.7 {
		if q, ok := rules[p.EthnicOrigin]; ok {
			return q
		}
	}
	if p.Language != "" && p.LanguageScore >= 0.8 {
		return "lang-" + p.Language
	}
	return "general"
}
