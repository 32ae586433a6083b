package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"broadsheet/internal/article"
)

// corpusGlobs find the article package's test articles, which this stage
// must turn into Markdown that renders back to their words.
var corpusGlobs = []string{
	"../article/testdata/corpus/*.txt",
	"../article/testdata/examples/*.txt",
	"../article/testdata/wild/*.txt",
}

// TestCorpusGolden runs article.Parse, FromArticle and Format over every
// test article and compares the result with testdata/golden/NAME.md. It
// also checks the round trips: the paragraphs render back to their text,
// and Parse reads back the document Format wrote.
func TestCorpusGolden(t *testing.T) {
	var files []string
	for _, g := range corpusGlobs {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skipf("no test articles yet (looked for %s)", strings.Join(corpusGlobs, " and "))
	}
	r := NewRenderer()
	seen := make(map[string]string)
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".txt")
		if other, dup := seen[name]; dup {
			t.Fatalf("%s and %s would share testdata/golden/%s.md", other, file, name)
		}
		seen[name] = file
		t.Run(name, func(t *testing.T) { checkCorpusFile(t, r, file) })
	}
}

func checkCorpusFile(t *testing.T, r *Renderer, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := article.Parse(filepath.Base(file), src, article.Options{})
	d := FromArticle(a)
	out := d.Format()
	checkGolden(t, filepath.Join("testdata", "golden", strings.TrimSuffix(filepath.Base(file), ".txt")+".md"), out)

	paragraphs := make([]string, len(a.Paragraphs))
	for i, p := range a.Paragraphs {
		paragraphs[i] = p.Text
	}
	checkRoundTrip(t, r, paragraphs)

	back, diags := Parse(d.Path, out)
	for _, dg := range diags {
		if !strings.HasPrefix(dg.Msg, "no title") && !strings.HasPrefix(dg.Msg, "no date") {
			t.Errorf("Parse(Format()): %v", dg) // missing ones are the article stage's errors
		}
	}
	if diff := docDiff(back, d); diff != "" {
		t.Errorf("Parse(Format()) differs: %s", diff)
	}
}
