package feed

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"broadsheet/internal/markdown"
	"broadsheet/internal/site"
)

// BenchmarkFeeds writes each file for a site of 500 articles whose
// bodies are about 6 KB of HTML; the feeds carry the latest 50.
func BenchmarkFeeds(b *testing.B) {
	var docs []*markdown.Doc
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	for i := range 500 {
		d := &markdown.Doc{Path: fmt.Sprintf("content/%03d.md", i), FrontMatter: markdown.FrontMatter{
			Title: fmt.Sprintf("Article %d & more", i), Date: start.Add(time.Duration(i) * 3 * time.Hour),
			Authors: []string{"Ana Roe"}, Outlet: "Example Wire"}}
		d.SetSummary("A summary < of the story.")
		docs = append(docs, d)
	}
	s := testSite(b, docs)
	para := "<p>" + strings.Repeat("Words of the story & more, ", 20) + "</p>\n"
	html := func(*site.Article) string { return strings.Repeat(para, 11) }
	for _, f := range []struct {
		name string
		gen  func() ([]byte, error)
	}{
		{"atom", func() ([]byte, error) { return Atom(s, html) }},
		{"json", func() ([]byte, error) { return JSON(s, html) }},
		{"sitemap", func() ([]byte, error) { return Sitemap(s) }},
	} {
		b.Run(f.name, func(b *testing.B) {
			out, _ := f.gen()
			b.SetBytes(int64(len(out)))
			for b.Loop() {
				if _, err := f.gen(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
