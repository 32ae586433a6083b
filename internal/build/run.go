package build

import (
	"context"
	"sync"

	"broadsheet/internal/diag"
	"broadsheet/internal/site"
)

// run is one build: a full one when prev is nil, else an incremental one
// that starts from prev and looks only at the changed files.
func (b *Builder) run(ctx context.Context, prev *state, ch changes, sink Sink) *Result {
	res := &Result{}
	st := &state{}
	diags, err := b.readInputs(ctx, st, prev, ch)
	b.cache = st.sources
	res.Diags.Append(st.cfgDiags)
	res.Diags.Append(st.look.diags)
	res.Diags.Append(diags)
	res.Diags.Append(st.sourceDiags())
	if err != nil {
		return b.cancelled(res, err)
	}
	s, sdiags := site.New(st.cfg, st.docs(), site.Options{Now: b.opt.Now, Drafts: b.opt.Drafts, Future: b.opt.Future})
	res.Diags.Append(sdiags)
	res.Articles, res.Pages = len(s.Articles), len(s.Pages)
	fillLeads(st, s)

	j := &job{b: b, st: st, site: s, sink: sink}
	j.plan(prev)
	res.Diags.Append(j.diags)
	if st.look.r != nil {
		if err := j.write(ctx); err != nil {
			return b.cancelled(res, err)
		}
	}
	res.Diags.Append(j.out.diags)
	res.Files = j.files()
	res.Changed = j.out.changed
	res.finish(b.opt.Strict)
	if !res.Failed() {
		b.good = st
	}
	return res
}

// cancelled ends a build that ctx stopped.
func (b *Builder) cancelled(res *Result, err error) *Result {
	res.Diags.Errorf("build", 0, "stopped: %v", err)
	res.finish(b.opt.Strict)
	return res
}

// fillLeads gives the articles whose bodies were rendered before their
// lead and word count; the others get theirs when their page is rendered.
func fillLeads(st *state, s *site.Site) {
	for _, a := range s.Articles {
		if e := st.sources[a.Source]; e != nil && e.rendered {
			a.Lead, a.Words = e.lead, e.words
		}
	}
}

// job is the output half of one build: which files to write and writing them.
type job struct {
	b    *Builder
	st   *state
	site *site.Site
	sink Sink

	outputs []outFile // every output file, sorted by name
	diags   diag.List
	out     collector
}

// collector gathers what the writers report; they run concurrently.
type collector struct {
	mu      sync.Mutex
	changed []string
	diags   diag.List
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
