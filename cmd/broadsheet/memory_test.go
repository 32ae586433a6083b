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
