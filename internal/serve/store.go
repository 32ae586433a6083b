package serve

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"broadsheet/internal/diag"
)

// state is one published view of the site. It is never modified once
// published; a rebuild publishes a new one.
type state struct {
	files   map[string][]byte // output path -> contents, from the last good build
	diags   diag.List         // errors of the last build when it failed; nil after a good one
	version string            // changes whenever what a browser would see changes
	base    string            // the URL path the pages are served under
}

// broken reports whether the last build failed.
func (st *state) broken() bool { return st.diags != nil }

// store holds what the server serves and swaps it whole after each build,
// so a request sees either the old site or the new one, never a mix.
type store struct {
	mu    sync.RWMutex
	cur   *state
	boot  string // distinguishes this server's versions from a restarted one's
	count int    // versions published so far; touched by the rebuild goroutine only
}

func newStore(base string) *store {
	s := &store{boot: fmt.Sprintf("%x", time.Now().UnixNano())}
	s.cur = &state{files: map[string][]byte{}, version: s.nextVersion(), base: base}
	return s
}

// now returns the published state.
func (s *store) now() *state {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.cur
}

// publish applies a build's result and the files it wrote, and reports
// whether browsers should reload. A failed build publishes its diagnostics
// only and its files are dropped: the builder stays at its last good state
// and writes again, on the next good build, whatever differs from it.
func (s *store) publish(res Result, wrote map[string][]byte) bool {
	old := s.now()
	if res.Failed {
		diags := append(diag.List{}, res.Diags...)
		diags.Sort()
		if old.broken() && slices.Equal(old.diags, diags) {
			return false
		}
		s.swap(&state{files: old.files, diags: diags, base: old.base})
		return true
	}
	base := old.base
	if res.Base != "" {
		base = res.Base
	}
	files := make(map[string][]byte, len(res.Files))
	for _, name := range res.Files {
		if data, ok := wrote[name]; ok {
			files[name] = data
		} else if data, ok := old.files[name]; ok {
			files[name] = data
		}
	}
	// Without new writes the files are a subset of the old ones, so equal
	// counts mean nothing changed.
	if len(wrote) == 0 && !old.broken() && len(files) == len(old.files) && base == old.base {
		return false
	}
	s.swap(&state{files: files, base: base})
	return true
}

// swap publishes st under a new version.
func (s *store) swap(st *state) {
	st.version = s.nextVersion()
	s.mu.Lock()
	s.cur = st
	s.mu.Unlock()
}

func (s *store) nextVersion() string {
	s.count++
	return fmt.Sprintf("%s-%d", s.boot, s.count)
}
