package article

import "testing"

func TestReadDateline(t *testing.T) {
	tests := []struct {
		in, place, tag, rest string
		ok                   bool
	}{
		{"KYIV, Ukraine – As more troops arrive ...", "KYIV, Ukraine", "", "As more troops arrive ...", true},
		{"WASHINGTON (AP) — The Senate voted.", "WASHINGTON", "AP", "The Senate voted.", true},
		{"LONDON, March 3 (Reuters) - Copper rose.", "LONDON, March 3", "Reuters", "Copper rose.", true},
		{"LONDON, Feb 13 (Reuters) - Copper rose.", "LONDON, Feb 13", "Reuters", "Copper rose.", true},
		{"BEIRUT, Lebanon, June 2 (UPI) -- Text.", "BEIRUT, Lebanon, June 2", "UPI", "Text.", true},
		{"PARIS (AFP) - Text.", "PARIS", "AFP", "Text.", true},
		{"ST. LOUIS (AP) — Text.", "ST. LOUIS", "AP", "Text.", true},
		{"CHESTERFIELD, S.C. — Text.", "CHESTERFIELD, S.C.", "", "Text.", true},
		{"RIO de JANEIRO — Text.", "RIO de JANEIRO", "", "Text.", true},
		{"SÃO PAULO — Text.", "SÃO PAULO", "", "Text.", true},
		{"PORT-AU-PRINCE, Haiti -- Text.", "PORT-AU-PRINCE, Haiti", "", "Text.", true},
		{"WASHINGTON _ Text.", "WASHINGTON", "", "Text.", true},
		{"WASHINGTON—The Senate voted.", "WASHINGTON", "", "The Senate voted.", true},
		{"Washington (CNN) — Text.", "Washington", "CNN", "Text.", true},
		{"LOS ANGELES (TNS) — Text.", "LOS ANGELES", "TNS", "Text.", true},
		{"(Bloomberg) -- Banks cut rates.", "", "Bloomberg", "Banks cut rates.", true},
		{"(Bloomberg Opinion) -- Text.", "", "Bloomberg Opinion", "Text.", true},
		{"GENEVA —", "GENEVA", "", "", true},
		// Look-alikes.
		{"NATO leaders met in Valmera on Monday.", "", "", "", false},
		{"US officials - who asked not to be named - said so.", "", "", "", false},
		{"AI - the technology everyone talks about.", "", "", "", false},
		{"Washington - the city - was quiet.", "", "", "", false},
		{"kyiv, Ukraine – text", "", "", "", false},
		{"NOTE: this is a label.", "", "", "", false},
		{"The WASHINGTON — text", "", "", "", false},
		{"CHICAGO--no spaces with a double hyphen", "", "", "", false},
	}
	for _, tt := range tests {
		d, ok := readDateline(tt.in)
		if ok != tt.ok {
			t.Errorf("readDateline(%q) ok = %v, want %v (%+v)", tt.in, ok, tt.ok, d)
			continue
		}
		if ok && (d.place != tt.place || d.tag != tt.tag || d.rest != tt.rest) {
			t.Errorf("readDateline(%q) = %q, %q, %q; want %q, %q, %q", tt.in, d.place, d.tag, d.rest, tt.place, tt.tag, tt.rest)
		}
	}
}
