package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
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
	if err := reuse(failLink, old, dst); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(dst); string(data) != "kept" {
		t.Errorf("copy holds %q", data)
	}
	if mt := mtime(t, dst); !mt.Equal(past) {
		t.Errorf("copy has mtime %v, want %v", mt, past)
	}
	// A copy never replaces a file already there: it was written in this build.
	if err := os.WriteFile(old, []byte("other"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := reuse(failLink, old, dst); !errors.Is(err, fs.ErrExist) {
		t.Errorf("copying onto an existing file = %v, want it refused", err)
	}
	if data, _ := os.ReadFile(dst); string(data) != "kept" {
		t.Errorf("copying onto an existing file left %q in it", data)
	}
}

// failLink fails as a link does on a file system without hard links,
// so that files are carried over by copying.
func failLink(old, dst string) error {
	return &os.LinkError{Op: "link", Old: old, New: dst, Err: errors.ErrUnsupported}
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

// A name written, or streamed, is kept as written, whether the old files
// would be carried over by hard links or by copies, and also when the
// destination has no file of that name (a page new, or removed by hand).
func TestKeepLeavesWrittenFiles(t *testing.T) {
	for _, links := range []bool{true, false} {
		t.Run(fmt.Sprintf("hard links %v", links), func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			publish(t, dest, map[string]string{"a.html": "old a", "s.html": "old s", "b.html": "b"})
			d, err := Begin(dest)
			if err != nil {
				t.Fatal(err)
			}
			if !links {
				d.link = failLink
			}
			for name, data := range map[string]string{"a.html": "new a", "new.html": "new"} {
				if err := d.WriteFile(name, []byte(data)); err != nil {
					t.Fatal(err)
				}
			}
			if err := d.Stream("s.html", func(w io.Writer) error {
				_, err := io.WriteString(w, "new s")
				return err
			}); err != nil {
				t.Fatal(err)
			}
			if err := d.Keep([]string{"a.html", "s.html", "new.html", "b.html"}); err != nil {
				t.Fatalf("Keep of names already written: %v", err)
			}
			if err := d.Commit(); err != nil {
				t.Fatal(err)
			}
			got := tree(t, dest)
			for name, want := range map[string]string{"a.html": "new a", "s.html": "new s", "new.html": "new", "b.html": "b"} {
				if got[name] != want {
					t.Errorf("%s holds %q after Keep, want %q", name, got[name], want)
				}
			}
		})
	}
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

// Two writers of one name at once: one wins, the other is told the name
// was written twice, and the page holds the winner's bytes, also when
// one writer's bytes are the old page's and it would carry that over.
func TestOneWriterPerName(t *testing.T) {
	type writer struct {
		write func(name, data string) error
		data  string
	}
	var d *Dir
	write := func(name, data string) error { return d.WriteFile(name, []byte(data)) }
	stream := func(name, data string) error {
		return d.Stream(name, func(w io.Writer) error {
			_, err := io.WriteString(w, data)
			return err
		})
	}
	cases := []struct {
		file   string
		w1, w2 writer
	}{
		{"new.html", writer{write, "one"}, writer{write, "two"}},
		{"old.html", writer{write, "one"}, writer{write, "old bytes"}},
		{"new.html", writer{stream, "one"}, writer{write, "two"}},
		{"old.html", writer{stream, "old bytes"}, writer{write, "two"}},
		{"old.html", writer{stream, "one"}, writer{stream, "old bytes"}},
	}
	const rounds = 20
	nameOf := func(c, round int) string { return fmt.Sprintf("%d/%d/%s", c, round, cases[c].file) }
	dest := filepath.Join(t.TempDir(), "public")
	old := map[string]string{}
	for c := range cases {
		for i := range rounds {
			old[nameOf(c, i)] = "old bytes"
		}
	}
	publish(t, dest, old)
	d, err := Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for j, c := range cases {
		for i := range rounds {
			name := nameOf(j, i)
			var errs [2]error
			var wg sync.WaitGroup
			start := make(chan struct{})
			for k, w := range []writer{c.w1, c.w2} {
				wg.Go(func() {
					<-start
					errs[k] = w.write(name, w.data)
				})
			}
			close(start)
			wg.Wait()
			data, err := os.ReadFile(filepath.Join(d.Path(), filepath.FromSlash(name)))
			var winner string
			switch {
			case errs[0] == nil && errs[1] == nil:
				t.Fatalf("both writers of %s succeeded", name)
			case errs[0] == nil && errors.Is(errs[1], errWritten):
				winner = c.w1.data
			case errs[1] == nil && errors.Is(errs[0], errWritten):
				winner = c.w2.data
			default:
				t.Fatalf("writers of %s: %v and %v, want one to succeed and the other told it was written twice", name, errs[0], errs[1])
			}
			if err != nil || string(data) != winner {
				t.Fatalf("%s holds %q (%v), want the successful writer's %q", name, data, err, winner)
			}
		}
	}
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
