package build

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"broadsheet/internal/output"
)

// TestPublish builds the test site into a folder the way the command
// does, then edits, deletes and breaks articles, and checks what a
// deploy would see: unchanged files keep their mtime, deleted articles'
// pages go, and a failed build leaves the last good site as it was.
func TestPublish(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(site, os.DirFS("testdata/site")); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	publish(t, site, dest, false)
	past := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	filepath.WalkDir(dest, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			os.Chtimes(p, past, past)
		}
		return err
	})
	copper := filepath.Join(dest, "2026/03/03/copper/index.html")
	if _, err := os.Stat(copper); err != nil {
		t.Fatalf("the copper article was not published: %v", err)
	}

	os.Remove(filepath.Join(site, "content/2026-03-03-copper.txt"))
	publish(t, site, dest, false)
	if _, err := os.Stat(copper); err == nil {
		t.Error("the deleted article's page lingers")
	}
	for _, name := range []string{"style.css", "robots.txt", "2026/03/02/harbor-timetable/index.html"} {
		if fi, err := os.Stat(filepath.Join(dest, name)); err != nil || !fi.ModTime().Equal(past) {
			t.Errorf("%s: unchanged but rewritten (err %v)", name, err)
		}
	}
	if fi, err := os.Stat(filepath.Join(dest, "digest/2026-03-03/index.html")); err != nil || fi.ModTime().Equal(past) {
		t.Errorf("the changed digest page kept its old mtime (err %v)", err)
	}

	before := snapshot(t, dest)
	os.WriteFile(filepath.Join(site, "content/broken.txt"), []byte("A paragraph with no date anywhere.\n"), 0o644)
	publish(t, site, dest, true)
	sameFiles(t, snapshot(t, dest), before)
}

// publish builds site into dest through an output folder; a failed build
// is aborted, and wantFail says which outcome the test expects.
func publish(t *testing.T, site, dest string, wantFail bool) {
	t.Helper()
	out, err := output.Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	res := New(os.DirFS(site), Options{Now: now}).Build(context.Background(), out)
	if res.Failed() != wantFail {
		t.Fatalf("build failed = %v, want %v:\n%s", res.Failed(), wantFail, diagText(res))
	}
	if res.Failed() {
		err = out.Abort()
	} else {
		err = out.Commit()
	}
	if err != nil {
		t.Fatal(err)
	}
}

// snapshot reads every file under dir.
func snapshot(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
