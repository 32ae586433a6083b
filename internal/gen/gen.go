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
	"sort"
)

// Days is how many consecutive dates the articles of a site are spread over.
const Days = 60

// Files returns a site of n articles as slash paths relative to the site
// root mapped to file contents: "site.toml" plus one .txt file per article
// under content/. The same n and seed always give the same bytes.
func Files(n int, seed int64) map[string][]byte {
	files := make(map[string][]byte, n+1)
	files["site.toml"] = []byte(siteTOML)
	r := rand.New(rand.NewPCG(uint64(seed), uint64(seed)^0x9e3779b97f4a7c15))
	for i := range n {
		a := newArticle(r, i)
		files[a.path] = a.text()
	}
	return files
}

// Write writes the site of n articles generated from seed into dir, which
// is created when missing. Existing files of the same names are replaced;
// other files are left alone.
func Write(dir string, n int, seed int64) error {
	files := Files(n, seed)
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
		if err := os.WriteFile(path, files[name], 0o644); err != nil {
			return fmt.Errorf("gen: %w", err)
		}
	}
	return nil
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
