package article

import "testing"

func TestSlugify(t *testing.T) {
	tests := map[string]string{
		"Zelenskyy’s plan":           "zelenskyys-plan",
		"Talks resume in Geneva":     "talks-resume-in-geneva",
		"Café Lumière reopens":       "cafe-lumiere-reopens",
		"Straße & Øresund":           "strasse-oresund",
		"  --Hello,  World!--  ":     "hello-world",
		"Київ":                       "",
		"2026: the year of the tram": "2026-the-year-of-the-tram",
	}
	for in, want := range tests {
		if got := slugify(in); got != want {
			t.Errorf("slugify(%q) = %q, want %q", in, got, want)
		}
	}
}

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
