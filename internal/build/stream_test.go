package build

import (
	"path/filepath"
	"testing"
)

// Long list pages go straight to a sink that can stream them, heavy ones
// one at a time and the others side by side; the files are those a
// build holding every page in memory writes.
func TestStreamHeavyPages(t *testing.T) {
	fsys := genFS(120, 5)
	_, mem, _ := build(t, fsys, Options{})
	for name, set := range map[string]func(*Builder){
		"heavy":  func(b *Builder) { b.heavy = 1 },
		"stream": func(b *Builder) { b.stream = 1 },
	} {
		t.Run(name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			res := onDisk(t, fsys, dest, Options{Now: now}, set)
			if res.Failed() {
				t.Fatal(diagText(res))
			}
			got := snapshot(t, dest)
			if len(got) != len(mem.files) {
				t.Errorf("%d files on disk, %d in memory", len(got), len(mem.files))
			}
			sameFiles(t, got, mem.files)
		})
	}
}
