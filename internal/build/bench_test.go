package build

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"broadsheet/internal/gen"
)

// benchSites caches generated sites on disk for the life of the test
// process: generating 10,000 articles takes longer than building them.
var benchSites sync.Map // n -> string (folder)

// benchSite returns a folder holding a generated site of n articles.
func benchSite(b *testing.B, n int) string {
	if dir, ok := benchSites.Load(n); ok {
		return dir.(string)
	}
	dir, err := os.MkdirTemp("", fmt.Sprintf("broadsheet-bench-%d-", n))
	if err != nil {
		b.Fatal(err)
	}
	if err := gen.Write(dir, n, 1); err != nil {
		b.Fatal(err)
	}
	benchSites.Store(n, dir)
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	benchSites.Range(func(_, dir any) bool {
		os.RemoveAll(dir.(string))
		return true
	})
	os.Exit(code)
}

func BenchmarkBuild1000(b *testing.B)  { benchBuild(b, 1000) }
func BenchmarkBuild10000(b *testing.B) { benchBuild(b, 10000) }

// benchBuild runs cold full builds of a generated site from disk into a
// sink that drops the files, and reports pages per second, input MB/s
// and the peak heap in use.
func benchBuild(b *testing.B, n int) {
	dir := benchSite(b, n)
	size := dirSize(b, filepath.Join(dir, "content"))
	b.SetBytes(size)
	b.ReportAllocs()
	var pages int
	peak := newPeakHeap()
	defer peak.stop()
	for b.Loop() {
		res := New(os.DirFS(dir), Options{Now: now}).Build(context.Background(), discard{})
		if res.Failed() {
			b.Fatal(diagText(res))
		}
		pages = res.Pages
	}
	b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(peak.stop())/(1<<20), "peak-heap-MiB")
}

func BenchmarkRebuildArticle(b *testing.B) {
	benchRebuild(b, "content/2026/03/05/edited.txt", func(i int) []byte {
		return fmt.Appendf(nil, "date 2026-03-05\n\nAn edited headline %d\n\nBy Jane Roe | Example Wire\n\nGENEVA – The body changed, edit %d.\n", i, i)
	})
}

func BenchmarkRebuildLayout(b *testing.B) {
	benchRebuild(b, "layouts/article.html", func(i int) []byte {
		return fmt.Appendf(nil, "{{template \"base\" .}}\n{{define \"main\"}}<article class=\"article\"><h1>{{.Page.Article.Title}}</h1><div class=\"article-body\">{{.Body}}</div></article><!-- %d -->{{end}}\n", i)
	})
}

// benchRebuild builds a 10,000-article site once, then times Rebuilds
// after rewriting the file at name, and reports the files written.
func benchRebuild(b *testing.B, name string, content func(i int) []byte) {
	src := benchSite(b, 10000)
	dir := b.TempDir()
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, filepath.FromSlash(name))
	os.MkdirAll(filepath.Dir(path), 0o755)
	write := func(i int) {
		if err := os.WriteFile(path, content(i), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	write(0)
	bl := New(os.DirFS(dir), Options{Now: now})
	if res := bl.Build(context.Background(), discard{}); res.Failed() {
		b.Fatal(diagText(res))
	}
	written, i := 0, 0
	for b.Loop() {
		i++
		b.StopTimer()
		write(i)
		b.StartTimer()
		res := bl.Rebuild(context.Background(), []string{name}, discard{})
		if res.Failed() {
			b.Fatal(diagText(res))
		}
		written = res.Written
	}
	b.ReportMetric(float64(written), "files-written")
}

// peakHeap samples the heap in use while a benchmark runs.
type peakHeap struct {
	done chan struct{}
	wg   sync.WaitGroup
	max  uint64
}

func newPeakHeap() *peakHeap {
	p := &peakHeap{done: make(chan struct{})}
	p.wg.Go(func() {
		sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			metrics.Read(sample)
			p.max = max(p.max, sample[0].Value.Uint64())
			select {
			case <-p.done:
				return
			case <-tick.C:
			}
		}
	})
	return p
}

// stop ends the sampling and returns the peak; it may be called twice.
func (p *peakHeap) stop() uint64 {
	select {
	case <-p.done:
	default:
		close(p.done)
	}
	p.wg.Wait()
	return p.max
}

// dirSize returns the bytes of the files under dir.
func dirSize(b *testing.B, dir string) int64 {
	var n int64
	filepath.WalkDir(dir, func(_ string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			fi, _ := d.Info()
			n += fi.Size()
		}
		return nil
	})
	return n
}
