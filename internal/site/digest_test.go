package site

import (
	"testing"

	"broadsheet/internal/config"
	"broadsheet/internal/i18n"
	"broadsheet/internal/markdown"
)

// TestDigestTitlesInLanguages checks that digests are named in the
// site's language, in its date order.
func TestDigestTitlesInLanguages(t *testing.T) {
	tests := []struct {
		lang, period, when, title string
	}{
		{"en-US", "day", "2026-11-28", "Saturday, November 28, 2026"},
		{"en-US", "week", "2026-02-13", "Week 7: February 9–15, 2026"},
		{"en-GB", "day", "2026-11-28", "Saturday 28 November 2026"},
		{"fr", "day", "2026-11-28", "samedi 28 novembre 2026"},
		{"fr", "week", "2026-01-28", "Semaine 5 : 26 janvier – 1 février 2026"},
		{"fr", "month", "2026-02-28", "février 2026"},
		{"de", "day", "2026-11-28", "Samstag, 28. November 2026"},
		{"de", "week", "2026-02-13", "Woche 7: 9.–15. Februar 2026"},
		{"es", "month", "2026-11-28", "noviembre de 2026"},
		{"pt-BR", "day", "2026-11-28", "sábado, 28 de novembro de 2026"},
		{"it", "day", "2026-11-28", "sabato 28 novembre 2026"},
		{"nl", "day", "2026-11-28", "zaterdag 28 november 2026"},
		{"he", "day", "2026-11-28", "יום שבת, 28 בנובמבר 2026"},
	}
	for _, tt := range tests {
		cfg := cfgWith(func(c *config.Config) {
			c.Digest.Period = tt.period
			c.Language = tt.lang
			c.Lang, _ = i18n.New(tt.lang)
		})
		s := mustNew(t, cfg, []*markdown.Doc{doc("content/x.md", "X", tt.when)}, Options{})
		if got := s.Digests[0].Title; got != tt.title {
			t.Errorf("%s %s %s: %q, want %q", tt.lang, tt.period, tt.when, got, tt.title)
		}
	}
}
