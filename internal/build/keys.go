package build

import (
	"encoding/binary"
	"hash/maphash"
	"math"

	"broadsheet/internal/site"
)

// keyer hashes the parts of the model a file is made from. Its keys are
// compared only within one process, so maphash's per-Builder seed is fine.
//
// A key is built by appending its fields to one scratch buffer, which is
// hashed once: far cheaper than feeding a hash field by field for the
// tens of thousands of keys of a large site.
type keyer struct {
	seed    maphash.Seed
	buf     []byte                   // the fields of the key being built
	site    uint64                   // what every page shows: configuration and site navigation
	article map[*site.Article]uint64 // per article: its source and its own fields (see articleKey)
}

// newKeyer hashes the site-wide inputs and every article once, so a page's
// key costs a few bytes per article it shows.
func newKeyer(seed maphash.Seed, st *state, s *site.Site) *keyer {
	k := &keyer{seed: seed, article: make(map[*site.Article]uint64, len(s.Articles)), buf: make([]byte, 0, 1024)}
	k.reset()
	k.u64(st.cfgHash)
	// Every page links to the latest digest from its navigation.
	if len(s.Digests) > 0 {
		k.str(s.Digests[0].URL, s.Digests[0].Title)
	}
	k.site = k.sum()
	for _, a := range s.Articles {
		var hash uint64
		if e := st.sources[a.Source]; e != nil {
			hash = e.hash
		}
		k.article[a] = k.articleKey(a, hash)
	}
	return k
}

func (k *keyer) reset() { k.buf = k.buf[:0] }

func (k *keyer) sum() uint64 { return maphash.Bytes(k.seed, k.buf) }

// str appends each string with its length, so ("ab","c") and ("a","bc")
// differ.
func (k *keyer) str(ss ...string) {
	for _, s := range ss {
		k.buf = binary.LittleEndian.AppendUint32(k.buf, uint32(len(s)))
		k.buf = append(k.buf, s...)
	}
}

func (k *keyer) u64(vs ...uint64) {
	for _, v := range vs {
		k.buf = binary.LittleEndian.AppendUint64(k.buf, v)
	}
}

// articleKey covers an article's source bytes (and so its front matter,
// lead and word count) and the model fields shown wherever the article
// is listed or linked: its title, URL, date, authors, outlet and digest.
// Its neighbours are not part of it: the pages that show them (its own
// article page) add their keys.
func (k *keyer) articleKey(a *site.Article, source uint64) uint64 {
	k.reset()
	k.u64(source, uint64(a.Date.UnixNano()))
	k.str(a.Source, a.Title, a.Slug, a.URL, a.Date.Location().String())
	if a.DateOnly {
		k.str("d")
	}
	for _, g := range a.Authors {
		k.str(g.Name, g.URL)
	}
	k.str("|")
	if a.Outlet != nil {
		k.str(a.Outlet.Name, a.Outlet.URL)
	}
	if d := a.Digest; d != nil {
		k.str(d.Key, d.Title, d.URL)
	}
	return k.sum()
}

// page returns the key of page p, made with the layouts hashed as layouts.
func (k *keyer) page(p *site.Page, layouts uint64) uint64 {
	k.reset()
	k.u64(k.site, layouts)
	k.str(string(p.Kind), p.URL, p.File, p.Title)
	switch p.Kind {
	case site.KindArticle:
		// The article, and the titles and links of its neighbours.
		a := p.Article
		k.u64(k.article[a], k.neighbour(a.Prev), k.neighbour(a.Next))
		return k.sum()
	case site.KindDigest:
		k.digest(p.Digest)
	case site.KindHome:
		for _, d := range p.Home.Digests {
			k.digest(d)
		}
	}
	if g := p.Group; g != nil {
		k.str(g.Name, g.Slug, g.URL)
		k.u64(uint64(len(g.Articles))) // the count every page of the group shows
	}
	k.pager(p.Home)
	k.pager(p.List)
	for _, a := range p.Articles() {
		k.u64(k.article[a])
	}
	return k.sum()
}

// neighbour is the key of an article's neighbour, or 0 for none.
func (k *keyer) neighbour(a *site.Article) uint64 {
	if a == nil {
		return 0
	}
	return k.article[a]
}

// articles returns a key over the given articles, in order.
func (k *keyer) articles(extra uint64, as []*site.Article) uint64 {
	k.reset()
	k.u64(extra)
	for _, a := range as {
		k.u64(k.article[a])
	}
	return k.sum()
}

// digest appends a digest's own fields and its neighbours' links.
func (k *keyer) digest(d *site.Digest) {
	k.str(d.Key, d.Title, d.URL)
	k.u64(uint64(len(d.Articles)))
	for _, n := range []*site.Digest{d.Prev, d.Next} {
		if n != nil {
			k.str("n", n.Key, n.Title, n.URL)
		} else {
			k.str("-")
		}
	}
}

// pager appends a page's place in a list split over pages.
func (k *keyer) pager(pg *site.Pager) {
	if pg == nil {
		k.str("-")
		return
	}
	k.u64(uint64(pg.Number), uint64(pg.Total))
	for _, n := range []*site.Page{pg.Prev, pg.Next} {
		if n != nil {
			k.str(n.URL)
		} else {
			k.str("-")
		}
	}
}

func writeU64(h *maphash.Hash, v uint64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], v)
	h.Write(b[:])
}

func writeBool(h *maphash.Hash, bs ...bool) {
	for _, v := range bs {
		if v {
			h.WriteByte(1)
		} else {
			h.WriteByte(0)
		}
	}
}

// noKey is never the key of an existing file, so a file with it is always written.
const noKey = math.MaxUint64
