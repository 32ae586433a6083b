package render

import (
	"errors"
	"html/template"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"broadsheet/internal/site"
	"broadsheet/layouts"
)

// uncached overrides the list layouts to show entries with a range over
// {{template "entry"}}, which is never cached.
func uncached(t *testing.T) fstest.MapFS {
	t.Helper()
	over := fstest.MapFS{}
	for _, name := range []string{"digest.html", "home.html", "author.html", "outlet.html"} {
		data := readDefault(t, name)
		src := strings.NewReplacer(
			`{{entries $ $g.Articles 2}}`, `{{range $g.Articles}}`+"\n"+`{{template "entry" (dict "D" $ "A" . "Level" 2)}}{{end}}`,
			`{{entries $ $l.Articles 2}}`, `{{range $l.Articles}}`+"\n"+`{{template "entry" (dict "D" $ "A" . "Level" 2)}}{{end}}`,
			`{{- entries $ $g.Articles 3 (not $full)}}`, `{{- range $g.Articles}}`+"\n"+`{{template "entry" (dict "D" $ "A" . "Level" 3 "Compact" (not $full))}}{{end}}`,
		).Replace(string(data))
		if src == string(data) {
			t.Fatalf("%s does not call the entry function", name)
		}
		over[name] = &fstest.MapFile{Data: []byte(src)}
	}
	return over
}

// TestEntryCacheMatchesTemplate renders every list page twice in a row
// with the cached entry function and compares them with the same pages
// made with {{template "entry"}}: the cache never changes a page.
func TestEntryCacheMatchesTemplate(t *testing.T) {
	cached, plain := newRenderer(t, nil), newRenderer(t, uncached(t))
	s := newSample(false)
	for round := range 2 {
		for _, p := range s.site.Pages {
			if p.Kind == site.KindArticle || p.Kind == site.KindNotFound {
				continue
			}
			if got, want := render(t, cached, s, p), render(t, plain, s, p); got != want {
				t.Errorf("round %d: %s differs with cached entries:\n%s\nwant\n%s", round, p.URL, got, want)
			}
		}
	}
}

// TestForget checks that a cached entry is shown until its article is
// forgotten, and that Adopt shares entries only between renderers of the
// same shared files.
func TestForget(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	digest := s.page(site.KindDigest)
	a := digest.Digest.Articles[0]
	render(t, r, s, digest)
	old := a.Title
	a.Title = "A new headline"
	if got := render(t, r, s, digest); !strings.Contains(got, old) {
		t.Fatalf("the cached entry was not used")
	}
	page := newRenderer(t, fstest.MapFS{"article.html": {Data: []byte(`{{define "main"}}x{{end}}{{template "base" .}}`)}})
	page.Adopt(r)
	if got := render(t, page, s, digest); !strings.Contains(got, old) {
		t.Errorf("a renderer with the same shared files did not adopt the entries")
	}
	r.Forget(a.Source)
	for _, rr := range []*Renderer{r, page} {
		if got := render(t, rr, s, digest); !strings.Contains(got, "A new headline") || strings.Contains(got, old) {
			t.Errorf("the entry was not rendered again after Forget")
		}
	}
	a.Title = old
	other := newRenderer(t, fstest.MapFS{"partials.html": {Data: append(readDefault(t, "partials.html"), "\n{{define \"x\"}}{{end}}"...)}})
	other.Adopt(r)
	if got := render(t, other, s, digest); !strings.Contains(got, old) {
		t.Errorf("a renderer with other shared files adopted the entries")
	}
}

// TestEntryBudgetShare checks that entries are kept only while the
// budget holds a quarter of the site's entries: a retitled article shows
// its old title from the cache when they are kept, its new one when not.
func TestEntryBudgetShare(t *testing.T) {
	s := newSample(false)
	digest := s.page(site.KindDigest)
	a := digest.Digest.Articles[0]
	probe := newRenderer(t, nil)
	render(t, probe, s, digest)
	size := 0
	for _, e := range probe.entries.m[a.Source] {
		size = len(e.html)
	}
	if size == 0 {
		t.Fatalf("no entry of %s was kept with the whole budget", a.Source)
	}
	// Only their number counts: a site of a hundred articles whose
	// budget would hold this entry many times over.
	for len(s.site.Articles) < 100 {
		s.site.Articles = append(s.site.Articles, a)
	}
	quarter := len(s.site.Articles) * size / 4
	for _, tc := range []struct {
		budget int
		kept   bool
	}{{quarter + size, true}, {quarter - size, false}} {
		r := newRenderer(t, nil)
		r.entries.budget = tc.budget
		old := a.Title
		render(t, r, s, digest)
		a.Title = "A new headline"
		got := render(t, r, s, digest)
		a.Title = old
		if kept := strings.Contains(got, old); kept != tc.kept {
			t.Errorf("budget %d for %d articles of %d-byte entries: entry kept = %v, want %v",
				tc.budget, len(s.site.Articles), size, kept, tc.kept)
		}
	}
}

// TestEntryErrorNamesPartials checks that an entry failing to render is
// reported in the shared file that defines it, with the page.
func TestEntryErrorNamesPartials(t *testing.T) {
	over := fstest.MapFS{"partials.html": {Data: []byte(
		"{{define \"byline\"}}{{end}}{{define \"time\"}}{{end}}{{define \"meta\"}}{{end}}{{define \"pager\"}}{{end}}\n{{define \"entry\"}}\n{{.A.Nope}}{{end}}")}}
	r := newRenderer(t, over)
	s := newSample(false)
	p := s.page(site.KindOutlet)
	err := r.Page(&strings.Builder{}, s.site, p, "")
	var re *Error
	if !errors.As(err, &re) {
		t.Fatalf("got %v, want a *render.Error", err)
	}
	if got := re.Error(); !strings.HasPrefix(got, "layouts/partials.html:3: error: ") || !strings.Contains(got, p.URL) {
		t.Errorf("got %q, want layouts/partials.html:3 and the page", got)
	}
}

func readDefault(t *testing.T, name string) []byte {
	t.Helper()
	data, err := fs.ReadFile(layouts.FS(), name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// TestGroupPager renders the second page of an author's articles: its
// own share of the list, the count of all, and a link back to page 1.
func TestGroupPager(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	first := s.page(site.KindAuthor)
	g := first.Group
	second := &site.Page{Kind: site.KindAuthor, URL: g.URL + "page/2/", File: g.URL[1:] + "page/2/index.html", Title: g.Name + " – page 2", Group: g,
		List: &site.Pager{Number: 2, Total: 2, Articles: g.Articles[len(g.Articles)-1:], Prev: first}}
	first.List = &site.Pager{Number: 1, Total: 2, Articles: g.Articles[:len(g.Articles)-1], Next: second}
	got := render(t, r, s, second)
	for _, want := range []string{
		`<p class="count">` + plural(len(g.Articles), "article", "articles") + ` · page 2 of 2</p>`,
		`<li class="prev"><a href="../../../../authors/` + g.Slug + `/index.html"><span class="dir">Newer articles</span> Page 1 of 2</a></li>`,
		`<title>` + g.Name + ` – page 2 · The Morning Example</title>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("page 2 lacks %s\n%s", want, got)
		}
	}
	if n := strings.Count(got, `<article class="digest-entry">`); n != 1 {
		t.Errorf("page 2 shows %d entries, want 1", n)
	}
	if got := render(t, r, s, first); !strings.Contains(got, `<span class="dir">Older articles</span> Page 2 of 2`) {
		t.Errorf("page 1 does not link to page 2:\n%s", got)
	}
}

// TestFrameAlwaysCurrent checks that the frame of every page marks the
// latest digest's page in its navigation, and that the frame of a new
// model of the site shows its new title.
func TestFrameAlwaysCurrent(t *testing.T) {
	r := newRenderer(t, nil)
	s := newSample(false)
	latest, older := s.site.Digests[0], s.site.Digests[1]
	page := func(d *site.Digest) *site.Page {
		for _, p := range s.site.Pages {
			if p.Digest == d {
				return p
			}
		}
		t.Fatal("no page for digest", d.Key)
		return nil
	}
	current := `aria-current="page">Latest digest`
	if got := render(t, r, s, page(latest)); !strings.Contains(got, current) {
		t.Errorf("the latest digest's page does not mark its nav link")
	}
	if got := render(t, r, s, page(older)); strings.Contains(got, current) {
		t.Errorf("an older digest's page marks the latest digest's nav link")
	}
	renamed := *s.site
	cfg := *renamed.Config
	cfg.Title = "Renamed"
	renamed.Config = &cfg
	var got strings.Builder
	if err := r.Page(&got, &renamed, page(older), ""); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.String(), `<p class="masthead"><a href="../../index.html">Renamed</a>`) {
		t.Errorf("the masthead of another model does not show its title")
	}
}

// TestReads checks what Render reports a page read: nothing beyond the
// page with the default layouts, the site-wide lists when a layout reads
// one, and the articles shown with entry; and that an entry whose
// template reads site-wide data is not shared with other pages.
func TestReads(t *testing.T) {
	s := newSample(false)
	home := s.page(site.KindHome)
	art := s.page(site.KindArticle)
	reads := func(r *Renderer, p *site.Page) *Reads {
		t.Helper()
		got, err := r.Render(&strings.Builder{}, s.site, p, "")
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	plain := newRenderer(t, nil)
	if got := reads(plain, art); got.Wide || len(got.Shown) > 0 {
		t.Errorf("an article page with the default layouts read %+v", got)
	}
	if got := reads(plain, home); got.Wide || len(got.Shown) != len(home.Articles()) {
		t.Errorf("the home page with the default layouts read wide=%v and showed %d entries, want %d", got.Wide, len(got.Shown), len(home.Articles()))
	}
	data, err := fs.ReadFile(layouts.FS(), "article.html")
	if err != nil {
		t.Fatal(err)
	}
	wide := newRenderer(t, fstest.MapFS{
		"article.html": {Data: append(data, "{{range .Site.Authors}}{{.Name}}{{end}}"...)},
		"partials.html": {Data: []byte(strings.Replace(partials(t), `<article class="digest-entry">`,
			`<article class="digest-entry" data-n="{{len $d.Site.Articles}}">`, -1))},
	})
	if got := reads(wide, art); !got.Wide {
		t.Errorf("an article page that lists .Site.Authors did not read wide")
	}
	before := len(s.site.Articles)
	first := render(t, wide, s, home)
	s.site.Articles = s.site.Articles[:before-1]
	defer func() { s.site.Articles = s.site.Articles[:before] }()
	if got := render(t, wide, s, home); got == first {
		t.Errorf("an entry that shows how many articles the site has was shared after the count changed")
	}
}

// TestEntryAtEveryDepth compares the entries the entry function makes,
// rendered once and re-rooted, with the entry template executed for
// pages at every depth and for the 404 page, whose links are
// root-relative.
func TestEntryAtEveryDepth(t *testing.T) {
	s := newSample(true) // hostile text, with quotes and markup, around the links
	r := newRenderer(t, nil)
	a := s.site.Articles[0]
	pages := []*site.Page{{Kind: site.KindNotFound, URL: "/404.html"}}
	for _, u := range []string{"/", "/a/", "/a/b/", "/a/b/c/d/", "/x.html", "/a/b/c/d/e/f/"} {
		pages = append(pages, &site.Page{Kind: site.KindAuthor, URL: u})
	}
	for round := range 2 {
		for _, p := range pages {
			d := &Data{Site: &SiteData{Site: s.site, reads: &Reads{}}, Page: p}
			for _, v := range []variant{{level: 2}, {level: 3, compact: true}} {
				got, err := r.entry(d, a, v.level, v.compact)
				if err != nil {
					t.Fatal(err)
				}
				var want strings.Builder
				if err := r.entrySet.ExecuteTemplate(&want, "entry", &EntryData{D: d, A: a, Level: v.level, Compact: v.compact}); err != nil {
					t.Fatal(err)
				}
				if string(got) != want.String() {
					t.Errorf("round %d, %s, %+v:\n got %s\nwant %s", round, p.URL, v, got, want.String())
				}
			}
		}
	}
}

func TestReroot(t *testing.T) {
	in := `<a href="../../x/">x</a> <img alt="../../y" src="../../i.png"> <a data-href="../../z" HREF="../../w" title="../../t">` +
		"\n" + `<a` + "\n" + `href="../../../up">`
	want := `<a href="R/x/">x</a> <img alt="../../y" src="R/i.png"> <a data-href="../../z" HREF="R/w" title="../../t">` +
		"\n" + `<a` + "\n" + `href="R/../up">`
	if got := string(reroot(template.HTML(in), "R/")); got != want {
		t.Errorf("reroot:\n got %s\nwant %s", got, want)
	}
}

// partials returns the default partials.html.
func partials(t *testing.T) string {
	t.Helper()
	data, err := fs.ReadFile(layouts.FS(), "partials.html")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestFrameOverridden checks that a site whose base.html overrides the
// frame gets what its templates show on every page, even a template
// called with cached that shows the page's own title.
func TestFrameOverridden(t *testing.T) {
	data, err := fs.ReadFile(layouts.FS(), "base.html")
	if err != nil {
		t.Fatal(err)
	}
	base := strings.Replace(string(data), `<p>{{t "footer_note"}}</p>`,
		`<p class="where">{{.Page.Title}}</p>`, 1)
	r := newRenderer(t, fstest.MapFS{"base.html": {Data: []byte(base)}})
	s := newSample(false)
	for _, p := range s.site.Pages {
		if p.Kind != site.KindDigest {
			continue
		}
		if got, want := render(t, r, s, p), `<p class="where">`+template.HTMLEscapeString(p.Title)+`</p>`; !strings.Contains(got, want) {
			t.Errorf("%s: the footer does not show %s", p.URL, want)
		}
	}
}

// TestOwnEntryPerPage checks that a site's own entry template, which may
// show anything of the page it is on, is rendered for each page: an
// entry that names the page's title shows every list page's own.
func TestOwnEntryPerPage(t *testing.T) {
	own := strings.Replace(partials(t), `<article class="digest-entry">`, `<article class="digest-entry" data-page="{{.D.Page.Title}}">`, -1)
	r := newRenderer(t, fstest.MapFS{"partials.html": {Data: []byte(own)}})
	s := newSample(false)
	for _, p := range s.site.Pages {
		if p.Kind != site.KindDigest && p.Kind != site.KindAuthor {
			continue
		}
		if got, want := render(t, r, s, p), `data-page="`+template.HTMLEscapeString(p.Title)+`"`; !strings.Contains(got, want) {
			t.Errorf("%s: no entry shows %s", p.URL, want)
		}
	}
}

// TestReachesOthers checks which article layouts are keyed as if they
// read the whole site: those that reach other articles through the
// page's own data, not the built-in layout with a change of its own.
func TestReachesOthers(t *testing.T) {
	data, err := fs.ReadFile(layouts.FS(), "article.html")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		extra string
		want  bool
	}{
		{"<!-- a comment -->", false},
		{`{{with .Page.Article.Prev}}<p>{{.Title}}</p>{{end}}`, false},
		{`{{range .Page.Article.Digest.Articles}}<p>{{.Title}}</p>{{end}}`, true},
		{`{{with .Page.Article.Digest}}{{range .Articles}}<p>{{.Title}}</p>{{end}}{{end}}`, true},
		{`{{with .Page.Article.Prev}}{{with .Prev}}<p>{{.Title}}</p>{{end}}{{end}}`, true},
		{`{{with .Page.Article.Digest.Next}}<p>{{.Title}}</p>{{end}}`, true},
		{`{{range $g := .Page.Article.Authors}}{{len $g.Articles}}{{end}}`, true},
	}
	s := newSample(false)
	art := s.page(site.KindArticle)
	for _, tt := range tests {
		r := newRenderer(t, fstest.MapFS{"article.html": {Data: append(slices.Clone(data), tt.extra...)}})
		reads, err := r.Render(&strings.Builder{}, s.site, art, "")
		if err != nil {
			t.Fatal(err)
		}
		if reads.Wide != tt.want {
			t.Errorf("%s: keyed as reading the whole site: %v, want %v", tt.extra, reads.Wide, tt.want)
		}
	}
}
