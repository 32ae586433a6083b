package article

import (
	"strings"
	"testing"
)

func TestReadTrailer(t *testing.T) {
	tests := []struct {
		name   string
		body   []string
		lines  int
		outlet string
	}{
		{"nyt", []string{"Body.", "This article originally appeared in The New York Times."}, 1, "The New York Times"},
		{"ap", []string{"Body.", "© 2026 The Associated Press. All rights reserved."}, 1, "The Associated Press"},
		{"ap long", []string{"Body.", "Copyright 2026 The Associated Press. All rights reserved.", "This material may not be published, broadcast, rewritten or redistributed."}, 2, "The Associated Press"},
		{"copyright", []string{"Body.", "Copyright 2026 Example Wire"}, 1, "Example Wire"},
		{"tca", []string{"Body.", "Distributed by Tribune Content Agency, LLC."}, 1, ""},
		{"tca paper", []string{"Body.", "©2026 The Baltimore Sun (Baltimore, Md.), Distributed by Tribune Content Agency, LLC."}, 1, "The Baltimore Sun"},
		{"bloomberg tca", []string{"Body.", "©2026 Bloomberg L.P. Visit bloomberg.com. Distributed by Tribune Content Agency, LLC."}, 1, "Bloomberg News"},
		{"visit", []string{"Body.", "Visit The Merriton Gazette at www.merritongazette.example"}, 1, "The Merriton Gazette"},
		{"reuters", []string{"Body.", "(Reporting by A Roe; Editing by B Poe)"}, 1, "Reuters"},
		{"reuters old", []string{"Body.", "(c) Copyright Thomson Reuters 2026. Click For Restrictions - https://example.com"}, 1, "Reuters"},
		{"bloomberg", []string{"Body.", "--With assistance from Lars Brekke.", "To contact the reporter on this story:", "Ruth Okafor in Oslo at ro@example.com"}, 3, "Bloomberg News"},
		{"wapo", []string{"Body.", "(c) 2026, Washington Post Writers Group"}, 1, "Washington Post Writers Group"},
		{"french appeared", []string{"Body.", "Cet article a d'abord paru dans La Gazette du Port."}, 1, ""},
		{"french est paru", []string{"Body.", "Cet article est paru dans Le Courrier de Calder le 3 mars."}, 1, ""},
		// Not trailers.
		{"french body", []string{"Body.", "Cet article de loi a été voté à l'unanimité mardi, a indiqué le ministère, qui attend son entrée en vigueur."}, 0, ""},
		{"contributed", []string{"Body.", "Associated Press writer Colin Ashby contributed to this report."}, 0, ""},
		{"copyright body", []string{"Body.", "Copyright lawyers said the ruling was narrow."}, 0, ""},
		{"distributed body", []string{"Body.", "Distributed by volunteers across the whole county over the weekend, the leaflets urged residents to register and vote before the deadline on Friday."}, 0, ""},
		{"only paragraph", []string{"© 2026 Example Wire"}, 0, ""},
	}
	for _, tt := range tests {
		var body []para
		for _, s := range tt.body {
			body = append(body, para{text: s})
		}
		tr := (&parser{}).readTrailer(body)
		if len(tr.lines) != tt.lines || tr.outlet != tt.outlet {
			t.Errorf("%s: trailer %q outlet %q; want %d lines, outlet %q", tt.name, strings.Join(tr.lines, " / "), tr.outlet, tt.lines, tt.outlet)
		}
	}
}
