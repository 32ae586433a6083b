package serve

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// backends are the two ways of watching; every watcher test runs on both.
var backends = []struct {
	name  string
	start func(root string) (Watcher, error)
}{
	{"notify", func(root string) (Watcher, error) { return WatchNotify(root, "public") }},
	{"poll", func(root string) (Watcher, error) { return WatchPoll(root, "public", 10*time.Millisecond) }},
}

// watched is a site folder with a running watcher and collector.
type watched struct {
	t       *testing.T
	root    string
	batches chan batch
}

// watchSite writes files into a fresh site folder, starts a watcher of the
// given backend on it and collects its events with the default quiet time.
func watchSite(t *testing.T, start func(string) (Watcher, error), files ...string) *watched {
	t.Helper()
	return watchSiteQuiet(t, start, DefaultQuiet, files...)
}

// burstQuiet is the quiet time of the burst tests. On a loaded machine the
// test's own writing loop can stall for longer than DefaultQuiet, or take
// longer than the 40 quiet periods a batch may wait, which splits the
// burst in two rebuilds (still correct, but not what the tests check); a
// longer quiet time keeps them about the collapsing itself.
const burstQuiet = 250 * time.Millisecond

func watchSiteQuiet(t *testing.T, start func(string) (Watcher, error), quiet time.Duration, files ...string) *watched {
	t.Helper()
	root := t.TempDir()
	for _, f := range files {
		writeFile(t, root, f, "initial "+f)
	}
	w, err := start(root)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ws := &watched{t: t, root: root, batches: make(chan batch)}
	done := make(chan struct{})
	go func() { collect(ctx, w, quiet, ws.batches); close(done) }()
	t.Cleanup(func() { cancel(); <-done; w.Close() })
	return ws
}

func writeFile(t *testing.T, root, rel, text string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func (ws *watched) path(rel string) string { return filepath.Join(ws.root, filepath.FromSlash(rel)) }

func (ws *watched) write(rel, text string) { ws.t.Helper(); writeFile(ws.t, ws.root, rel, text) }

// next waits for the next batch; a watcher that misses a change fails here.
func (ws *watched) next() batch {
	ws.t.Helper()
	select {
	case b := <-ws.batches:
		return b
	case <-time.After(10 * time.Second):
		ws.t.Fatal("no rebuild within 10s")
		return batch{}
	}
}

// expect waits for the next batch and checks the files it names.
func (ws *watched) expect(want ...string) {
	ws.t.Helper()
	b := ws.next()
	slices.Sort(want)
	if !slices.Equal(b.Paths, want) {
		ws.t.Fatalf("rebuild for %s, want %s", brief(b.Paths), brief(want))
	}
}

// expectAll waits for batches until together they name every file of
// want, and fails on a batch that names any other file. A change made of
// several events (a folder removed file by file, a write that truncates
// first) may be split over batches when the machine is slow; what a
// rebuild must not do is miss a file or name one that did not change.
func (ws *watched) expectAll(want ...string) {
	ws.t.Helper()
	seen := map[string]bool{}
	for {
		b := ws.next()
		for _, p := range b.Paths {
			if !slices.Contains(want, p) {
				ws.t.Fatalf("rebuild for %s, want only files of %s", brief(b.Paths), brief(want))
			}
			seen[p] = true
		}
		if len(seen) == len(want) {
			return
		}
	}
}

// brief shows a list of paths, or its size and ends when it is long.
func brief(paths []string) string {
	if len(paths) <= 6 {
		return fmt.Sprintf("%q", paths)
	}
	return fmt.Sprintf("%d files %q ... %q", len(paths), paths[:3], paths[len(paths)-3:])
}

// expectNothingBefore checks that nothing before a sentinel write caused a
// rebuild: the next batch must name the sentinel alone. It waits on the
// sentinel's event, not on a clock.
func (ws *watched) expectNothingBefore() {
	ws.t.Helper()
	ws.write("content/sentinel.txt", fmt.Sprint("sentinel ", time.Now().UnixNano()))
	ws.expect("content/sentinel.txt")
}

func TestWatchSaveStyles(t *testing.T) {
	tests := []struct {
		name string
		save func(ws *watched)
		want []string
	}{
		{"write in place", func(ws *watched) { ws.write("content/a.txt", "edited in place") }, []string{"content/a.txt"}},
		{"temp file renamed over", func(ws *watched) {
			ws.write("content/a.txt.tmp", "saved by rename")
			os.Rename(ws.path("content/a.txt.tmp"), ws.path("content/a.txt"))
		}, []string{"content/a.txt"}},
		{"vim backup dance", func(ws *watched) {
			ws.write("content/4913", "")
			os.Remove(ws.path("content/4913"))
			os.Rename(ws.path("content/a.txt"), ws.path("content/a.txt~"))
			ws.write("content/a.txt", "written by vim")
			os.Remove(ws.path("content/a.txt~"))
		}, []string{"content/a.txt"}},
		{"jetbrains safe write", func(ws *watched) {
			ws.write("content/a.txt___jb_tmp___", "safe write")
			os.Rename(ws.path("content/a.txt"), ws.path("content/a.txt___jb_old___"))
			os.Rename(ws.path("content/a.txt___jb_tmp___"), ws.path("content/a.txt"))
			os.Remove(ws.path("content/a.txt___jb_old___"))
		}, []string{"content/a.txt"}},
		{"delete then create", func(ws *watched) {
			os.Remove(ws.path("content/a.txt"))
			ws.write("content/a.txt", "recreated")
		}, []string{"content/a.txt"}},
		{"delete", func(ws *watched) { os.Remove(ws.path("content/a.txt")) }, []string{"content/a.txt"}},
		{"rename", func(ws *watched) {
			os.Rename(ws.path("content/a.txt"), ws.path("content/b.txt"))
		}, []string{"content/a.txt", "content/b.txt"}},
		{"layout, static file and config", func(ws *watched) {
			ws.write("layouts/article.html", "{{.Title}}")
			ws.write("static/site.css", "body{}")
			ws.write("site.toml", `title = "Changed"`)
		}, []string{"layouts/article.html", "site.toml", "static/site.css"}},
	}
	for _, be := range backends {
		for _, tc := range tests {
			t.Run(be.name+"/"+tc.name, func(t *testing.T) {
				ws := watchSite(t, be.start, "site.toml", "content/a.txt", "layouts/x.html", "static/x.css")
				tc.save(ws)
				ws.expect(tc.want...)
			})
		}
	}
}

func TestWatchIgnores(t *testing.T) {
	tests := []struct {
		name string
		do   func(ws *watched)
	}{
		{"chmod only", func(ws *watched) { os.Chmod(ws.path("content/a.txt"), 0o600) }},
		{"scratch files", func(ws *watched) {
			for _, name := range []string{".a.txt.swp", ".a.txt.swx", "a.txt~", ".#a.txt", "#a.txt#", "4913",
				"a.tmp", "a.txt___jb_tmp___", "a.txt___jb_old___", ".DS_Store", "a.txtc3gzwd.bck"} {
				ws.write("content/"+name, "scratch")
			}
		}},
		{"output folder", func(ws *watched) { ws.write("public/index.html", "built") }},
		{"other folders", func(ws *watched) { ws.write("notes/todo.txt", "x"); ws.write("README", "x") }},
	}
	for _, be := range backends {
		for _, tc := range tests {
			t.Run(be.name+"/"+tc.name, func(t *testing.T) {
				ws := watchSite(t, be.start, "content/a.txt")
				tc.do(ws)
				ws.expectNothingBefore()
			})
		}
	}
}

func TestWatchNewFolders(t *testing.T) {
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			ws := watchSite(t, be.start, "site.toml")
			// content/ itself is missing at start: the root's watch sees it come.
			ws.write("content/2026/03/01/a.txt", "in a new folder")
			ws.write("content/2026/03/01/b.txt", "created at once")
			ws.expect("content/2026/03/01/a.txt", "content/2026/03/01/b.txt")
			// The new folders are watched now.
			ws.write("content/2026/03/01/a.txt", "edited later")
			ws.expect("content/2026/03/01/a.txt")
			ws.write("content/2026/03/02/c.txt", "a sibling folder")
			ws.expect("content/2026/03/02/c.txt")
		})
	}
}

func TestWatchFolderRemovedAndRenamed(t *testing.T) {
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			ws := watchSite(t, be.start, "content/day/a.txt", "content/day/sub/b.txt", "content/keep.txt")
			if err := os.Rename(ws.path("content/day"), ws.path("content/moved")); err != nil {
				t.Fatal(err)
			}
			ws.expectAll("content/day/a.txt", "content/day/sub/b.txt", "content/moved/a.txt", "content/moved/sub/b.txt")
			ws.write("content/moved/sub/b.txt", "edited after the move")
			ws.expect("content/moved/sub/b.txt")
			if err := os.RemoveAll(ws.path("content/moved")); err != nil {
				t.Fatal(err)
			}
			// The write's last event may come in a batch of its own.
			ws.expectAll("content/moved/a.txt", "content/moved/sub/b.txt")
			// A folder moved in from outside the site brings its files.
			outside := t.TempDir()
			writeFile(t, outside, "x/c.txt", "moved in")
			if err := os.Rename(filepath.Join(outside, "x"), ws.path("content/x")); err != nil {
				t.Fatal(err)
			}
			ws.expect("content/x/c.txt")
		})
	}
}

func TestWatchBurstIsOneRebuild(t *testing.T) {
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			ws := watchSiteQuiet(t, be.start, burstQuiet, "site.toml")
			var want []string
			for i := range 500 {
				want = append(want, fmt.Sprintf("content/2026/03/%02d/article-%03d.txt", i%28+1, i))
			}
			for _, p := range want {
				ws.write(p, "article "+p)
			}
			ws.expect(want...)
		})
	}
}
