package output

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// publish writes files into a fresh folder for dest and commits it.
func publish(t *testing.T, dest string, files map[string]string) {
	t.Helper()
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range files {
		if err := d.WriteFile(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
}

// tree returns every file under dir as slash path -> contents.
func tree(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		rel, _ := filepath.Rel(dir, path)
		out[filepath.ToSlash(rel)] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func equalTrees(t *testing.T, got, want map[string]string) {
	t.Helper()
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("output holds %v, want %v", keys(got), keys(want))
	}
}

func keys(m map[string]string) []string {
	var k []string
	for name := range m {
		k = append(k, name)
	}
	sort.Strings(k)
	return k
}

func TestCommitReplacesSite(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	first := map[string]string{"index.html": "home", "2026/01/05/a/index.html": "a", "style.css": "css"}
	publish(t, dest, first)
	equalTrees(t, tree(t, dest), first)

	// The article a was deleted and b added: a's files must not linger.
	second := map[string]string{"index.html": "home 2", "2026/01/06/b/index.html": "b", "style.css": "css"}
	publish(t, dest, second)
	equalTrees(t, tree(t, dest), second)
	assertNoSiblings(t, dest)
}

func TestAbortKeepsPreviousSite(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	good := map[string]string{"index.html": "good", "feed.xml": "<feed/>"}
	publish(t, dest, good)

	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WriteFile("index.html", []byte("half-built")); err != nil {
		t.Fatal(err)
	}
	if err := d.Abort(); err != nil {
		t.Fatal(err)
	}
	equalTrees(t, tree(t, dest), good)
	assertNoSiblings(t, dest)
	if err := d.Commit(); err == nil {
		t.Error("Commit after Abort succeeded")
	}
}

func TestUnchangedFilesKeepMtime(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	publish(t, dest, map[string]string{"same.html": "unchanged", "edit.html": "old"})
	past := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	for _, name := range []string{"same.html", "edit.html"} {
		if err := os.Chtimes(filepath.Join(dest, name), past, past); err != nil {
			t.Fatal(err)
		}
	}
	publish(t, dest, map[string]string{"same.html": "unchanged", "edit.html": "new"})
	if mt := mtime(t, filepath.Join(dest, "same.html")); !mt.Equal(past) {
		t.Errorf("unchanged file got mtime %v, want %v", mt, past)
	}
	if mt := mtime(t, filepath.Join(dest, "edit.html")); mt.Equal(past) {
		t.Error("changed file kept its old mtime")
	}
}

func TestCopyKeepsMtimeWhenLinkFails(t *testing.T) {
	dir := t.TempDir()
	old, dst := filepath.Join(dir, "old"), filepath.Join(dir, "new")
	past := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	if err := os.WriteFile(old, []byte("kept"), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Chtimes(old, past, past)
	// An existing dst makes os.Link fail, as a file system without hard links would.
	if err := os.WriteFile(dst, []byte("stale bytes"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := reuse(old, dst); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(dst); string(data) != "kept" {
		t.Errorf("copy holds %q", data)
	}
	if mt := mtime(t, dst); !mt.Equal(past) {
		t.Errorf("copy has mtime %v, want %v", mt, past)
	}
}

func TestKeepCarriesOverUnwritten(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	publish(t, dest, map[string]string{"a.html": "a", "b.html": "b", "gone.html": "g"})
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WriteFile("a.html", []byte("a2")); err != nil {
		t.Fatal(err)
	}
	if err := d.Keep([]string{"a.html", "b.html"}); err != nil {
		t.Fatal(err)
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	equalTrees(t, tree(t, dest), map[string]string{"a.html": "a2", "b.html": "b"})
}

func TestRejectsEscapingNames(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for _, name := range []string{"../x", "a/../../x", "/etc/passwd", "", ".", "a//b", `a\..\b`, "a/./b", "a/"} {
		if err := d.WriteFile(name, []byte("x")); err == nil {
			t.Errorf("WriteFile(%q) succeeded", name)
		}
	}
	if _, err := os.Stat(filepath.Join(filepath.Dir(dest), "x")); err == nil {
		t.Error("a file escaped the output folder")
	}
}

func TestConcurrentWrites(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	var wg sync.WaitGroup
	var mu sync.Mutex
	for i := range 64 {
		name := fmt.Sprintf("d%d/p%d/index.html", i%4, i)
		want[name] = strings.Repeat("x", i)
		wg.Go(func() {
			if err := d.WriteFile(name, []byte(strings.Repeat("x", i))); err != nil {
				mu.Lock()
				t.Error(err)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if err := d.WriteFile("d0/p0/index.html", nil); err == nil {
		t.Error("writing one name twice succeeded")
	}
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	equalTrees(t, tree(t, dest), want)
}

func TestDestMustBeFolder(t *testing.T) {
	file := filepath.Join(t.TempDir(), "public")
	os.WriteFile(file, []byte("x"), 0o644)
	if _, err := Begin(file); err == nil {
		t.Error("Begin over a regular file succeeded")
	}
}

func mtime(t *testing.T, path string) time.Time {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.ModTime()
}

// assertNoSiblings checks that no fresh or old folder is left beside dest.
func assertNoSiblings(t *testing.T, dest string) {
	t.Helper()
	entries, err := os.ReadDir(filepath.Dir(dest))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != filepath.Base(dest) {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}
