package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"broadsheet/internal/article"
)

const explainSynopsis = "[-s SITE] FILE..."

// runExplain runs "broadsheet explain": for each plain-text FILE, every
// block of the input with its line range, the part the parser chose, the
// evidence, and the part that came closest, then the fields it filled
// and its diagnostics. It shows why an article came out as it did.
func runExplain(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("explain")
	siteDir := fs.String("s", ".", "read outlets and time zone from `SITE`/site.toml when there is one")
	files, status := parseFlags(fs, explainSynopsis, args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	if len(files) == 0 {
		return usageError(stderr, "explain needs a FILE")
	}
	e, err := readEnv(stderr)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	opt, diags := siteOptions(*siteDir)
	printDiags(stderr, diags, ".", e)
	failed := false
	for i, file := range files {
		if ctx.Err() != nil {
			return exitErrors
		}
		if i > 0 {
			fmt.Fprintln(stdout)
		}
		failed = explainFile(stdout, file, opt) || failed
	}
	if failed {
		return exitErrors
	}
	return exitOK
}

// explainFile prints the explanation of one file and reports whether it
// has errors.
func explainFile(w io.Writer, file string, opt article.Options) bool {
	name := filepath.ToSlash(file)
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(w, "%s:0: error: cannot read: %v\n", name, unwrapPath(err))
		return true
	}
	a, blocks, diags := article.Explain(name, src, opt)
	fmt.Fprintf(w, "== %s\n\nlines   part\n", name)
	for _, b := range blocks {
		fmt.Fprintln(w, b)
	}
	fmt.Fprintln(w, "\nfields")
	for _, f := range explainFields(a) {
		if f[1] != "" {
			fmt.Fprintf(w, "  %-12s %s\n", f[0], f[1])
		}
	}
	fmt.Fprintf(w, "  %-12s %d\n", "paragraphs", len(a.Paragraphs))
	if len(diags) > 0 {
		fmt.Fprintln(w, "\ndiagnostics")
		for _, d := range diags {
			fmt.Fprintf(w, "  %s\n", d)
		}
	}
	return diags.HasErrors()
}

// explainFields lists the article's front-matter fields in the spec's
// order, with their values quoted.
func explainFields(a *article.Article) [][2]string {
	q := func(s string) string {
		if s == "" {
			return ""
		}
		return fmt.Sprintf("%q", s)
	}
	date := ""
	if !a.Date.IsZero() {
		date = a.Date.Format("2006-01-02 15:04 -0700")
		if a.DateOnly {
			date = a.Date.Format("2006-01-02")
		}
	}
	title := q(a.Title)
	if a.TitleDerived {
		title += " (derived)"
	}
	authors := ""
	if len(a.Authors) > 0 {
		authors = strings.Trim(fmt.Sprintf("%q", a.Authors), "[]")
	}
	return [][2]string{
		{"title", title}, {"date", date}, {"authors", authors}, {"outlet", q(a.Outlet)},
		{"dateline", q(a.Dateline)}, {"caption", q(a.Caption)}, {"credit", q(a.Credit)},
		{"summary", q(a.Summary)}, {"attribution", q(a.Attribution)},
	}
}
