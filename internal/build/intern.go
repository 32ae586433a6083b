package build

import (
	"strings"
	"sync"
)

// names shares the copies of the short values that many articles repeat
// word for word (outlets, authors, datelines, credits, attribution lines,
// terms), so that a site of a million articles keeps each once rather
// than once per article. It keeps at most namesMax values: past that,
// values are copied as they come, and memory is what it would have been.
type names struct {
	mu sync.Mutex
	m  map[string]string
}

// namesMax bounds the values names keeps, and namesLen their length:
// longer values are rarely repeated.
const (
	namesMax = 1 << 16
	namesLen = 96
)

// share returns a copy of s that does not point into a source file's
// bytes: the one it keeps when s is short, or a fresh one.
func (n *names) share(s string) string {
	if s == "" || len(s) > namesLen {
		return strings.Clone(s)
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if v, ok := n.m[s]; ok {
		return v
	}
	v := strings.Clone(s)
	if n.m == nil {
		n.m = map[string]string{}
	}
	if len(n.m) < namesMax {
		n.m[v] = v
	}
	return v
}
