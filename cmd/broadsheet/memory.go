package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// Go collects garbage when the heap has doubled since the last
// collection, so a build that holds 1.5 GB of metadata for a million
// articles would take 3 GB. Once the live heap passes minHeadroom, the
// program gives the runtime a soft memory limit of the live heap plus
// headroom instead: the runtime then collects, and returns freed memory
// to the system, so that all it holds stays near that, for more time
// spent collecting. Small sites never reach it.
const minHeadroom = 256 << 20

// headroom is how far past a live heap of live bytes the program lets
// memory grow: minHeadroom, or an eighth of live on a heap so large that
// collecting every minHeadroom would take most of the build's time.
func headroom(live uint64) uint64 { return max(minHeadroom, live/8) }

// memoryLimit is the soft memory limit for a live heap of live bytes:
// none (math.MaxInt64, the runtime's default) while Go's own pace keeps
// memory under live+minHeadroom, else live plus its headroom.
func memoryLimit(live uint64) int64 {
	if live <= minHeadroom {
		return math.MaxInt64
	}
	return int64(live + headroom(live))
}

// paceCollector sets the soft memory limit from the live heap four
// times a second until done is closed. GOGC or GOMEMLIMIT in the
// environment is the user's own choice, and leaves the runtime alone.
func paceCollector(done <-chan struct{}) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	go func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(250 * time.Millisecond)
		defer tick.Stop()
		var live lowest
		var last int64 = math.MaxInt64
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
			if limit := memoryLimit(live.add(sample[0].Value.Uint64())); limit != last {
				debug.SetMemoryLimit(limit)
				last = limit
			}
		}
	}()
}

// lowest is the least of the last len(lowest) samples of the live heap.
// What a collection finds live includes what was allocated while it ran;
// when collections follow one another, as they do near the limit, a
// limit that followed each sample would climb with that garbage. The
// least of the last ten seconds is closer to the heap that stays.
type lowest [40]uint64

// add records a sample and returns the least of the window.
func (w *lowest) add(v uint64) uint64 {
	copy(w[:], w[1:])
	w[len(w)-1] = v
	least := v
	for _, x := range w {
		if x != 0 && x < least {
			least = x
		}
	}
	return least
}
