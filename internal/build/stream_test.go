package build

import (
	"path/filepath"
	"testing"
)

// Heavy list pages go straight to a sink that can stream them; the
// files are those a build holding every page in memory writes.
func TestStreamHeavyPages(t *testing.T) {
	fsys := genFS(120, 5)
	_, mem, _ := build(t, fsys, Options{})
	dest := filepath.Join(t.TempDir(), "public")
	res := onDisk(t, fsys, dest, Options{Now: now}, func(b *Builder) { b.heavy = 1 })
	if res.Failed() {
		t.Fatal(diagText(res))
	}
	got := snapshot(t, dest)
	if len(got) != len(mem.files) {
		t.Errorf("%d files on disk, %d in memory", len(got), len(mem.files))
	}
	sameFiles(t, got, mem.files)
}
