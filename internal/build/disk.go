package build

import (
	"errors"
	"path/filepath"
	"strings"

	"broadsheet/internal/build/cache"
	"broadsheet/internal/diag"
)

// Keeper is a Sink that holds the output of an earlier build and carries
// over the files a build does not write (as output.Dir does). Only into a
// Keeper does a build with a cache leave files unwritten.
type Keeper interface {
	Sink
	// Stamp returns a fingerprint of the file name as the output holds
	// it: as written in this build, or else as the earlier output has
	// it, and false when there is no such file. The fingerprint changes
	// whenever the file's bytes may have (output.Dir takes its size and
	// modification time).
	Stamp(name string) (uint64, bool)
}

// disk is what the build cache gave a full build: the parses of the
// content files, handed to parseAll like those of an earlier build, and
// the keys of the output files, whose files the Keeper still holds
// unless their stamps say otherwise.
type disk struct {
	sources map[string]*entry
	outputs *state // names, keys and deps, as a full build's prev
	stamps  map[string]uint64
}

// loadCache reads the build cache for a full build whose configuration
// st holds, and reports a cache it cannot use.
func (b *Builder) loadCache(st *state, diags *diag.List) *disk {
	if b.opt.Cache == "" {
		return nil
	}
	owner := b.owner(st.cfgHash)
	snap, err := cache.Load(b.opt.Cache, owner, st.cfg.Location)
	if err != nil {
		file, reason := filepath.Join(b.opt.Cache, cache.FileName), err.Error()
		var ig *cache.Ignored
		if errors.As(err, &ig) {
			file, reason = ig.File, ig.Reason
		}
		diags.AddCode(b.siteRelative(file), 0, diag.Info, "cache-ignored", "build cache ignored (%s); everything is built again", reason)
		return nil
	}
	if snap == nil {
		return nil
	}
	return fromSnapshot(snap)
}

// owner is who a cache of this build belongs to.
func (b *Builder) owner(cfgHash uint64) cache.Owner {
	return cache.Owner{Version: b.opt.Program, Site: b.opt.Site, Config: cfgHash}
}

// siteRelative names a file inside the site folder as diagnostics do,
// relative to it; a file elsewhere keeps its path.
func (b *Builder) siteRelative(file string) string {
	if b.opt.Site != "" {
		if rel, err := filepath.Rel(b.opt.Site, file); err == nil && !strings.HasPrefix(rel, "..") {
			return filepath.ToSlash(rel)
		}
	}
	return filepath.ToSlash(file)
}

// fromSnapshot turns a cache's snapshot into entries and keys.
func fromSnapshot(s *cache.Snapshot) *disk {
	d := &disk{
		sources: make(map[string]*entry, len(s.Sources)),
		outputs: &state{keys: make([]uint64, len(s.Outputs)), names: make([]string, len(s.Outputs)), deps: map[string]*pageDeps{}},
		stamps:  make(map[string]uint64, len(s.Outputs)),
	}
	for i := range s.Sources {
		src := &s.Sources[i]
		d.sources[src.Path] = &entry{
			path: src.Path, hash: src.Hash, doc: src.Doc, lead: src.Lead, words: src.Words,
			bodyAt: src.BodyAt, bodySum: src.BodySum, diags: src.Diags,
		}
	}
	for i, o := range s.Outputs {
		d.outputs.names[i], d.outputs.keys[i] = o.Name, o.Key
		if o.Stamp != 0 {
			d.stamps[o.Name] = o.Stamp
		}
		if o.Wide || len(o.Shown) > 0 {
			d.outputs.deps[o.Name] = &pageDeps{wide: o.Wide, shown: o.Shown}
		}
	}
	return d
}

// SaveCache writes what the last good build learned into the cache
// folder of Options.Cache, with the stamps of the output files as k
// holds them: call it once k holds every file of the build (for an
// output.Dir, after Keep). Without a cache folder or a good build it
// does nothing.
func (b *Builder) SaveCache(k Keeper) error {
	st := b.good
	if b.opt.Cache == "" || st == nil {
		return nil
	}
	s := &cache.Snapshot{Owner: b.owner(st.cfgHash)}
	for _, e := range st.list {
		// A file that is not an article is not read, and a body that
		// could not be rendered is reported by every build that shows it:
		// neither is worth keeping.
		if !isArticle(e.path) || e.bodyErr != nil || e.diags.HasErrors() {
			continue
		}
		s.Sources = append(s.Sources, cache.Source{
			Path: e.path, Hash: e.hash, Doc: e.doc, Lead: e.lead, Words: e.words,
			BodyAt: e.bodyAt, BodySum: e.bodySum, Diags: e.diags,
		})
	}
	for i, name := range st.names {
		o := cache.Output{Name: name, Key: st.keys[i]}
		o.Stamp, _ = k.Stamp(name)
		if d := st.deps[name]; d != nil {
			o.Wide, o.Shown = d.wide, d.shown
		}
		s.Outputs = append(s.Outputs, o)
	}
	return cache.Save(b.opt.Cache, s)
}
