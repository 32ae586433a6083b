package build

import (
	"hash/maphash"
	"io/fs"
	"maps"
	"slices"
	"strings"

	"broadsheet/internal/feed"
	"broadsheet/internal/render"
	"broadsheet/internal/site"
)

// The files the feed package writes, relative to the output root.
var (
	atomFile    = strings.TrimPrefix(feed.AtomURL, "/")
	jsonFile    = strings.TrimPrefix(feed.JSONURL, "/")
	sitemapFile = strings.TrimPrefix(feed.SitemapURL, "/")
)

// outFile is one file of the output and what it is made from.
type outFile struct {
	name    string
	key     uint64
	dirty   bool       // must be written in this build
	page    *site.Page // an HTML page, or nil
	asset   []byte     // a theme asset's bytes
	src     string     // a file under static/, copied as is
	feed    string     // one of the feed files
	isAsset bool
}

// plan lists every output file with its key and marks the ones to write:
// all of them in a full build, else those whose key changed.
func (j *job) plan(prev *state) {
	k := newKeyer(j.b.seed, j.st, j.site)
	j.st.arts = make(map[string]uint64, len(k.article))
	for a, key := range k.article {
		j.st.arts[a.Source] = key
	}
	named := map[string]*outFile{}
	add := func(o outFile) {
		if old, ok := named[o.name]; ok {
			j.conflict(old, &o)
			return
		}
		named[o.name] = &o
	}
	for _, p := range j.site.Pages {
		add(outFile{name: p.File, key: k.page(p, j.st.look.kinds[p.Kind]), page: p})
	}
	feedKey := k.articles(j.st.cfgHash, j.feedArticles())
	add(outFile{name: atomFile, key: feedKey, feed: atomFile})
	add(outFile{name: jsonFile, key: feedKey, feed: jsonFile})
	add(outFile{name: sitemapFile, key: j.sitemapKey(k), feed: sitemapFile})
	j.planStatic(named, add, prev == nil)
	j.outputs = make([]outFile, 0, len(named))
	for _, name := range slices.Sorted(maps.Keys(named)) {
		o := named[name]
		old, ok := uint64(0), false
		if prev != nil {
			old, ok = prev.keys[name]
		}
		o.dirty = !ok || old != o.key
		j.outputs = append(j.outputs, *o)
	}
	j.st.keys = make(map[string]uint64, len(j.outputs))
	for _, o := range j.outputs {
		j.st.keys[o.name] = o.key
	}
}

// planStatic adds the theme's assets and the files of static/. A file in
// static/ replaces an asset of the same name, so a site can bring its own
// style.css; it may not replace a page or a feed. In a full build every
// file is written anyway, so static files are hashed as they are copied
// rather than read twice.
func (j *job) planStatic(named map[string]*outFile, add func(outFile), full bool) {
	var assets []render.Asset
	if j.st.look.r != nil {
		assets = j.st.look.assets
	}
	h := maphash.Hash{}
	h.SetSeed(j.b.seed)
	for _, a := range assets {
		h.Reset()
		h.Write(a.Data)
		add(outFile{name: a.Name, key: h.Sum64(), asset: a.Data, isAsset: true})
	}
	for _, src := range slices.Sorted(maps.Keys(j.st.static)) {
		o := outFile{name: strings.TrimPrefix(src, staticDir+"/"), key: j.st.static[src], src: src}
		if o.key == 0 && !full {
			o.key = j.hashStatic(src)
		}
		if old, ok := named[o.name]; ok && old.isAsset {
			*old = o
			continue
		}
		add(o)
	}
}

// hashStatic reads a file of static/ and records the hash of its bytes.
func (j *job) hashStatic(src string) uint64 {
	data, err := fs.ReadFile(j.b.fsys, src)
	if err != nil {
		j.diags.Errorf(src, 0, "reading: %v", err)
		return noKey
	}
	key := staticKey(j.b.seed, data)
	j.st.static[src] = key
	return key
}

// staticKey is the key of a static file's bytes; never 0, which means
// "not read yet".
func staticKey(seed maphash.Seed, data []byte) uint64 {
	return maphash.Bytes(seed, data) | 1
}

// settleStatic records the keys of the static files hashed while they
// were copied.
func (j *job) settleStatic() {
	for _, o := range j.outputs {
		if o.src != "" && j.st.static[o.src] == 0 {
			j.st.static[o.src] = o.key
			j.st.keys[o.name] = o.key
		}
	}
}

// conflict reports two things that want the same output file.
func (j *job) conflict(first, second *outFile) {
	what := func(o *outFile) string {
		switch {
		case o.src != "":
			return o.src
		case o.page != nil && o.page.Article != nil:
			return "the page of " + o.page.Article.Source
		case o.page != nil:
			return "the " + string(o.page.Kind) + " page " + o.page.URL
		}
		return "the generated " + o.name
	}
	file := second.src
	if file == "" {
		file = first.src
	}
	if file == "" {
		file = "build"
	}
	j.diags.Errorf(file, 0, "%s and %s both want the output file %s", what(first), what(second), second.name)
}

// sitemapKey covers every page's URL and every article.
func (j *job) sitemapKey(k *keyer) uint64 {
	h := k.hash()
	writeU64(h, j.st.cfgHash)
	for _, p := range j.site.Pages {
		writeStrings(h, p.URL)
	}
	writeU64(h, k.articles(0, j.site.Articles))
	return h.Sum64()
}
