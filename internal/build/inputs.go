package build

import (
	"context"
	"errors"
	"io/fs"
	"iter"
	"maps"
	"slices"
	"time"

	"broadsheet/internal/build/incr"
	"broadsheet/internal/diag"
	"broadsheet/internal/document"
)

// readInputs fills st with the inputs of a build: all of them when prev is
// nil, else prev's with the changed files read again. A full build reads
// the build cache too, and returns what it holds.
func (b *Builder) readInputs(ctx context.Context, st, prev *state, ch incr.Changes) (*disk, diag.List, error) {
	var dk *disk
	var diags diag.List
	if prev == nil {
		st.cfg, st.cfgDiags, st.cfgHash = b.loadConfig()
		if dk = b.loadCache(st, &diags); dk != nil && len(b.cache) == 0 {
			b.cache = dk.sources // a file whose bytes hash the same is not parsed again
		}
	} else {
		st.cfg, st.cfgDiags, st.cfgHash = prev.cfg, prev.cfgDiags, prev.cfgHash
	}
	if prev == nil || ch.Layouts {
		st.look = b.loadLayouts()
	} else {
		st.look = prev.look
	}
	var oldStatic map[string]uint64
	if prev != nil {
		oldStatic = prev.static
	}
	var since int64
	if dk != nil {
		since = dk.since
	}
	d, err := b.readContent(ctx, st, prev, ch.Content, since)
	diags.Append(d)
	st.static = maps.Clone(oldStatic)
	if st.static == nil {
		st.static = map[string]uint64{}
	}
	read, removed, d := refresh(b.src, staticDir, maps.Keys(oldStatic), prev == nil, ch.Static)
	diags.Append(d)
	for _, p := range removed {
		delete(st.static, p)
	}
	for _, p := range read {
		st.static[p] = 0 // hashed when the plan is made
	}
	return dk, diags, err
}

// readContent parses the content files to read again (all of them when
// prev is nil, else the changed ones) into st.list, on top of prev's.
// since is the Since of the build cache whose entries b.cache holds.
func (b *Builder) readContent(ctx context.Context, st, prev *state, changed []string, since int64) (diag.List, error) {
	var old sourceList
	if prev != nil {
		old = prev.list
	} else {
		st.since = time.Now().UnixNano()
	}
	read, removed, diags := refresh(b.src, contentDir, old.paths(), prev == nil, changed)
	parsed, err := b.parseAll(ctx, st.cfg, read, b.cache, since)
	st.list, st.sameFiles = old.with(removed, read, parsed)
	st.sameFiles = st.sameFiles && prev != nil
	if prev != nil {
		for _, e := range parsed {
			if e != nil && e != prev.list.get(e.path) {
				st.edited = append(st.edited, e)
			}
		}
	}
	return diags, err
}

// refresh works out which files under dir to read again and which are
// gone. With all set it lists every file; otherwise it looks only at the
// changed paths (files or folders) among the known ones.
func refresh(fsys fs.FS, dir string, known iter.Seq[string], all bool, changed []string) (read, removed []string, diags diag.List) {
	if all {
		read, diags = listContent(fsys, dir)
		return read, nil, diags
	}
	seen := map[string]bool{}
	for _, c := range changed {
		for p := range known {
			if incr.Under(p, c) {
				removed = append(removed, p)
			}
		}
		fi, err := fs.Stat(fsys, c)
		switch {
		case errors.Is(err, fs.ErrNotExist) || hidden(c):
			continue
		case err != nil:
			diags.Errorf(c, 0, "reading: %v", err)
		case fi.IsDir():
			list, d := listContent(fsys, c)
			diags.Append(d)
			for _, p := range list {
				seen[p] = true
			}
		case fi.Mode().IsRegular():
			seen[c] = true
		}
	}
	read = slices.Sorted(maps.Keys(seen))
	return read, removed, diags
}

// docs returns the documents of every publishable content file, in path order.
func (st *state) docs() []*document.Doc {
	out := make([]*document.Doc, 0, len(st.list))
	for _, e := range st.list {
		if e.doc != nil {
			out = append(out, e.doc)
		}
	}
	return out
}

// sourceDiags returns the diagnostics of every content file, less the
// infos when quiet.
func (st *state) sourceDiags(quiet bool) diag.List {
	var out diag.List
	for _, e := range st.list {
		for _, d := range e.diags {
			if !quiet || !d.IsInfo() {
				out = append(out, d)
			}
		}
	}
	return out
}
