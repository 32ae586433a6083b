package render

import (
	"bytes"
	"testing"

	"broadsheet/internal/site"
	"broadsheet/layouts"
)

// BenchmarkPage renders one page of each kind; bytes are the HTML written.
func BenchmarkPage(b *testing.B) {
	r := newRenderer(b, nil)
	s := newSample(false)
	for _, k := range site.Kinds {
		p := s.page(k)
		body := s.bodies[p.Article]
		b.Run(string(k), func(b *testing.B) {
			var buf bytes.Buffer
			if err := r.Page(&buf, s.site, p, body); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(buf.Len()))
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				if err := r.Page(&buf, s.site, p, body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkNew measures loading and checking the default layouts, which
// a build does once and serve again after each layout edit.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, diags := New(layouts.FS(), nil); diags.HasErrors() {
			b.Fatal(diags)
		}
	}
}

// BenchmarkEntry renders one list entry without the cache, as a cold
// build does once per article and page depth.
func BenchmarkEntry(b *testing.B) {
	r := newRenderer(b, nil)
	s := newSample(false)
	p := s.page(site.KindDigest)
	d := &Data{Site: &SiteData{Site: s.site, reads: &Reads{}}, Page: p}
	a := p.Digest.Articles[0]
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if err := r.entrySet.ExecuteTemplate(&buf, "entry", &EntryData{D: d, A: a, Level: 2}); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
