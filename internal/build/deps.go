package build

import "broadsheet/internal/build/incr"

// settleDeps hands package incr what each page read in this build, for
// the next build to compare (see incr.Ledger.SettleDeps).
func (j *job) settleDeps() {
	j.st.ledger.SettleDeps(j.from, j.k.Hasher().WithDeps, func(yield func(incr.Page) bool) {
		for _, o := range j.outputs {
			if o.page == nil {
				continue
			}
			if !yield(incr.Page{Idx: o.idx, Name: o.name, Base: o.base, Deps: o.deps, Dirty: o.dirty}) {
				return
			}
		}
	})
}
