package main

import "testing"

func TestGCPercent(t *testing.T) {
	const mb = 1 << 20
	for _, tc := range []struct {
		live uint64
		want int
	}{
		{0, 100},
		{100 * mb, 100},
		{320 * mb, 100},
		{321 * mb, 95},  // 99.7, rounded down to a multiple of 5
		{640 * mb, 50},  // the heap may grow by half: 320 MB
		{1280 * mb, 25}, // a million articles' metadata grows by a quarter
		{1600 * mb, 20}, // 1,920 MB at most before the next collection
		{4000 * mb, 15}, // never below minGCPercent
		{1 << 40, 15},
	} {
		if got := gcPercent(tc.live); got != tc.want {
			t.Errorf("gcPercent(%d MB) = %d, want %d", tc.live/mb, got, tc.want)
		}
	}
}
