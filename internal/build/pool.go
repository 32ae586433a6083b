package build

import (
	"context"
	"sync"
	"sync/atomic"
)

// forEach calls f(i) for every i in [0, n) on at most workers goroutines
// and returns when all calls have returned. Work that has not started when
// ctx is cancelled is skipped, and ctx's error returned. Callers store
// results by index, so the merge order never depends on which goroutine
// finished first.
func forEach(ctx context.Context, workers, n int, f func(i int)) error {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(workers, n) {
		wg.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		})
	}
	wg.Wait()
	return ctx.Err()
}

// inChunks calls f on contiguous parts of [0, n), on up to workers
// goroutines at once, and returns when all have returned.
func inChunks(n, workers int, f func(lo, hi int)) {
	parts := max(1, min(workers, n/512)) // small sites are not worth a goroutine
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { f(p*n/parts, (p+1)*n/parts) })
	}
	wg.Wait()
}
