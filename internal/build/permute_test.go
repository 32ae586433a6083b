package build

import (
	"math/rand/v2"
	"strconv"
	"testing"
)

func TestPermute(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		list := make([]outFile, n)
		for i := range list {
			list[i].name = strconv.Itoa(i)
		}
		perm := make([]int32, n)
		for i, p := range r.Perm(n) {
			perm[i] = int32(p)
		}
		if n%2 == 1 {
			perm = perm[:n-1] // one file left out, as a conflict leaves it
		}
		want := make([]string, len(perm))
		for k, i := range perm {
			want[k] = list[i].name
		}
		got := permute(list, perm)
		if len(got) != len(want) {
			t.Fatalf("n=%d: %d files, want %d", n, len(got), len(want))
		}
		for k := range got {
			if got[k].name != want[k] {
				t.Fatalf("n=%d: list[%d] = %s, want %s (perm %v)", n, k, got[k].name, want[k], perm)
			}
		}
	}
}
