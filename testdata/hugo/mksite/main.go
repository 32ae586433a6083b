// Command mksite writes the same generated articles twice: as a broadsheet
// site and as the content of a Hugo site beside it, so the two tools can be
// timed side by side on identical input.
//
//	go run ./testdata/hugo/mksite [-full] -n 10000 DIR
//
// writes DIR/broadsheet (site.toml, content/*.txt) and DIR/hugo (a copy of
// testdata/hugo/site, or of testdata/hugo/full with -full, with
// content/*.md converted by broadsheet's own Markdown stage, each tagged
// with its day for Hugo's daily lists). With -no-hugo it writes only
// DIR/broadsheet, for sites larger than Hugo can build here.
//
// The generator gives articles no tags or sections, so -full draws some
// here, the same for both tools, and declares the taxonomies in site.toml:
// without terms the taxonomy pages of the fuller sites would be empty.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"broadsheet/internal/article"
	"broadsheet/internal/config"
	"broadsheet/internal/gen"
	"broadsheet/internal/markdown"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Int64("seed", 1, "generator seed")
	full := flag.Bool("full", false, "add tags and sections, and use the fuller Hugo site")
	noHugo := flag.Bool("no-hugo", false, "write only the broadsheet site")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: mksite [-full] [-no-hugo] [-n N] [-seed S] DIR")
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *n, *seed, *full, !*noHugo); err != nil {
		fmt.Fprintln(os.Stderr, "mksite:", err)
		os.Exit(1)
	}
}

// Thirty tags and eight sections: about what a small newsroom uses, so term
// pages at 10,000 articles run to several pages each.
var (
	tags = strings.Fields(`Budget Transport Housing Energy Health Education
		Courts Elections Climate Water Labour Trade Tourism Culture Sport
		Policing Farming Weather Fisheries Ports Railways Aviation Banking
		Taxes Pensions Migration Defence Science Media Heritage`)
	sections = strings.Fields("Politics Business World Local Science Culture Sport Opinion")
)

// terms draws the tags and section of one article.
func terms(r *rand.Rand) (ts []string, section string) {
	for _, i := range r.Perm(len(tags))[:1+r.IntN(3)] {
		ts = append(ts, tags[i])
	}
	return ts, sections[r.IntN(len(sections))]
}

// run writes the sites one article at a time, so that their size is not
// bounded by memory.
func run(dir string, n int, seed int64, full, withHugo bool) error {
	site := "testdata/hugo/site"
	if full {
		site = "testdata/hugo/full"
	}
	hugo := filepath.Join(dir, "hugo")
	if withHugo {
		if err := os.CopyFS(hugo, os.DirFS(site)); err != nil {
			return err
		}
	}
	var opt article.Options
	r := rand.New(rand.NewPCG(uint64(seed), 8))
	return gen.Each(n, seed, func(name string, src []byte) error {
		if name == "site.toml" {
			if full {
				src = append([]byte("taxonomies = [\"tags\", \"sections\"]\n"), src...)
			}
			// Parsed as broadsheet's build parses them, so both tools see
			// the same bylines split into the same authors and outlets.
			cfg := config.Default()
			if diags := config.Parse(cfg, "site.toml", src); diags.HasErrors() {
				return fmt.Errorf("site.toml: %v", diags)
			}
			opt = article.Options{Outlets: cfg.Outlets}
			return write(filepath.Join(dir, "broadsheet", name), src)
		}
		// Parsed before the terms go in, which the Hugo copy gets as its
		// own taxonomies below.
		var doc []byte
		var a *article.Article
		if withHugo {
			a, _ = article.Parse(name, src, opt)
			doc = markdown.FromArticle(a).Format()
		}
		extra := ""
		if full {
			ts, sec := terms(r)
			src = append([]byte("tags: "+strings.Join(ts, ", ")+"\nsections: "+sec+"\n"), src...)
			extra += "tags = " + list(ts) + "\nsections = " + list([]string{sec}) + "\n"
		}
		if err := write(filepath.Join(dir, "broadsheet", name), src); err != nil {
			return err
		}
		if !withHugo {
			return nil
		}
		extra += "digests = [\"" + a.Date.Format("2006-01-02") + "\"]\n"
		// Hugo's taxonomies are lists of terms; the outlet is one name.
		if full && a.Outlet != "" {
			extra += "outlets = " + list([]string{a.Outlet}) + "\n"
		}
		doc = bytes.Replace(doc, []byte("\n+++\n"), []byte("\n"+extra+"+++\n"), 1)
		return write(filepath.Join(hugo, strings.TrimSuffix(name, ".txt")+".md"), doc)
	})
}

// list writes strings as a TOML array.
func list(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = strconv.Quote(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

func write(path string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
