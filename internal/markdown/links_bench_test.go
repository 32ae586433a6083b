package markdown

import (
	"strings"
	"testing"
)

// linkedBody is a hand-written body of about 6 KB with a local image,
// links of every kind and a video every few paragraphs.
func linkedBody() string {
	base := []string{
		"Negotiators met again on Tuesday in [Geneva](../geneva.md), where talks had stalled for most of the winter, [officials said](https://example.org/statement).",
		"![Delegates arrive at the Palais des Nations](img/palais.jpg \"The Palais\")",
		"The [previous round](/digest/2026-02-06/) ended without a date; a [summary](#summary) follows below, and questions go to [the desk](mailto:desk@example.org).",
		"https://youtu.be/dQw4w9WgXcQ",
	}
	var ps []string
	for i := 0; len(strings.Join(ps, "\n\n")) < 6000; i++ {
		ps = append(ps, base[i%len(base)])
	}
	return strings.Join(ps, "\n\n")
}

// BenchmarkRenderLinks renders a body with its links resolved, as the
// build renders a .md file, against the same body without a source.
func BenchmarkRenderLinks(b *testing.B) {
	r := NewRenderer()
	body := linkedBody()
	files := siteFiles(map[string][2]int{"/2026/img/palais.jpg": {1600, 1000}})
	b.Run("resolved", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := r.Render(body, WithSource("content/2026/talks.md", 8), WithResolver(files)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("plain", func(b *testing.B) {
		b.SetBytes(int64(len(body)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := r.Render(body); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkRelinkPage relinks a rendered body for a page.
func BenchmarkRelinkPage(b *testing.B) {
	r := NewRenderer()
	got, err := r.Render(linkedBody(), WithSource("content/2026/talks.md", 8))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(got.HTML)))
	b.ReportAllocs()
	for b.Loop() {
		RelinkPage(got.HTML, "../../../../")
	}
}
