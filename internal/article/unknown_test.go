package article

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"broadsheet/internal/diag"
)

// unknownLines are lines that are none of the parts of an article.
var unknownLines = []string{"zq vx wkp", "lorem ipsum dolor", "k7 p9 x2 m4", "qwerty uiop"}

// TestUnknownLineCostsOnlyItself inserts a line the parser cannot place
// before each paragraph of the top of every corpus article, and before its
// first story paragraph, and checks that every field and the body are as
// they were, and that the line is named in a diagnostic.
func TestUnknownLineCostsOnlyItself(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "corpus", "*.txt"))
	for _, dir := range []string{"examples", "wild"} {
		more, _ := filepath.Glob(filepath.Join("testdata", dir, "*.txt"))
		files = append(files, more...)
	}
	tried := 0
	for fi, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(f)
		opt := Options{Outlets: []string{"The Example Times"}}
		a, blocks, d := Explain(name, src, opt)
		if d.HasErrors() {
			continue
		}
		want := fields(a)
		for i, line := range topLines(src, blocks) {
			u := unknownLines[(fi+i)%len(unknownLines)]
			got, gd := insertLine(name, src, line, u, opt)
			tried++
			if g := fields(got); g != want {
				t.Errorf("%s: %q inserted before line %d changed the parse:\n--- want\n%s--- got\n%s", name, u, line, want, g)
			}
			if countWarnings(gd, u) == 0 {
				t.Errorf("%s: %q inserted before line %d is in no diagnostic:\n%v", name, u, line, gd)
			}
		}
	}
	if tried < 100 {
		t.Errorf("only %d insertions tried", tried)
	}
}

// topLines returns the first line of each block above the story and of
// the story's first paragraph, past any header lines.
func topLines(src []byte, blocks []Block) []int {
	var scratch diag.List
	lines, _ := decode("x", src, &scratch)
	p := &parser{path: "x", opt: Options{Location: time.UTC}}
	_, rest := p.readHeader(p.readMail(lines))
	after := 0
	if len(rest) > 0 {
		after = rest[0].num
		if len(lines) > 0 && rest[0].num == lines[0].num && rest[0].text != lines[0].text {
			after++ // a caption glued to the header line
		}
	}
	blank := map[int]bool{0: true}
	for _, l := range lines {
		blank[l.num] = l.text == ""
	}
	var out []int
	for _, b := range blocks {
		if b.First < after || b.First == 0 || !blank[b.First-1] {
			continue // inside the header, or glued to the line above
		}
		out = append(out, b.First)
		if b.Part == "body" || b.Part == "figure" {
			break
		}
	}
	return out
}

// insertLine parses src with u and a blank line inserted before line n.
func insertLine(name string, src []byte, n int, u string, opt Options) (*Article, diag.List) {
	nl := "\n"
	if strings.Contains(string(src), "\r\n") {
		nl = "\r\n"
	} else if strings.Contains(string(src), "\r") {
		nl = "\r"
	}
	lines := strings.SplitAfter(string(src), nl)
	var b strings.Builder
	for i, l := range lines {
		if i == n-1 {
			b.WriteString(u + nl + nl)
		}
		b.WriteString(l)
	}
	return Parse(name, []byte(b.String()), opt)
}

// fields dumps what an article's reader sees: every field and the body
// text, without line numbers.
func fields(a *Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "date %s %v\ntitle %q %v\nauthors %q\noutlet %q\ndateline %q\n", a.Date, a.DateOnly, a.Title, a.TitleDerived, a.Authors, a.Outlet, a.Dateline)
	fmt.Fprintf(&b, "caption %q\ncredit %q\nsummary %q\nattribution %q\n", a.Caption, a.Credit, a.Summary, a.Attribution)
	for _, p := range a.Paragraphs {
		fmt.Fprintf(&b, "  %q %v %q\n", p.Text, p.Caption, p.Credit)
	}
	return b.String()
}
