package output

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// time1 is a modification time no file written by a test has, so a
// rewrite changes the stamp whatever the file system's clock resolution.
var time1 = time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)

func TestPatchUpdatesInPlace(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	publish(t, dest, map[string]string{"a.html": "a", "b/index.html": "b", "gone/deep/x.html": "g", "gone/keep.html": "k"})
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"a.html": "a2", "new/index.html": "n"} {
		if err := d.WriteFile(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Patch([]string{"gone/deep/x.html"}); err != nil {
		t.Fatal(err)
	}
	equalTrees(t, tree(t, dest), map[string]string{"a.html": "a2", "b/index.html": "b", "gone/keep.html": "k", "new/index.html": "n"})
	if _, err := os.Stat(filepath.Join(dest, "gone", "deep")); !os.IsNotExist(err) {
		t.Errorf("the emptied folder is still there: %v", err)
	}
	if _, err := os.Stat(d.Path()); !os.IsNotExist(err) {
		t.Errorf("the fresh folder is still there: %v", err)
	}
	if err := d.Commit(); err == nil {
		t.Error("Commit after Patch succeeded")
	}
}

func TestStampChangesWithTheFile(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	publish(t, dest, map[string]string{"a.html": "a", "b/index.html": "b"})
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	stamp := func(name string) uint64 {
		s, ok := d.Stamp(name)
		if !ok {
			t.Fatalf("no stamp for %s", name)
		}
		return s
	}
	a, root, b := stamp("a.html"), stamp("."), stamp("b")
	if again := stamp("a.html"); again != a {
		t.Error("the stamp of an untouched file changed")
	}
	if _, ok := d.Stamp("missing.html"); ok {
		t.Error("a missing file has a stamp")
	}
	if err := os.WriteFile(filepath.Join(dest, "a.html"), []byte("A"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(filepath.Join(dest, "a.html"), time1, time1)
	if stamp("a.html") == a {
		t.Error("the stamp of a rewritten file is the same")
	}
	if err := os.WriteFile(filepath.Join(dest, "b", "extra.html"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(filepath.Join(dest, "b"), time1, time1)
	if stamp("b") == b {
		t.Error("the stamp of a folder with a new file is the same")
	}
	if stamp(".") != root {
		t.Error("the root's stamp changed though no file was added to it")
	}
	// A file written into the fresh folder has the stamp of the new file.
	if err := d.WriteFile("a.html", []byte("fresh bytes")); err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(filepath.Join(d.Path(), "a.html"))
	if err != nil || fi.Size() != int64(len("fresh bytes")) {
		t.Fatal(err)
	}
	if stamp("a.html") == stamp(".") {
		t.Error("stamps of different things agree")
	}
}
