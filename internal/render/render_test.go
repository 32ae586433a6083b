package render

import (
	"bytes"
	"flag"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"broadsheet/internal/markdown"
	"broadsheet/internal/site"
	"broadsheet/layouts"
)

var (
	update  = flag.Bool("update", false, "rewrite the golden files in testdata/")
	preview = flag.String("preview", "", "write the sample site's pages and assets to this folder, to look at in a browser")
)

// newRenderer loads the defaults with overrides, failing the test on errors.
func newRenderer(t testing.TB, overrides fs.FS) *Renderer {
	t.Helper()
	r, diags := New(layouts.FS(), overrides)
	if diags.HasErrors() || r == nil {
		t.Fatalf("New: %v", diags)
	}
	return r
}

// render renders one page of s to a string.
func render(t testing.TB, r *Renderer, s *sample, p *site.Page) string {
	t.Helper()
	var buf bytes.Buffer
	body := template.HTML("")
	if p.Article != nil {
		body = s.bodies[p.Article]
	}
	if err := r.Page(&buf, s.site, p, body); err != nil {
		t.Fatalf("Page(%s): %v", p.URL, err)
	}
	return buf.String()
}

func TestPageKinds(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	tests := []struct {
		kind  site.Kind
		hooks []string
	}{
		{site.KindArticle, []string{
			`<article class="article" data-pagefind-body data-pagefind-meta="date:2026-02-13">`, `<div class="article-body">`,
			`<h1>Talks resume in Geneva as winter bites</h1>`,
			`<time datetime="2026-02-13T09:30:00Z">13 February 2026, 09:30 UTC</time>`,
			`<a href="../../../../authors/maria-example/index.html" rel="author" data-pagefind-filter="author">Maria Example</a>, <a href="../../../../authors/tomas-placeholder/index.html" rel="author" data-pagefind-filter="author">Tomas Placeholder</a> and <a href="../../../../authors/ana-sample/index.html" rel="author" data-pagefind-filter="author">Ana Sample</a>`,
			`<a class="outlet" href="../../../../outlets/the-harbor-ledger/index.html" data-pagefind-filter="outlet">The Harbor Ledger</a>`,
			`<figcaption>Delegates arrive at the lakeside hotel on Feb. 12. <span class="credit">Rita Exemplo/The Harbor Ledger</span></figcaption>`,
			`<div class="article-body">` + "\n" + `<p><span class="dateline">GENEVA —</span> Negotiators from both sides`,
			`<p class="attribution">This article originally appeared in The Harbor Ledger.</p>`,
			`<li><a href="../../../../tags/diplomacy/index.html" rel="tag" data-pagefind-filter="tags">diplomacy</a></li>`,
			`<img src="../../../../images/geneva.jpg" width="2400" height="1600" srcset="../../../../images/geneva.x.480.jpg 480w, ../../../../images/geneva.x.960.jpg 960w, ../../../../images/geneva.x.1600.jpg 1600w, ../../../../images/geneva.jpg 2400w" sizes="(min-width: 48rem) 46rem, 100vw"`,
			`<meta property="og:image" content="https://example.org/news/images/geneva.x.960.jpg">`,
			`<meta property="og:image:width" content="960">`,
			`<meta name="twitter:card" content="summary_large_image">`,
			`<meta property="og:description" content="Negotiators meet again as the deadline nears.">`,
			`<meta property="article:author" content="https://example.org/news/authors/maria-example/">`,
			`<p class="updated"><time datetime="2026-02-14T08:15:00Z">Updated 14 February 2026, 08:15 UTC</time></p>`,
			`<p class="source"><a href="https://example.com/ledger/talks">Originally published by The Harbor Ledger</a></p>`,
			`href="../../../../2026/02/13/council-approves-budget/index.html"`,
			`<a href="../../../../digest/2026-02-13/index.html">Friday 13 February 2026</a>`,
			`<link rel="canonical" href="https://example.org/news/2026/02/13/talks-resume-in-geneva/">`,
			`<link rel="stylesheet" href="../../../../style.css">`,
			`<script type="application/ld+json">`,
			`<html lang="en">`,
			`<title>Talks resume in Geneva as winter bites · The Morning Example</title>`,
			`<meta name="description" content="Negotiators meet again as the deadline nears.">`,
		}},
		{site.KindDigest, []string{
			`<article class="digest-entry">`, `<h1>Friday 13 February 2026</h1>`,
			`<h2 class="entry-title"><a href="../../2026/02/13/talks-resume-in-geneva/index.html">`,
			`<span class="dateline">GENEVA —</span> Negotiators meet again as the deadline nears.`,
			`<p class="teaser">The city council approved the budget`,
			`3 min read`,
			`href="../../digest/2026-02-12/index.html"`,
		}},
		{site.KindHome, []string{
			`<h1 class="masthead">The Morning Example</h1>`, `<article class="digest-entry">`,
			`<a href="digest/2026-02-13/index.html">Friday 13 February 2026</a>`,
			`<a href="page/2/index.html"><span class="dir">Older digests</span> Page 2 of 2</a>`,
			`aria-current="page"`,
		}},
		{site.KindAuthor, []string{`<h1>Ana Sample</h1>`, `<article class="digest-entry">`, `1 article`}},
		{site.KindOutlet, []string{`<h1>The Harbor Ledger</h1>`, `<article class="digest-entry">`}},
		{site.KindNotFound, []string{`<h1>Page not found</h1>`, `href="/news/"`, `href="/news/style.css"`, `noindex`}},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind), func(t *testing.T) {
			got := render(t, r, s, s.page(tt.kind))
			for _, h := range tt.hooks {
				if !strings.Contains(got, h) {
					t.Errorf("missing %s", h)
				}
			}
			if n := strings.Count(got, "<h1"); n != 1 {
				t.Errorf("%d <h1> elements, want 1", n)
			}
			golden(t, filepath.Join("testdata", string(tt.kind)+".html"), got)
		})
	}
}

// golden compares got with the file at name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(name, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(name)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the output; run go test -update and review the diff", name)
	}
}

func TestDatelinePlacement(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	tests := []struct {
		article int
		want    string
	}{
		// The body opens with a paragraph: the dateline goes inside it.
		{0, `<div class="article-body">` + "\n" + `<p><span class="dateline">GENEVA —</span> Negotiators`},
		// No dateline: the body as it came.
		{1, `<div class="article-body">` + "\n" + `<p>The city council approved`},
		// The body opens with a quotation: the dateline gets a paragraph of its own.
		{2, `<div class="article-body">` + "\n" + `<p><span class="dateline">OSLO, Norway —</span></p>` + "\n" + `<blockquote>`},
	}
	for _, tt := range tests {
		a := s.site.Articles[tt.article]
		var p *site.Page
		for _, q := range s.site.Pages {
			if q.Article == a {
				p = q
			}
		}
		if got := render(t, r, s, p); !strings.Contains(got, tt.want) {
			t.Errorf("%s: missing %q", a.Title, tt.want)
		}
	}
}

func TestTeaserPlace(t *testing.T) {
	tests := []struct {
		name                       string
		summary, caption, dateline string
		want                       string
	}{
		{"lead", "", "", "KYIV, Ukraine", "KYIV, Ukraine"},
		{"summary repeats the lead", "Talks resumed.", "Soup in a square.", "GENEVA", "GENEVA"},
		{"caption stands in", "", "Soup in a square.", "GENEVA", ""},
		{"no dateline", "", "", "", ""},
	}
	for _, tt := range tests {
		a := &site.Article{Doc: &markdown.Doc{FrontMatter: markdown.FrontMatter{
			Caption: tt.caption, Dateline: tt.dateline,
		}}}
		a.Doc.SetSummary(tt.summary)
		if got := teaserPlace(a); got != tt.want {
			t.Errorf("%s: teaserPlace = %q, want %q", tt.name, got, tt.want)
		}
	}
}
