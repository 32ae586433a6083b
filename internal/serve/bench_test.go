package serve

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"broadsheet/internal/build"
	"broadsheet/internal/gen"
	"broadsheet/layouts"
)

// rebuildLine is the terminal line the server prints after a good rebuild.
var rebuildLine = regexp.MustCompile(`: (\d+) pages? in (\d+) ms$`)

// rebuilt is what one terminal line says about a rebuild.
type rebuilt struct {
	pages, ms int
	failed    bool
	line      string
}

// terminal turns the server's terminal lines into rebuilt values.
type terminal struct {
	mu   sync.Mutex
	part []byte
	out  chan rebuilt
}

func (t *terminal) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.part = append(t.part, p...)
	for {
		i := bytes.IndexByte(t.part, '\n')
		if i < 0 {
			return len(p), nil
		}
		line := string(t.part[:i])
		t.part = t.part[i+1:]
		if m := rebuildLine.FindStringSubmatch(line); m != nil {
			pages, _ := strconv.Atoi(m[1])
			ms, _ := strconv.Atoi(m[2])
			t.out <- rebuilt{pages: pages, ms: ms, line: line}
		} else if strings.Contains(line, "build failed") {
			t.out <- rebuilt{failed: true, line: line}
		}
	}
}

// benchSite is a generated site of n articles served by a running server.
type benchSite struct {
	root     string
	term     *terminal
	article  string // one article's path
	original map[string][]byte
	stop     func()
}

func startBenchSite(b *testing.B, n int) *benchSite {
	b.Helper()
	root := b.TempDir()
	if err := gen.Write(root, n, 1); err != nil {
		b.Fatal(err)
	}
	layout, err := fs.ReadFile(layouts.FS(), "article.html")
	if err != nil {
		b.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(root, "layouts"), 0o755); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "layouts", "article.html"), layout, 0o644); err != nil {
		b.Fatal(err)
	}
	s := &benchSite{root: root, term: &terminal{out: make(chan rebuilt, 16)}, original: map[string][]byte{}}
	var articles []string
	for name := range gen.Files(n, 1) {
		if strings.HasPrefix(name, "content/") {
			articles = append(articles, name)
		}
	}
	sort.Strings(articles)
	s.article = articles[len(articles)/2]
	for _, name := range []string{s.article, "layouts/article.html"} {
		s.original[name], _ = os.ReadFile(filepath.Join(root, name))
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	bld := build.New(os.DirFS(root), build.Options{BaseURL: SiteURL(ln.Addr(), "/"), Now: time.Date(2026, 6, 1, 0, 0, 0, 0, time.UTC)})
	srv := New(FromBuild(bld), Options{Root: root, Dest: "public", Log: s.term})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, ln) }()
	s.stop = func() { cancel(); <-done }
	first := s.wait(b)
	b.Logf("%d articles: %s", n, first.line)
	return s
}

// wait returns the next rebuild the terminal reports.
func (s *benchSite) wait(b *testing.B) rebuilt {
	select {
	case r := <-s.term.out:
		if r.failed {
			b.Fatalf("rebuild failed: %s", r.line)
		}
		return r
	case <-time.After(5 * time.Minute):
		b.Fatal("no rebuild within 5 minutes")
	}
	return rebuilt{}
}

// BenchmarkEditToLive measures the time from writing a source file to the
// end of the rebuild that publishes it (debounce included) on a generated
// site of 10,000 articles. ns/op is that time; rebuild-ms is the builder's
// part of it as the terminal reports it; pages/rebuild is how many pages
// each rebuild rendered.
func BenchmarkEditToLive(b *testing.B) {
	s := startBenchSite(b, 10000)
	defer s.stop()
	edits := []struct {
		name, file string
		edit       func(orig []byte, i int) []byte
	}{
		{"article", s.article, func(orig []byte, i int) []byte {
			return fmt.Appendf(bytes.TrimRight(orig, "\n"), " Edit number %d.\n", i)
		}},
		{"layout", "layouts/article.html", func(orig []byte, i int) []byte {
			// A visible change: html/template drops comments, and a layout
			// edit that changes no page rightly renders none.
			return bytes.Replace(orig, []byte(`<article class="article"`),
				fmt.Appendf(nil, `<p hidden>edit %d</p><article class="article"`, i), 1)
		}},
	}
	for _, e := range edits {
		if orig := s.original[e.file]; bytes.Equal(e.edit(orig, 0), orig) {
			b.Fatalf("the %s edit leaves %s as it is", e.name, e.file)
		}
	}
	round := 0
	for _, e := range edits {
		b.Run(e.name, func(b *testing.B) {
			var pages, ms int
			for b.Loop() {
				round++
				if err := os.WriteFile(filepath.Join(s.root, e.file), e.edit(s.original[e.file], round), 0o644); err != nil {
					b.Fatal(err)
				}
				r := s.wait(b)
				pages += r.pages
				ms += r.ms
			}
			b.ReportMetric(float64(pages)/float64(b.N), "pages/rebuild")
			b.ReportMetric(float64(ms)/float64(b.N), "rebuild-ms")
		})
	}
}

// stubBuilder renders nothing: each rebuild writes one page and reports a
// site of n files, so a benchmark over it measures the server alone.
type stubBuilder struct{ files []string }

func (s stubBuilder) Build(ctx context.Context, sink Sink) Result {
	for _, f := range s.files {
		sink.WriteFile(f, []byte("<!doctype html><html><body><p>"+f+"</p></body></html>"))
	}
	return Result{Files: s.files, Pages: len(s.files), Wrote: len(s.files)}
}

func (s stubBuilder) Rebuild(ctx context.Context, changed []string, sink Sink) Result {
	sink.WriteFile(s.files[0], []byte("<!doctype html><html><body><p>"+time.Now().String()+"</p></body></html>"))
	return Result{Files: s.files, Pages: 1, Wrote: 1}
}

// BenchmarkServerOverhead measures write-to-published with a builder that
// does no work, on a site of 10,000 pages: inotify delivery, the quiet
// time, the copy-on-write swap of the page map and the terminal line.
func BenchmarkServerOverhead(b *testing.B) {
	root := b.TempDir()
	files := make([]string, 10000)
	for i := range files {
		files[i] = fmt.Sprintf("2026/03/%02d/article-%05d/index.html", i%28+1, i)
	}
	if err := os.MkdirAll(filepath.Join(root, "content"), 0o755); err != nil {
		b.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	term := &terminal{out: make(chan rebuilt, 16)}
	s := &benchSite{root: root, term: term}
	srv := New(stubBuilder{files}, Options{Root: root, Dest: "public", Log: term})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, ln) }()
	defer func() { cancel(); <-done }()
	s.wait(b)
	i := 0
	for b.Loop() {
		i++
		os.WriteFile(filepath.Join(root, "content", "a.txt"), fmt.Appendf(nil, "edit %d", i), 0o644)
		s.wait(b)
	}
}

// BenchmarkPublish measures the swap after a one-article rebuild of a
// 10,000-page site: a new page map sharing all unchanged pages.
func BenchmarkPublish(b *testing.B) {
	st := newStore("/")
	files := make([]string, 10000)
	all := map[string][]byte{}
	for i := range files {
		files[i] = fmt.Sprintf("2026/03/%02d/article-%05d/index.html", i%28+1, i)
		all[files[i]] = []byte("page")
	}
	st.publish(Result{Files: files}, all)
	wrote := map[string][]byte{}
	for _, f := range files[:7] {
		wrote[f] = []byte("new page")
	}
	for b.Loop() {
		st.publish(Result{Files: files}, wrote)
	}
}

// BenchmarkInject measures what serving adds to an HTML page: the reload
// script, and the overlay while the site is broken.
func BenchmarkInject(b *testing.B) {
	page := []byte(page("Title", strings.Repeat("A paragraph of news text. ", 400)))
	for _, broken := range []bool{false, true} {
		st := &state{version: "1-1"}
		if broken {
			st.diags.Errorf("content/a.txt", 3, "something is wrong")
		}
		b.Run(fmt.Sprintf("broken=%v", broken), func(b *testing.B) {
			b.SetBytes(int64(len(page)))
			for b.Loop() {
				inject(page, st)
			}
		})
	}
}
