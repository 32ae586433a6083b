package key

import (
	"slices"
	"testing"

	"broadsheet/internal/render"
	"broadsheet/internal/site"
)

// TestDepsOf checks what a page is keyed with beyond its own articles:
// nothing for a list page that shows its own entries, every article for
// a page that read a site-wide list, and the other articles whose
// entries it showed, once each.
func TestDepsOf(t *testing.T) {
	arts := make([]*site.Article, 5)
	for i := range arts {
		arts[i] = &site.Article{Source: string(rune('a' + i)), Index: i}
	}
	d := &site.Digest{Articles: arts[1:4]}
	page := &site.Page{Kind: site.KindDigest, Digest: d}
	tests := []struct {
		name  string
		reads render.Reads
		want  *Deps
	}{
		{"nothing", render.Reads{}, nil},
		{"its own entries", render.Reads{Shown: arts[1:4]}, nil},
		{"some of its own, out of order", render.Reads{Shown: []*site.Article{arts[3], arts[1]}}, nil},
		{"another article's entry, twice", render.Reads{Shown: []*site.Article{arts[1], arts[4], arts[2], arts[4], arts[0]}}, &Deps{Shown: []string{"a", "e"}}},
		{"a site-wide list", render.Reads{Wide: true, Shown: arts[1:4]}, &Deps{Wide: true}},
	}
	for _, tt := range tests {
		got := DepsOf(page, &tt.reads)
		if (got == nil) != (tt.want == nil) || got != nil && (got.Wide != tt.want.Wide || !slices.Equal(got.Shown, tt.want.Shown)) {
			t.Errorf("%s: got %+v, want %+v", tt.name, got, tt.want)
		}
	}
}
