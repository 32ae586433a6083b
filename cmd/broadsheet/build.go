package main

import (
	"cmp"
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"time"

	"broadsheet/internal/build"
	"broadsheet/internal/diag"
	"broadsheet/internal/output"
	"broadsheet/internal/sitefs"
)

const buildSynopsis = "[-s SITE] [-o DEST] [--cache DIR | --no-cache] [--base-url URL] [--drafts] [--future] [--strict]"

// runBuild runs "broadsheet build": the site in SITE is built into a fresh
// folder that replaces DEST only when the build has no errors.
func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build")
	site := fs.String("s", ".", "build the site in `SITE`")
	dest := fs.String("o", "", "write the site to `DEST` (default: [build] dest of site.toml, in SITE)")
	cacheDir := fs.String("cache", "", "keep the build cache in `DIR` (default: [build] cache of site.toml, or .broadsheet, in SITE)")
	noCache := fs.Bool("no-cache", false, "build everything, neither reading nor writing the build cache")
	var opt build.Options
	fs.StringVar(&opt.BaseURL, "base-url", "", "publish under `URL` instead of site.toml's base_url")
	fs.BoolVar(&opt.Drafts, "drafts", false, "publish drafts too")
	fs.BoolVar(&opt.Future, "future", false, "publish articles dated after now too")
	var ro reportOptions
	fs.BoolVar(&ro.strict, "strict", false, "fail on warnings that are not ignored")
	fs.BoolVar(&ro.verbose, "v", false, "also print info diagnostics (decisions that need no attention)")
	e, status := setupSiteCommand("build", buildSynopsis, fs, site, args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	opt.Now = e.now
	if *noCache && *cacheDir != "" {
		return usageError(stderr, "--cache and --no-cache: give one or the other")
	}
	cfg, _ := loadConfig(*site) // a broken site.toml gives the defaults; the build reports it
	if *dest == "" {
		*dest = inSite(*site, cfg.Build.Dest)
	}
	if err := checkDest(*site, *dest); err != nil {
		fmt.Fprintf(stderr, "broadsheet: %v\n", err)
		return exitErrors
	}
	if !*noCache {
		if *cacheDir == "" {
			*cacheDir = inSite(*site, cmp.Or(cfg.Build.Cache, defaultCache))
		}
		if err := setCache(&opt, *site, *dest, *cacheDir); err != nil {
			fmt.Fprintf(stderr, "broadsheet: %v\n", err)
			return exitErrors
		}
	}
	// A destination that is a symbolic link (public -> /var/www/html) is
	// written through: the folder it names is replaced, the link stays.
	real, err := resolve(*dest)
	if err != nil {
		fmt.Fprintf(stderr, "broadsheet: output %s: %v\n", *dest, err)
		return exitErrors
	}
	opt.Search = hasIndex(real)
	status = buildInto(ctx, *site, real, *dest, opt, ro, e, stderr)
	if status == exitOK && cfg.Search.Pagefind {
		if err := runPagefind(real, *dest, stderr); err != nil {
			fmt.Fprintf(stderr, "broadsheet: %v\n", err)
			return exitErrors
		}
		fmt.Fprintf(stderr, "indexed %s for search with pagefind\n", *dest)
	}
	return status
}

// buildInto builds site into the folder real and prints the diagnostics
// and a summary, which call it dest, as the user named it.
func buildInto(ctx context.Context, site, real, dest string, opt build.Options, ro reportOptions, e env, stderr io.Writer) int {
	out, err := output.Begin(real)
	if err != nil {
		fmt.Fprintf(stderr, "broadsheet: %v\n", err)
		return exitErrors
	}
	defer cleanupsOf(ctx).add(func() { out.Abort() })()
	res, b, diags, took := buildSite(ctx, "building", site, opt, ro, out, e, stderr)
	if ctx.Err() != nil {
		out.Abort()
		fmt.Fprintf(stderr, "build interrupted; %s left as it was\n", dest)
		return exitErrors
	}
	if diags.HasErrors() {
		out.Abort()
		fmt.Fprintf(stderr, "build failed in %s: %s; %s left as it was\n", seconds(took), tally(diags), dest)
		return exitErrors
	}
	if err := finish(out, real, res, b, stderr); err != nil {
		fmt.Fprintf(stderr, "broadsheet: %v\n", err)
		return exitErrors
	}
	fmt.Fprintf(stderr, "built %s from %s in %s%s: %s\n",
		plural(res.Pages, "page"), plural(res.Articles, "article"), seconds(took), reuse(res), tally(diags))
	return exitOK
}

// finish puts the output of a successful build in place and writes the
// build cache. Without a cache, or when the output folder is not as the
// cache left it, the fresh folder, with the files the build did not write
// carried over from the last output, replaces the output folder. When the
// output folder is as the cache left it, it is brought up to date in
// place: left alone when nothing changed, else given the files the build
// wrote and rid of those it no longer makes.
func finish(out *output.Dir, dest string, res *build.Result, b *build.Builder, stderr io.Writer) error {
	saveCache := func() {
		if err := b.SaveCache(out); err != nil {
			fmt.Fprintf(stderr, "broadsheet: %v; the next build starts without it\n", err)
		}
	}
	switch {
	case res.InPlace && res.Written == 0 && len(res.Removed) == 0:
		return out.Abort()
	case res.InPlace:
		if err := out.Patch(res.Removed); err != nil {
			return err
		}
		saveCache()
		return nil
	}
	if res.Cached {
		// The files the build did not write are the last build's.
		if err := out.Keep(res.Files); err != nil {
			out.Abort()
			return err
		}
	}
	// A search index made after the last build stays until the next one.
	index, err := indexFiles(dest)
	if err == nil {
		err = out.Keep(index)
	}
	if err != nil {
		out.Abort()
		return err
	}
	// The cache is written before the swap: should the swap fail, the
	// stamps of the files it names differ from those left in place, and
	// the next build makes them again.
	saveCache()
	return out.Commit()
}

// reuse says how much of the output a build with a cache made again:
// ", 3 of 120 files rebuilt", or nothing for a build without one.
func reuse(res *build.Result) string {
	if !res.Cached {
		return ""
	}
	return fmt.Sprintf(", %d of %s rebuilt", res.Written, plural(len(res.Files), "file"))
}

// setupSiteCommand parses the flags of a command that works on a site and
// takes no arguments (build, check), reads the environment and checks that
// the site (a flag, so read after parsing) is a folder. The status is
// exitProceed, or the one to exit with.
func setupSiteCommand(name, synopsis string, fs *flag.FlagSet, site *string, args []string, stdout, stderr io.Writer) (env, int) {
	rest, status := parseFlags(fs, synopsis, args, stdout, stderr)
	if status != exitProceed {
		return env{}, status
	}
	if len(rest) > 0 {
		return env{}, usageError(stderr, "%s takes no arguments, got %q", name, rest[0])
	}
	e, err := readEnv(stderr)
	if err != nil {
		return env{}, usageError(stderr, "%v", err)
	}
	if err := checkSite(*site); err != nil {
		return env{}, usageError(stderr, "%v", err)
	}
	return e, exitProceed
}

// buildSite runs one build into sink, with a progress line saying what it
// is doing on terminals, prints its diagnostics as settle leaves them
// (coded, ignored ones dropped, raised under --strict), and returns the
// result, the Builder, those diagnostics and the time it took. The build
// itself is never strict: which warnings count is only known once codes
// are given.
func buildSite(ctx context.Context, doing, site string, opt build.Options, ro reportOptions, sink build.Sink, e env, stderr io.Writer) (*build.Result, *build.Builder, diag.List, time.Duration) {
	start := time.Now()
	stopProgress := func() {}
	if e.progress {
		sink, stopProgress = startProgress(stderr, doing, sink, start)
	}
	opt.Quiet = !ro.verbose // settle would drop the infos
	res, b := buildFolder(ctx, site, opt, sink)
	// The placeholder's page is in the output only when an article with
	// the placeholder byline is published, whether this build wrote the
	// page or a build cache kept it.
	if _, ok := slices.BinarySearch(res.Files, placeholderPage); ok {
		res.Diags.Append(placeholderDiags(site, opt.Drafts))
	}
	diags := settle(site, res.Diags, ro)
	took := time.Since(start)
	stopProgress() // before the diagnostics, which share the terminal
	printDiags(stderr, diags, site, e)
	return res, b, diags, took
}

// buildFolder builds the site folder dir, read through sitefs so nothing
// outside it is published. The Builder is nil when the folder cannot be
// read.
func buildFolder(ctx context.Context, dir string, opt build.Options, sink build.Sink) (*build.Result, *build.Builder) {
	fsys, err := sitefs.Open(dir)
	if err != nil {
		res := &build.Result{}
		res.Diags.AddCode(".", 0, diag.Error, "read-failed", "reading the site: %v", err)
		return res, nil
	}
	defer fsys.Close()
	b := build.New(fsys, opt)
	return b.Build(ctx, sink), b
}

// inSite returns the path p of site.toml, which is relative to the site.
func inSite(site, p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(site, p)
}

// seconds formats a duration as "0.21s".
func seconds(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}
