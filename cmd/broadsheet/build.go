package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"time"

	"broadsheet/internal/build"
	"broadsheet/internal/diag"
	"broadsheet/internal/output"
	"broadsheet/internal/sitefs"
)

const buildSynopsis = "[-s SITE] [-o DEST] [--base-url URL] [--drafts] [--future] [--strict]"

// runBuild runs "broadsheet build": the site in SITE is built into a fresh
// folder that replaces DEST only when the build has no errors.
func runBuild(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build")
	site := fs.String("s", ".", "build the site in `SITE`")
	dest := fs.String("o", "", "write the site to `DEST` (default: [build] dest of site.toml, in SITE)")
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
	if *dest == "" {
		*dest = defaultDest(*site)
	}
	if err := checkDest(*site, *dest); err != nil {
		fmt.Fprintf(stderr, "broadsheet: %v\n", err)
		return exitErrors
	}
	// A destination that is a symbolic link (public -> /var/www/html) is
	// written through: the folder it names is replaced, the link stays.
	real, err := resolve(*dest)
	if err != nil {
		fmt.Fprintf(stderr, "broadsheet: output %s: %v\n", *dest, err)
		return exitErrors
	}
	return buildInto(ctx, *site, real, *dest, opt, ro, e, stderr)
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
	res, diags, took := buildSite(ctx, "building", site, opt, ro, out, e, stderr)
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
	if err := out.Commit(); err != nil {
		fmt.Fprintf(stderr, "broadsheet: %v\n", err)
		return exitErrors
	}
	fmt.Fprintf(stderr, "built %s from %s in %s: %s\n",
		plural(res.Pages, "page"), plural(res.Articles, "article"), seconds(took), tally(diags))
	return exitOK
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
// result, those diagnostics and the time it took. The build itself is
// never strict: which warnings count is only known once codes are given.
func buildSite(ctx context.Context, doing, site string, opt build.Options, ro reportOptions, sink build.Sink, e env, stderr io.Writer) (*build.Result, diag.List, time.Duration) {
	start := time.Now()
	stopProgress := func() {}
	watch := &placeholderSink{Sink: sink}
	sink = watch
	if e.progress {
		sink, stopProgress = startProgress(stderr, doing, sink, start)
	}
	res := buildFolder(ctx, site, opt, sink)
	if watch.seen.Load() {
		res.Diags.Append(placeholderDiags(site, opt.Drafts))
	}
	diags := settle(site, res.Diags, ro)
	took := time.Since(start)
	stopProgress() // before the diagnostics, which share the terminal
	printDiags(stderr, diags, site, e)
	return res, diags, took
}

// buildFolder builds the site folder dir, read through sitefs so nothing
// outside it is published.
func buildFolder(ctx context.Context, dir string, opt build.Options, sink build.Sink) *build.Result {
	fsys, err := sitefs.Open(dir)
	if err != nil {
		res := &build.Result{}
		res.Diags.AddCode(".", 0, diag.Error, "read-failed", "reading the site: %v", err)
		return res
	}
	defer fsys.Close()
	return build.New(fsys, opt).Build(ctx, sink)
}

// defaultDest is [build] dest of the site's configuration, relative to the
// site. A broken site.toml gives the default; the build reports its errors.
func defaultDest(site string) string {
	cfg, _ := loadConfig(site)
	if filepath.IsAbs(cfg.Build.Dest) {
		return cfg.Build.Dest
	}
	return filepath.Join(site, cfg.Build.Dest)
}

// seconds formats a duration as "0.21s".
func seconds(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}
