package build

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"broadsheet/internal/build/cache"
	"broadsheet/internal/build/key"
	"broadsheet/internal/diag"
)

// keepSink is a memSink that keeps the last output, as output.Dir does:
// what a build does not write stays as it was. A file's stamp is the hash
// of its bytes, so a file changed by hand has another; a folder's is the
// hash of the names in it.
type keepSink struct{ *memSink }

func (k keepSink) Stamp(name string) (uint64, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if data, ok := k.files[name]; ok {
		return key.Sum64(data) | 1, true
	}
	prefix := name + "/"
	if name == "." {
		prefix = ""
	}
	var in []string
	for f := range k.files {
		if rest, ok := strings.CutPrefix(f, prefix); ok {
			first, _, _ := strings.Cut(rest, "/")
			in = append(in, first)
		}
	}
	if len(in) == 0 {
		return 0, false
	}
	slices.Sort(in)
	return key.Sum64([]byte(strings.Join(slices.Compact(in), "\n"))) | 1, true
}

// settle makes k what the output holds after the successful build res,
// as the build command does: in place when res says it can, else the
// written files and the rest carried over.
func (k keepSink) settle(res *Result) {
	if !res.InPlace {
		k.apply(res)
		return
	}
	for _, name := range res.Removed {
		delete(k.files, name)
	}
}

// cached runs a full build of fsys with the cache folder dir by a fresh
// Builder, as a new process would, into out, and saves the cache.
func cached(t *testing.T, fsys fstest.MapFS, dir string, out keepSink, opt Options) *Result {
	t.Helper()
	opt.Now, opt.Workers, opt.Cache = now, 2, dir
	if opt.Program == "" {
		opt.Program = "test"
	}
	if opt.Site == "" {
		opt.Site = "/site"
	}
	b := New(fsys, opt)
	res := b.Build(context.Background(), out)
	if res.Failed() {
		t.Fatalf("build failed:\n%s", diagText(res))
	}
	out.settle(res)
	if err := b.SaveCache(out); err != nil {
		t.Fatal(err)
	}
	return res
}

// cold builds fsys from scratch, without a cache.
func cold(t *testing.T, fsys fstest.MapFS) (*memSink, *Result) {
	t.Helper()
	sink := newMemSink()
	res := New(maps.Clone(fsys), Options{Now: now, Workers: 2}).Build(context.Background(), sink)
	return sink, res
}

// TestCacheUnchangedSite checks that a build with the cache of the same
// site writes nothing and leaves the output a cold build makes.
func TestCacheUnchangedSite(t *testing.T) {
	fsys := genFS(200, 3)
	fsys["content/notes/hand.md"] = file(mdArticle("Hand-written note", "2026-01-20", "Jane Roe", "The Example Times"))
	dir := t.TempDir()
	out := keepSink{newMemSink()}
	first := cached(t, fsys, dir, out, Options{})
	if first.Cached || first.Written != len(first.Files) {
		t.Fatalf("a build without a cache file wrote %d of %d files, cached=%v", first.Written, len(first.Files), first.Cached)
	}
	again := cached(t, fsys, dir, out, Options{})
	if !again.Cached || !again.InPlace || again.Written != 0 {
		t.Errorf("a build of an unchanged site wrote %d files, cached=%v, in place=%v: %v", again.Written, again.Cached, again.InPlace, again.Changed)
	}
	want, wantRes := cold(t, fsys)
	sameFiles(t, out.files, want.files)
	if got, want := fmt.Sprint(again.Diags), fmt.Sprint(wantRes.Diags); got != want {
		t.Errorf("diagnostics differ from a cold build:\n got %s\nwant %s", got, want)
	}
}

// TestCacheEditOneArticle checks that after a retitle a build with the
// cache writes exactly the files whose bytes change.
func TestCacheEditOneArticle(t *testing.T) {
	fsys := genFS(300, 5)
	p := "content/notes/one.md"
	fsys[p] = file(mdArticle("One more", "2026-01-07", "Jane Roe", "The Example Times"))
	dir := t.TempDir()
	out := keepSink{newMemSink()}
	first := cached(t, fsys, dir, out, Options{})
	before := maps.Clone(out.files)
	fsys[p] = file(mdArticle("One more, retitled", "2026-01-07", "Jane Roe", "The Example Times"))
	res := cached(t, fsys, dir, out, Options{})
	if !res.InPlace {
		t.Errorf("the output the cache left is not updated in place")
	}
	want, _ := cold(t, fsys)
	sameFiles(t, out.files, want.files)
	var differ []string
	for name, data := range want.files {
		if string(before[name]) != string(data) {
			differ = append(differ, name)
		}
	}
	slices.Sort(differ)
	if !slices.Equal(res.Changed, differ) {
		t.Errorf("a retitle wrote\n%v\nwhere these files changed:\n%v", res.Changed, differ)
	}
	if res.Written*10 > len(first.Files) {
		t.Errorf("a retitle wrote %d of %d files", res.Written, len(first.Files))
	}
}

// TestCacheRandomEdits makes random edits, builds each time with a fresh
// Builder and the cache, and compares the output with a cold build's.
func TestCacheRandomEdits(t *testing.T) {
	steps := 20
	if testing.Short() {
		steps = 8
	}
	for _, mode := range []string{"default", "wide", "reach"} {
		t.Run(mode, func(t *testing.T) {
			n := 30
			if mode == "reach" {
				n = 90
			}
			e := newEditor(7, n)
			switch mode {
			case "wide":
				wideLayouts(e.fsys)
			case "reach":
				reachLayout(e.fsys)
			}
			dir := t.TempDir()
			out := keepSink{newMemSink()}
			cached(t, e.fsys, dir, out, Options{})
			configEdited := false // since the cache was last written
			for i := range steps {
				what, changed := e.step()
				configEdited = configEdited || what == "config"
				step := fmt.Sprintf("step %d (%s %v)", i, what, changed)
				b := New(e.fsys, Options{Now: now, Workers: 2, Cache: dir, Program: "test", Site: "/site"})
				before := maps.Clone(out.files)
				res := b.Build(context.Background(), out)
				if res.Failed() {
					out.files = before
				} else {
					out.settle(res)
					if err := b.SaveCache(out); err != nil {
						t.Fatal(err)
					}
				}
				// A new site.toml makes the cache another configuration's.
				var notes diag.List
				res.Diags, notes = splitNotes(res.Diags)
				if len(notes) > 0 && !configEdited {
					t.Errorf("%s: the cache was ignored: %v", step, notes)
				}
				if !res.Failed() {
					configEdited = false
				}
				compareFresh(t, step, e.fsys, res, out.memSink)
				if t.Failed() {
					return
				}
			}
		})
	}
}

// TestCacheOnDisk is TestCacheRandomEdits with the output on disk, as the
// build command writes it: replaced, or updated in place, with the stamps
// of real files.
func TestCacheOnDisk(t *testing.T) {
	steps := 15
	if testing.Short() {
		steps = 6
	}
	e := newEditor(11, 40)
	wideLayouts(e.fsys)
	dest := filepath.Join(t.TempDir(), "public")
	opt := Options{Now: now, Workers: 2, Cache: filepath.Join(t.TempDir(), "cache"), Program: "test", Site: "/site"}
	onDisk(t, e.fsys, dest, opt)
	inPlace := 0
	for i := range steps {
		what, changed := e.step()
		step := fmt.Sprintf("step %d (%s %v)", i, what, changed)
		if i%7 == 6 {
			// Now and then a file of the output changed by hand.
			if err := os.WriteFile(filepath.Join(dest, "index.html"), []byte("by hand"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		res := onDisk(t, e.fsys, dest, opt)
		if res.InPlace {
			inPlace++
		}
		res.Diags, _ = splitNotes(res.Diags)
		got := &memSink{files: map[string][]byte{}}
		err := filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := os.ReadFile(p)
			rel, _ := filepath.Rel(dest, p)
			got.files[filepath.ToSlash(rel)] = data
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
		if res.Failed() {
			continue // the output is the last good one, which the next good build compares
		}
		compareFresh(t, step, e.fsys, res, got)
		if t.Failed() {
			return
		}
	}
	if inPlace == 0 {
		t.Errorf("no build of %d updated the output in place", steps)
	}
}

// TestCacheOutputChangedByHand checks that a file of the output that was
// changed or removed since the cache was written is made again.
func TestCacheOutputChangedByHand(t *testing.T) {
	fsys := genFS(50, 2)
	dir := t.TempDir()
	out := keepSink{newMemSink()}
	cached(t, fsys, dir, out, Options{})
	out.files["index.html"] = []byte("edited by hand")
	res := cached(t, fsys, dir, out, Options{})
	if !slices.Equal(res.Changed, []string{"index.html"}) || !res.InPlace {
		t.Errorf("wrote %v (in place %v), want the file changed by hand, in place", res.Changed, res.InPlace)
	}
	want, _ := cold(t, fsys)
	sameFiles(t, out.files, want.files)

	// A file removed or added by hand changes its folder: the output is
	// made afresh, with the removed file written again.
	delete(out.files, "feed.xml")
	out.files["extra.html"] = []byte("added by hand")
	res = cached(t, fsys, dir, out, Options{})
	if !slices.Equal(res.Changed, []string{"feed.xml"}) || res.InPlace {
		t.Errorf("wrote %v (in place %v), want the file removed by hand, not in place", res.Changed, res.InPlace)
	}
	sameFiles(t, out.files, want.files)
}

// TestCacheIgnored checks that a cache that is corrupt, truncated, of
// another program, site folder or configuration is ignored with a note,
// and the build is the cold one.
func TestCacheIgnored(t *testing.T) {
	fsys := genFS(40, 4)
	want, _ := cold(t, fsys)
	cases := []struct {
		name   string
		spoil  func(t *testing.T, file string, opt *Options)
		reason string
	}{
		{"truncated", func(t *testing.T, file string, _ *Options) { truncate(t, file, 2) }, "truncated"},
		{"short", func(t *testing.T, file string, _ *Options) { truncate(t, file, 20) }, "truncated"},
		{"garbage", func(t *testing.T, file string, _ *Options) { write(t, file, []byte("\x00\xffnot a cache at all")) }, "corrupt: not a build cache file"},
		{"flipped byte", func(t *testing.T, file string, _ *Options) { flip(t, file) }, "checksum"},
		{"another format", func(t *testing.T, file string, _ *Options) {
			write(t, file, []byte("broadsheet build cache 0\nwhatever"))
		}, "another version"},
		{"another program", func(t *testing.T, _ string, opt *Options) { opt.Program = "other" }, "another version"},
		{"another site", func(t *testing.T, _ string, opt *Options) { opt.Site = "/elsewhere" }, "another site folder"},
		{"another configuration", func(t *testing.T, _ string, opt *Options) { opt.BaseURL = "https://example.com/x/" }, "another configuration"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := maps.Clone(fsys)
			dir := t.TempDir()
			out := keepSink{newMemSink()}
			cached(t, fsys, dir, out, Options{})
			var opt Options
			c.spoil(t, filepath.Join(dir, cache.FileName), &opt)
			res := cached(t, fsys, dir, out, opt)
			_, notes := splitNotes(res.Diags)
			if len(notes) != 1 || notes[0].Severity != diag.Info || !strings.Contains(notes[0].Msg, c.reason) {
				t.Fatalf("want one info note saying %q, got %v", c.reason, res.Diags)
			}
			if res.Cached || res.Written != len(res.Files) {
				t.Errorf("a build with an ignored cache wrote %d of %d files, cached=%v", res.Written, len(res.Files), res.Cached)
			}
			if opt.BaseURL == "" {
				sameFiles(t, out.files, want.files)
			}
			// The build wrote a good cache, which the next one uses.
			if res := cached(t, fsys, dir, out, opt); !res.Cached || res.Written != 0 {
				t.Errorf("the build after it wrote %d files, cached=%v", res.Written, res.Cached)
			}
		})
	}
}

// TestCacheNeedsKeeper checks that a build into a sink that cannot keep
// the last output writes every file, cache or not.
func TestCacheNeedsKeeper(t *testing.T) {
	fsys := genFS(20, 1)
	dir := t.TempDir()
	cached(t, fsys, dir, keepSink{newMemSink()}, Options{})
	sink := newMemSink()
	res := New(fsys, Options{Now: now, Cache: dir, Program: "test", Site: "/site"}).Build(context.Background(), sink)
	if res.Failed() || res.Cached || res.Written != len(res.Files) {
		t.Errorf("wrote %d of %d files, cached=%v", res.Written, len(res.Files), res.Cached)
	}
}

// splitNotes separates the notes of an ignored cache from the rest.
func splitNotes(l diag.List) (rest, notes diag.List) {
	for _, d := range l {
		if d.Code == "cache-ignored" {
			notes = append(notes, d)
		} else {
			rest = append(rest, d)
		}
	}
	return rest, notes
}

func truncate(t *testing.T, file string, by int) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	write(t, file, data[:len(data)-by])
}

func flip(t *testing.T, file string) {
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	data[len(data)/2] ^= 0x20
	write(t, file, data)
}

func write(t *testing.T, file string, data []byte) {
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// countFS records the articles a build opens.
type countFS struct {
	fs.FS
	mu     sync.Mutex
	opened []string
}

func (c *countFS) Open(name string) (fs.File, error) {
	if strings.HasPrefix(name, contentDir+"/") && isArticle(name) {
		c.mu.Lock()
		c.opened = append(c.opened, name)
		c.mu.Unlock()
	}
	return c.FS.Open(name)
}

func (c *countFS) Stat(name string) (fs.FileInfo, error) { return fs.Stat(c.FS, name) }

// TestCacheStat builds a site on disk with the cache: a content file
// whose stat is as the cache recorded it is not read again, unless it
// last changed so close to the build that wrote the cache that it may
// have changed again within one tick of the file system's clock; an
// edited file is read and shows.
func TestCacheStat(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the build reads every file where it has no stat fingerprint")
	}
	site := t.TempDir()
	if err := os.CopyFS(site, genFS(20, 3)); err != nil {
		t.Fatal(err)
	}
	dest := filepath.Join(t.TempDir(), "public")
	opt := Options{Now: now, Cache: filepath.Join(t.TempDir(), "cache"), Program: "test", Site: site}
	build := func(racy int64) (*Result, []string) {
		t.Helper()
		fsys := &countFS{FS: os.DirFS(site)}
		res := onDisk(t, fsys, dest, opt, func(b *Builder) { b.racy = racy })
		if res.Failed() {
			t.Fatal(diagText(res))
		}
		return res, fsys.opened
	}
	build(racyTicks)
	if _, opened := build(racyTicks); len(opened) != 20 {
		t.Errorf("files written just before the cache: %d of 20 read again, want all", len(opened))
	}
	// As if the files had last changed long before the cache was written.
	old := -int64(time.Hour)
	if _, opened := build(old); len(opened) != 0 {
		t.Errorf("unchanged site: read %v, want none", opened)
	}
	names, err := fs.Glob(os.DirFS(site), "content/*.txt")
	if err != nil || len(names) == 0 {
		t.Fatal(names, err)
	}
	file := filepath.Join(site, names[0])
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	edited := bytes.Replace(data, []byte("\n\n"), []byte("\n\nAn edited first paragraph.\n\n"), 1)
	write(t, file, edited)
	// The feeds carry whole articles, so their bodies are read: only the
	// edited file must be read before the model is made.
	res, opened := build(old)
	if !slices.Contains(opened, names[0]) {
		t.Errorf("the edited %s was not read (read %v)", names[0], opened)
	}
	if res.Written == 0 {
		t.Error("the edit wrote no file")
	}
	found := false
	filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := os.ReadFile(p)
			found = found || bytes.Contains(b, []byte("An edited first paragraph."))
		}
		return nil
	})
	if !found {
		t.Error("the edit is not in the output")
	}
}

// TestQuietKeepsInfosInCache checks that a quiet build leaves only the
// infos out of its Result, and that a build with its cache that is not
// quiet reports them again: the cache was not made from the Result.
func TestQuietKeepsInfosInCache(t *testing.T) {
	fsys := genFS(200, 3)
	fsys["content/notes/slug.md"] = file("+++\ntitle = \"A note\"\ndate = 2026-01-21\nslug = \"Not A Slug\"\n+++\n\nA note.\n")
	split := func(l diag.List) (infos int, others string) {
		for _, d := range l {
			if d.IsInfo() {
				infos++
			} else {
				others += d.String() + "\n"
			}
		}
		return infos, others
	}
	_, loud := cold(t, fsys)
	infos, others := split(loud.Diags)
	if infos == 0 || others == "" {
		t.Fatalf("the site has %d infos and warnings %q; the test needs both", infos, others)
	}
	dir := t.TempDir()
	out := keepSink{newMemSink()}
	quiet := cached(t, fsys, dir, out, Options{Quiet: true})
	if n, got := split(quiet.Diags); n != 0 || got != others {
		t.Errorf("quiet build: %d infos and warnings\n%s\nwant none and\n%s", n, got, others)
	}
	again := cached(t, fsys, dir, out, Options{})
	if !again.Cached {
		t.Fatalf("the second build did not use the cache")
	}
	if n, got := split(again.Diags); n != infos || got != others {
		t.Errorf("build with a quiet build's cache: %d infos, want %d; warnings\n%s\nwant\n%s", n, infos, got, others)
	}
}
