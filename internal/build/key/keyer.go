package key

import (
	"slices"
	"sync"

	"broadsheet/internal/site"
)

// Keyer hashes the parts of a site model that files are made from. Once
// its articles are hashed it is read-only, so page keys can be made on
// several goroutines, each with its own Hasher.
type Keyer struct {
	site    uint64   // what every page shows: configuration and site navigation
	article []uint64 // per article, by site.Article.Index: its source and its own fields (see articleKey)
	model   *site.Site

	allOnce    sync.Once
	all        uint64 // see everything
	sourceOnce sync.Once
	sources    map[string]int // article indexes by source, for bySource
}

// New returns the Keyer of the model s built with the configuration
// whose hash is cfg. Its articles' keys are made by HashArticles.
func New(cfg uint64, s *site.Site) *Keyer {
	k := &Keyer{article: make([]uint64, len(s.Articles)), model: s}
	k.site = k.siteKey(cfg, s)
	return k
}

// NewFrom is New for a model patched since the build whose article keys
// were old: HashArticles need only hash the patched articles again.
func NewFrom(cfg uint64, s *site.Site, old []uint64) *Keyer {
	k := &Keyer{article: slices.Clone(old), model: s}
	k.site = k.siteKey(cfg, s)
	return k
}

// HashArticles makes the keys of arts, given the hash of each one's
// source file. Calls on disjoint lists may run at once.
func (k *Keyer) HashArticles(arts []*site.Article, source func(path string) uint64) {
	h := k.Hasher()
	for _, a := range arts {
		k.article[a.Index] = h.articleKey(a, source(a.Source))
	}
}

// Site is the key of what every page shows: the configuration and the
// site's navigation.
func (k *Keyer) Site() uint64 { return k.site }

// Articles returns every article's key, by site.Article.Index; the slice
// is the Keyer's own.
func (k *Keyer) Articles() []uint64 { return k.article }

// Hasher returns a Hasher that makes keys of this model's pages.
func (k *Keyer) Hasher() *Hasher { return &Hasher{k: k, buf: make([]byte, 0, 1024)} }

// siteKey hashes what every page shows.
func (k *Keyer) siteKey(cfg uint64, s *site.Site) uint64 {
	h := k.Hasher()
	h.U64(cfg)
	// Every page links to the latest digest from its navigation.
	if len(s.Digests) > 0 {
		h.Str(s.Digests[0].URL, s.Digests[0].Title)
	}
	return h.Sum()
}

// articleKey covers an article's source bytes (and so its front matter,
// lead and word count) and the model fields shown wherever the article
// is listed or linked: its title, URL, date, authors, outlet and digest.
// Its neighbours are not part of it: the pages that show them (its own
// article page) add their keys.
func (h *Hasher) articleKey(a *site.Article, source uint64) uint64 {
	h.Reset()
	h.U64(source, uint64(a.Date.UnixNano()))
	h.Str(a.Source, a.Title, a.Slug, a.URL, a.Date.Location().String())
	if a.DateOnly {
		h.Str("d")
	}
	for _, g := range a.Authors {
		h.Str(g.Name, g.URL)
	}
	h.Str("|")
	if a.Outlet != nil {
		h.Str(a.Outlet.Name, a.Outlet.URL)
	}
	if d := a.Digest; d != nil {
		h.Str(d.Key, d.Title, d.URL)
	}
	// Its terms as the site names them: the oldest article's spelling.
	for _, t := range h.k.model.Config.Taxonomies {
		h.Str("|", t)
		for _, g := range a.Terms[t] {
			h.Str(g.Name, g.URL)
		}
	}
	return h.Sum()
}

// Page returns the key of page p, made with the layouts hashed as layouts.
func (h *Hasher) Page(p *site.Page, layouts uint64) uint64 {
	h.Reset()
	h.U64(h.k.site, layouts)
	h.Str(string(p.Kind), p.URL, p.File, p.Title)
	switch p.Kind {
	case site.KindArticle:
		// The article, and the titles and links of its neighbours.
		a := p.Article
		h.U64(h.k.article[a.Index], h.k.neighbour(a.Prev), h.k.neighbour(a.Next))
		return h.Sum()
	case site.KindDigest:
		h.digest(p.Digest)
	case site.KindHome:
		for _, d := range p.Home.Digests {
			h.digest(d)
		}
	case site.KindTaxonomy:
		// Each term's name, address and count: no article's own fields.
		for _, g := range p.Taxonomy.Terms {
			h.Str(g.Name, g.URL)
			h.U64(uint64(len(g.Articles)))
		}
		return h.Sum()
	case site.KindArchive:
		// Each digest's title, address and count, by year and month.
		for _, y := range p.Archive.Years {
			for _, m := range y.Months {
				for _, d := range m.Digests {
					h.Str(d.Key, d.Title, d.URL)
					h.U64(uint64(len(d.Articles)))
				}
			}
		}
		return h.Sum()
	}
	if g := p.Group; g != nil {
		h.Str(g.Name, g.Slug, g.URL)
		h.U64(uint64(len(g.Articles))) // the count every page of the group shows
	}
	h.pager(p.Home)
	h.pager(p.List)
	for _, a := range p.Articles() {
		h.U64(h.k.article[a.Index])
	}
	return h.Sum()
}

// neighbour is the key of an article's neighbour, or 0 for none.
func (k *Keyer) neighbour(a *site.Article) uint64 {
	if a == nil {
		return 0
	}
	return k.article[a.Index]
}

// OfArticles returns a key over the given articles, in order.
func (k *Keyer) OfArticles(extra uint64, as []*site.Article) uint64 {
	h := k.Hasher()
	h.U64(extra)
	for _, a := range as {
		h.U64(k.article[a.Index])
	}
	return h.Sum()
}

// digest appends a digest's own fields and its neighbours' links.
func (h *Hasher) digest(d *site.Digest) {
	h.Str(d.Key, d.Title, d.URL)
	h.U64(uint64(len(d.Articles)))
	for _, n := range []*site.Digest{d.Prev, d.Next} {
		if n != nil {
			h.Str("n", n.Key, n.Title, n.URL)
		} else {
			h.Str("-")
		}
	}
}

// pager appends a page's place in a list split over pages.
func (h *Hasher) pager(pg *site.Pager) {
	if pg == nil {
		h.Str("-")
		return
	}
	h.U64(uint64(pg.Number), uint64(pg.Total))
	for _, n := range []*site.Page{pg.Prev, pg.Next} {
		if n != nil {
			h.Str(n.URL)
		} else {
			h.Str("-")
		}
	}
}

// WithDeps returns a page's key base extended by what deps name: every
// article's key for a wide page, else the keys of the articles shown.
func (h *Hasher) WithDeps(base uint64, deps *Deps) uint64 {
	if deps == nil {
		return base
	}
	k := h.k
	h.Reset()
	h.U64(base)
	if deps.Wide {
		h.U64(k.everything())
	}
	for _, src := range deps.Shown {
		h.Str(src)
		h.U64(k.bySource(src))
	}
	return h.Sum()
}

// everything is a key over every article's key, in the site's order:
// what a page that read a site-wide list may show.
func (k *Keyer) everything() uint64 {
	k.allOnce.Do(func() {
		h := k.Hasher()
		h.U64(uint64(len(k.article)))
		h.U64(k.article...)
		k.all = h.Sum()
	})
	return k.all
}

// bySource returns the key of the article made from src, or 0 when no
// article is.
func (k *Keyer) bySource(src string) uint64 {
	k.sourceOnce.Do(func() {
		k.sources = make(map[string]int, len(k.model.Articles))
		for _, a := range k.model.Articles {
			k.sources[a.Source] = a.Index
		}
	})
	if i, ok := k.sources[src]; ok {
		return k.article[i]
	}
	return 0
}
