package slug

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func TestMake(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Talks resume in Geneva", "talks-resume-in-geneva"},
		{"Zelenskyy’s plan", "zelenskyys-plan"},
		{"Don't stop", "dont-stop"},
		{"../../etc/passwd", "etc-passwd"},
		{"  --Hello,   World!--  ", "hello-world"},
		{"Café au lait, naïve façade", "cafe-au-lait-naive-facade"},
		{"Straße in Łódź", "strasse-in-lodz"},
		{"Straße & Øresund", "strasse-oresund"},
		{"Café Lumière reopens", "cafe-lumiere-reopens"},
		{"2026: the year of the tram", "2026-the-year-of-the-tram"},
		{"Київ", "kyyiv"},
		{"Αθήνα", "athina"},
		{"½ price", "1-2-price"},
		{"日本", "u65e5-u672c"},
		{"AT&T", "at-t"},
		{"2026-02-13", "2026-02-13"},
		{"C:\\Windows\\system32", "c-windows-system32"},
		{"", ""},
		{"— … !!", ""},
		{strings.Repeat("word ", 30), strings.TrimSuffix(strings.Repeat("word-", 16), "-")},
		{strings.Repeat("x", 100), strings.Repeat("x", 80)},
	}
	for _, tt := range tests {
		if got := Make(tt.in); got != tt.want {
			t.Errorf("Make(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var slugShape = regexp.MustCompile(`^([a-z0-9]+(-[a-z0-9]+)*)?$`)

// FuzzMake checks the promises Make makes for any input.
func FuzzMake(f *testing.F) {
	for _, s := range []string{"Talks resume", "../../etc", "Київ", "日本", "ʼ", "a\u0301", "ﬁ", "Ⅻ", "--", strings.Repeat("ab ", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Make(s)
		if !slugShape.MatchString(got) || len(got) > maxSlugLen {
			t.Fatalf("Make(%q) = %q: not a slug", s, got)
		}
		if got == "" && hasSlugRune(s) {
			t.Fatalf("Make(%q) = %q: empty must mean no letters or digits", s, got)
		}
		if again := slugify(got); again != got {
			t.Fatalf("Make(%q) = %q, but the long way Make(%q) = %q", s, got, got, again)
		}
		if isSlug(s) && slugify(s) != s {
			t.Fatalf("isSlug(%q), but the long way Make gives %q", s, slugify(s))
		}
	})
}

// hasSlugRune reports whether s has a letter or digit that Make
// writes: apostrophes and the Cyrillic signs are written as nothing.
func hasSlugRune(s string) bool {
	for _, r := range s {
		lr := unicode.ToLower(r)
		if (unicode.IsLetter(r) || unicode.IsDigit(r)) && !isApostrophe(r) && lr != 'ь' && lr != 'ъ' {
			return true
		}
	}
	return false
}
