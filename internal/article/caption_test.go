package article

import "testing"

func TestSplitCredit(t *testing.T) {
	tests := []struct {
		in, caption, credit string
		ok                  bool
	}{
		{"People wait in Lviv. (Oksana Example/Example Wire)", "People wait in Lviv.", "Oksana Example/Example Wire", true},
		{"Sandbags on Front Street, Tuesday, Feb. 10, 2026. (AP Photo/Renata Kowal)", "Sandbags on Front Street, Tuesday, Feb. 10, 2026.", "AP Photo/Renata Kowal", true},
		{"The mayor speaks. (Photo: Jane Roe)", "The mayor speaks.", "Photo: Jane Roe", true},
		{"Ministers meet. (Reuters)", "Ministers meet.", "Reuters", true},
		{"Crowds gather. (Photo by Jane Roe/Getty Images for Example)", "Crowds gather.", "Photo by Jane Roe/Getty Images for Example", true},
		{"Agnes Mowat at the top. Photograph: Tom Vessey/The Guardian", "Agnes Mowat at the top.", "Tom Vessey/The Guardian", true},
		{"A man walks past, March 3, 2026. REUTERS/Petra Lind/File Photo", "A man walks past, March 3, 2026.", "REUTERS/Petra Lind/File Photo", true},
		{"Protesters march. Jules Marchand/AFP via Getty Images", "Protesters march.", "Jules Marchand/AFP via Getty Images", true},
		{"The harbour at dawn. (Example Wire)", "The harbour at dawn.", "Example Wire", true},
		// Not credits.
		{"Bills will rise by 6% (the third rise in three years).", "", "", false},
		{"The pledge covers shipping (SBC).", "", "", false},
		{"The shop is open 24/7 now", "", "", false},
		{"Talks (SBC) resumed on Monday.", "", "", false},
		{"He said it was (and/or) fine.", "", "", false},
	}
	for _, tt := range tests {
		c, cr, ok := splitCredit(tt.in, outletSet{"Example Wire"})
		if ok != tt.ok || ok && (c != tt.caption || cr != tt.credit) {
			t.Errorf("splitCredit(%q) = %q, %q, %v; want %q, %q, %v", tt.in, c, cr, ok, tt.caption, tt.credit, tt.ok)
		}
	}
}

func TestSplitSummary(t *testing.T) {
	tests := []struct {
		caption, body, wantCaption, wantSummary string
	}{
		{"Commuters wait on Feb. 27 in Lisbon. City officials say the timetable will cut waits.",
			"City officials say the timetable will cut waits.",
			"Commuters wait on Feb. 27 in Lisbon.", "City officials say the timetable will cut waits."},
		{"Commuters wait in Lisbon. Trains were late again on the busiest lines.",
			"City officials say the timetable will cut waits.",
			"Commuters wait in Lisbon. Trains were late again on the busiest lines.", ""},
		{"A single sentence caption that the body repeats word for word.",
			"A single sentence caption that the body repeats word for word.",
			"A single sentence caption that the body repeats word for word.", ""},
		{"Firefighters at the scene. Crews spent nine hours on the blaze, and no one was hurt.",
			"Crews spent nine hours on the blaze, and no one was hurt, the fire service said.",
			"Firefighters at the scene.", "Crews spent nine hours on the blaze, and no one was hurt."},
	}
	for _, tt := range tests {
		c, s := splitSummary(tt.caption, tt.body)
		if c != tt.wantCaption || s != tt.wantSummary {
			t.Errorf("splitSummary(%q) = %q, %q; want %q, %q", tt.caption, c, s, tt.wantCaption, tt.wantSummary)
		}
	}
}
