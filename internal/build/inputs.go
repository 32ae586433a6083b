package build

import (
	"context"
	"errors"
	"io/fs"
	"maps"
	"slices"

	"broadsheet/internal/diag"
	"broadsheet/internal/markdown"
)

// readInputs fills st with the inputs of a build: all of them when prev is
// nil, else prev's with the changed files read again.
func (b *Builder) readInputs(ctx context.Context, st, prev *state, ch changes) (diag.List, error) {
	if prev == nil {
		st.cfg, st.cfgDiags, st.cfgHash = b.loadConfig()
	} else {
		st.cfg, st.cfgDiags, st.cfgHash = prev.cfg, prev.cfgDiags, prev.cfgHash
	}
	if prev == nil || ch.layouts {
		st.look = b.loadLayouts()
	} else {
		st.look = prev.look
	}
	var oldSources map[string]*entry
	var oldStatic map[string]uint64
	if prev != nil {
		oldSources, oldStatic = prev.sources, prev.static
	}
	diags, err := b.readContent(ctx, st, oldSources, prev == nil, ch.content)
	st.static = maps.Clone(oldStatic)
	if st.static == nil {
		st.static = map[string]uint64{}
	}
	read, removed, d := refresh(b.fsys, staticDir, oldStatic, prev == nil, ch.static)
	diags.Append(d)
	for _, p := range removed {
		delete(st.static, p)
	}
	for _, p := range read {
		st.static[p] = 0 // hashed when the plan is made
	}
	return diags, err
}

// readContent parses the content files to read again (all of them, or
// the changed ones) into st.sources, on top of the old entries.
func (b *Builder) readContent(ctx context.Context, st *state, old map[string]*entry, all bool, changed []string) (diag.List, error) {
	read, removed, diags := refresh(b.fsys, contentDir, old, all, changed)
	parsed, err := b.parseAll(ctx, st.cfg, read, b.cache)
	st.sources = maps.Clone(old)
	if st.sources == nil {
		st.sources = make(map[string]*entry, len(read))
	}
	for _, p := range removed {
		delete(st.sources, p)
	}
	for _, e := range parsed {
		if e != nil {
			st.sources[e.path] = e
		}
	}
	return diags, err
}

// refresh works out which files under dir to read again and which are
// gone. With all set it lists every file; otherwise it looks only at the
// changed paths (files or folders) among the known ones in old.
func refresh[T any](fsys fs.FS, dir string, old map[string]T, all bool, changed []string) (read, removed []string, diags diag.List) {
	if all {
		read, diags = listContent(fsys, dir)
		return read, nil, diags
	}
	seen := map[string]bool{}
	for _, c := range changed {
		for p := range old {
			if under(p, c) {
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
func (st *state) docs() []*markdown.Doc {
	paths := slices.Sorted(maps.Keys(st.sources))
	out := make([]*markdown.Doc, 0, len(paths))
	for _, p := range paths {
		if d := st.sources[p].doc; d != nil {
			out = append(out, d)
		}
	}
	return out
}

// sourceDiags returns the diagnostics of every content file.
func (st *state) sourceDiags() diag.List {
	var out diag.List
	for _, e := range st.sources {
		out.Append(e.diags)
	}
	return out
}
