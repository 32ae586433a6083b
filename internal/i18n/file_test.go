package i18n

import (
	"strings"
	"testing"
)

func TestWithFile(t *testing.T) {
	fr, _ := New("fr")
	src := `# the site's own words
front_page = "Accueil"
date_full = "EEEE d MMMM y 'à Paris'"

[articles]
one = "{count} papier"
other = "{count} papiers"
`
	l, diags := fr.WithFile("i18n/fr.toml", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	for _, tt := range []struct {
		key  string
		args []any
		want string
	}{
		{"front_page", nil, "Accueil"},
		{"articles", []any{1}, "1 papier"},
		{"articles", []any{3}, "3 papiers"},
		{"later", nil, "Suivant"}, // the shipped word where the file gives none
	} {
		if got, err := l.T(tt.key, tt.args...); err != nil || got != tt.want {
			t.Errorf("%s: %q, %v; want %q", tt.key, got, err, tt.want)
		}
	}
	if got := l.DayTitle(sat); got != "samedi 28 novembre 2026 à Paris" {
		t.Errorf("day title: %q", got)
	}
	if got, _ := fr.T("front_page"); got != "À la une" {
		t.Errorf("WithFile changed the language it was called on: %q", got)
	}
}

func TestWithFileAddsALanguage(t *testing.T) {
	sv, known := New("sv")
	if known {
		t.Fatal("sv is shipped now; pick another language for this test")
	}
	src := `months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
weekdays = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"]
date_full = "EEEE d MMMM y"
date_long = "d MMMM y"
week_title = "Vecka {week}: {range}"
min_read = "{count} min läsning"
`
	l, diags := sv.WithFile("i18n/sv.toml", []byte(src))
	if len(diags) > 0 {
		t.Fatalf("diagnostics: %v", diags)
	}
	if got := l.DayTitle(sat); got != "lördag 28 november 2026" {
		t.Errorf("day title: %q", got)
	}
	if got := l.WeekTitle(sat.AddDate(0, 0, -5)); got != "Vecka 48: 23–29 november 2026" {
		t.Errorf("week title: %q", got)
	}
	if got, _ := l.T("min_read", 2); got != "2 min läsning" {
		t.Errorf("min_read: %q", got)
	}
	if got, _ := l.T("later"); got != "Later" {
		t.Errorf("later: %q", got)
	}
}

func TestWithFileErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", "front_page = \"Accueil\"\nmin_reed = \"x\"\n",
			`i18n/fr.toml:2: error: unknown key "min_reed"; did you mean "min_read"?`},
		{"unknown key, nothing near", "\n\nzzzzzzzzzz = \"x\"\n",
			`i18n/fr.toml:3: error: unknown key "zzzzzzzzzz"; the keys are listed`},
		{"bad toml", "front_page = \"Accueil\"\nlater = \n",
			`i18n/fr.toml:2: error: `},
		{"key-like text in a multi-line string", "footer_note = \"\"\"\nmin_reed = \"x\"\n\"\"\"\nmin_reed = \"y\"\n",
			`i18n/fr.toml:4: error: unknown key "min_reed"; did you mean "min_read"?`},
		{"bad form of a table over lines", "articles = {\n  one = \"{count} papier\",\n  some = \"w\",\n  other = \"z\",\n}\n",
			`i18n/fr.toml:3: error: articles: "some" is not a plural form`},
		{"bad placeholder", "min_read = \"{minutes} min\"\n",
			`i18n/fr.toml:1: error: min_read: {minutes} is not filled in: this key has {count}`},
		{"bad form", "[articles]\none = \"{count} papier\"\nfew = \"x\"\nmany = \"y\"\nother = \"z\"\nsome = \"w\"\n",
			`i18n/fr.toml:6: error: articles: "some" is not a plural form`},
		{"no other", "[articles]\none = \"{count} papier\"\n",
			`i18n/fr.toml:1: error: articles: a table of plural forms needs other`},
		{"bad pattern", "date_long = \"d MMMM yyyy Q\"\n",
			`i18n/fr.toml:1: error: date_long: the pattern "d MMMM yyyy Q" has the letter "Q"`},
		{"short months", "months = [\"a\"]\n",
			`i18n/fr.toml:1: error: months: want an array of 12 quoted names`},
		{"not a string", "front_page = 3\n",
			`i18n/fr.toml:1: error: front_page: want a quoted string`},
	}
	fr, _ := New("fr")
	for _, tt := range tests {
		_, diags := fr.WithFile("i18n/fr.toml", []byte(tt.src))
		if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), tt.want) {
			t.Errorf("%s: got %v, want %s", tt.name, diags, tt.want)
		}
	}
}

func TestNearestKey(t *testing.T) {
	for name, want := range map[string]string{
		"min_reed": "min_read", "footer": "footer_note", "_read": "min_read", "Front_Page": "front_page",
		"zzzzzzzz": "", "ab": "", "month": "months", "inlanguage": "",
	} {
		if got := nearestKey(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
}
