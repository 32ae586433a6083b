package article

import (
	"testing"
	"time"
)

func TestSlugOrder(t *testing.T) {
	tests := []struct{ path, in, slug string }{
		{"content/2026-02-13-geneva-talks.txt", "title: Other\n\nBody.", "geneva-talks"},
		{"content/2026/02/13/geneva.txt", "slug: my-slug\n\nBody.", "my-slug"},
		{"", "date: 2026-02-13\ntitle: Talks resume in Geneva\n\nBody.", "talks-resume-in-geneva"},
	}
	for _, tt := range tests {
		a, _ := Parse(tt.path, []byte(tt.in), Options{})
		if a.Slug != tt.slug {
			t.Errorf("%q: slug %q, want %q", tt.path, a.Slug, tt.slug)
		}
	}
}

// TestNameDateRule checks that the date a file name opens with is read by
// DateFromPath and left out of the slug by one rule: a slug never keeps
// part of a date DateFromPath took, and keeps a name that does not open
// with one whole.
func TestNameDateRule(t *testing.T) {
	tests := []struct{ path, date, slug, title string }{
		{"content/2026-02-13-geneva-talks.md", "2026-02-13", "geneva-talks", "Geneva talks"},
		{"content/2026-02-13_x.txt", "2026-02-13", "x", ""},
		{"content/2026-02-13 Geneva Talks.md", "2026-02-13", "geneva-talks", "Geneva Talks"},
		{"content/2026-02-13.txt", "2026-02-13", "", ""},
		{"content/2026-02-13.md", "2026-02-13", "", ""},
		{"content/20260213-x", "", "20260213-x", ""},
		{"content/2026-13-45-x", "", "x", ""},
		{"content/2026-02-13x-talks.md", "", "2026-02-13x-talks", ""},
		{"content/2026/02/13/geneva-talks.txt", "2026-02-13", "geneva-talks", "Geneva talks"},
		{"content/Geneva Talks.md", "", "geneva-talks", "Geneva Talks"},
		{`content\2026-02-13-geneva-talks.txt`, "2026-02-13", "geneva-talks", "Geneva talks"},
	}
	for _, tt := range tests {
		date := ""
		if d, ok := DateFromPath(tt.path, time.UTC); ok {
			date = d.Format("2006-01-02")
		}
		title, _ := TitleFromName(tt.path)
		if got := SlugFromName(tt.path); date != tt.date || got != tt.slug || title != tt.title {
			t.Errorf("%q: date %q, slug %q, title %q; want %q, %q, %q", tt.path, date, got, title, tt.date, tt.slug, tt.title)
		}
	}
}
