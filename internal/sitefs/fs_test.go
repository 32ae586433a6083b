package sitefs

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// site makes a site folder with a file inside and one outside it.
func site(t *testing.T) (dir, outside string) {
	t.Helper()
	top := t.TempDir()
	dir = filepath.Join(top, "site")
	outside = filepath.Join(top, "secret.txt")
	must(t, os.MkdirAll(filepath.Join(dir, "content"), 0o755))
	must(t, os.WriteFile(filepath.Join(dir, "content", "a.txt"), []byte("inside"), 0o644))
	must(t, os.WriteFile(outside, []byte("secret"), 0o644))
	return dir, outside
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func open(t *testing.T, dir string) *FS {
	t.Helper()
	f, err := Open(dir)
	must(t, err)
	t.Cleanup(func() { f.Close() })
	return f
}

func TestLinkInsideIsRead(t *testing.T) {
	dir, _ := site(t)
	must(t, os.Symlink("a.txt", filepath.Join(dir, "content", "b.txt")))
	got, err := fs.ReadFile(open(t, dir), "content/b.txt")
	if err != nil || string(got) != "inside" {
		t.Fatalf("got %q, %v; want the linked file", got, err)
	}
}

func TestLinkOutsideIsRefused(t *testing.T) {
	for _, abs := range []bool{true, false} {
		dir, outside := site(t)
		target := outside
		if !abs {
			target = "../../secret.txt"
		}
		must(t, os.Symlink(target, filepath.Join(dir, "content", "x.txt")))
		f := open(t, dir)
		_, err := fs.ReadFile(f, "content/x.txt")
		var le *LinkError
		if !errors.As(err, &le) || le.Link != "content/x.txt" || le.Target != target {
			t.Fatalf("abs=%v: got %v; want a LinkError naming content/x.txt -> %s", abs, err, target)
		}
		if _, err := fs.Stat(f, "content/x.txt"); !errors.As(err, &le) {
			t.Errorf("Stat: got %v, want a LinkError", err)
		}
		got, err := fs.ReadFile(f.FollowLinks(), "content/x.txt")
		if err != nil || string(got) != "secret" {
			t.Errorf("FollowLinks: got %q, %v; want the linked file", got, err)
		}
	}
}

func TestFolderLinkOutsideIsRefused(t *testing.T) {
	dir, outside := site(t)
	must(t, os.Symlink(filepath.Dir(outside), filepath.Join(dir, "static")))
	_, err := fs.ReadFile(open(t, dir), "static/secret.txt")
	var le *LinkError
	if !errors.As(err, &le) || le.Link != "static" {
		t.Fatalf("got %v; want a LinkError naming static", err)
	}
}

func TestWalkSeesLinksAsLinks(t *testing.T) {
	dir, outside := site(t)
	must(t, os.Symlink(filepath.Dir(outside), filepath.Join(dir, "content", "ssl")))
	var seen []string
	must(t, fs.WalkDir(open(t, dir), "content", func(p string, d fs.DirEntry, err error) error {
		must(t, err)
		seen = append(seen, p)
		return nil
	}))
	if len(seen) != 3 { // content, content/a.txt, content/ssl (not walked into)
		t.Fatalf("walked %q", seen)
	}
}
