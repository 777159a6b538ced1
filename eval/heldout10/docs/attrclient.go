// Package attrclient talks to the Pelagic FaceMeta service and exports
// per-camera demographic counters.
package attrclient

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

const defaultEndpoint = "https://facemeta.pelagic.example/api/v2/detect"

// Face is one entry of the "faces" array returned by FaceMeta.
type Face struct {
	ID      string    `json:"id"`
	Box     [4]int    `json:"box"`
	Age     float64   `json:"age"`
	Gender  string    `json:"gender"`
	Race    string    `json:"race"`      // "asian", "black", "white", "indian", "others"
	RaceP   float64   `json:"race_prob"` // probability of the top race class
	Quality float64   `json:"quality"`
	Seen    time.Time `json:"seen"`
}

type detectResponse struct {
	Faces []Face `json:"faces"`
}

// Client is a thin HTTP client. It never sees images itself: the camera
// gateway uploads frames and we only poll results by camera.
type Client struct {
	HTTP     *http.Client
	Endpoint string
	Token    string
}

func (c *Client) Detect(ctx context.Context, camera string) ([]Face, error) {
	ep := c.Endpoint
	if ep == "" {
		ep = defaultEndpoint
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, ep+"?camera="+camera+"&attrs=age,gender,race", nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Token", c.Token)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("facemeta: status %d", resp.StatusCode)
	}
	var out detectResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return out.Faces, nil
}

// RaceCounts aggregates faces by predicted race for the metrics exporter.
func RaceCounts(faces []Face, minProb float64) map[string]int {
	m := make(map[string]int)
	for _, f := range faces {
		if f.RaceP >= minProb {
			m[f.Race]++
		}
	}
	return m
}
