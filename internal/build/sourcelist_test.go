package build

import (
	"slices"
	"strings"
	"testing"
)

// TestSourcesWith checks how a rebuild's content list is made from the
// last one: edited files take their places, removed and unreadable ones
// go, new ones are sorted in, and "the same files" means exactly that.
func TestSourcesWith(t *testing.T) {
	ents := func(paths ...string) []*entry {
		var out []*entry
		for _, p := range paths {
			if p == "-" {
				out = append(out, nil)
				continue
			}
			out = append(out, &entry{path: p})
		}
		return out
	}
	split := func(s string) []string { return strings.Fields(s) }
	tests := []struct {
		name          string
		old           string // paths of the last list
		removed, read string
		parsed        string // one per read path; "-" for a file not kept
		want          string
		same          bool
	}{
		{name: "full build", read: "c a-b a/b", parsed: "c a-b a/b", want: "a-b a/b c"},
		{name: "full build, one unreadable", read: "b a c", parsed: "b - c", want: "b c"},
		{name: "edit", old: "a b c", removed: "b", read: "b", parsed: "b", want: "a b c", same: true},
		{name: "nothing read", old: "a b", want: "a b", same: true},
		{name: "removed", old: "a b c", removed: "b", want: "a c"},
		{name: "edited into a draft", old: "a b c", removed: "b", read: "b", parsed: "-", want: "a c"},
		{name: "added", old: "a c", read: "b", parsed: "b", want: "a b c"},
		{name: "folder renamed", old: "x/1 x/2 y", removed: "x/1 x/2", read: "w/1 w/2", parsed: "w/1 w/2", want: "w/1 w/2 y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := sourceList(ents(split(tt.old)...))
			parsed := ents(split(tt.parsed)...)
			var was []*entry
			for _, p := range split(tt.read) {
				was = append(was, old.get(p))
			}
			got, same := old.with(split(tt.removed), split(tt.read), parsed)
			if paths := slices.Collect(got.paths()); !slices.Equal(paths, split(tt.want)) || same != tt.same {
				t.Errorf("with = %q, same files %v; want %q, %v", paths, same, split(tt.want), tt.same)
			}
			for i, p := range split(tt.read) {
				if e := got.get(p); parsed[i] != nil && e != parsed[i] {
					t.Errorf("%s: the entry parsed now is not the one kept", p)
				} else if parsed[i] == nil && e != nil {
					t.Errorf("%s: kept, though it was read as not to be kept (was %p)", p, was[i])
				}
			}
		})
	}
}
