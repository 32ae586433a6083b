package main

import (
	"context"
	"fmt"
	"io"

	"broadsheet/internal/build"
)

const checkSynopsis = "[-s SITE] [--strict]"

// runCheck runs "broadsheet check": a whole build whose files are thrown
// away, so every diagnostic a build would give is reported and nothing is
// written.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check")
	site := fs.String("s", ".", "check the site in `SITE`")
	var opt build.Options
	var ro reportOptions
	fs.BoolVar(&ro.strict, "strict", false, "fail on warnings that are not ignored")
	fs.BoolVar(&ro.verbose, "v", false, "also print info diagnostics (decisions that need no attention)")
	e, status := setupSiteCommand("check", checkSynopsis, fs, site, args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	opt.Now = e.now
	res, _, diags, took := buildSite(ctx, "checking", *site, opt, ro, discard{}, e, stderr)
	if diags.HasErrors() || ctx.Err() != nil {
		fmt.Fprintf(stderr, "check failed in %s: %s\n", seconds(took), tally(diags))
		return exitErrors
	}
	fmt.Fprintf(stderr, "checked %s and %s in %s: %s\n",
		plural(res.Articles, "article"), plural(res.Pages, "page"), seconds(took), tally(diags))
	return exitOK
}

// discard is a build sink that keeps nothing.
type discard struct{}

// WriteFile implements build.Sink.
func (discard) WriteFile(string, []byte) error { return nil }
