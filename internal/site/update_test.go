package site

import (
	"testing"

	"broadsheet/internal/config"
	"broadsheet/internal/markdown"
)

// TestUpdate checks that Update patches a site into what New makes of the
// edited documents, and refuses, leaving the site alone, any edit that
// moves, adds or drops an article or touches a reported file.
func TestUpdate(t *testing.T) {
	geneva := func(opts ...func(*markdown.Doc)) *markdown.Doc {
		base := []func(*markdown.Doc){withSlug("talks-resume"), authors("Maria Example"), outlet("The Example Times")}
		return doc("content/2026/02/13/geneva.txt", "Talks resume in Geneva", "2026-02-13T09:30:00+01:00", append(base, opts...)...)
	}
	title := func(s string) func(*markdown.Doc) { return func(d *markdown.Doc) { d.Title = s } }
	summary := func(d *markdown.Doc) { d.SetSummary("A new summary.") }
	tests := []struct {
		name string
		doc  *markdown.Doc
		ok   bool
	}{
		{"new title", geneva(title("Talks resume at last")), true},
		{"new summary", geneva(summary), true},
		{"same document", geneva(), true},
		{"new date", doc("content/2026/02/13/geneva.txt", "Talks resume in Geneva", "2026-02-12T09:30:00+01:00",
			withSlug("talks-resume"), authors("Maria Example"), outlet("The Example Times")), false},
		{"new slug", geneva(withSlug("talks-go-on")), false},
		{"new author", geneva(authors("Maria Example", "Ana Roe")), false},
		{"other spelling", geneva(authors("MARIA EXAMPLE")), false},
		{"new outlet", geneva(outlet("Example Wire")), false},
		{"now a draft", geneva(draft), false},
		{"no title", geneva(title("")), false},
		{"new file", doc("content/new.md", "New", "2026-02-13"), false},
		{"warned before", doc("content/2026-02-12-kyiv.md", "Kyiv again", "2026-02-12", outlet("Example Wire"), withSlug("Kyiv!")), false},
	}
	cfg := cfgWith(func(c *config.Config) { c.Digest.PerPage = 2; c.Timezone = "Europe/Zurich" })
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := goldenDocs()
			docs[4] = doc("content/2026-02-12-kyiv.md", "Kyiv", "2026-02-12", outlet("Example Wire"), withSlug("Kyiv!")) // warned of
			s, _ := New(cfg, docs, Options{})
			before := dump(s)
			arts, ok := s.Update([]*markdown.Doc{tt.doc})
			if ok != tt.ok {
				t.Fatalf("Update = %v, want %v", ok, tt.ok)
			}
			if !ok {
				if got := dump(s); got != before {
					t.Errorf("a refused Update changed the site:\n%s\nwant\n%s", got, before)
				}
				return
			}
			if len(arts) != 1 || arts[0].Doc != tt.doc {
				t.Errorf("Update returned %v, want the article of the new document", arts)
			}
			for i, d := range docs {
				if d.Path == tt.doc.Path {
					docs[i] = tt.doc
				}
			}
			fresh, _ := New(cfg, docs, Options{})
			if got, want := dump(s)+titles(s.Articles), dump(fresh)+titles(fresh.Articles); got != want {
				t.Errorf("patched site:\n%s\nwant\n%s", got, want)
			}
		})
	}
}
