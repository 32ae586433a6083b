package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"broadsheet/internal/scaffold"
	"broadsheet/internal/suggest"
)

const (
	newSiteSynopsis    = "site DIR"
	newArticleSynopsis = "[-s SITE] TITLE"
	newLayoutsSynopsis = "[-s SITE]"
)

// runNew runs "broadsheet new site" and "broadsheet new article".
func runNew(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "site":
			return runNewSite(args[1:], stdout, stderr)
		case "article":
			return runNewArticle(args[1:], stdout, stderr)
		case "layouts":
			return runNewLayouts(args[1:], stdout, stderr)
		case "-h", "-help", "--help":
			fmt.Fprintf(stdout, "usage: broadsheet new %s\n       broadsheet new article %s\n       broadsheet new layouts %s\n",
				newSiteSynopsis, newArticleSynopsis, newLayoutsSynopsis)
			return exitOK
		}
	}
	if len(args) > 0 {
		if near := suggest.Nearest(args[0], []string{"site", "article", "layouts"}); near != "" {
			return usageError(stderr, "new %q is not something new can make; did you mean \"new %s\"?", args[0], near)
		}
	}
	return usageError(stderr, "new needs \"site DIR\", \"article TITLE\" or \"layouts\"")
}

// runNewLayouts copies the default layouts into the site's layouts/, to
// start a theme from. A file that is there already is kept, so running it
// again after an upgrade adds only what is new.
func runNewLayouts(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new layouts")
	siteDir := fs.String("s", ".", "copy the layouts into the site in `SITE`")
	rest, status := parseFlags(fs, newLayoutsSynopsis, args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	if len(rest) > 0 {
		return usageError(stderr, "new layouts takes no arguments, got %q", rest[0])
	}
	if _, err := os.Stat(filepath.Join(*siteDir, "site.toml")); err != nil {
		fmt.Fprintf(stderr, "broadsheet: new layouts: no site.toml in %s: run it in a site's folder or give -s SITE\n", *siteDir)
		return exitErrors
	}
	files, err := scaffold.Layouts()
	if err != nil {
		fmt.Fprintf(stderr, "broadsheet: new layouts: %v\n", err)
		return exitErrors
	}
	return copyLayouts(*siteDir, files, stdout, stderr)
}

// copyLayouts writes each file that the site does not have yet, printing
// its path, and names the ones it kept.
func copyLayouts(site string, files []scaffold.File, stdout, stderr io.Writer) int {
	for _, f := range files {
		name := filepath.Join(site, filepath.FromSlash(f.Path))
		err := create(site, f)
		switch {
		case errors.Is(err, errExists):
			fmt.Fprintf(stderr, "kept %s: it exists\n", name)
		case err != nil:
			fmt.Fprintf(stderr, "broadsheet: new layouts: %v\n", err)
			return exitErrors
		default:
			fmt.Fprintln(stdout, name)
		}
	}
	fmt.Fprintln(stderr, "each layout opens with a comment saying what data it gets; layouts/README.md in broadsheet's repository is the reference")
	return exitOK
}

// runNewSite writes a new site into DIR, which must be empty or absent.
func runNewSite(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new site")
	rest, status := parseFlags(fs, "DIR", args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	if len(rest) != 1 {
		return usageError(stderr, "new site needs one DIR")
	}
	e, err := readEnv(stderr)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	dir := rest[0]
	if err := checkEmpty(dir); err != nil {
		fmt.Fprintf(stderr, "broadsheet: %v\n", err)
		return exitErrors
	}
	abs, _ := filepath.Abs(dir) // names "." after the folder it is
	for _, f := range scaffold.Site(filepath.Base(abs), e.now.UTC()) {
		if err := create(dir, f); err != nil {
			fmt.Fprintf(stderr, "broadsheet: %v\n", err)
			return exitErrors
		}
	}
	fmt.Fprintf(stdout, "created a new site in %s\nbuild it with: broadsheet build -s %s\n", dir, dir)
	return exitOK
}

// checkEmpty refuses a DIR that holds anything, so "new site" never mixes
// its files with someone else's.
func checkEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("new site: %w", err)
	case len(entries) > 0:
		return fmt.Errorf("new site: %s is not empty", dir)
	}
	return nil
}

// runNewArticle writes the skeleton of an article dated today, in the
// site's time zone, and prints its path. The words of TITLE may be given
// unquoted.
func runNewArticle(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new article")
	siteDir := fs.String("s", ".", "create the article in the site in `SITE`")
	rest, status := parseFlags(fs, newArticleSynopsis, args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	if len(rest) == 0 {
		return usageError(stderr, "new article needs a TITLE")
	}
	e, err := readEnv(stderr)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	return newArticle(*siteDir, strings.Join(rest, " "), e, stdout, stderr)
}

// newArticle does the work of runNewArticle once the arguments are known.
func newArticle(site, title string, e env, stdout, stderr io.Writer) int {
	if _, err := os.Stat(filepath.Join(site, "site.toml")); err != nil {
		fmt.Fprintf(stderr, "broadsheet: new article: no site.toml in %s: run it in a site's folder, give -s SITE, or start a site with \"broadsheet new site DIR\"\n", site)
		return exitErrors
	}
	cfg, diags := loadConfig(site)
	printDiags(stderr, diags, site, e)
	if diags.HasErrors() {
		return exitErrors
	}
	f, err := scaffold.Article(title, e.now.In(cfg.Location))
	if err == nil {
		err = create(site, f)
	}
	if err != nil {
		fmt.Fprintf(stderr, "broadsheet: new article: %v\n", err)
		return exitErrors
	}
	fmt.Fprintln(stdout, filepath.Join(site, filepath.FromSlash(f.Path)))
	return exitOK
}

// errExists marks a file that create would not replace.
var errExists = errors.New("already exists")

// create writes f under dir, making its folders, and never replaces an
// existing file.
func create(dir string, f scaffold.File) error {
	name := filepath.Join(dir, filepath.FromSlash(f.Path))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	w, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s %w; not overwritten", name, errExists)
	}
	if err != nil {
		return err
	}
	if _, err := w.Write(f.Data); err != nil {
		w.Close()
		return fmt.Errorf("%s: %w", name, err)
	}
	return w.Close()
}
