// Package counter demonstrates how we avoid data races in ledgerd.
//
// A data race happens when two goroutines access the same variable concurrently
// and at least one of the accesses is a write. Run the tests with the race detector:
//
//	go test -race ./...
//
// The detector reports "WARNING: DATA RACE" with both stack traces.
package counter

import "sync"

// Unsafe is racy: Inc may be called from many goroutines.
type Unsafe struct {
	n int
}

func (u *Unsafe) Inc() { u.n++ } // race: unsynchronised read-modify-write

// Safe guards the counter with a mutex.
type Safe struct {
	mu sync.Mutex
	n  int
}

func (s *Safe) Inc() {
	s.mu.Lock()
	s.n++
	s.mu.Unlock()
}

func (s *Safe) Value() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.n
}
