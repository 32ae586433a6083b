package build

import (
	"context"
	"slices"
	"sync"

	"broadsheet/internal/build/incr"
	"broadsheet/internal/build/key"
	"broadsheet/internal/diag"
	"broadsheet/internal/document"
	"broadsheet/internal/site"
)

// run is one build: a full one when prev is nil, else an incremental one
// that starts from prev and looks only at the changed files.
func (b *Builder) run(ctx context.Context, prev *state, ch incr.Changes, sink Sink) *Result {
	res := &Result{}
	st := &state{}
	dk, diags, err := b.readInputs(ctx, st, prev, ch)
	b.cache = st.list
	res.Diags.Append(st.cfgDiags)
	res.Diags.Append(st.look.diags)
	res.Diags.Append(diags)
	res.Diags.Append(st.sourceDiags(b.opt.Quiet))
	if err != nil {
		return b.cancelled(res, err)
	}
	if err := b.resolvePictures(ctx, st, &res.Diags); err != nil {
		return b.cancelled(res, err)
	}
	if prev != nil && ch.Pictures(isPicture) {
		prev.site = nil // a picture's size is in the pages of every article that shows it
	}
	j := &job{b: b, st: st, sink: sink}
	j.model(prev)
	s := j.site
	res.Diags.Append(st.siteDiags)
	res.Articles, res.Pages = len(s.Articles), len(s.Pages)
	j.plan(prev, dk)
	res.Cached = prev == nil && j.from != nil
	if res.Cached {
		j.settleKeeper(dk, res)
	}
	res.Diags.Append(j.diags)
	stale := j.staleEntries(prev)
	if st.look.r != nil {
		if err := j.write(ctx); err != nil {
			st.look.r.Forget(stale...)
			return b.cancelled(res, err)
		}
	}
	res.Diags.Append(j.out.diags)
	if err := b.spill.takeErr(); err != nil {
		// A lead that could not be read back was shown empty, and the
		// renderer may keep the entries that show it.
		res.Diags.Errorf("build", 0, "reading an article's lead back: %v", err)
		stale = allSources(s)
	}
	j.settleDeps()
	res.Files = j.files()
	res.Changed = j.out.changed
	res.finish(b.opt)
	if res.Cached {
		j.knownStamps(dk, res)
	}
	if !res.Failed() {
		b.good = st
	} else if st.look.r != nil {
		// The entries of changed articles rendered in this build may
		// show text the last good build does not have.
		st.look.r.Forget(stale...)
	}
	return res
}

// allSources returns the source files of every article of s.
func allSources(s *site.Site) []string {
	srcs := make([]string, len(s.Articles))
	for i, a := range s.Articles {
		srcs[i] = a.Source
	}
	return srcs
}

// staleEntries returns the source files of the articles whose list
// entries the renderer may hold from an earlier build but must render
// again: those whose key changed since prev or that are gone. It makes a
// renderer of new layouts share the old one's entries first when the
// entries are made from the same files, and drops the stale ones.
func (j *job) staleEntries(prev *state) []string {
	r := j.st.look.r
	if prev == nil || r == nil {
		return nil
	}
	r.Adopt(prev.look.r)
	var stale []string
	if slices.Equal(prev.artSources, j.st.artSources) {
		// The same articles in the same order: compare keys in place.
		for i, key := range j.st.arts {
			if key != prev.arts[i] {
				stale = append(stale, j.st.artSources[i])
			}
		}
	} else {
		keys := make(map[string]uint64, len(j.st.arts))
		for i, src := range j.st.artSources {
			keys[src] = j.st.arts[i]
		}
		for i, src := range prev.artSources {
			if key, ok := keys[src]; !ok || key != prev.arts[i] {
				stale = append(stale, src)
			}
			delete(keys, src)
		}
		for src := range keys {
			stale = append(stale, src) // new articles, which a failed build may have rendered
		}
	}
	r.Forget(stale...)
	return stale
}

// cancelled ends a build that ctx stopped.
func (b *Builder) cancelled(res *Result, err error) *Result {
	res.Diags.Errorf("build", 0, "stopped: %v", err)
	res.finish(b.opt)
	return res
}

// model gives the job its site: prev's patched with the edited articles
// when no article came, went or moved (see site.Update), else a new one.
// Either way every article has its lead and word count.
func (j *job) model(prev *state) {
	st := j.st
	if prev != nil && prev.site != nil && st.sameFiles {
		s := prev.site
		prev.site = nil // from here on a failure may leave it half patched
		if docs, ok := editedDocs(st, prev); ok {
			if arts, ok := s.Update(docs); ok {
				st.site, st.siteDiags = s, prev.siteDiags
				j.site, j.patched = s, arts
				fillLeads(st, arts)
				return
			}
		}
		prev.site = s // Update leaves it as it was when it cannot patch it
	}
	s, diags := site.New(st.cfg, st.docs(), site.Options{Now: j.b.opt.Now, Drafts: j.b.opt.Drafts, Future: j.b.opt.Future,
		Search: j.b.opt.Search || st.cfg.Search.Pagefind})
	st.site, st.siteDiags, j.site = s, diags, s
	fillLeads(st, s.Articles)
}

// editedDocs returns the documents of the edited content files, and
// false when one of them was published before and is not now, or the
// other way round: those change the model's articles.
func editedDocs(st, prev *state) ([]*document.Doc, bool) {
	var docs []*document.Doc
	for _, e := range st.edited {
		old := prev.list.get(e.path)
		if old == nil || (old.doc == nil) != (e.doc == nil) {
			return nil, false
		}
		if e.doc != nil {
			docs = append(docs, e.doc)
		}
	}
	return docs, true
}

// fillLeads gives every article the lead and word count its file's
// parse found, before any page that shows them is rendered.
func fillLeads(st *state, arts []*site.Article) {
	for _, a := range arts {
		if e := st.list.get(a.Source); e != nil {
			a.SetLeadText(e.lead)
			a.Words = int(e.words)
		}
	}
}

// job is the output half of one build: which files to write and writing them.
type job struct {
	b    *Builder
	st   *state
	site *site.Site
	sink Sink

	// patched lists the articles whose documents were put into the last
	// good build's model, when that model was patched rather than made
	// again; nil otherwise.
	patched []*site.Article

	// from is the build whose keys this one's are compared with: prev,
	// or in a full build what the build cache holds, whose files the
	// Keeper holds unless their stamps changed; nil when there is none.
	from   *incr.Ledger
	keeper Keeper
	stamps map[string]uint64
	held   []bool // by index in the plan: the Keeper holds the file as the cache says; nil without a Keeper

	k       *key.Keyer // the keys of this build's model
	outputs []outFile  // every output file, sorted by name
	diags   diag.List
	out     collector
}

// collector gathers what the writers report; they run concurrently.
type collector struct {
	mu      sync.Mutex
	changed []string
	diags   diag.List
	failed  map[string]bool // content files whose body could not be rendered
}

// failBody records the error of a body that could not be rendered, so
// the feeds do not try it again and report it twice.
func (c *collector) failBody(d diag.Diagnostic) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.failed == nil {
		c.failed = map[string]bool{}
	}
	c.failed[d.File] = true
	c.diags = append(c.diags, d)
}

// bodyFailed reports whether the body of the content file p failed.
func (c *collector) bodyFailed(p string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed[p]
}

// wrote records a file handed to the sink.
func (c *collector) wrote(name string) {
	c.mu.Lock()
	c.changed = append(c.changed, name)
	c.mu.Unlock()
}

// report records a diagnostic.
func (c *collector) report(d diag.Diagnostic) {
	c.mu.Lock()
	c.diags = append(c.diags, d)
	c.mu.Unlock()
}

// files lists every output file of the job.
func (j *job) files() []string {
	out := make([]string, len(j.outputs))
	for i, o := range j.outputs {
		out[i] = o.name
	}
	return out
}
