package incr

import (
	"fmt"
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"

	"broadsheet/internal/build/key"
)

// dirty returns the indexes of l that the baseline calls dirty.
func dirty(l *Ledger, b Baseline, held []bool) []int {
	var out []int
	for i := range l.Names {
		if b.Dirty(i, held) {
			out = append(out, i)
		}
	}
	return out
}

func TestOrderAndDirty(t *testing.T) {
	sorted := &Ledger{Names: []string{"b", "a", "c"}, Keys: []uint64{1, 2, 3}, Perm: []int32{1, 0, 2}}
	cached := &Ledger{Names: []string{"b", "a", "c"}, Keys: []uint64{1, 2, 3}} // no Perm
	tests := []struct {
		name     string
		names    []string
		keys     []uint64
		prev     *Ledger
		held     []bool
		perm     []int32
		dirty    []int
		clashes  [][2]int32
		samePerm bool // prev's Perm taken as is
	}{
		{name: "first build", names: []string{"b", "a"}, keys: []uint64{1, 2},
			perm: []int32{1, 0}, dirty: []int{0, 1}},
		{name: "nothing changed", names: []string{"b", "a", "c"}, keys: []uint64{1, 2, 3}, prev: sorted,
			perm: []int32{1, 0, 2}, samePerm: true},
		{name: "a key changed", names: []string{"b", "a", "c"}, keys: []uint64{1, 9, 3}, prev: sorted,
			perm: []int32{1, 0, 2}, dirty: []int{1}, samePerm: true},
		{name: "a file added", names: []string{"b", "a", "d", "c"}, keys: []uint64{1, 2, 4, 3}, prev: sorted,
			perm: []int32{1, 0, 3, 2}, dirty: []int{2}},
		{name: "files moved", names: []string{"c", "a", "b"}, keys: []uint64{3, 2, 1}, prev: sorted,
			perm: []int32{1, 2, 0}},
		{name: "cache without order", names: []string{"b", "a", "c"}, keys: []uint64{1, 2, 4}, prev: cached,
			perm: []int32{1, 0, 2}, dirty: []int{2}},
		{name: "not held", names: []string{"b", "a", "c"}, keys: []uint64{1, 2, 3}, prev: cached,
			held: []bool{true, false, true}, perm: []int32{1, 0, 2}, dirty: []int{1}},
		{name: "could not be made", names: []string{"b", "a", "c"}, keys: []uint64{1, 2, 3},
			prev: &Ledger{Names: []string{"b", "a", "c"}, Keys: []uint64{1, NoKey, 3}, Perm: []int32{1, 0, 2}},
			perm: []int32{1, 0, 2}, dirty: []int{1}, samePerm: true},
		{name: "clash", names: []string{"x", "a", "x", "x"}, keys: []uint64{1, 2, 3, 4},
			perm: []int32{1, 0}, dirty: []int{0, 1, 2, 3}, clashes: [][2]int32{{0, 2}, {0, 3}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &Ledger{Names: tt.names, Keys: tt.keys}
			var clashes [][2]int32
			b := l.Order(tt.prev, func(kept, dropped int32) { clashes = append(clashes, [2]int32{kept, dropped}) })
			if !slices.Equal(l.Perm, tt.perm) {
				t.Errorf("Perm = %v, want %v", l.Perm, tt.perm)
			}
			if tt.samePerm && &l.Perm[0] != &tt.prev.Perm[0] {
				t.Error("the same names sorted again")
			}
			if got := dirty(l, b, tt.held); !slices.Equal(got, tt.dirty) {
				t.Errorf("dirty = %v, want %v", got, tt.dirty)
			}
			if !reflect.DeepEqual(clashes, tt.clashes) {
				t.Errorf("clashes = %v, want %v", clashes, tt.clashes)
			}
		})
	}
}

func TestGone(t *testing.T) {
	tests := []struct {
		prev, now []string
		want      []string
	}{
		{[]string{"a", "b"}, []string{"a", "b"}, nil},
		{[]string{"a", "b", "c"}, []string{"c", "a"}, []string{"b"}},
		{[]string{"b", "a"}, nil, []string{"b", "a"}},
		{nil, []string{"a"}, nil},
	}
	for _, tt := range tests {
		l, prev := &Ledger{Names: tt.now}, &Ledger{Names: tt.prev}
		if got := l.Gone(prev); !slices.Equal(got, tt.want) {
			t.Errorf("Gone(%q -> %q) = %q, want %q", tt.prev, tt.now, got, tt.want)
		}
	}
}

func TestSettleDeps(t *testing.T) {
	wide, shown := &key.Deps{Wide: true}, &key.Deps{Shown: []string{"content/a.txt"}}
	withDeps := func(base uint64, d *key.Deps) uint64 {
		if d == nil {
			return base
		}
		return base + 100
	}
	tests := []struct {
		name     string
		prev     map[string]*key.Deps
		page     Page
		wantKey  uint64
		wantDeps map[string]*key.Deps
	}{
		{"rendered, read nothing", nil,
			Page{Name: "p", Base: 5, Dirty: true}, 5, map[string]*key.Deps{}},
		{"rendered, read a list", map[string]*key.Deps{"p": shown},
			Page{Name: "p", Base: 5, Deps: wide, Dirty: true}, 105, map[string]*key.Deps{"p": wide}},
		{"not rendered keeps what it read", map[string]*key.Deps{"p": shown, "gone": wide},
			Page{Name: "p", Base: 5, Deps: wide}, 7, map[string]*key.Deps{"p": shown}},
		{"key carried over", map[string]*key.Deps{"p": shown},
			Page{Name: "p", Deps: wide, Dirty: true}, 7, map[string]*key.Deps{"p": shown}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := &Ledger{Names: []string{"p"}, Keys: []uint64{7}}
			var prev *Ledger
			if tt.prev != nil {
				prev = &Ledger{Deps: tt.prev}
			}
			l.SettleDeps(prev, withDeps, func(yield func(Page) bool) { yield(tt.page) })
			if l.Keys[0] != tt.wantKey {
				t.Errorf("key = %d, want %d", l.Keys[0], tt.wantKey)
			}
			if !maps.Equal(l.Deps, tt.wantDeps) {
				t.Errorf("deps = %v, want %v", l.Deps, tt.wantDeps)
			}
		})
	}
}

func TestPermute(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 40 {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			list := make([]string, n)
			for i := range list {
				list[i] = strconv.Itoa(i)
			}
			perm := make([]int32, n)
			for i, p := range r.Perm(n) {
				perm[i] = int32(p)
			}
			if n%2 == 1 {
				perm = perm[:n-1] // one left out, as a clash leaves it
			}
			want := make([]string, len(perm))
			for k, i := range perm {
				want[k] = list[i]
			}
			if got := Permute(list, perm); !slices.Equal(got, want) {
				t.Fatalf("Permute(%v) = %v, want %v", perm, got, want)
			}
		})
	}
}
