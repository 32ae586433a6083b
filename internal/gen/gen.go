// Package gen generates synthetic broadsheet sites for tests and
// benchmarks: plain-text articles in the wire styles the parser must
// understand (date headers, headlines, captions with credits, bylines,
// datelines, trailers), spread over 60 days and several outlets, with text
// full of characters Markdown treats as structure.
//
// The output is a pure function of the article count and the seed, so a
// benchmark or a failing test can be reproduced exactly.
package gen

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Days is how many consecutive dates the articles of a site are spread over.
const Days = 60

// Files returns a site of n articles as slash paths relative to the site
// root mapped to file contents: "site.toml" plus one .txt file per article
// under content/. The same n and seed always give the same bytes.
func Files(n int, seed int64) map[string][]byte {
	files := make(map[string][]byte, n+1)
	Each(n, seed, func(name string, data []byte) error {
		files[name] = data
		return nil
	})
	return files
}

// Each calls f on the files of the site Files returns, one at a time:
// site.toml first, then the articles in the order they are drawn. It
// stops at the first error f returns, and returns it. Unlike Files, it
// never holds more than one article, so it can make sites far larger
// than memory.
func Each(n int, seed int64, f func(name string, data []byte) error) error {
	if err := f("site.toml", []byte(siteTOML)); err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15))
	for i := range n {
		a := newArticle(r, i)
		if err := f(a.path, a.text()); err != nil {
			return err
		}
	}
	return nil
}

// Write writes the site of n articles generated from seed into dir, which
// is created when missing. Existing files of the same names are replaced;
// other files are left alone.
func Write(dir string, n int, seed int64) error {
	made := map[string]bool{}
	return Each(n, seed, func(name string, data []byte) error {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if d := filepath.Dir(path); !made[d] {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return fmt.Errorf("gen: %w", err)
			}
			made[d] = true
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		return nil
	})
}

// siteTOML names the generated outlets so byline splitting finds them.
const siteTOML = `title = "Synthetic Digest"
base_url = "https://example.org/synthetic/"
language = "en"
timezone = "UTC"
outlets = ["The Harbor Ledger", "The Valley Courier", "The Example Times", "Example Wire"]

[digest]
period = "day"
per_page = 10
`
