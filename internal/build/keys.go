package build

import (
	"encoding/binary"
	"math"
	"slices"
	"sync"

	"broadsheet/internal/site"
)

// keyer hashes the parts of the model a file is made from. Its keys are
// kept in the build cache, so they are made with sum64, the same in
// every process.
// Once made it is read-only, so page keys can be computed on several
// goroutines, each with its own hasher.
type keyer struct {
	site    uint64   // what every page shows: configuration and site navigation
	article []uint64 // per article, by site.Article.Index: its source and its own fields (see articleKey)
	model   *site.Site

	allOnce    sync.Once
	all        uint64 // see everything
	sourceOnce sync.Once
	sources    map[string]int // article indexes by source, for bySource
}

// newKeyer hashes the site-wide inputs and every article once, on up to
// workers goroutines, so a page's key costs a few bytes per article it
// shows.
func newKeyer(st *state, s *site.Site, workers int) *keyer {
	k := &keyer{article: make([]uint64, len(s.Articles)), model: s}
	k.site = k.siteKey(st, s)
	inChunks(len(s.Articles), workers, func(lo, hi int) {
		h := k.hasher()
		for _, a := range s.Articles[lo:hi] {
			var hash uint64
			if e := st.sources[a.Source]; e != nil {
				hash = e.hash
			}
			k.article[a.Index] = h.articleKey(a, hash)
		}
	})
	return k
}

// newKeyerFrom is newKeyer for a model patched since the build whose
// article keys were old: only the patched articles are hashed again.
func newKeyerFrom(st *state, s *site.Site, old []uint64, patched []*site.Article) *keyer {
	k := &keyer{article: slices.Clone(old), model: s}
	k.site = k.siteKey(st, s)
	h := k.hasher()
	for _, a := range patched {
		var hash uint64
		if e := st.sources[a.Source]; e != nil {
			hash = e.hash
		}
		k.article[a.Index] = h.articleKey(a, hash)
	}
	return k
}

// siteKey hashes what every page shows.
func (k *keyer) siteKey(st *state, s *site.Site) uint64 {
	h := k.hasher()
	h.u64(st.cfgHash)
	// Every page links to the latest digest from its navigation.
	if len(s.Digests) > 0 {
		h.str(s.Digests[0].URL, s.Digests[0].Title)
	}
	return h.sum()
}

// inChunks calls f on contiguous parts of [0, n), on up to workers
// goroutines at once, and returns when all have returned.
func inChunks(n, workers int, f func(lo, hi int)) {
	parts := max(1, min(workers, n/512)) // small sites are not worth a goroutine
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() { f(p*n/parts, (p+1)*n/parts) })
	}
	wg.Wait()
}

// hasher builds one key at a time by appending its fields to a scratch
// buffer, which is hashed once: far cheaper than feeding a hash field by
// field for the tens of thousands of keys of a large site.
type hasher struct {
	k   *keyer
	buf []byte
}

func (k *keyer) hasher() *hasher { return &hasher{k: k, buf: make([]byte, 0, 1024)} }

func (h *hasher) reset() { h.buf = h.buf[:0] }

func (h *hasher) sum() uint64 { return sum64(h.buf) }

// str appends each string with its length, so ("ab","c") and ("a","bc")
// differ.
func (h *hasher) str(ss ...string) {
	for _, s := range ss {
		h.buf = binary.LittleEndian.AppendUint32(h.buf, uint32(len(s)))
		h.buf = append(h.buf, s...)
	}
}

func (h *hasher) u64(vs ...uint64) {
	for _, v := range vs {
		h.buf = binary.LittleEndian.AppendUint64(h.buf, v)
	}
}

// articleKey covers an article's source bytes (and so its front matter,
// lead and word count) and the model fields shown wherever the article
// is listed or linked: its title, URL, date, authors, outlet and digest.
// Its neighbours are not part of it: the pages that show them (its own
// article page) add their keys.
func (h *hasher) articleKey(a *site.Article, source uint64) uint64 {
	h.reset()
	h.u64(source, uint64(a.Date.UnixNano()))
	h.str(a.Source, a.Title, a.Slug, a.URL, a.Date.Location().String())
	if a.DateOnly {
		h.str("d")
	}
	for _, g := range a.Authors {
		h.str(g.Name, g.URL)
	}
	h.str("|")
	if a.Outlet != nil {
		h.str(a.Outlet.Name, a.Outlet.URL)
	}
	if d := a.Digest; d != nil {
		h.str(d.Key, d.Title, d.URL)
	}
	return h.sum()
}

// page returns the key of page p, made with the layouts hashed as layouts.
func (h *hasher) page(p *site.Page, layouts uint64) uint64 {
	h.reset()
	h.u64(h.k.site, layouts)
	h.str(string(p.Kind), p.URL, p.File, p.Title)
	switch p.Kind {
	case site.KindArticle:
		// The article, and the titles and links of its neighbours.
		a := p.Article
		h.u64(h.k.article[a.Index], h.k.neighbour(a.Prev), h.k.neighbour(a.Next))
		return h.sum()
	case site.KindDigest:
		h.digest(p.Digest)
	case site.KindHome:
		for _, d := range p.Home.Digests {
			h.digest(d)
		}
	}
	if g := p.Group; g != nil {
		h.str(g.Name, g.Slug, g.URL)
		h.u64(uint64(len(g.Articles))) // the count every page of the group shows
	}
	h.pager(p.Home)
	h.pager(p.List)
	for _, a := range p.Articles() {
		h.u64(h.k.article[a.Index])
	}
	return h.sum()
}

// neighbour is the key of an article's neighbour, or 0 for none.
func (k *keyer) neighbour(a *site.Article) uint64 {
	if a == nil {
		return 0
	}
	return k.article[a.Index]
}

// articles returns a key over the given articles, in order.
func (k *keyer) articles(extra uint64, as []*site.Article) uint64 {
	h := k.hasher()
	h.u64(extra)
	for _, a := range as {
		h.u64(k.article[a.Index])
	}
	return h.sum()
}

// digest appends a digest's own fields and its neighbours' links.
func (h *hasher) digest(d *site.Digest) {
	h.str(d.Key, d.Title, d.URL)
	h.u64(uint64(len(d.Articles)))
	for _, n := range []*site.Digest{d.Prev, d.Next} {
		if n != nil {
			h.str("n", n.Key, n.Title, n.URL)
		} else {
			h.str("-")
		}
	}
}

// pager appends a page's place in a list split over pages.
func (h *hasher) pager(pg *site.Pager) {
	if pg == nil {
		h.str("-")
		return
	}
	h.u64(uint64(pg.Number), uint64(pg.Total))
	for _, n := range []*site.Page{pg.Prev, pg.Next} {
		if n != nil {
			h.str(n.URL)
		} else {
			h.str("-")
		}
	}
}

// bools appends each flag as a byte.
func (h *hasher) bools(bs ...bool) {
	for _, v := range bs {
		if v {
			h.buf = append(h.buf, 1)
		} else {
			h.buf = append(h.buf, 0)
		}
	}
}

// noKey is never the key of an existing file, so a file with it is always written.
const noKey = math.MaxUint64
