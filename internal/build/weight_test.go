package build

import (
	"testing"

	"broadsheet/internal/site"
)

// TestByWeight orders list pages longest first and counts the heavy
// ones, which are rendered one at a time.
func TestByWeight(t *testing.T) {
	digest := func(n int) *outFile {
		return &outFile{name: "d", page: &site.Page{Kind: site.KindDigest, Digest: &site.Digest{Articles: make([]*site.Article, n)}}}
	}
	feed := &outFile{name: "feed.xml", made: &madeFrom{feed: "feed.xml"}}
	small, big, huge := digest(3), digest(heavyList+1), digest(3*heavyList)
	outs := []*outFile{small, feed, big, huge}
	if heavy := byWeight(outs, heavyList); heavy != 2 {
		t.Errorf("%d heavy pages, want 2", heavy)
	}
	want := []*outFile{huge, big, small, feed}
	for i := range want {
		if outs[i] != want[i] {
			t.Fatalf("order %v, want the longest list first and the feed last", outs)
		}
	}
}
