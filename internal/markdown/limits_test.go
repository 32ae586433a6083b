package markdown

import (
	"errors"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

// explosive are bodies that made goldmark run for seconds or write
// hundreds of megabytes before the limits.
var explosive = map[string]string{
	"3,000 columns": strings.Repeat("|a", 3000) + "\n" + strings.Repeat("|-", 3000) + "\n" + strings.Repeat("|\n", 1000),
	"wide rows":     strings.Repeat("|a", 150) + "\n" + strings.Repeat("|-", 150) + "\n" + strings.Repeat("|\n", 5000),
	"nested lists":  strings.Repeat("- ", 40_000) + "x",
	"nested quotes": strings.Repeat("> ", 40_000) + "x",
	"link openers":  strings.Repeat("[a](", 40_000),
	"long line":     strings.Repeat("word ", 20_000),
	"many blocks":   strings.Repeat("a\n\n", 30_000),
	"huge body":     strings.Repeat("Words of a paragraph.\n\n", 100_000),
}

func TestLimitsRefuseExplosiveBodies(t *testing.T) {
	r := NewRenderer()
	for name, body := range explosive {
		start := time.Now()
		_, err := r.Render(body)
		var le *LimitError
		if !errors.As(err, &le) {
			t.Errorf("%s: got %v, want a LimitError", name, err)
		}
		if d := time.Since(start); d > time.Second {
			t.Errorf("%s: refused after %v", name, d)
		}
	}
}

func TestLimitErrorLine(t *testing.T) {
	body := "Intro.\n\n" + strings.Repeat("> ", 40) + "deep\n"
	_, err := NewRenderer().Render(body)
	var le *LimitError
	if !errors.As(err, &le) || le.Line != 3 {
		t.Fatalf("got %v, want a LimitError on line 3", err)
	}
}

func TestOutputLimit(t *testing.T) {
	r := NewRenderer(WithLimits(Limits{Output: 1000}))
	_, err := r.Render(strings.Repeat("Words of a paragraph.\n\n", 100))
	var le *LimitError
	if !errors.As(err, &le) {
		t.Fatalf("got %v, want a LimitError", err)
	}
}

// TestRealBodiesWithinLimits makes sure the defaults leave ordinary
// writing alone: lists, quotes, tables and links as people write them.
func TestRealBodiesWithinLimits(t *testing.T) {
	body := strings.Repeat("A paragraph with [a link](https://example.org/) and *emphasis*.\n\n", 300) +
		"- one\n  - two\n    - three\n      1. four\n\n> quoted\n> > twice\n\n" +
		"| a | b | c |\n|---|:-:|--:|\n" + strings.Repeat("| 1 | 2 | 3 |\n", 200) + "\n    code block\n            deeply indented code\n"
	if err := checkLimits(body, DefaultLimits); err != nil {
		t.Fatal(err)
	}
}

// TestCheckLimitsLinear doubles the input of the limits' scanner and
// checks the work roughly doubles.
func TestCheckLimitsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("measures with testing.Benchmark")
	}
	loose := Limits{Bytes: 1 << 30, LineBytes: 1 << 30, Blocks: 1 << 30, Depth: 1 << 30, Brackets: 1 << 30,
		TableColumns: 1 << 30, TableCells: 1 << 30, Output: 1 << 30}
	inputs := map[string]func(n int) string{
		"paragraphs": func(n int) string { return strings.Repeat("Some [words](x) here.\n\n", n) },
		"markers":    func(n int) string { return strings.Repeat("> - 1. ", n) },
		"table":      func(n int) string { return "|a|b|\n|-|-|\n" + strings.Repeat("|1|2|\n", n) },
		"one line":   func(n int) string { return strings.Repeat("[", n*8) },
	}
	for name, make := range inputs {
		ratio := 0.0
		for try := 0; try < 3 && (try == 0 || ratio > 3); try++ {
			small, large := scanTime(make(1<<14), loose), scanTime(make(1<<15), loose)
			if r := large / small; try == 0 || r < ratio {
				ratio = r
			}
		}
		if ratio > 3 {
			t.Errorf("%s: doubling the input multiplied the time by %.1f", name, ratio)
		}
	}
}

// scanTime returns the nanoseconds one checkLimits of body takes.
func scanTime(body string, l Limits) float64 {
	res := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			checkLimits(body, l)
		}
	})
	return float64(res.T.Nanoseconds()) / float64(res.N)
}

// FuzzRenderLimits renders arbitrary bodies of up to 64 KB with the
// default limits: none may take over a second or allocate over 256 MB,
// and none may write more HTML than the output limit.
func FuzzRenderLimits(f *testing.F) {
	for _, body := range explosive {
		f.Add(body[:min(len(body), 4096)])
	}
	f.Add("| a | b |\n|---|---|\n| 1 | 2 |\n")
	f.Add("- a\n  - b\n    > c\n\n[x]: https://example.org/\n\n[x] and [y](z) ![i](j)")
	f.Add("**bold _and* em_** ~~gone~~ `code` <b>raw</b>")
	r := NewRenderer()
	sample := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	f.Fuzz(func(t *testing.T, body string) {
		if len(body) > 64<<10 {
			return
		}
		metrics.Read(sample)
		before := sample[0].Value.Uint64()
		start := time.Now()
		out, err := r.Render(body)
		took := time.Since(start)
		metrics.Read(sample)
		if alloc := sample[0].Value.Uint64() - before; alloc > 256<<20 {
			t.Fatalf("allocated %d MB for %d bytes", alloc>>20, len(body))
		}
		if took > time.Second {
			t.Fatalf("took %v for %d bytes", took, len(body))
		}
		var le *LimitError
		if err != nil && !errors.As(err, &le) {
			t.Fatalf("error that is not a LimitError: %v", err)
		}
		if len(out.HTML) > DefaultLimits.Output {
			t.Fatalf("%d bytes of HTML", len(out.HTML))
		}
	})
}

// FuzzMarkdownFile reads arbitrary .md files of up to 64 KB, front
// matter and all, and renders their bodies as a build does, with the
// same bounds as FuzzRenderLimits.
func FuzzMarkdownFile(f *testing.F) {
	for _, body := range explosive {
		f.Add("+++\ntitle = \"T\"\ndate = 2026-02-13\n+++\n\n" + body[:min(len(body), 4096)])
	}
	f.Add("+++\ntitle = \"T\"\ndate = 2026-02-13T09:30:00Z\ntags = [\"a\"]\n+++\n\n# Head\n\n| a |\n|---|\n| 1 |\n")
	r := NewRenderer()
	sample := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	f.Fuzz(func(t *testing.T, src string) {
		if len(src) > 64<<10 {
			return
		}
		metrics.Read(sample)
		before := sample[0].Value.Uint64()
		start := time.Now()
		doc, diags := Parse("p.md", []byte(src))
		if doc != nil && !diags.HasErrors() {
			out, err := r.Render(doc.Body)
			var le *LimitError
			if err != nil && !errors.As(err, &le) {
				t.Fatalf("error that is not a LimitError: %v", err)
			}
			if len(out.HTML) > DefaultLimits.Output {
				t.Fatalf("%d bytes of HTML", len(out.HTML))
			}
		}
		took := time.Since(start)
		metrics.Read(sample)
		if alloc := sample[0].Value.Uint64() - before; alloc > 256<<20 {
			t.Fatalf("allocated %d MB for %d bytes", alloc>>20, len(src))
		}
		if took > time.Second {
			t.Fatalf("took %v for %d bytes", took, len(src))
		}
	})
}
