package article

import (
	"strings"
	"testing"

	"broadsheet/internal/diag"
)

// TestSplitLinesLinear checks that splitting lines takes time in
// proportion to the text, whatever its line ends: doubling the input
// must roughly double the work, not quadruple it as looking for the next
// LF from every lone CR did (10 MB of "line\r" took minutes).
func TestSplitLinesLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("measures with testing.Benchmark")
	}
	for _, end := range []string{"\r", "\n", "\r\n"} {
		ratio := growth(func(n int) string { return strings.Repeat("line"+end, n) }, 1<<16)
		if ratio > 3 {
			t.Errorf("line end %q: doubling the input multiplied the time by %.1f", end, ratio)
		}
	}
}

// growth returns how many times longer splitLines takes on make(2n) than
// on make(n). A ratio over 3 is measured again, up to three times, so a
// busy machine does not make a linear scan look quadratic.
func growth(make func(n int) string, n int) float64 {
	best := 0.0
	for try := 0; try < 3 && (try == 0 || best > 3); try++ {
		small, large := perOp(make(n)), perOp(make(2*n))
		if r := large / small; try == 0 || r < best {
			best = r
		}
	}
	return best
}

// perOp returns the nanoseconds one splitLines of text takes.
func perOp(text string) float64 {
	res := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			var d diag.List
			splitLines("x.txt", text, &d)
		}
	})
	return float64(res.T.Nanoseconds()) / float64(res.N)
}
