package site

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/i18n"
	"broadsheet/internal/markdown"
)

// TestGroupPages checks that author and outlet pages list GroupPerPage
// articles each, newest first, linked in order, and that every article
// of the group is on exactly one of them.
func TestGroupPages(t *testing.T) {
	tests := []struct {
		articles int
		want     string
	}{
		{1, "/authors/ana-roe/:1"},
		{GroupPerPage, fmt.Sprintf("/authors/ana-roe/:%d", GroupPerPage)},
		{GroupPerPage + 1, fmt.Sprintf("/authors/ana-roe/:%d /authors/ana-roe/page/2/:1", GroupPerPage)},
		{2*GroupPerPage + 20, fmt.Sprintf("/authors/ana-roe/:%d /authors/ana-roe/page/2/:%d /authors/ana-roe/page/3/:20", GroupPerPage, GroupPerPage)},
	}
	for _, tt := range tests {
		var docs []*markdown.Doc
		start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
		for i := range tt.articles {
			docs = append(docs, doc(fmt.Sprintf("content/%03d.md", i), fmt.Sprint("T", i),
				start.Add(time.Duration(i)*time.Hour).Format(time.RFC3339), authors("Ana Roe")))
		}
		s := mustNew(t, config.Default(), docs, Options{})
		var got []string
		var pages []*Page
		seen := map[*Article]int{}
		for _, p := range s.Pages {
			if p.Kind != KindAuthor {
				continue
			}
			pages = append(pages, p)
			got = append(got, fmt.Sprintf("%s:%d", p.URL, len(p.Articles())))
			for _, a := range p.Articles() {
				seen[a]++
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%d articles: %s, want %s", tt.articles, strings.Join(got, " "), tt.want)
		}
		if len(seen) != tt.articles {
			t.Errorf("%d articles: %d listed", tt.articles, len(seen))
		}
		for i, p := range pages {
			l := p.List
			if l.Number != i+1 || l.Total != len(pages) || p.Group != s.Authors[0] {
				t.Errorf("%s: page %d of %d, group %v", p.URL, l.Number, l.Total, p.Group)
			}
			if (i > 0) != (l.Prev != nil) || (i+1 < len(pages)) != (l.Next != nil) ||
				i > 0 && l.Prev != pages[i-1] || i+1 < len(pages) && l.Next != pages[i+1] {
				t.Errorf("%s: wrong Prev/Next", p.URL)
			}
			if i > 0 && p.Title != fmt.Sprintf("Ana Roe – page %d", i+1) {
				t.Errorf("%s: title %q", p.URL, p.Title)
			}
			if i > 0 && pages[i-1].Articles()[0].Date.Before(p.Articles()[0].Date) {
				t.Errorf("%s: newer articles than the page before", p.URL)
			}
		}
	}
}

// TestArticleURL checks the article permalink expansion against the
// config package's Expand, for every token and a few dates.
func TestArticleURL(t *testing.T) {
	patterns := []string{"/:year/:month/:day/:slug/", "/:slug/", "/news/:year-:month/:slug.html", "/:slugx/:day:month/", "/a::year/:/", ""}
	dates := []time.Time{
		time.Date(2026, 2, 3, 23, 59, 0, 0, time.UTC), time.Date(999, 12, 31, 0, 0, 0, 0, time.UTC),
		time.Date(12345, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2026, 11, 30, 0, 0, 0, 0, time.FixedZone("", -5*3600)),
	}
	for _, p := range patterns {
		for _, d := range dates {
			want := config.Expand(p, map[string]string{
				"year": fmt.Sprintf("%04d", d.Year()), "month": fmt.Sprintf("%02d", int(d.Month())),
				"day": fmt.Sprintf("%02d", d.Day()), "slug": "the-slug",
			})
			if got := articleURL(p, d, "the-slug"); got != want {
				t.Errorf("articleURL(%q, %v) = %q, want %q", p, d, got, want)
			}
		}
	}
}

// TestPageTitlesInLanguage checks that the titles the model gives pages
// of its own making are in the site's language, for layouts that show
// .Page.Title: the 404 page, the archive, the search page, the indexes of
// authors and outlets, and the pages past the first of a list.
func TestPageTitlesInLanguage(t *testing.T) {
	cfg := cfgWith(func(c *config.Config) {
		c.Language = "fr"
		c.Lang, _ = i18n.New("fr")
		c.Digest.PerPage = 1
	})
	var docs []*markdown.Doc
	for i := range GroupPerPage + 1 {
		docs = append(docs, doc(fmt.Sprintf("content/%03d.md", i), fmt.Sprint("T", i),
			time.Date(2026, 1, 1+i%3, i, 0, 0, 0, time.UTC).Format(time.RFC3339), authors("Ana Roe")))
	}
	s := mustNew(t, cfg, docs, Options{})
	want := map[string]string{
		NotFoundURL:                "Page introuvable",
		s.Archive.URL:              "Archives",
		SearchURL:                  "Recherche",
		"/authors/":                "Auteurs",
		"/outlets/":                "Médias",
		"/page/2/":                 cfg.Title + " – page 2",
		"/authors/ana-roe/page/2/": "Ana Roe – page 2",
	}
	for _, p := range s.Pages {
		if w, ok := want[p.URL]; ok {
			if p.Title != w {
				t.Errorf("%s: title %q, want %q", p.URL, p.Title, w)
			}
			delete(want, p.URL)
		}
	}
	for url := range want {
		t.Errorf("no page at %s", url)
	}
}
