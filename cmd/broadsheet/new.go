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
)

const (
	newSiteSynopsis    = "site DIR"
	newArticleSynopsis = "[-s SITE] TITLE"
)

// runNew runs "broadsheet new site" and "broadsheet new article".
func runNew(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "site":
			return runNewSite(args[1:], stdout, stderr)
		case "article":
			return runNewArticle(args[1:], stdout, stderr)
		case "-h", "-help", "--help":
			fmt.Fprintf(stdout, "usage: broadsheet new %s\n       broadsheet new article %s\n", newSiteSynopsis, newArticleSynopsis)
			return exitOK
		}
	}
	return usageError(stderr, "new needs \"site DIR\" or \"article TITLE\"")
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

// create writes f under dir, making its folders, and never replaces an
// existing file.
func create(dir string, f scaffold.File) error {
	name := filepath.Join(dir, filepath.FromSlash(f.Path))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	w, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists; not overwritten", name)
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
