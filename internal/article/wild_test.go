package article

import (
	"strings"
	"testing"
	"time"

	"broadsheet/internal/diag"
)

func TestFurniture(t *testing.T) {
	yes := []string{
		"Skip to main content", "Home | World | Business | Sport | Culture", "Advertisement", "ADVERTISEMENT",
		"Share", "Save", "Share this article", "Facebook Twitter Email", "Read more: Island schools fear winter closures",
		"Related: Why the islands lost their night boats", "Sign up to our morning briefing",
		"Published 9 March 2026 | Updated 10 March 2026", "jane.roe@example.com", "Email: jane.roe@example.com",
		"5 min read", "Updated 2 hours ago", "Lesen Sie auch: Die Lage in Ostwald", "Lee también: La huelga",
		"Subscribe to our newsletter", "Share on Facebook | WhatsApp",
	}
	no := []string{
		"Share prices of the ferry operator rose 4% after the decision.",
		"Advertisement revenue fell by a third in the first quarter.",
		"Related coverage of the trial was banned by the judge.",
		"Sign up for the program opened on Monday.",
		"Home, he said, was where the harbour was.",
		"Smith | Jones",
		"Save the Children said the camps were full.",
	}
	for _, s := range yes {
		if _, ok := furniture(s); !ok {
			t.Errorf("furniture(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if k, ok := furniture(s); ok {
			t.Errorf("furniture(%q) = %s, want none", s, k)
		}
	}
}

func TestRoutingSlugAndCopyright(t *testing.T) {
	for s, want := range map[string]bool{
		"BC-Storm-Coast-NYT": true, "BC-Valley-Fire-Service-EXW": true, "AM-Budget-Vote,1st Ld-Writethru": true,
		"Co-op members vote": false, "X-ray": false, "BC-Storm.": false, "Well-to-do families left": false,
	} {
		if got := isRoutingSlug(s); got != want {
			t.Errorf("isRoutingSlug(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{
		"c.2026 The New York Times Company": true, "© 2026 Example Wire": true, "Copyright 2026 Example Wire": true,
		"Copyright lawyers said the ruling was narrow.": false, "c.f. the report": false,
	} {
		if got := isCopyrightLine(s); got != want {
			t.Errorf("isCopyrightLine(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCleanSubject(t *testing.T) {
	for in, want := range map[string]string{
		"FW: FOR IMMEDIATE USE: Valley towns vote to share one fire service": "Valley towns vote to share one fire service",
		"Fwd: RE: Harbour reopens":                        "Harbour reopens",
		"ADVANCE FOR SUNDAY, MARCH 8: The long road back": "The long road back",
		"AW: WG: Fischer protestieren":                    "Fischer protestieren",
		"Re: Why the ferries stopped":                     "Why the ferries stopped",
	} {
		if got := cleanSubject(in); got != want {
			t.Errorf("cleanSubject(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMailHeader(t *testing.T) {
	src := "From: Wire Desk <desk@example.test>\nDate: Sat, 28 Nov 2026 21:05:00 +0000\nTo: Night Editor\nSubject: FW: Storm closes ports\n\nStorm closes ports\n\nOSLO (AP) — Gale-force winds kept ferries in port on Saturday.\n"
	a, d := Parse("x.txt", []byte(src), Options{Location: time.FixedZone("EST", -5*3600)})
	if d.HasErrors() {
		t.Fatal(d)
	}
	if want := time.Date(2026, 11, 28, 21, 5, 0, 0, time.UTC); !a.Date.Equal(want) {
		t.Errorf("date = %v, want %v (the zone the Date line gives)", a.Date, want)
	}
	if a.Title != "Storm closes ports" || a.Dateline != "OSLO" || len(a.Paragraphs) != 1 {
		t.Errorf("got title %q, dateline %q, %d paragraphs", a.Title, a.Dateline, len(a.Paragraphs))
	}
	if n := countWarnings(d, "dropped e-mail header"); n != 4 {
		t.Errorf("%d e-mail header lines named in diagnostics, want 4 (From, Date, To, Subject):\n%v", n, d)
	}
}

func TestTrailerForms(t *testing.T) {
	yes := []string{
		"—With assistance from Kai Example.", "--With assistance from Kai Example.", "– With assistance from Kai Example.",
		"This report by The Canadian Press was first published March 3, 2026.",
		"Our Standards: The Thomson Reuters Trust Principles.", "Jane Roe is a columnist for The Harbor Ledger.",
		"ab/cd", "(jr/ms)", "© EFE 2026. Queda prohibida la reproducción total o parcial.",
		"Tous droits réservés.", "This column does not necessarily reflect the opinion of the editorial board.",
	}
	no := []string{
		"Associated Press writer Colin Ashby contributed to this report.",
		"Correction: An earlier version of this story misstated the date of the vote.",
		"and/or", "Jane Roe is a nurse who has lived in the town for 40 years.",
		"The mayor is a columnist's favourite target.",
	}
	for _, s := range yes {
		if !isTrailerLine(s) {
			t.Errorf("isTrailerLine(%q) = false, want true", s)
		}
	}
	for _, s := range no {
		if isTrailerLine(s) {
			t.Errorf("isTrailerLine(%q) = true, want false", s)
		}
	}
}

func TestDatelineForms(t *testing.T) {
	tests := []struct {
		in, place, tag, date string
	}{
		{"LYON, March 3, 2026 (AFP) - Text.", "LYON", "AFP", "2026-03-03"},
		{"MONTREVAL, 3 mars 2026 (AFP) - Text.", "MONTREVAL", "AFP", "2026-03-03"},
		{"Lisboa, 13 fev 2026 (Lusa) – Text.", "Lisboa", "Lusa", "2026-02-13"},
		{"MADRID, 3 Mar. (EUROPA PRESS) - Text.", "MADRID, 3 Mar.", "EUROPA PRESS", ""},
		{"(ANSA) - TRENTO, 03 MAR - Text.", "TRENTO, 03 MAR", "ANSA", ""},
		{"Valparaíso (Chile), 3 mar (EFE).- Texto.", "Valparaíso (Chile), 3 mar", "EFE", ""},
		{"BOGOTÁ (EFE).- Texto.", "BOGOTÁ", "EFE", ""},
		{"Lagos, Nigeria (CNN) — Text.", "Lagos, Nigeria", "CNN", ""},
		{"(CNN) — Text.", "", "CNN", ""},
		{"LONDON, March 3 (Reuters) - Text.", "LONDON, March 3", "Reuters", ""},
		{"BEIRUT, Lebanon, June 2, 2026 — Text.", "BEIRUT, Lebanon", "", "2026-06-02"},
	}
	for _, tt := range tests {
		d, ok := readDateline(tt.in)
		if !ok {
			t.Errorf("readDateline(%q) found none", tt.in)
			continue
		}
		date := ""
		if pd, ok := datelineDate(d.dated); ok {
			date = pd.t.Format("2006-01-02")
		}
		if d.place != tt.place || d.tag != tt.tag || date != tt.date || d.rest != "Text." && d.rest != "Texto." {
			t.Errorf("readDateline(%q) = place %q tag %q date %q rest %q", tt.in, d.place, d.tag, date, d.rest)
		}
	}
}

func TestHeadlineLike(t *testing.T) {
	for s, want := range map[string]bool{
		"¿Quién pagará la nueva autopista?": true, "¡Gol en el último minuto!": true,
		"U.S. rates rise again as St. Louis factories slow": true, "Will the ferries run all night?": true,
		"The council met on Monday.": false, "¿qué pasa": false,
	} {
		if got := headlineLike(s); got != want {
			t.Errorf("headlineLike(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestCredits(t *testing.T) {
	tests := []struct{ in, caption, credit string }{
		{"Fishing boats in Ostwald. (Foto: Jana Beispiel/dpa)", "Fishing boats in Ostwald.", "Foto: Jana Beispiel/dpa"},
		{"The new bridge. (Photo courtesy of the City of Example)", "The new bridge.", "Photo courtesy of the City of Example"},
		{"Passengers queue on Monday. Photograph: Ines Example/The Coastline Post", "Passengers queue on Monday.", "Ines Example/The Coastline Post"},
		{"Rescuers search the rubble. Jane Roe for The Harbor Ledger", "Rescuers search the rubble.", "Jane Roe for The Harbor Ledger"},
		{"Protesters march. Jules Marchand/AFP via Getty Images", "Protesters march.", "Jules Marchand/AFP via Getty Images"},
		{"A worker walks past the plant. REUTERS/Petra Lind/File Photo", "A worker walks past the plant.", "REUTERS/Petra Lind/File Photo"},
		{"Volunteers stack sandbags. (AP Photo/Renata Kowal)", "Volunteers stack sandbags.", "AP Photo/Renata Kowal"},
	}
	for _, tt := range tests {
		c, cr, ok := readCredit(tt.in, foldedSet{})
		if !ok || c != tt.caption || cr != tt.credit {
			t.Errorf("readCredit(%q) = %q, %q, %v; want %q, %q", tt.in, c, cr, ok, tt.caption, tt.credit)
		}
	}
}

// countWarnings counts the diagnostics whose message holds sub.
func countWarnings(d diag.List, sub string) int {
	n := 0
	for _, x := range d {
		if strings.Contains(x.Msg, sub) {
			n++
		}
	}
	return n
}

func TestBodyCaption(t *testing.T) {
	yes := map[string]string{
		"Crowds walk on the pier on Monday. Photo: Jane Roe.":                  "Jane Roe",
		"A firefighter digs a line above Larkspur. (AP Photo/Jesse Whitecalf)": "AP Photo/Jesse Whitecalf",
		"The old pier in 1961. REUTERS/Petra Lind/File Photo":                  "REUTERS/Petra Lind/File Photo",
		"Image caption, Crowds on the pier in the summer of 1961":              "",
	}
	no := []string{
		"The council said the pier would reopen (Reuters).",
		"Police put the crowd at 38,000; unions said 120,000.",
		"\"We are not out of it yet,\" Osei said. \"But this is the best night we have had.\"",
		"The ruling (2-1) was narrow, lawyers said.",
		"Associated Press writer Colin Ashby contributed to this report.",
	}
	for s, credit := range yes {
		if _, cr, ok := bodyCaption(s, foldedSet{}); !ok || cr != credit {
			t.Errorf("bodyCaption(%q) = credit %q, %v; want %q", s, cr, ok, credit)
		}
	}
	for _, s := range no {
		if c, cr, ok := bodyCaption(s, foldedSet{}); ok {
			t.Errorf("bodyCaption(%q) = %q, %q; want story text", s, c, cr)
		}
	}
}

// TestSecondPictureCredit checks that a picture credit that no caption
// takes is named, not lost, when another credit follows it.
func TestSecondPictureCredit(t *testing.T) {
	src := "date: 2026-03-01\n\nImage source, Reuters\n\nImage source, AFP\n\nImage caption, A ferry in port\n\nThe ferry ran late on Saturday, the operator said.\n"
	a, d := Parse("x.txt", []byte(src), Options{})
	if a.Credit != "AFP" || a.Caption != "A ferry in port" {
		t.Errorf("caption %q, credit %q; want the second credit with the caption", a.Caption, a.Credit)
	}
	if countWarnings(d, `dropped picture credit "Reuters"`) != 1 {
		t.Errorf("the first credit is named in no diagnostic:\n%v", d)
	}
}
