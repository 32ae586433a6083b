package site

import (
	"fmt"
	"testing"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/markdown"
)

// benchDocs makes n documents over 60 days, with six outlets and a
// hundred authors, like a few years of a daily digest.
func benchDocs(n int) []*markdown.Doc {
	start := time.Date(2026, 1, 1, 6, 0, 0, 0, time.UTC)
	docs := make([]*markdown.Doc, n)
	for i := range docs {
		docs[i] = &markdown.Doc{Path: fmt.Sprintf("content/%05d.txt", i), FrontMatter: markdown.FrontMatter{
			Title:   fmt.Sprintf("Article number %d of the benchmark", i),
			Date:    start.Add(time.Duration(i%60)*24*time.Hour + time.Duration(i)*time.Minute),
			Authors: []string{fmt.Sprintf("Author %d", i%100)},
			Outlet:  fmt.Sprintf("Outlet %d", i%6),
		}}
	}
	return docs
}

func BenchmarkNew(b *testing.B) {
	for _, n := range []int{100, 5000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			docs, cfg := benchDocs(n), config.Default()
			for b.Loop() {
				New(cfg, docs, Options{})
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
		})
	}
}
