// Command mksite writes the same generated articles twice: as a broadsheet
// site and as the content of the minimal Hugo site beside it, so the two
// tools can be timed side by side on identical input.
//
//	go run ./testdata/hugo/mksite -n 10000 DIR
//
// writes DIR/broadsheet (site.toml, content/*.txt) and DIR/hugo (a copy of
// testdata/hugo/site with content/*.md converted by broadsheet's own
// Markdown stage, each tagged with its day for Hugo's daily lists).
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"broadsheet/internal/article"
	"broadsheet/internal/gen"
	"broadsheet/internal/markdown"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Int64("seed", 1, "generator seed")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: mksite [-n N] [-seed S] DIR")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *n, *seed); err != nil {
		fmt.Fprintln(os.Stderr, "mksite:", err)
		os.Exit(1)
	}
}

func run(dir string, n int, seed int64) error {
	bs := filepath.Join(dir, "broadsheet")
	if err := gen.Write(bs, n, seed); err != nil {
		return err
	}
	hugo := filepath.Join(dir, "hugo")
	if err := os.CopyFS(hugo, os.DirFS("testdata/hugo/site")); err != nil {
		return err
	}
	for name, src := range gen.Files(n, seed) {
		if !strings.HasSuffix(name, ".txt") {
			continue
		}
		a, _ := article.Parse(name, src, article.Options{})
		doc := markdown.FromArticle(a).Format()
		day := a.Date.Format("2006-01-02")
		doc = bytes.Replace(doc, []byte("\n+++\n"), []byte("\ndigests = [\""+day+"\"]\n+++\n"), 1)
		out := filepath.Join(hugo, strings.TrimSuffix(name, ".txt")+".md")
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(out, doc, 0o644); err != nil {
			return err
		}
	}
	return nil
}
