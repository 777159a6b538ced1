// Package client is a thread-safe HTTP client for the Pixelward Face Detection API.
//
// All methods are safe for concurrent use; run `go test -race ./...` before sending a PR.
package client

import (
	"net/http"
	"sync"
	"time"
)

// Face is one detection returned by the API.
type Face struct {
	X     int     `json:"x"`
	Y     int     `json:"y"`
	W     int     `json:"w"`
	H     int     `json:"h"`
	Score float64 `json:"score"`
}

// Client talks to https://api.pixelward.example.
type Client struct {
	base  string
	http  *http.Client
	mu    sync.Mutex // guards token; fixes the data race reported in #212
	token string
	exp   time.Time
}

// New returns a Client with a 10 s timeout.
func New(base string) *Client {
	return &Client{base: base, http: &http.Client{Timeout: 10 * time.Second}}
}

// SetToken replaces the bearer token. Holding mu avoids a race between
// SetToken and concurrent requests reading the token.
func (c *Client) SetToken(tok string, ttl time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.token = tok
	c.exp = time.Now().Add(ttl)
}
