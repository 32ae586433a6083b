package build

import "broadsheet/internal/build/key"

// settleDeps records what each page rendered in this build read, and
// gives it the key that covers that, for the next build to compare; the
// pages not rendered keep what they read before.
func (j *job) settleDeps() {
	var old map[string]*key.Deps
	if j.from != nil {
		old = j.from.deps
	}
	deps := map[string]*key.Deps{}
	h := j.k.Hasher()
	for _, o := range j.outputs {
		if o.page == nil {
			continue
		}
		d := old[o.name]
		if o.dirty && o.base != 0 {
			d = o.deps
			j.st.keys[o.idx] = h.WithDeps(o.base, d)
		}
		if d != nil {
			deps[o.name] = d
		}
	}
	j.st.deps = deps
}
