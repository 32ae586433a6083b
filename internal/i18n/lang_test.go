package i18n

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/text/feature/plural"
)

// sat is Saturday 28 November 2026, 09:05 in UTC.
var sat = time.Date(2026, 11, 28, 9, 5, 0, 0, time.UTC)

func TestDates(t *testing.T) {
	tests := []struct {
		lang, full, long, month, clock string
	}{
		{"en", "Saturday 28 November 2026", "28 November 2026", "November 2026", "09:05 UTC"},
		{"en-GB", "Saturday 28 November 2026", "28 November 2026", "November 2026", "09:05 UTC"},
		{"en-US", "Saturday, November 28, 2026", "November 28, 2026", "November 2026", "9:05 AM UTC"},
		{"en-AU", "Saturday 28 November 2026", "28 November 2026", "November 2026", "09:05 UTC"},
		{"fr", "samedi 28 novembre 2026", "28 novembre 2026", "novembre 2026", "09:05 UTC"},
		{"fr-CA", "samedi 28 novembre 2026", "28 novembre 2026", "novembre 2026", "09:05 UTC"},
		{"de", "Samstag, 28. November 2026", "28. November 2026", "November 2026", "09:05 UTC"},
		{"de-CH", "Samstag, 28. November 2026", "28. November 2026", "November 2026", "09:05 UTC"},
		{"es", "sábado, 28 de noviembre de 2026", "28 de noviembre de 2026", "noviembre de 2026", "9:05 UTC"},
		{"it", "sabato 28 novembre 2026", "28 novembre 2026", "novembre 2026", "09:05 UTC"},
		{"pt", "sábado, 28 de novembro de 2026", "28 de novembro de 2026", "novembro de 2026", "09:05 UTC"},
		{"pt-PT", "sábado, 28 de novembro de 2026", "28 de novembro de 2026", "novembro de 2026", "09:05 UTC"},
		{"pt-BR", "sábado, 28 de novembro de 2026", "28 de novembro de 2026", "novembro de 2026", "09:05 UTC"},
		{"nl", "zaterdag 28 november 2026", "28 november 2026", "november 2026", "09:05 UTC"},
		{"ar", "السبت، 28 نوفمبر 2026", "28 نوفمبر 2026", "نوفمبر 2026", "9:05 ص UTC"},
		{"he", "יום שבת, 28 בנובמבר 2026", "28 בנובמבר 2026", "נובמבר 2026", "9:05 UTC"},
	}
	for _, tt := range tests {
		l, ok := New(tt.lang)
		if !ok {
			t.Errorf("%s: not shipped", tt.lang)
		}
		for style, want := range map[string]string{"full": tt.full, "long": tt.long, "month": tt.month, "time": tt.clock} {
			got, err := l.Date(sat, style)
			if err != nil || got != want {
				t.Errorf("%s %s: got %q, %v; want %q", tt.lang, style, got, err, want)
			}
		}
		if got := l.DayTitle(sat); got != tt.full {
			t.Errorf("%s: day title %q, want %q", tt.lang, got, tt.full)
		}
		if got := l.MonthTitle(sat); got != tt.month {
			t.Errorf("%s: month title %q, want %q", tt.lang, got, tt.month)
		}
	}
	pm := time.Date(2026, 11, 28, 0, 30, 0, 0, time.UTC)
	if got, _ := English().Date(pm, "time"); got != "00:30 UTC" {
		t.Errorf("en midnight: %q", got)
	}
	us, _ := New("en-US")
	if got, _ := us.Date(pm, "time"); got != "12:30 AM UTC" {
		t.Errorf("en-US midnight: %q", got)
	}
	if got, _ := us.Date(pm.Add(15*time.Hour), "time"); got != "3:30 PM UTC" {
		t.Errorf("en-US afternoon: %q", got)
	}
}

func TestWeekTitles(t *testing.T) {
	inMonth := time.Date(2026, 2, 9, 0, 0, 0, 0, time.UTC)
	acrossMonths := time.Date(2026, 2, 23, 0, 0, 0, 0, time.UTC)
	acrossYears := time.Date(2025, 12, 29, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		lang            string
		inMonth, months string
		years           string
	}{
		{"en", "Week 7: 9–15 February 2026", "Week 9: 23 February – 1 March 2026", "Week 1: 29 December 2025 – 4 January 2026"},
		{"en-US", "Week 7: February 9–15, 2026", "Week 9: February 23 – March 1, 2026", "Week 1: December 29, 2025 – January 4, 2026"},
		{"fr", "Semaine 7 : 9–15 février 2026", "Semaine 9 : 23 février – 1 mars 2026", "Semaine 1 : 29 décembre 2025 – 4 janvier 2026"},
		{"de", "Woche 7: 9.–15. Februar 2026", "Woche 9: 23. Februar – 1. März 2026", "Woche 1: 29. Dezember 2025 – 4. Januar 2026"},
		{"es", "Semana 7: 9–15 de febrero de 2026", "Semana 9: 23 de febrero – 1 de marzo de 2026", "Semana 1: 29 de diciembre de 2025 – 4 de enero de 2026"},
		{"it", "Settimana 7: 9–15 febbraio 2026", "Settimana 9: 23 febbraio – 1 marzo 2026", "Settimana 1: 29 dicembre 2025 – 4 gennaio 2026"},
		{"pt", "Semana 7: 9–15 de fevereiro de 2026", "Semana 9: 23 de fevereiro – 1 de março de 2026", "Semana 1: 29 de dezembro de 2025 – 4 de janeiro de 2026"},
		{"nl", "Week 7: 9–15 februari 2026", "Week 9: 23 februari – 1 maart 2026", "Week 1: 29 december 2025 – 4 januari 2026"},
		{"ar", "الأسبوع 7: 9–15 فبراير 2026", "الأسبوع 9: 23 فبراير – 1 مارس 2026", "الأسبوع 1: 29 ديسمبر 2025 – 4 يناير 2026"},
		{"he", "שבוע 7: 9–15 בפברואר 2026", "שבוע 9: 23 בפברואר – 1 במרץ 2026", "שבוע 1: 29 בדצמבר 2025 – 4 בינואר 2026"},
	}
	for _, tt := range tests {
		l, _ := New(tt.lang)
		for start, want := range map[time.Time]string{inMonth: tt.inMonth, acrossMonths: tt.months, acrossYears: tt.years} {
			if got := l.WeekTitle(start); got != want {
				t.Errorf("%s: got %q, want %q", tt.lang, got, want)
			}
		}
	}
}

func TestPlurals(t *testing.T) {
	tests := []struct {
		lang, key string
		n         int
		want      string
	}{
		{"en", "min_read", 1, "1 min read"},
		{"en", "min_read", 2, "2 min read"},
		{"en", "articles", 0, "0 articles"},
		{"en", "articles", 1, "1 article"},
		{"en", "articles", 2, "2 articles"},
		{"en-US", "articles", 1, "1 article"},
		{"fr", "articles", 0, "0 article"}, // French counts 0 as one
		{"fr", "articles", 1, "1 article"},
		{"fr", "articles", 2, "2 articles"},
		{"fr", "min_read", 3, "3 min de lecture"},
		{"de", "articles", 1, "1 Artikel"},
		{"de", "articles", 5, "5 Artikel"},
		{"de", "min_read", 1, "1 Min. Lesezeit"},
		{"es", "articles", 1, "1 artículo"},
		{"es", "articles", 0, "0 artículos"},
		{"es", "min_read", 4, "4 min de lectura"},
		{"it", "articles", 1, "1 articolo"},
		{"it", "articles", 7, "7 articoli"},
		{"pt", "articles", 1, "1 artigo"},
		{"pt", "articles", 2, "2 artigos"},
		{"pt-BR", "articles", 1, "1 artigo"},
		{"pt-BR", "articles", 0, "0 artigo"}, // Brazilian Portuguese counts 0 as one
		{"pt", "articles", 0, "0 artigo"},    // CLDR's pt is Brazilian
		{"pt-PT", "articles", 0, "0 artigos"},
		{"pt-PT", "articles", 1, "1 artigo"},
		{"pt-BR", "min_read", 2, "2 min de leitura"},
		{"nl", "articles", 1, "1 artikel"},
		{"nl", "articles", 2, "2 artikelen"},
		{"nl", "min_read", 2, "2 min leestijd"},
		{"ar", "articles", 0, "0 مقال"},
		{"ar", "articles", 1, "مقال واحد"},
		{"ar", "articles", 2, "مقالان"},
		{"ar", "articles", 3, "3 مقالات"},
		{"ar", "articles", 11, "11 مقالًا"},
		{"ar", "articles", 100, "100 مقال"},
		{"ar", "min_read", 2, "قراءة في دقيقتين"},
		{"ar", "min_read", 5, "قراءة في 5 دقائق"},
		{"he", "articles", 1, "כתבה אחת"},
		{"he", "articles", 2, "2 כתבות"},
		{"he", "min_read", 1, "דקת קריאה אחת"},
		{"he", "min_read", 10, "10 דקות קריאה"},
	}
	for _, tt := range tests {
		l, _ := New(tt.lang)
		got, err := l.T(tt.key, tt.n)
		if err != nil || got != tt.want {
			t.Errorf("%s %s %d: got %q, %v; want %q", tt.lang, tt.key, tt.n, got, err, tt.want)
		}
	}
}

// TestEveryTableComplete checks that every shipped language that is not
// a variant gives every key, its months and days, and placeholders its
// keys fill.
func TestEveryTableComplete(t *testing.T) {
	for name, tab := range tables {
		for key := range tab.msgs {
			i, ok := keyIndex[key]
			if !ok {
				t.Errorf("%s: unknown key %q", name, key)
				continue
			}
			for _, text := range tab.msgs[key] {
				if err := checkPlaceholders(text, knownKeys[i].params); err != nil {
					t.Errorf("%s %s: %v", name, key, err)
				}
			}
			if isPattern(key) {
				if err := checkPattern(tab.msgs[key][plural.Other]); err != nil {
					t.Errorf("%s %s: %v", name, key, err)
				}
			}
		}
		if tab.parent != "" {
			if tables[tab.parent] == nil {
				t.Errorf("%s amends %s, which is not shipped", name, tab.parent)
			}
			continue
		}
		for _, k := range knownKeys {
			if m, ok := tab.msgs[k.name]; !ok || m[plural.Other] == "" {
				t.Errorf("%s lacks %s", name, k.name)
			}
		}
		if len(tab.months) != 12 || len(tab.weekdays) != 7 {
			t.Errorf("%s: %d months and %d weekdays", name, len(tab.months), len(tab.weekdays))
		}
	}
}

func TestNewFallsBack(t *testing.T) {
	tests := []struct {
		tag, name, dir, first string
		known                 bool
	}{
		{"en", "en", "ltr", "Front page", true},
		{"EN-us", "en-US", "ltr", "Front page", true},
		{"fr", "fr", "ltr", "À la une", true},
		{"pt-BR", "pt-BR", "ltr", "Página inicial", true},
		{"pt", "pt", "ltr", "Página inicial", true},
		{"pt-PT", "pt-PT", "ltr", "Primeira página", true},
		{"pt-MZ", "pt-MZ", "ltr", "Primeira página", true},
		{"ar", "ar", "rtl", "الصفحة الأولى", true},
		{"ar-EG", "ar-EG", "rtl", "الصفحة الأولى", true},
		{"he", "he", "rtl", "עמוד ראשי", true},
		{"fa", "fa", "rtl", "Front page", false},
		{"ur", "ur", "rtl", "Front page", false},
		{"sv", "sv", "ltr", "Front page", false},
		{"not a tag", "not a tag", "ltr", "Front page", false},
	}
	for _, tt := range tests {
		l, known := New(tt.tag)
		got, _ := l.T("front_page")
		if l.Name() != tt.name || l.Dir() != tt.dir || got != tt.first || known != tt.known || l.Known() != known {
			t.Errorf("%s: got %s %s %q %v, want %s %s %q %v", tt.tag, l.Name(), l.Dir(), got, known, tt.name, tt.dir, tt.first, tt.known)
		}
	}
	var none *Lang
	if got, _ := none.T("articles", 2); got != "2 articles" || none.Dir() != "ltr" || none.Name() != "en" {
		t.Errorf("a nil Lang is not English: %q", got)
	}
}

func TestTErrors(t *testing.T) {
	l := English()
	for _, tt := range []struct {
		key  string
		args []any
		want string
	}{
		{"min_reed", []any{2}, `unknown translation key "min_reed"; did you mean "min_read"?`},
		{"min_read", nil, `translation "min_read" takes one argument (count), not 0`},
		{"front_page", []any{1}, `translation "front_page" takes no argument, not 1`},
		{"page_of", []any{1}, `translation "page_of" takes 2 arguments (count, total), not 1`},
	} {
		_, err := l.T(tt.key, tt.args...)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: got %v, want %s", tt.key, err, tt.want)
		}
	}
	if got, _ := l.T("page_of", 2, 5); got != "Page 2 of 5" {
		t.Errorf("page_of: %q", got)
	}
	if got, _ := l.T("all_articles_of", "Friday"); got != "All articles of Friday" {
		t.Errorf("all_articles_of: %q", got)
	}
}

func TestList(t *testing.T) {
	for _, tt := range []struct{ lang, want string }{
		{"en", "A, B and C"}, {"fr", "A, B et C"}, {"de", "A, B und C"}, {"es", "A, B y C"},
		{"ar", "A، B وC"}, {"he", "A, B וC"},
	} {
		l, _ := New(tt.lang)
		var b strings.Builder
		for i, n := range []string{"A", "B", "C"} {
			b.WriteString(l.List(i, 3) + n)
		}
		if b.String() != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, b.String(), tt.want)
		}
	}
}
