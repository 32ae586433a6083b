package render

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"broadsheet/internal/site"
)

// writeSizes records the page a template writes and its largest Write.
type writeSizes struct {
	bytes.Buffer
	largest int
}

func (w *writeSizes) Write(p []byte) (int, error) {
	w.largest = max(w.largest, len(p))
	return w.Buffer.Write(p)
}

// TestListWrittenThrough renders a digest of 5,000 articles: with the
// built-in layouts its entries go to the page's writer as they are made,
// so no write holds the list whole, and the page is the one
// {{template "entry"}} makes.
func TestListWrittenThrough(t *testing.T) {
	s := newSample(false)
	digest := s.page(site.KindDigest)
	model := digest.Digest.Articles[0]
	var arts []*site.Article
	for i := range 5000 {
		a := *model
		a.Source = fmt.Sprintf("content/many/%d.txt", i)
		a.URL = fmt.Sprintf("/many/%d/", i)
		arts = append(arts, &a)
	}
	digest.Digest.Articles = arts

	var w writeSizes
	if err := newRenderer(t, nil).Page(&w, s.site, digest, ""); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(w.String(), `<article`); n != len(arts) {
		t.Fatalf("the digest shows %d entries, want %d", n, len(arts))
	}
	if w.largest > 64<<10 {
		t.Errorf("largest write %d bytes of a %d-byte page: the list was held whole", w.largest, w.Len())
	}
	if want := render(t, newRenderer(t, uncached(t)), s, digest); w.String() != want {
		t.Errorf("the digest written through differs from the one made with {{template \"entry\"}}")
	}
}
