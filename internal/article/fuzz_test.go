package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"broadsheet/internal/diag"
)

// structural words carry the article's structure rather than its story:
// header keys, "By", credit labels, ordinals. Parse may consume them.
var structural = map[string]bool{
	"date": true, "title": true, "slug": true, "tags": true, "draft": true, "source": true,
	"url": true, "image": true, "outlet": true, "by": true, "written": true, "words": true,
	"story": true, "and": true, "for": true, "with": true, "special": true, "to": true, "photograph": true,
	"photographs": true, "photo": true, "photos": true, "picture": true, "illustration": true,
	"credit": true, "courtesy": true, "of": true, "published": true, "updated": true,
	"posted": true, "dated": true, "first": true, "last": true, "on": true, "at": true,
	"true": true, "false": true, "yes": true, "no": true, "st": true, "nd": true, "rd": true,
	"th": true, "am": true, "pm": true, "utc": true, "gmt": true,
	// The same words in the other languages the parser reads, and the
	// labels of BBC pages.
	"por": true, "von": true, "par": true, "di": true, "door": true, "av": true, "af": true, "und": true,
	"y": true, "et": true, "e": true, "en": true, "og": true, "och": true, "ed": true, "foto": true,
	"bild": true, "photographer": true, "caption": true, "fuente": true, "de": true, "la": true,
	"imagen": true, "pie": true, "bildquelle": true, "ignore": true,
}

func FuzzParse(f *testing.F) {
	for _, pattern := range []string{"testdata/corpus/*.txt", "testdata/examples/*.txt", "testdata/wild/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, name := range files {
			src, err := os.ReadFile(name)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
	f.Add([]byte(" date 2026-02-13 Caption (A/B)\n\nBy X Y Z\n\n(Bloomberg) -- Text."))
	f.Fuzz(func(t *testing.T, src []byte) {
		a, d := Parse("content/2026/02/13/fuzz.txt", src, Options{Outlets: []string{"The Example Times"}})
		if a == nil {
			t.Fatal("Parse returned a nil article")
		}
		checkAccounted(t, src, a, d)
	})
}

// checkAccounted fails when a word of the normalised input appears in no
// field of the article and in no diagnostic.
func checkAccounted(t *testing.T, src []byte, a *Article, d diag.List) {
	t.Helper()
	var scratch diag.List
	lines, ok := decode("x", src, &scratch)
	if !ok {
		if !d.HasErrors() {
			t.Fatal("undecodable input without an error")
		}
		return
	}
	hay := haystack(a, d)
	for _, l := range lines {
		for _, w := range tokens(l.text) {
			if len([]rune(w)) < 2 || structural[w] || strings.Contains(hay, w) {
				continue
			}
			t.Fatalf("line %d: word %q is in no field and no diagnostic\n%s", l.num, w, dump(a, d))
		}
	}
}

// haystack is every string the article and its diagnostics hold, in
// lower case, with the date spelled out and the outlet's other names.
func haystack(a *Article, d diag.List) string {
	parts := []string{a.Title, a.Slug, a.Image, a.SourceURL, a.Caption, a.Credit, a.Summary,
		a.Outlet, a.Dateline, a.Attribution}
	parts = append(parts, a.Tags...)
	parts = append(parts, a.Ignore...)
	parts = append(parts, a.Authors...)
	for _, p := range a.Paragraphs {
		parts = append(parts, p.Text, p.Credit)
	}
	for _, x := range d {
		parts = append(parts, x.Msg)
	}
	if !a.Date.IsZero() {
		parts = append(parts, a.Date.Format("2006 01 02 15 04 05 Jan January Mon Monday -0700 MST"),
			a.Date.Format("3 2 1 Sept"))
	}
	for _, row := range knownOutlets {
		if a.Outlet != "" && row[0] == canonicalOutlet(a.Outlet) {
			parts = append(parts, row...)
		}
	}
	return strings.ToLower(strings.Join(parts, "\n"))
}

// tokens splits s into lower-case runs of letters or of digits.
func tokens(s string) []string {
	var out []string
	var cur []rune
	kind := 0
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for _, r := range s {
		k := 0
		switch {
		case unicode.IsLetter(r):
			k = 1
		case unicode.IsDigit(r):
			k = 2
		}
		if k != kind {
			flush()
			kind = k
		}
		if k != 0 {
			cur = append(cur, r)
		}
	}
	flush()
	return out
}

// TestEveryWordAccounted runs the fuzz property over the corpus, the
// examples and inputs that take every path that leaves text out.
func TestEveryWordAccounted(t *testing.T) {
	inputs := map[string][]byte{
		"drops": []byte("date: 2026-02-13\ntitle: A\ntitle: B\nauthor: Jane Roe\ntags: x, x\n\nWorld\n\nOther headline here\n\n" +
			"Published March 1, 2026\n\n(Adds quote)\n\nBy Ann Roe in Kyiv, Staff Writer\n\n" +
			"LOS ANGELES (TNS) — Text of the story.\n"),
		"outlets": []byte("date: 2026-02-13\noutlet: Example Wire\n\nBy Ann Roe, Special to The Harbor Ledger\n\nText.\n"),
		"source":  []byte("date: 2026-02-13\nsource: Reuters\n\nText.\n"),
	}
	for _, pattern := range []string{"testdata/corpus/*.txt", "testdata/examples/*.txt", "testdata/wild/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			inputs[f] = src
		}
	}
	for name, src := range inputs {
		t.Run(filepath.Base(name), func(t *testing.T) {
			a, d := Parse("content/2026/02/13/x.txt", src, Options{})
			checkAccounted(t, src, a, d)
		})
	}
}
