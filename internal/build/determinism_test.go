package build

import (
	"bytes"
	"context"
	"io/fs"
	"math/rand/v2"
	"os"
	"sync"
	"testing"
)

// shuffledFS lists every folder in a random order, as some file systems do.
type shuffledFS struct {
	fs.FS
	mu sync.Mutex
	r  *rand.Rand
}

func (s *shuffledFS) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(s.FS, name)
	s.mu.Lock()
	s.r.Shuffle(len(entries), func(i, j int) { entries[i], entries[j] = entries[j], entries[i] })
	s.mu.Unlock()
	return entries, err
}

func TestDeterministic(t *testing.T) {
	sites := map[string]fs.FS{"generated": genFS(150, 3), "testdata": os.DirFS("testdata/site")}
	for name, fsys := range sites {
		t.Run(name, func(t *testing.T) {
			var outs []map[string][]byte
			for i, workers := range []int{1, 4, 3, 2} {
				shuffled := &shuffledFS{FS: fsys, r: rand.New(rand.NewPCG(uint64(i), 9))}
				sink := newMemSink()
				b := New(shuffled, Options{Workers: workers, Now: now})
				if i == 2 {
					// Every body and lead in the spill, read back as
					// pages and entries show them.
					b.budget = 0
				}
				if i == 3 {
					// Every list page heavy: one at a time, each in a
					// buffer sized from the pages of its kind before it.
					b.heavy = 1
				}
				res := b.Build(context.Background(), sink)
				if res.Failed() {
					t.Fatalf("build failed:\n%s", diagText(res))
				}
				outs = append(outs, sink.files)
			}
			for _, out := range outs[1:] {
				sameFiles(t, out, outs[0])
			}
		})
	}
}

// sameFiles reports every file that differs between got and want.
func sameFiles(t *testing.T, got, want map[string][]byte) {
	t.Helper()
	for name, w := range want {
		g, ok := got[name]
		switch {
		case !ok:
			t.Errorf("%s: missing", name)
		case !bytes.Equal(g, w):
			t.Errorf("%s: differs:\n%s", name, firstDiff(g, w))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: should not be in the output", name)
		}
	}
}

// firstDiff shows both texts around their first difference.
func firstDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(0, i-80)
	return "got:  …" + string(got[from:min(len(got), i+80)]) + "\nwant: …" + string(want[from:min(len(want), i+80)])
}
