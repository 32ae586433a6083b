package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Go collects garbage when the heap has doubled since the last
// collection, so a build that holds 1.5 GB of metadata for a million
// articles would use 3 GB. Past headroom bytes of live heap, the program
// lowers the collector's percentage so that the heap grows by about
// headroom between collections: memory stays near what the build holds,
// for more time spent collecting. Small sites never reach it.
const (
	headroom     = 320 << 20
	minGCPercent = 15
)

// gcPercent is the collector's percentage for a live heap of live bytes:
// 100, Go's default, up to headroom; then the share of live that headroom
// is, rounded down to a multiple of 5 so that a heap that wavers does not
// change it on every look, and never below minGCPercent.
func gcPercent(live uint64) int {
	if live <= headroom {
		return 100
	}
	p := int(headroom * 100 / live)
	return max(minGCPercent, p-p%5)
}

// paceCollector sets the collector's percentage from the live heap four
// times a second until done is closed. GOGC or GOMEMLIMIT in the
// environment is the user's own choice, and leaves the collector alone.
func paceCollector(done <-chan struct{}) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		current := 100
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() != metrics.KindUint64 {
				return
			}
			if p := gcPercent(sample[0].Value.Uint64()); p != current {
				debug.SetGCPercent(p)
				current = p
			}
		}
	}()
}
