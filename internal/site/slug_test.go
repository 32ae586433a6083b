package site

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
)

func TestSlugify(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Talks resume in Geneva", "talks-resume-in-geneva"},
		{"Zelenskyy’s plan", "zelenskyys-plan"},
		{"Don't stop", "dont-stop"},
		{"../../etc/passwd", "etc-passwd"},
		{"  --Hello,   World!--  ", "hello-world"},
		{"Café au lait, naïve façade", "cafe-au-lait-naive-facade"},
		{"Straße in Łódź", "strasse-in-lodz"},
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
		if got := Slugify(tt.in); got != tt.want {
			t.Errorf("Slugify(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSlugFromPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"content/2026-02-13-geneva-talks.md", "geneva-talks"},
		{"content/2026/02/13/geneva-talks.txt", "geneva-talks"},
		{"content/Geneva Talks.md", "geneva-talks"},
		{"content/2026-02-13.md", ""},
	}
	for _, tt := range tests {
		if got := slugFromPath(tt.in); got != tt.want {
			t.Errorf("slugFromPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var slugShape = regexp.MustCompile(`^([a-z0-9]+(-[a-z0-9]+)*)?$`)

// FuzzSlugify checks the promises Slugify makes for any input.
func FuzzSlugify(f *testing.F) {
	for _, s := range []string{"Talks resume", "../../etc", "Київ", "日本", "ʼ", "a\u0301", "ﬁ", "Ⅻ", "--", strings.Repeat("ab ", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Slugify(s)
		if !slugShape.MatchString(got) || len(got) > maxSlugLen {
			t.Fatalf("Slugify(%q) = %q: not a slug", s, got)
		}
		if got == "" && hasSlugRune(s) {
			t.Fatalf("Slugify(%q) = %q: empty must mean no letters or digits", s, got)
		}
		if again := slugify(got); again != got {
			t.Fatalf("Slugify(%q) = %q, but the long way Slugify(%q) = %q", s, got, got, again)
		}
		if isSlug(s) && slugify(s) != s {
			t.Fatalf("isSlug(%q), but the long way Slugify gives %q", s, slugify(s))
		}
	})
}

// hasSlugRune reports whether s has a letter or digit that Slugify
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
