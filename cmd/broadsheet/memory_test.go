package main

import (
	"math"
	"testing"
)

func TestMemoryLimit(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		live uint64
		want int64
	}{
		{0, math.MaxInt64},
		{100 * mb, math.MaxInt64},
		{256 * mb, math.MaxInt64}, // Go's own pace: the next collection at 512 MB
		{257 * mb, 513 * mb},
		{1500 * mb, 1756 * mb}, // a million articles' metadata, under 2 GB
		{2048 * mb, 2304 * mb},
		{4096 * mb, 4608 * mb}, // an eighth
	} {
		if got := memoryLimit(tc.live); got != tc.want {
			t.Errorf("memoryLimit(%d MB) = %d MB, want %d MB", tc.live/mb, got/mb, tc.want/mb)
		}
	}
}

// The limit follows the least live heap of the last ten seconds: a
// sample swollen by what was allocated during a collection does not
// raise it, and one that stays is taken once the window has passed.
func TestLowest(t *testing.T) {
	var w lowest
	if got := w.add(500); got != 500 {
		t.Fatalf("first sample: %d, want 500", got)
	}
	if got := w.add(700); got != 500 {
		t.Errorf("after a swollen sample: %d, want 500", got)
	}
	for range len(w) - 1 {
		w.add(700)
	}
	if got := w.add(700); got != 700 {
		t.Errorf("after ten seconds at 700: %d, want 700", got)
	}
	if got := w.add(400); got != 400 {
		t.Errorf("after a drop: %d, want 400", got)
	}
}
