package article

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/corpus and testdata/wild")

// TestCorpus parses every testdata/corpus/NAME.txt and testdata/wild/NAME.txt and compares a dump of
// the article and its diagnostics with NAME.golden. Run with -update to
// rewrite the goldens, then read the diff: a golden that records a wrong
// parse is a bug.
func TestCorpus(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	wild, _ := filepath.Glob(filepath.Join("testdata", "wild", "*.txt"))
	files = append(files, wild...)
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			a, d := Parse(name, src, Options{Outlets: []string{"The Example Times"}})
			got := dump(a, d)
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("parse of %s changed:\n--- want\n%s--- got\n%s", name, want, got)
			}
		})
	}
}
