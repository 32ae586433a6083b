package build

import (
	"context"
	"maps"
	"slices"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"broadsheet/internal/gen"
)

// now is the build clock of the tests: after every generated article.
var now = time.Date(2026, time.June, 1, 0, 0, 0, 0, time.UTC)

// memSink keeps the files a build writes.
type memSink struct {
	mu    sync.Mutex
	files map[string][]byte
}

func newMemSink() *memSink { return &memSink{files: map[string][]byte{}} }

// WriteFile copies data: the Builder reuses its buffers.
func (m *memSink) WriteFile(name string, data []byte) error {
	m.mu.Lock()
	m.files[name] = slices.Clone(data)
	m.mu.Unlock()
	return nil
}

// apply makes m what the output holds after a build with result res:
// written files were stored by WriteFile; files no longer listed go.
func (m *memSink) apply(res *Result) {
	keep := map[string]bool{}
	for _, f := range res.Files {
		keep[f] = true
	}
	maps.DeleteFunc(m.files, func(name string, _ []byte) bool { return !keep[name] })
}

// discard is a sink that drops everything, for benchmarks.
type discard struct{}

func (discard) WriteFile(string, []byte) error { return nil }

// genFS returns a generated site of n articles as an in-memory file system.
func genFS(n int, seed int64) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range gen.Files(n, seed) {
		fsys[name] = &fstest.MapFile{Data: data, Mode: 0o644}
	}
	return fsys
}

// build runs a full build of fsys and fails the test on errors.
func build(t testing.TB, fsys fstest.MapFS, opt Options) (*Builder, *memSink, *Result) {
	t.Helper()
	if opt.Now.IsZero() {
		opt.Now = now
	}
	b := New(fsys, opt)
	sink := newMemSink()
	res := b.Build(context.Background(), sink)
	if res.Failed() {
		t.Fatalf("build failed:\n%s", diagText(res))
	}
	return b, sink, res
}

// diagText returns the first diagnostics of res, one per line.
func diagText(res *Result) string {
	s := ""
	for i, d := range res.Diags {
		if i == 20 {
			s += "...\n"
			break
		}
		s += d.String() + "\n"
	}
	return s
}
