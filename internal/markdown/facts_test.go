package markdown

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"broadsheet/internal/article"
)

// checkPlainFacts asserts that PlainFacts and PlainHTML give for
// paragraphs the lead, word count and HTML that Render gives for the body
// FromArticle writes.
func checkPlainFacts(t *testing.T, r *Renderer, paragraphs []article.Paragraph) {
	t.Helper()
	body := FromArticle(&article.Article{Paragraphs: paragraphs}).Body
	want, err := r.Render(body)
	if err != nil {
		t.Fatalf("Render(%q): %v", body, err)
	}
	lead, words := r.PlainFacts(paragraphs)
	if lead != want.Lead || words != want.Words {
		t.Fatalf("paragraphs %+v: PlainFacts = %q, %d words; Render of %q = %q, %d words",
			paragraphs, lead, words, body, want.Lead, want.Words)
	}
	if got := r.PlainHTML(paragraphs); got != want.HTML {
		t.Fatalf("paragraphs %+v: PlainHTML =\n%q\nRender of %q =\n%q", paragraphs, got, body, want.HTML)
	}
}

// TestPlainFactsCorpus checks PlainFacts and PlainHTML against Render over every test
// article of the article package, with the default lead length and with
// short ones that cut the lead inside its first sentence.
func TestPlainFactsCorpus(t *testing.T) {
	var files []string
	for _, g := range corpusGlobs {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Skipf("no test articles (looked for %s)", strings.Join(corpusGlobs, " and "))
	}
	renderers := []*Renderer{NewRenderer(), NewRenderer(WithLeadLength(40)), NewRenderer(WithLeadLength(7))}
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := article.Parse(filepath.Base(file), src, article.Options{})
		if a == nil {
			continue
		}
		t.Run(filepath.Base(file), func(t *testing.T) {
			for _, r := range renderers {
				checkPlainFacts(t, r, a.Paragraphs)
			}
		})
	}
}

// FuzzPlainFacts checks PlainFacts and PlainHTML against Render on arbitrary text,
// split into paragraphs at blank lines.
func FuzzPlainFacts(f *testing.F) {
	for _, tc := range escapeTests {
		f.Add(tc.in)
	}
	for _, s := range roundTripSeeds {
		f.Add(s)
	}
	f.Add("  \n\t\n\nSecond paragraph leads. It is short.\n\nThird.")
	f.Add("\xff\xfe bad bytes\x00 and NUL. Then more.")
	f.Add("\"Quoted\" <b>AT&T</b> &amp; &copy;\r\n\v line\f\n\u00a0 \u3000end")
	f.Add("Watch.\n\nhttps://youtu.be/dQw4w9WgXcQ\n\n  https://vimeo.com/76979871  \n\n<https://www.youtube.com/watch?v=dQw4w9WgXcQ>")
	r, short := NewRenderer(), NewRenderer(WithLeadLength(12))
	f.Fuzz(func(t *testing.T, text string) {
		var ps []article.Paragraph
		for i, p := range strings.Split(text, "\n\n") {
			ps = append(ps, article.Paragraph{Text: p, Line: i + 1})
		}
		checkPlainFacts(t, r, ps)
		checkPlainFacts(t, short, ps)
	})
}

// BenchmarkPlain measures what a .txt article's page costs the Markdown
// stage: its lead and word count, and its HTML, from the paragraphs.
func BenchmarkPlain(b *testing.B) {
	a := benchArticle()
	r := NewRenderer()
	b.SetBytes(textSize(a))
	b.ReportAllocs()
	for b.Loop() {
		r.PlainFacts(a.Paragraphs)
		r.PlainHTML(a.Paragraphs)
	}
}

// BenchmarkPlainFacts measures the lead and word count alone.
func BenchmarkPlainFacts(b *testing.B) {
	a := benchArticle()
	r := NewRenderer()
	b.SetBytes(textSize(a))
	b.ReportAllocs()
	for b.Loop() {
		r.PlainFacts(a.Paragraphs)
	}
}
