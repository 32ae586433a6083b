package build

import (
	"iter"
	"slices"
	"strings"
)

// sourceList is the entries of a site's content files in path order. A
// build looks an entry up by its path with a binary search: a map by
// path beside the list would take some forty megabytes more on a site
// of a million articles, for the whole build.
type sourceList []*entry

// get returns the entry of the content file p, or nil.
func (s sourceList) get(p string) *entry {
	if i, ok := slices.BinarySearchFunc(s, p, byPath); ok {
		return s[i]
	}
	return nil
}

// byPath orders entries by their paths, for the binary search.
func byPath(e *entry, p string) int { return strings.Compare(e.path, p) }

// paths yields the path of every entry, in order.
func (s sourceList) paths() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, e := range s {
			if !yield(e.path) {
				return
			}
		}
	}
}

// with returns s less the removed paths, with the entries parsed from
// the read paths in their places (parsed[i] is that of read[i], nil when
// the file is not to be kept), and whether it holds exactly the paths s
// holds. When no file came or went, as after an edit, the entries are
// put in place in a copy of s, without sorting ten thousand paths again.
func (s sourceList) with(removed, read []string, parsed []*entry) (sourceList, bool) {
	if len(s) == 0 {
		return sorted(slices.Clone(parsed)), len(read) == 0
	}
	gone := make(map[string]bool, len(removed))
	for _, p := range removed {
		gone[p] = true
	}
	fresh := make(map[string]*entry, len(read))
	for i, p := range read {
		fresh[p] = parsed[i]
	}
	out := make(sourceList, 0, len(s))
	same := true
	for _, e := range s {
		if n, ok := fresh[e.path]; ok {
			delete(fresh, e.path)
			e = n
		} else if gone[e.path] {
			e = nil
		}
		if e == nil {
			same = false
			continue
		}
		out = append(out, e)
	}
	if len(fresh) == 0 {
		return out, same
	}
	var added []*entry
	for _, p := range read {
		if e := fresh[p]; e != nil {
			added = append(added, e)
		}
	}
	return sorted(append(out, added...)), false
}

// sorted returns the entries of list that are not nil, in path order,
// in list's own memory.
func sorted(list []*entry) sourceList {
	out := sourceList(slices.DeleteFunc(list, func(e *entry) bool { return e == nil }))
	order := func(x, y *entry) int { return byPath(x, y.path) }
	if !slices.IsSortedFunc(out, order) {
		slices.SortFunc(out, order)
	}
	return out
}
