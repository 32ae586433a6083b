package incr

import (
	"iter"
	"math"
	"slices"
	"strings"

	"broadsheet/internal/build/key"
)

// NoKey is never the key of what an output file is made from, so a file
// whose ledger holds it is dirty in the next build: the pipeline gives
// it to a file it could not make.
const NoKey = math.MaxUint64

// Ledger is what a build leaves for the next about its output files.
// Names and Keys are in the order the build planned the files; one
// entry per file, so a site of a million pages holds no more than that.
type Ledger struct {
	Names []string             // every output file
	Keys  []uint64             // for each of Names: the key of what it was made from
	Perm  []int32              // the indexes of Names in name order; nil when not known (a ledger from the cache)
	Deps  map[string]*key.Deps // by output file: what pages read beyond their own articles
}

// Order sets l.Perm to the indexes of l.Names in name order. A name that
// an earlier index has is left out, and clash is called with the index
// kept and the one left out. When l plans the same names as prev, in the
// same order (an edit that adds or removes no page), prev's order is
// taken rather than sorting ten thousand names again. The Baseline it
// returns says which outputs are dirty.
func (l *Ledger) Order(prev *Ledger, clash func(kept, dropped int32)) Baseline {
	if prev != nil && prev.Perm != nil && slices.Equal(l.Names, prev.Names) {
		l.Perm = prev.Perm
		return Baseline{now: l, byPlace: true, keys: prev.Keys}
	}
	l.Perm = sortNames(l.Names, clash)
	if prev == nil {
		return Baseline{now: l}
	}
	byName := make(map[string]uint64, len(prev.Names))
	for i, n := range prev.Names {
		byName[n] = prev.Keys[i]
	}
	return Baseline{now: l, byName: byName}
}

// sortNames returns the indexes of names in name order, less those whose
// name an earlier one has.
func sortNames(names []string, clash func(kept, dropped int32)) []int32 {
	perm := make([]int32, len(names))
	for i := range perm {
		perm[i] = int32(i)
	}
	slices.SortStableFunc(perm, func(a, b int32) int { return strings.Compare(names[a], names[b]) })
	out := perm[:0]
	for n, i := range perm {
		if n > 0 && names[i] == names[perm[n-1]] {
			clash(out[len(out)-1], i)
			continue
		}
		out = append(out, i)
	}
	return out
}

// Baseline is the previous build's keys as a build compares its own with
// them: by place when the names are the same, else by name.
type Baseline struct {
	now     *Ledger
	byPlace bool
	keys    []uint64          // prev's, when by place
	byName  map[string]uint64 // prev's, when not by place; nil without a previous build
}

// Dirty reports whether output i of the ledger must be written: it is
// new, its key changed, or, when held is not nil, held[i] says the output
// no longer holds the file as the previous build left it.
func (b Baseline) Dirty(i int, held []bool) bool {
	var old uint64
	var ok bool
	if b.byPlace {
		old, ok = b.keys[i], true
	} else {
		old, ok = b.byName[b.now.Names[i]]
	}
	return !ok || old != b.now.Keys[i] || held != nil && !held[i]
}

// Page is a page's output file as a build leaves it, for SettleDeps.
type Page struct {
	Idx   int32     // its place in the ledger
	Name  string    // its name
	Base  uint64    // its key without what it read; 0 when its key is the previous build's
	Deps  *key.Deps // what it read, when it was rendered in this build
	Dirty bool      // it was to be written in this build
}

// SettleDeps records in l what each page read, for the next build to
// compare: a page rendered in this build gets its Deps, and the key that
// covers them, in place of the key it was planned with, which could not
// know them (withDeps, as key.Hasher.WithDeps, makes it); one that was
// not keeps what it read in prev.
func (l *Ledger) SettleDeps(prev *Ledger, withDeps func(base uint64, d *key.Deps) uint64, pages iter.Seq[Page]) {
	var old map[string]*key.Deps
	if prev != nil {
		old = prev.Deps
	}
	deps := map[string]*key.Deps{}
	for p := range pages {
		d := old[p.Name]
		if p.Dirty && p.Base != 0 {
			d = p.Deps
			l.Keys[p.Idx] = withDeps(p.Base, d)
		}
		if d != nil {
			deps[p.Name] = d
		}
	}
	l.Deps = deps
}

// Gone returns the names of prev that l no longer has, in prev's order.
func (l *Ledger) Gone(prev *Ledger) []string {
	if slices.Equal(l.Names, prev.Names) {
		return nil
	}
	now := make(map[string]bool, len(l.Names))
	for _, n := range l.Names {
		now[n] = true
	}
	var gone []string
	for _, n := range prev.Names {
		if !now[n] {
			gone = append(gone, n)
		}
	}
	return gone
}

// Permute returns list in the order perm gives: the old list[perm[k]]
// at k. When perm names every element (a clash leaves one out), it
// follows the cycles of perm in place, so that a site of a million pages
// never holds two lists of them.
func Permute[T any](list []T, perm []int32) []T {
	if len(perm) != len(list) {
		out := make([]T, len(perm))
		for k, i := range perm {
			out[k] = list[i]
		}
		return out
	}
	done := make([]bool, len(list))
	for start := range list {
		if done[start] {
			continue
		}
		first := list[start]
		cur := start
		for {
			done[cur] = true
			next := int(perm[cur])
			if next == start {
				list[cur] = first
				break
			}
			list[cur] = list[next]
			cur = next
		}
	}
	return list
}
