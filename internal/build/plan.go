package build

import (
	"io/fs"
	"maps"
	"slices"
	"strings"
	"sync"

	"broadsheet/internal/build/incr"
	"broadsheet/internal/build/key"
	"broadsheet/internal/feed"
	"broadsheet/internal/render"
	"broadsheet/internal/site"
)

// The files the feed package writes, relative to the output root.
var (
	atomFile      = strings.TrimPrefix(feed.AtomURL, "/")
	jsonFile      = strings.TrimPrefix(feed.JSONURL, "/")
	sitemapFile   = strings.TrimPrefix(feed.SitemapURL, "/")
	redirectsFile = strings.TrimPrefix(feed.RedirectsURL, "/")
)

// outFile is one file of the output and what it is made from. A build
// plans one for every page, so what only other files need is behind a
// pointer.
type outFile struct {
	name  string
	key   uint64
	page  *site.Page // an HTML page, or nil
	base  uint64     // a page's key without what it read (key.Deps)
	deps  *key.Deps  // what a page rendered in this build read
	made  *madeFrom  // what a file that is not a page is made from
	idx   int32      // the file's place in the plan, and so in the ledger's Names and Keys
	dirty bool       // must be written in this build
}

// madeFrom is what an output file that is not a page is made from: one
// of its fields is set.
type madeFrom struct {
	asset   []byte      // a theme asset's bytes
	src     string      // a file under static/, copied as is
	feed    string      // one of the feed files
	group   *site.Group // the author, outlet or term of a group's feed
	variant string      // a resized picture's name in the picture store
	part    int         // with feed, the part of a sitemap too long for one file
}

// from returns what o is made from; all its fields are empty for a page.
func (o *outFile) from() madeFrom {
	if o.made == nil {
		return madeFrom{}
	}
	return *o.made
}

// plan lists every output file with its key and marks the ones to write:
// those whose key changed since prev or, in a full build into a Keeper,
// since the build the cache dk holds, and whose file the Keeper no longer
// holds as it was; all of them in a full build without either.
func (j *job) plan(prev *state, dk *disk) {
	workers := j.b.opt.Workers
	k := j.keyer(prev)
	j.k = k
	if prev != nil {
		j.from = &prev.ledger
	}
	if keeper, ok := j.sink.(Keeper); ok && prev == nil && dk != nil {
		j.from, j.keeper, j.stamps = dk.outputs, keeper, dk.stamps
	}
	var prevDeps map[string]*key.Deps
	if j.from != nil {
		prevDeps = j.from.Deps
	}
	pages := j.site.Pages
	list := make([]outFile, len(pages), len(pages)+8)
	old := j.oldPageKeys(prev, k)
	var wg sync.WaitGroup
	if j.patched != nil {
		j.st.sitemapKey = prev.sitemapKey // no page's URL nor article's date changed
	} else {
		wg.Go(func() { j.st.sitemapKey = j.sitemapKey(k) })
	}
	inChunks(len(pages), workers, func(lo, hi int) {
		h := k.Hasher()
		for i, p := range pages[lo:hi] {
			o := outFile{name: p.File, page: p}
			deps := prevDeps[p.File]
			if old != nil && deps == nil && !old.Shows(p) {
				o.key = prev.ledger.Keys[lo+i]
			} else {
				o.base = h.Page(p, j.st.look.kinds[p.Kind])
				o.key = h.WithDeps(o.base, deps)
			}
			list[lo+i] = o
		}
	})
	wg.Wait()
	feedKey := k.OfArticles(j.st.cfgHash, j.feedArticles())
	list = append(list,
		outFile{name: atomFile, key: feedKey, made: &madeFrom{feed: atomFile}},
		outFile{name: jsonFile, key: feedKey, made: &madeFrom{feed: jsonFile}},
		outFile{name: sitemapFile, key: j.st.sitemapKey, made: &madeFrom{feed: sitemapFile}})
	for i := range feed.SitemapParts(j.site) {
		// Every part has the whole sitemap's key: a page's new date is
		// rare enough not to need a key of each part's own.
		name := strings.TrimPrefix(feed.SitemapPartURL(i+1), "/")
		list = append(list, outFile{name: name, key: j.st.sitemapKey, made: &madeFrom{feed: name, part: i + 1}})
	}
	list = append(list, j.groupFeeds(k)...)
	list = j.pictureOutputs(list)
	if j.st.cfg.Build.RedirectsFile {
		// Aliases are in the sitemap's key: it is made from every page's URL.
		list = append(list, outFile{name: redirectsFile, key: j.st.sitemapKey, made: &madeFrom{feed: redirectsFile}})
	}
	list = j.planStatic(list, j.from == nil)
	j.checkHeld(list)
	j.sortOutputs(list, j.from)
}

// keyer hashes the site-wide inputs and every article, on every worker,
// or, when the model was patched, takes prev's article keys and hashes
// again only the patched articles.
func (j *job) keyer(prev *state) *key.Keyer {
	source := func(p string) uint64 {
		if e := j.st.list.get(p); e != nil {
			return e.hash ^ e.extra
		}
		return 0
	}
	var k *key.Keyer
	if j.patched != nil {
		k = key.NewFrom(j.st.cfgHash, j.site, prev.arts)
		k.HashArticles(j.patched, source)
		j.st.artSources = prev.artSources
	} else {
		k = key.New(j.st.cfgHash, j.site)
		arts := j.site.Articles
		inChunks(len(arts), j.b.opt.Workers, func(lo, hi int) { k.HashArticles(arts[lo:hi], source) })
		j.st.artSources = make([]string, len(arts))
		for i, a := range arts {
			j.st.artSources[i] = a.Source
		}
	}
	j.st.siteKey = k.Site()
	j.st.arts = k.Articles()
	return k
}

// oldPageKeys returns the articles whose keys changed when prev's page
// keys still hold for the pages that show none of them: the model was
// patched, and the site-wide inputs and the layouts are prev's. Else nil.
func (j *job) oldPageKeys(prev *state, k *key.Keyer) key.Changed {
	if j.patched == nil || prev.siteKey != k.Site() || prev.look != j.st.look {
		return nil
	}
	arts := k.Articles()
	changed := make(key.Changed, len(arts))
	for _, a := range j.patched {
		changed[a.Index] = arts[a.Index] != prev.arts[a.Index]
	}
	return changed
}

// sortOutputs puts the planned files in name order into j.outputs,
// reports two that want the same name, marks those that package incr
// finds dirty against prev, and records the names and keys for the next
// build.
func (j *job) sortOutputs(list []outFile, prev *incr.Ledger) {
	l := &j.st.ledger
	l.Names, l.Keys = make([]string, len(list)), make([]uint64, len(list))
	for i := range list {
		list[i].idx = int32(i)
		l.Names[i], l.Keys[i] = list[i].name, list[i].key
	}
	base := l.Order(prev, func(kept, dropped int32) { j.conflict(&list[kept], &list[dropped]) })
	for i := range list {
		list[i].dirty = base.Dirty(i, j.held)
	}
	j.outputs = incr.Permute(list, l.Perm)
}

// checkHeld records, for each file of list, whether the Keeper still
// holds it as the build the cache holds left it. The stamps are looked
// up on every worker: one system call each, for every file of the site.
func (j *job) checkHeld(list []outFile) {
	if j.keeper == nil {
		return
	}
	j.held = make([]bool, len(list))
	inChunks(len(list), j.b.opt.Workers, func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if want, ok := j.stamps[list[i].name]; ok {
				got, ok := j.keeper.Stamp(list[i].name)
				j.held[i] = ok && got == want
			}
		}
	})
}

// planStatic adds the theme's assets and the files of static/. A file in
// static/ replaces an asset of the same name, so a site can bring its own
// style.css; it may not replace a page or a feed. In a full build every
// file is written anyway, so static files are hashed as they are copied
// rather than read twice.
func (j *job) planStatic(list []outFile, full bool) []outFile {
	var assets []render.Asset
	if j.st.look.r != nil {
		assets = j.st.look.assets
	}
	isAsset := map[string]int{} // asset name -> index in list
	for _, a := range assets {
		isAsset[a.Name] = len(list)
		list = append(list, outFile{name: a.Name, key: key.Sum64(a.Data), made: &madeFrom{asset: a.Data}})
	}
	for _, src := range slices.Sorted(maps.Keys(j.st.static)) {
		o := outFile{name: strings.TrimPrefix(src, staticDir+"/"), key: j.st.static[src], made: &madeFrom{src: src}}
		if o.key == 0 && !full {
			o.key = j.hashStatic(src)
		}
		if i, ok := isAsset[o.name]; ok {
			list[i] = o
			delete(isAsset, o.name)
			continue
		}
		list = append(list, o)
	}
	return list
}

// hashStatic reads a file of static/ and records the hash of its bytes.
func (j *job) hashStatic(src string) uint64 {
	data, err := fs.ReadFile(j.b.src, src)
	if err != nil {
		j.diags.Errorf(src, 0, "reading: %v", err)
		return incr.NoKey
	}
	key := staticKey(data)
	j.st.static[src] = key
	return key
}

// staticKey is the key of a static file's bytes; never 0, which means
// "not read yet".
func staticKey(data []byte) uint64 {
	return key.Sum64(data) | 1
}

// settleStatic records the keys of the static files hashed while they
// were copied.
func (j *job) settleStatic() {
	for _, o := range j.outputs {
		if src := o.from().src; src != "" && j.st.static[src] == 0 {
			j.st.static[src] = o.key
			j.st.ledger.Keys[o.idx] = o.key
		}
	}
}

// conflict reports two things that want the same output file.
func (j *job) conflict(first, second *outFile) {
	what := func(o *outFile) string {
		switch {
		case o.from().src != "":
			return o.from().src
		case o.page != nil && o.page.Article != nil:
			return "the page of " + o.page.Article.Source
		case o.page != nil:
			return "the " + string(o.page.Kind) + " page " + o.page.URL
		}
		return "the generated " + o.name
	}
	file := second.from().src
	if file == "" {
		file = first.from().src
	}
	if file == "" {
		file = "build"
	}
	j.diags.Errorf(file, 0, "%s and %s both want the output file %s", what(first), what(second), second.name)
}

// sitemapKey covers what the sitemap shows: every page's URL and the
// dates of the articles it shows, of which its last modification is the
// newest. An edit that changes neither leaves the sitemap alone.
func (j *job) sitemapKey(k *key.Keyer) uint64 {
	h := k.Hasher()
	h.U64(j.st.cfgHash)
	for _, p := range j.site.Pages {
		h.Str(p.URL)
		if p.Article != nil {
			// An article page's is the article's own date; an alias's
			// line in _redirects shows the article's URL.
			h.U64(uint64(p.Article.Date.UnixNano()), uint64(p.Article.Updated.UnixNano()))
			h.Str(p.Article.URL)
			continue
		}
		for _, a := range p.Articles() {
			h.U64(uint64(a.Date.UnixNano()), uint64(a.Updated.UnixNano()))
		}
	}
	return h.Sum()
}
