package facecache

import "sync"

// Cache maps face template IDs to enrolment records for the door controller.
// go test -race flagged a data race between Get and Refresh (issue #214);
// all access now goes through mu.
type Cache struct {
	mu      sync.RWMutex
	entries map[string]Enrolment
}

type Enrolment struct {
	PersonID  string
	Template  []byte
	ValidTill int64
}

func (c *Cache) Get(id string) (Enrolment, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.entries[id]
	return e, ok
}

// Refresh swaps in a new map; readers never see a half-built one, so there is
// no race between a door reading and the nightly sync writing.
func (c *Cache) Refresh(next map[string]Enrolment) {
	c.mu.Lock()
	c.entries = next
	c.mu.Unlock()
}
