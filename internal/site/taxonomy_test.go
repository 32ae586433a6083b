package site

import (
	"strings"
	"testing"

	"broadsheet/internal/config"
	"broadsheet/internal/markdown"
)

func terms(taxonomy string, names ...string) func(*markdown.Doc) {
	return func(d *markdown.Doc) { d.SetTerm(taxonomy, names) }
}

// TestTaxonomies checks terms as a reader finds them: one page per slug,
// named by the oldest article's spelling with a warning for the others,
// articles newest first, and an index sorted by count, then name.
func TestTaxonomies(t *testing.T) {
	cfg := cfgWith(func(c *config.Config) { c.Taxonomies = []string{"tags", "sections"} })
	docs := []*markdown.Doc{
		doc("content/a.md", "A", "2026-02-12", tags("Energy", "energy"), terms("sections", "Business")),
		doc("content/b.md", "B", "2026-02-13", tags("ENERGY", "Ports")),
		doc("content/c.md", "C", "2026-02-14", tags("Ports", "Zoning", " "), terms("sections", "Business", "Local news")),
	}
	s, diags := New(cfg, docs, Options{})
	if got := strings.TrimSpace(diagText(diags)); got != `content/a.md:1: warning: tags term "energy" is the term "Energy" of older articles (both are /tags/energy/); the page keeps "Energy"`+"\n"+
		`content/b.md:1: warning: tags term "ENERGY" is the term "Energy" of older articles (both are /tags/energy/); the page keeps "Energy"` {
		t.Errorf("diagnostics:\n%s", got)
	}
	if len(s.Taxonomies) != 2 || s.Taxonomies[0].Name != "tags" || s.Taxonomies[1].URL != "/sections/" {
		t.Fatalf("taxonomies = %+v", s.Taxonomies)
	}
	var got []string
	for _, g := range s.Taxonomies[0].ByCount() {
		got = append(got, g.Name+" "+g.URL+" ["+titles(g.Articles)+"]")
	}
	want := "Energy /tags/energy/ [B,A]|Ports /tags/ports/ [C,B]|Zoning /tags/zoning/ [C]"
	if strings.Join(got, "|") != want {
		t.Errorf("tags by count:\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
	c := s.Articles[0]
	if c.Title != "C" || len(c.Terms["tags"]) != 2 || c.Terms["sections"][1].URL != "/sections/local-news/" {
		t.Errorf("article C's terms = %v", c.Terms)
	}
	if a := s.Articles[2]; len(a.Terms["tags"]) != 1 {
		t.Errorf("article A lists one term twice: %v", a.Terms["tags"])
	}
}

// TestArchive checks the archive's grouping by year, then month, newest
// first, with counts, and its address for other digest patterns.
func TestArchive(t *testing.T) {
	docs := []*markdown.Doc{
		doc("content/a.md", "A", "2025-12-30"),
		doc("content/b.md", "B", "2026-01-02"),
		doc("content/c.md", "C", "2026-01-02"),
		doc("content/d.md", "D", "2026-02-14"),
	}
	s := mustNew(t, cfgWith(nil), docs, Options{})
	var got []string
	for _, y := range s.Archive.Years {
		for _, m := range y.Months {
			got = append(got, m.Start.Format("2006-01")+" "+strings.Repeat("d", len(m.Digests))+" "+string(rune('0'+m.Articles)))
		}
	}
	if want := "2026-02 d 1|2026-01 d 2|2025-12 d 1"; strings.Join(got, "|") != want {
		t.Errorf("archive = %s, want %s", strings.Join(got, "|"), want)
	}
	if s.Archive.URL != "/digest/" || s.Archive.Years[0].Articles != 3 {
		t.Errorf("archive %s, first year %d articles", s.Archive.URL, s.Archive.Years[0].Articles)
	}
	for pattern, want := range map[string]string{"/:period/": "/digests/", "/news/digest-:period/": "/news/", "/d/:period.html": "/d/"} {
		if got := archiveURL(pattern); got != want {
			t.Errorf("archiveURL(%q) = %q, want %q", pattern, got, want)
		}
	}
}

// TestAliases checks the addresses alias pages get and the errors of bad
// and colliding ones.
func TestAliases(t *testing.T) {
	docs := []*markdown.Doc{
		doc("content/a.md", "A", "2026-02-12", aliases("old/a", "/old/a.html", "https://example.org/x/")),
		doc("content/b.md", "B", "2026-02-13", aliases("/OLD/A/")),
		doc("content/c.md", "C", "2026-02-14", aliases("/digest/2026-02-13/")),
	}
	s, diags := New(cfgWith(nil), docs, Options{})
	want := []string{
		`content/a.md:1: error: alias "https://example.org/x/" is not a path of this site, such as "/2019/05/old-title/"`,
		`content/c.md:1: error: the digest 2026-02-13 and the alias /digest/2026-02-13/ of article content/c.md would both be written to digest/2026-02-13/index.html; remove or change the alias`,
		`content/a.md:1: error: the alias /OLD/A/ of article content/b.md and the alias /old/a/ of article content/a.md would both be written to old/a/index.html; remove or change the alias`,
	}
	if got := strings.TrimSpace(diagText(diags)); got != strings.Join(want, "\n") {
		t.Errorf("diagnostics:\n%s\nwant\n%s", got, strings.Join(want, "\n"))
	}
	var urls []string
	for _, p := range s.Pages {
		if p.Kind == KindAlias {
			urls = append(urls, p.URL+" "+p.Article.Title)
		}
	}
	if got := strings.Join(urls, "|"); got != "/digest/2026-02-13/ C|/OLD/A/ B|/old/a/ A|/old/a.html A" {
		t.Errorf("alias pages = %s", got)
	}
}
