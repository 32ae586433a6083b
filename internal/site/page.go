package site

import (
	"cmp"
	"fmt"
	"strings"

	"broadsheet/internal/config"
)

// NotFoundURL is the site path of the 404 page, which static hosts serve
// for any missing address.
const NotFoundURL = "/404.html"

// SearchURL is the site path of the search page.
const SearchURL = "/search/"

// GroupPerPage is how many articles an author or outlet page lists; the
// older ones follow on "page/2/" and on. A page of thousands of entries
// is slow to load and to scroll, and would be rendered again whenever
// any one of them changed.
const GroupPerPage = 50

// pages lists every HTML page of the site in a stable order: home pages,
// digests, the archive, articles, authors, outlets, each taxonomy, the
// aliases, then the 404 page.
func (s *Site) pages(aliases []*Page) []*Page {
	pages := s.homePages()
	for _, d := range s.Digests {
		pages = append(pages, newPage(KindDigest, d.URL, d.Title, func(p *Page) { p.Digest = d }))
	}
	pages = append(pages, newPage(KindArchive, s.Archive.URL, s.word("archive"), func(p *Page) { p.Archive = s.Archive }))
	for _, a := range s.Articles {
		p := newPage(KindArticle, a.URL, a.Title, func(p *Page) { p.Article = a })
		a.URL = p.URL // the same text, sharing the page's memory
		pages = append(pages, p)
	}
	pages = append(pages, indexPage(&Taxonomy{Name: "authors", URL: "/authors/", Terms: s.Authors}, s.word("authors")))
	for _, g := range s.Authors {
		pages = append(pages, s.groupPages(KindAuthor, g)...)
	}
	pages = append(pages, indexPage(&Taxonomy{Name: "outlets", URL: "/outlets/", Terms: s.Outlets}, s.word("outlets")))
	for _, g := range s.Outlets {
		pages = append(pages, s.groupPages(KindOutlet, g)...)
	}
	for _, t := range s.Taxonomies {
		pages = append(pages, indexPage(t, t.Title()))
		for _, g := range t.Terms {
			for _, p := range s.groupPages(KindTerm, g) {
				p.Taxonomy = t
				pages = append(pages, p)
			}
		}
	}
	pages = append(pages, aliases...)
	pages = append(pages, newPage(KindSearch, SearchURL, s.word("search"), nil))
	return append(pages, newPage(KindNotFound, NotFoundURL, s.word("not_found_title"), nil))
}

// indexPage is the page that lists a taxonomy's terms.
func indexPage(t *Taxonomy, title string) *Page {
	return newPage(KindTaxonomy, t.URL, title, func(p *Page) { p.Taxonomy = t })
}

// word is the site language's text for a key of the i18n package. The
// keys and arguments here are fixed, so an error is a bug a test shows as
// the key itself in a title.
func (s *Site) word(key string, args ...any) string {
	w, err := s.Config.Lang.T(key, args...)
	if err != nil {
		return key
	}
	return w
}

// numbered is the title of a list's page number n, past the first.
func (s *Site) numbered(title string, n int) string {
	return title + " – " + s.word("page_n", n)
}

// groupPages splits a group's articles into pages of GroupPerPage each:
// the group's URL, then "page/2/" under it and on.
func (s *Site) groupPages(kind Kind, g *Group) []*Page {
	total := max(1, (len(g.Articles)+GroupPerPage-1)/GroupPerPage)
	pages := make([]*Page, total)
	for i := range pages {
		url, title := g.URL, g.Name
		if i > 0 {
			url, title = fmt.Sprintf("%spage/%d/", g.URL, i+1), s.numbered(g.Name, i+1)
		}
		arts := g.Articles[min(i*GroupPerPage, len(g.Articles)):min((i+1)*GroupPerPage, len(g.Articles))]
		pages[i] = newPage(kind, url, title, func(p *Page) {
			p.Group = g
			p.List = &Pager{Number: i + 1, Total: total, Articles: arts}
		})
	}
	linkPagers(pages, func(p *Page) *Pager { return p.List })
	return pages
}

// linkPagers sets the Prev and Next pages of a list split over pages.
func linkPagers(pages []*Page, pager func(*Page) *Pager) {
	for i, p := range pages {
		if i > 0 {
			pager(p).Prev = pages[i-1]
		}
		if i+1 < len(pages) {
			pager(p).Next = pages[i+1]
		}
	}
}

// homePages splits the digests into home pages of digest.per_page each:
// "/", then "/page/2/" and on. There is always a first page, even for a
// site with no articles yet.
func (s *Site) homePages() []*Page {
	per := max(1, s.Config.Digest.PerPage)
	total := max(1, (len(s.Digests)+per-1)/per)
	pages := make([]*Page, total)
	for i := range pages {
		url, title := "/", s.Config.Title
		if i > 0 {
			url, title = fmt.Sprintf("/page/%d/", i+1), s.numbered(s.Config.Title, i+1)
		}
		digests := s.Digests[min(i*per, len(s.Digests)):min((i+1)*per, len(s.Digests))]
		pages[i] = newPage(KindHome, url, title, func(p *Page) {
			p.Home = &Pager{Number: i + 1, Total: total, Digests: digests}
		})
	}
	linkPagers(pages, func(p *Page) *Pager { return p.Home })
	return pages
}

func newPage(kind Kind, url, title string, set func(*Page)) *Page {
	p := &Page{Kind: kind, URL: url, Title: title}
	if !strings.HasSuffix(url, "/") {
		p.File = fileOf(url)
	} else {
		// One string holds both (fileOf's answer is its tail), as a site
		// has as many pages as articles.
		both := url + "index.html"
		p.URL, p.File = both[:len(url)], both[1:]
	}
	if set != nil {
		set(p)
	}
	return p
}

// fileOf maps a site path to its output file: folder URLs get index.html.
func fileOf(url string) string {
	f := strings.TrimPrefix(url, "/")
	if f == "" || strings.HasSuffix(f, "/") {
		f += "index.html"
	}
	return f
}

// checkPages reports a page whose address could leave the output folder
// (possible only with a Config that Load did not check), and two pages
// that would be written to the same file, such as an article whose
// permalink pattern gives a digest's address. Files are compared without
// case, as macOS and Windows do.
func (b *builder) checkPages(pages []*Page) {
	seen := make(map[string]*Page, len(pages))
	for _, p := range pages {
		if !config.IsCleanPath(p.URL) {
			b.diags.Errorf(cmp.Or(pageSource(p), "site.toml"), 1,
				"the %s has the address %q, which is not a clean site path", describe(p), p.URL)
			continue
		}
		key := strings.ToLower(p.File)
		first := seen[key]
		if first == nil {
			seen[key] = p
			continue
		}
		fix := "change [permalinks] or a slug"
		if p.Kind == KindAlias || first.Kind == KindAlias {
			fix = "remove or change the alias"
		}
		b.diags.Errorf(cmp.Or(pageSource(p, first), "site.toml"), 1,
			"the %s and the %s would both be written to %s; %s",
			describe(first), describe(p), p.File, fix)
	}
}

// pageSource is the source file of the first article page among pages.
func pageSource(pages ...*Page) string {
	for _, p := range pages {
		if p.Article != nil {
			return p.Article.Source
		}
	}
	return ""
}

// describe names a page for a diagnostic.
func describe(p *Page) string {
	switch p.Kind {
	case KindArticle:
		return "article " + p.Article.Source
	case KindDigest:
		return "digest " + p.Digest.Key
	case KindAuthor, KindOutlet, KindTerm:
		if p.List != nil && p.List.Number > 1 {
			return fmt.Sprintf("%s page %d of %q", p.Kind, p.List.Number, p.Group.Name)
		}
		return fmt.Sprintf("%s page of %q", p.Kind, p.Group.Name)
	case KindAlias:
		return fmt.Sprintf("alias %s of article %s", p.URL, p.Article.Source)
	case KindTaxonomy:
		return fmt.Sprintf("index page of the %s", p.Taxonomy.Name)
	}
	return fmt.Sprintf("%s page %s", p.Kind, p.URL)
}

// Articles lists the articles whose metadata the page shows: the article
// and its neighbours on an article page, every article of the digests on
// a digest or home page, the page's share of a group's articles on an
// author or outlet page.
// A build that re-renders only what an edit affects must re-render the
// page when one of these articles changes, or when the list itself does.
func (p *Page) Articles() []*Article {
	switch p.Kind {
	case KindArticle:
		return nonNil(p.Article.Next, p.Article, p.Article.Prev)
	case KindDigest:
		return p.Digest.Articles
	case KindHome:
		n := 0
		for _, d := range p.Home.Digests {
			n += len(d.Articles)
		}
		arts := make([]*Article, 0, n)
		for _, d := range p.Home.Digests {
			arts = append(arts, d.Articles...)
		}
		return arts
	case KindAuthor, KindOutlet, KindTerm:
		if p.List != nil {
			return p.List.Articles
		}
		return p.Group.Articles
	case KindAlias:
		return []*Article{p.Article}
	case KindTaxonomy:
		return p.Taxonomy.Articles()
	case KindArchive:
		return p.Archive.articles()
	}
	return nil
}

// Digests lists the digests whose title or address the page shows: an
// article's digest, a digest and its neighbours, a home page's digests.
func (p *Page) Digests() []*Digest {
	switch p.Kind {
	case KindArticle:
		return []*Digest{p.Article.Digest}
	case KindDigest:
		return nonNil(p.Digest.Next, p.Digest, p.Digest.Prev)
	case KindHome:
		return p.Home.Digests
	case KindArchive:
		var ds []*Digest
		for _, y := range p.Archive.Years {
			for _, m := range y.Months {
				ds = append(ds, m.Digests...)
			}
		}
		return ds
	}
	return nil
}

// nonNil returns xs without its nil entries.
func nonNil[T any](xs ...*T) []*T {
	out := xs[:0]
	for _, x := range xs {
		if x != nil {
			out = append(out, x)
		}
	}
	return out
}
