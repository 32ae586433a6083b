package build

import (
	"hash/maphash"
	"math"

	"broadsheet/internal/site"
)

// keyer hashes the parts of the model a file is made from. Its keys are
// compared only within one process, so maphash's per-Builder seed is fine.
type keyer struct {
	seed    maphash.Seed
	h       maphash.Hash             // reused by articleKey and page, which run one at a time
	site    uint64                   // what every page shows: configuration and site navigation
	article map[*site.Article]uint64 // per article: its source and its place in the model
}

// newKeyer hashes the site-wide inputs and every article once, so a page's
// key costs a few bytes per article it shows.
func newKeyer(seed maphash.Seed, st *state, s *site.Site) *keyer {
	k := &keyer{seed: seed, article: make(map[*site.Article]uint64, len(s.Articles))}
	k.h.SetSeed(seed)
	h := k.hash()
	writeU64(h, st.cfgHash)
	// Every page links to the latest digest from its navigation.
	if len(s.Digests) > 0 {
		h.WriteString(s.Digests[0].URL)
		h.WriteString(s.Digests[0].Title)
	}
	k.site = h.Sum64()
	for _, a := range s.Articles {
		var hash uint64
		if e := st.sources[a.Source]; e != nil {
			hash = e.hash
		}
		k.article[a] = k.articleKey(a, hash)
	}
	return k
}

// hash returns a fresh hash with the keyer's seed.
func (k *keyer) hash() *maphash.Hash {
	h := new(maphash.Hash)
	h.SetSeed(k.seed)
	return h
}

// scratch returns the keyer's own hash, reset: cheaper than a fresh one
// for the thousands of keys a build computes.
func (k *keyer) scratch() *maphash.Hash {
	k.h.Reset()
	return &k.h
}

// articleKey covers an article's source bytes (and so its front matter,
// lead and word count) and every model field a layout can reach from it.
func (k *keyer) articleKey(a *site.Article, source uint64) uint64 {
	h := k.scratch()
	writeU64(h, source)
	writeStrings(h, a.Source, a.Title, a.Slug, a.URL)
	writeU64(h, uint64(a.Date.UnixNano()))
	h.WriteString(a.Date.Location().String())
	writeBool(h, a.DateOnly)
	for _, g := range a.Authors {
		writeStrings(h, g.Name, g.URL)
	}
	if a.Outlet != nil {
		writeStrings(h, a.Outlet.Name, a.Outlet.URL)
	}
	if d := a.Digest; d != nil {
		writeStrings(h, d.Key, d.Title, d.URL)
	}
	for _, n := range []*site.Article{a.Prev, a.Next} {
		if n != nil {
			writeStrings(h, "n", n.Title, n.URL)
		} else {
			writeStrings(h, "-")
		}
	}
	return h.Sum64()
}

// page returns the key of page p, made with the layouts hashed as layouts.
func (k *keyer) page(p *site.Page, layouts uint64) uint64 {
	h := k.scratch()
	writeU64(h, k.site)
	writeU64(h, layouts)
	writeStrings(h, string(p.Kind), p.URL, p.File, p.Title)
	for _, d := range p.Digests() {
		writeDigest(h, d)
	}
	if g := p.Group; g != nil {
		writeStrings(h, g.Name, g.Slug, g.URL)
		writeU64(h, uint64(len(g.Articles))) // the count every page of the group shows
	}
	writePager(h, p.Home)
	writePager(h, p.List)
	for _, a := range p.Articles() {
		writeU64(h, k.article[a])
	}
	return h.Sum64()
}

// articles returns a key over the given articles, in order.
func (k *keyer) articles(extra uint64, as []*site.Article) uint64 {
	h := k.hash()
	writeU64(h, extra)
	for _, a := range as {
		writeU64(h, k.article[a])
	}
	return h.Sum64()
}

// writePager hashes a page's place in a list split over pages.
func writePager(h *maphash.Hash, pg *site.Pager) {
	if pg == nil {
		writeStrings(h, "-")
		return
	}
	writeU64(h, uint64(pg.Number))
	writeU64(h, uint64(pg.Total))
	for _, n := range []*site.Page{pg.Prev, pg.Next} {
		if n != nil {
			writeStrings(h, n.URL)
		} else {
			writeStrings(h, "-")
		}
	}
}

// writeDigest hashes a digest's own fields and its neighbours' links.
func writeDigest(h *maphash.Hash, d *site.Digest) {
	writeStrings(h, d.Key, d.Title, d.URL)
	writeU64(h, uint64(len(d.Articles)))
	for _, n := range []*site.Digest{d.Prev, d.Next} {
		if n != nil {
			writeStrings(h, "n", n.Key, n.Title, n.URL)
		} else {
			writeStrings(h, "-")
		}
	}
}

// writeStrings hashes each string with its length, so ("ab","c") and
// ("a","bc") differ.
func writeStrings(h *maphash.Hash, ss ...string) {
	for _, s := range ss {
		writeU64(h, uint64(len(s)))
		h.WriteString(s)
	}
}

func writeU64(h *maphash.Hash, v uint64) {
	var b [8]byte
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
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
