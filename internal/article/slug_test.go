package article

import "testing"

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
