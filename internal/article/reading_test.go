package article

import (
	"strings"
	"testing"
)

// TestReading checks the part the reading gives each block of the top of
// an article, and where it starts the story.
func TestReading(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		parts string // the part of each block, in order
	}{
		{"wire", "Storm closes ports\n\nBy Ana Roe, Associated Press\n\nOSLO (AP) — Winds kept ferries in port.\n\nMore text here, as it happens.",
			"headline byline body body"},
		{"caption above the dateline", "© 2026 Example Wire\n\nA ferry in Oslo on Monday. (Jo Roe/Example Wire)\n\nOSLO (Reuters) - Winds kept ferries in port on Monday.",
			"note caption body"},
		{"unknown line between headline and byline", "Storm closes ports\n\nzq vx wkp\n\nBy Ana Roe\n\nOSLO (AP) — Winds kept ferries in port.",
			"headline unknown byline body"},
		{"section label and date line", "Opinion\n\nWhy the ferries must run at night\n\n9 March 2026\n\nBy Ines Roe\n\nThe ferries stop at ten, and the islands go dark.",
			"furniture headline date line byline body"},
		{"standfirst", "Storm closes ports\n\nFerries stayed in port for a second day as gales swept the coast.\n\nBy Ana Roe\n\nOSLO (AP) — Winds kept ferries in port.",
			"headline summary byline body"},
		{"prose is never dropped for a later dateline", "The council met on Monday and agreed the budget for the year.\n\nIt was a long night, members said afterwards.\n\nMADRID — Ministers meet in June.",
			"body body body"},
		{"question headline", "¿Quién pagará el nuevo puente?\n\nPor Ana Gómez y Luis Pérez\n\nBOGOTÁ (EFE).- El puente costará más de lo previsto.",
			"headline byline body"},
		{"furniture around the top", "Skip to content\n\nHome | News | Local\n\nHarbour approves night ferries\n\nBy Ines Roe\n\nShare\n\nSave\n\nPORT ELLAN — Ferries will run at night.",
			"furniture furniture headline byline furniture furniture body"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, blocks, _ := Explain("content/2026/03/09/x.txt", []byte(tt.text), Options{})
			var got []string
			for _, b := range blocks {
				if b.Part == "trailer" {
					continue
				}
				got = append(got, b.Part)
			}
			if g := strings.Join(got, " "); g != tt.parts {
				t.Errorf("parts = %q, want %q", g, tt.parts)
				for _, b := range blocks {
					t.Log(b)
				}
			}
		})
	}
}
