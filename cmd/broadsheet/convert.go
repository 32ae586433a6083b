package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"broadsheet/internal/article"
	"broadsheet/internal/diag"
	"broadsheet/internal/markdown"
)

const convertSynopsis = "[-s SITE] [-o DIR [-f]] FILE..."

// runConvert runs "broadsheet convert": plain text to Markdown, printed
// for one FILE, or written as DIR/NAME.md with -o. A .md FILE is read as
// Markdown with front matter and written back in the form convert gives,
// so hand-written files can be checked and tidied the same way. A file
// with errors gives no output and makes the exit status 1; the other
// files are still converted.
func runConvert(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("convert")
	outDir := fs.String("o", "", "write each FILE as `DIR`/NAME.md instead of printing it")
	siteDir := fs.String("s", ".", "read outlets and time zone from `SITE`/site.toml when there is one")
	force := fs.Bool("f", false, "with -o, replace files that exist already")
	files, status := parseFlags(fs, convertSynopsis, args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	if status := checkConvertArgs(files, *outDir, stderr); status != exitProceed {
		return status
	}
	e, err := readEnv(stderr)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	if err := checkSite(*siteDir); err != nil {
		return usageError(stderr, "%v", err)
	}
	opt, diags := siteOptions(*siteDir)
	printDiags(stderr, diags, ".", e)
	if diags.HasErrors() {
		return exitErrors
	}
	c := converter{opt: opt, dir: *outDir, force: *force, stdout: stdout, written: map[string]string{}}
	failed := false
	for _, file := range files {
		if ctx.Err() != nil {
			return exitErrors
		}
		d := c.convert(file)
		printDiags(stderr, d, ".", e)
		failed = failed || d.HasErrors()
	}
	if failed {
		return exitErrors
	}
	return exitOK
}

// checkConvertArgs rejects what convert cannot do: several files on
// stdout would run their front matter together, so they need -o.
func checkConvertArgs(files []string, outDir string, stderr io.Writer) int {
	switch {
	case len(files) == 0:
		return usageError(stderr, "convert needs a FILE")
	case len(files) > 1 && outDir == "":
		return usageError(stderr, "convert prints one FILE; give -o DIR to convert several")
	}
	return exitProceed
}

// siteOptions reads the parser's options from SITE/site.toml; a folder
// without one gives the defaults. Diagnostics name the file as seen from
// the current folder.
func siteOptions(dir string) (article.Options, diag.List) {
	cfg, diags := loadConfig(dir)
	for i := range diags {
		diags[i].File = filepath.ToSlash(filepath.Join(dir, diags[i].File))
	}
	return article.Options{Outlets: cfg.Outlets, Location: cfg.Location, Taxonomies: cfg.Taxonomies}, diags
}

// converter converts files one by one.
type converter struct {
	opt     article.Options
	dir     string // -o; "" prints to stdout
	force   bool   // -f: replace files that exist
	stdout  io.Writer
	written map[string]string // output file -> the input it came from
}

// convert converts one file and returns its diagnostics.
func (c *converter) convert(file string) diag.List {
	name := filepath.ToSlash(file)
	var diags diag.List
	src, err := os.ReadFile(file)
	if err != nil {
		diags.AddCode(name, 0, diag.Error, "read-failed", "cannot read: %v", unwrapPath(err))
		return diags
	}
	doc, diags := c.parse(name, src)
	if diags.HasErrors() {
		return diags
	}
	if err := c.write(file, doc.Format()); err != nil {
		diags.AddCode(name, 0, diag.Error, "write-failed", "%v", err)
	}
	return diags
}

// parse reads a plain-text article, or a .md file as it is.
func (c *converter) parse(name string, src []byte) (*markdown.Doc, diag.List) {
	if strings.EqualFold(path.Ext(name), ".md") {
		return markdown.Parse(name, src)
	}
	a, diags := article.Parse(name, src, c.opt)
	return markdown.FromArticle(a), diags
}

// write prints out, or writes it as DIR/NAME.md, refusing to overwrite
// what an earlier FILE of the same name produced, and, without -f, any
// file that exists: it may be a hand-written .md.
func (c *converter) write(file string, out []byte) error {
	if c.dir == "" {
		_, err := c.stdout.Write(out)
		return err
	}
	base := filepath.Base(file)
	dst := filepath.Join(c.dir, strings.TrimSuffix(base, filepath.Ext(base))+".md")
	if prev, ok := c.written[dst]; ok {
		return fmt.Errorf("not written: %s was already written from %s", filepath.ToSlash(dst), filepath.ToSlash(prev))
	}
	c.written[dst] = file
	if err := os.MkdirAll(c.dir, 0o755); err != nil {
		return fmt.Errorf("not written: %w", err)
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !c.force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	w, err := os.OpenFile(dst, flags, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("not written: %s exists; give -f to replace it", filepath.ToSlash(dst))
	}
	if err != nil {
		return fmt.Errorf("not written: %w", err)
	}
	_, err = w.Write(out)
	if cerr := w.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("not written: %w", err)
	}
	return nil
}

// unwrapPath drops the path an *fs.PathError repeats, since the
// diagnostic already names the file.
func unwrapPath(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
