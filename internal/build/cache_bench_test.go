package build

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"broadsheet/internal/output"
)

// The benchmarks of the build cache time what "broadsheet build" does on
// disk, from the fresh output folder to the swap, for a generated site of
// 10,000 articles: a cold build without a cache, a build of the unchanged
// site with the cache, and a build after one article's title changed.
func BenchmarkDiskBuildCold(b *testing.B)      { benchDisk(b, false, false) }
func BenchmarkDiskBuildUnchanged(b *testing.B) { benchDisk(b, true, false) }
func BenchmarkDiskBuildRetitle(b *testing.B)   { benchDisk(b, true, true) }

func benchDisk(b *testing.B, withCache, retitle bool) {
	site := b.TempDir()
	if err := os.CopyFS(site, os.DirFS(benchSite(b, 10000))); err != nil {
		b.Fatal(err)
	}
	dest := filepath.Join(b.TempDir(), "public")
	opt := Options{Now: now, Program: "bench", Site: site}
	if withCache {
		opt.Cache = filepath.Join(site, ".broadsheet")
	}
	article := filepath.Join(site, "content", "2026", "03", "05", "edited.txt")
	os.MkdirAll(filepath.Dir(article), 0o755)
	edit := func(i int) {
		data := fmt.Appendf(nil, "date 2026-03-05\n\nAn edited headline %d\n\nBy Jane Roe | Example Wire\n\nGENEVA – The body is the same.\n", i)
		if err := os.WriteFile(article, data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	edit(0)
	if withCache {
		// As on a real site, the files are older than the build that
		// writes the cache; files written just before it are read again
		// by every build (see racyTicks).
		time.Sleep(racyTicks)
	}
	diskBuild(b, site, dest, opt)
	written, i := 0, 0
	for b.Loop() {
		if retitle {
			i++
			b.StopTimer()
			edit(i)
			b.StartTimer()
		}
		written = diskBuild(b, site, dest, opt)
	}
	b.ReportMetric(float64(written), "files-written")
}

// diskBuild builds site into dest as the build command does, and returns
// the number of files written.
func diskBuild(b *testing.B, site, dest string, opt Options) int {
	res := onDisk(b, os.DirFS(site), dest, opt)
	if res.Failed() {
		b.Fatal(diagText(res))
	}
	return res.Written
}

// onDisk builds fsys into the output folder dest as the build command
// does: a failed build leaves dest alone; a good one replaces it, or
// updates it in place when its result says it can, and saves the cache.
func onDisk(t testing.TB, fsys fs.FS, dest string, opt Options, tweak ...func(*Builder)) *Result {
	t.Helper()
	out, err := output.Begin(dest)
	if err != nil {
		t.Fatal(err)
	}
	bl := New(fsys, opt)
	for _, f := range tweak {
		f(bl)
	}
	res := bl.Build(context.Background(), out)
	if res.Failed() {
		out.Abort()
		return res
	}
	switch {
	case res.InPlace && res.Written == 0 && len(res.Removed) == 0:
		err = out.Abort()
	case res.InPlace:
		if err = out.Patch(res.Removed); err == nil {
			err = bl.SaveCache(out)
		}
	default:
		if res.Cached {
			err = out.Keep(res.Files)
		}
		if err == nil {
			err = bl.SaveCache(out)
		}
		if err == nil {
			err = out.Commit()
		}
	}
	if err != nil {
		t.Fatal(err)
	}
	return res
}
