package build

import (
	"errors"
	"fmt"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	"broadsheet/internal/build/cache"
	"broadsheet/internal/build/incr"
	"broadsheet/internal/build/key"
	"broadsheet/internal/diag"
	"broadsheet/internal/site"
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
	// modification time). name may also be a folder ("." for the root),
	// whose stamp changes when a file is added to it or removed.
	Stamp(name string) (uint64, bool)
}

// disk is what the build cache gave a full build: the parses of the
// content files, handed to parseAll like those of an earlier build, and
// the keys of the output files, whose files the Keeper still holds
// unless their stamps say otherwise.
type disk struct {
	since   int64 // the Snapshot's Since
	sources sourceList
	outputs *incr.Ledger // names, keys and deps, as a full build's prev
	stamps  map[string]uint64
	folders []cache.Folder
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
		since:   s.Since,
		sources: make(sourceList, 0, len(s.Sources)),
		outputs: &incr.Ledger{Keys: make([]uint64, len(s.Outputs)), Names: make([]string, len(s.Outputs)), Deps: map[string]*key.Deps{}},
		stamps:  make(map[string]uint64, len(s.Outputs)),
		folders: s.Folders,
	}
	for i := range s.Sources {
		src := &s.Sources[i]
		d.sources = append(d.sources, &entry{
			path: src.Path, hash: src.Hash, doc: src.Doc, lead: site.Text(src.Lead), words: int32(src.Words),
			bodyAt: int32(src.BodyAt), stat: src.Stat, diags: src.Diags,
		})
	}
	d.sources = sorted(d.sources)
	for i, o := range s.Outputs {
		d.outputs.Names[i], d.outputs.Keys[i] = o.Name, o.Key
		if o.Stamp != 0 {
			d.stamps[o.Name] = o.Stamp
		}
		if o.Wide || len(o.Shown) > 0 {
			d.outputs.Deps[o.Name] = &key.Deps{Wide: o.Wide, Shown: o.Shown}
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
	s := &cache.Snapshot{Owner: b.owner(st.cfgHash), Since: st.since}
	for _, e := range st.list {
		// A file that is not an article is not read, a body that could
		// not be rendered is reported by every build that shows it, and
		// a body with local images is rendered again in every build, in
		// case a picture changed: none is worth keeping.
		if !isArticle(e.path) || e.bodyErr() != nil || e.diags.HasErrors() || e.refs != 0 {
			continue
		}
		s.Sources = append(s.Sources, cache.Source{
			Path: e.path, Hash: e.hash, Doc: e.doc, Lead: textOf(e.lead), Words: int(e.words),
			BodyAt: int64(e.bodyAt), Stat: e.stat, Diags: e.diags,
		})
	}
	if err := b.spill.takeErr(); err != nil {
		// A lead read back empty must not be kept as the article's.
		return fmt.Errorf("reading an article's lead back: %w", err)
	}
	for i, name := range st.ledger.Names {
		o := cache.Output{Name: name, Key: st.ledger.Keys[i]}
		var ok bool
		if o.Stamp, ok = st.stamps[name]; !ok {
			o.Stamp, _ = k.Stamp(name)
		}
		if d := st.ledger.Deps[name]; d != nil {
			o.Wide, o.Shown = d.Wide, d.Shown
		}
		s.Outputs = append(s.Outputs, o)
	}
	for _, name := range folders(st.ledger.Names) {
		stamp, ok := st.folderStamps[name]
		if !ok {
			stamp, _ = k.Stamp(name)
		}
		s.Folders = append(s.Folders, cache.Folder{Name: name, Stamp: stamp})
	}
	return cache.Save(b.opt.Cache, s)
}

// knownStamps records the stamps of the output that this build, with
// the cache dk, knows without asking the Keeper again (see state.stamps).
func (j *job) knownStamps(dk *disk, res *Result) {
	st := j.st
	st.stamps = make(map[string]uint64, len(j.outputs))
	for _, o := range j.outputs {
		if !o.dirty {
			st.stamps[o.name] = dk.stamps[o.name]
		}
	}
	if !res.InPlace {
		return
	}
	touched := map[string]bool{".": true}
	for _, list := range [][]string{res.Changed, res.Removed} {
		for _, n := range list {
			for d := path.Dir(n); d != "."; d = path.Dir(d) {
				touched[d] = true
			}
		}
	}
	st.folderStamps = make(map[string]uint64, len(dk.folders))
	for _, f := range dk.folders {
		if !touched[f.Name] {
			st.folderStamps[f.Name] = f.Stamp
		}
	}
}

// folders returns the folders that hold the output files names, "." for
// the root, sorted.
func folders(names []string) []string {
	seen := map[string]bool{".": true}
	for _, n := range names {
		for d := path.Dir(n); d != "." && !seen[d]; d = path.Dir(d) {
			seen[d] = true
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// settleKeeper works out, in a full build whose keys were compared with
// the cache's, whether the Keeper's output is the one the cache
// describes with no file added or removed since (every folder has its
// stamp), and which of its files this build no longer makes: the output
// can then be brought up to date in place.
func (j *job) settleKeeper(dk *disk, res *Result) {
	if j.keeper == nil {
		return
	}
	var changed atomic.Bool
	inChunks(len(dk.folders), j.b.opt.Workers, func(lo, hi int) {
		for _, f := range dk.folders[lo:hi] {
			if got, ok := j.keeper.Stamp(f.Name); !ok || got != f.Stamp || changed.Load() {
				changed.Store(true)
				return
			}
		}
	})
	res.InPlace = len(dk.folders) > 0 && !changed.Load()
	res.Removed = j.st.ledger.Gone(j.from)
}
