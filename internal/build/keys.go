package build

import "sync"

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
