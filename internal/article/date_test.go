package article

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	berlin := time.FixedZone("CET", 3600)
	tests := []struct {
		in       string
		want     string // RFC 3339, or "" when it must not parse
		dateOnly bool
	}{
		{"2026-02-13", "2026-02-13T00:00:00+01:00", true},
		{"2026-02-13T09:30:00Z", "2026-02-13T09:30:00Z", false},
		{"2026-02-13T09:30:00+02:00", "2026-02-13T09:30:00+02:00", false},
		{"2026-02-13 09:30 +0100", "2026-02-13T09:30:00+01:00", false},
		{"2026-02-13 09:30", "2026-02-13T09:30:00+01:00", false},
		{"Feb. 13, 2026", "2026-02-13T00:00:00+01:00", true},
		{"Feb 13, 2026", "2026-02-13T00:00:00+01:00", true},
		{"February 13, 2026", "2026-02-13T00:00:00+01:00", true},
		{"Sept. 3, 2026", "2026-09-03T00:00:00+01:00", true},
		{"13 February 2026", "2026-02-13T00:00:00+01:00", true},
		{"Tuesday, Jan. 6, 2026", "2026-01-06T00:00:00+01:00", true},
		{"Tue 3 Mar 2026", "2026-03-03T00:00:00+01:00", true},
		{"March 3, 2026, 9:30 a.m. EST", "2026-03-03T09:30:00-05:00", false},
		{"March 3, 2026 at 9 p.m.", "2026-03-03T21:00:00+01:00", false},
		{"2026/02/13", "2026-02-13T00:00:00+01:00", true},
		{"2026-02-30", "", false},
		{"2026-13-01", "", false},
		{"31/02/2026", "", false},
		{"02/13/2026", "", false},
		{"next Tuesday", "", false},
		{"Smarch 3, 2026", "", false},
		{"2026-02-131", "", false},
		{"2026-02-13 and more words", "", false},
		{"0987-03-01", "0987-03-01T00:00:00+01:00", true}, // a header may name any year
		{"Sat, 28 Nov 2026 21:05:00 +0000", "2026-11-28T21:05:00Z", false},
		{"Nov. 26, 2026 4:15 p.m. ET", "2026-11-26T16:15:00-05:00", false},
		{"12 de marzo de 2026", "2026-03-12T00:00:00+01:00", true},
		{"3. März 2026", "2026-03-03T00:00:00+01:00", true},
		{"14.01.2026 07:12", "2026-01-14T07:12:00+01:00", false},
		{"martes, 3 de marzo de 2026", "2026-03-03T00:00:00+01:00", true},
		{"13 fev 2026", "2026-02-13T00:00:00+01:00", true},
		{"2026-01-01 00:70", "", false},
	}
	for _, tt := range tests {
		pd, ok := parseDate(tt.in, berlin)
		if ok != (tt.want != "") {
			t.Errorf("parseDate(%q) ok = %v, want %v", tt.in, ok, tt.want != "")
			continue
		}
		if ok && (pd.t.Format(time.RFC3339) != tt.want || pd.dateOnly != tt.dateOnly) {
			t.Errorf("parseDate(%q) = %s (date only %v), want %s (%v)", tt.in, pd.t.Format(time.RFC3339), pd.dateOnly, tt.want, tt.dateOnly)
		}
	}
}

func TestDatePrefixLeavesCaption(t *testing.T) {
	s := "2026-03-02 Commuters wait on a platform."
	pd, ok := parseDatePrefix(s, time.UTC)
	if !ok || s[pd.n:] != " Commuters wait on a platform." {
		t.Errorf("parseDatePrefix(%q) took %d bytes, ok %v", s, pd.n, ok)
	}
	s = "Feb. 13, 2026 14 people were hurt"
	pd, ok = parseDatePrefix(s, time.UTC)
	if !ok || s[pd.n:] != " 14 people were hurt" {
		t.Errorf("parseDatePrefix(%q) took %d bytes, ok %v", s, pd.n, ok)
	}
}

func TestDateFromPath(t *testing.T) {
	tests := map[string]string{
		"content/2026/02/13/talks.txt": "2026-02-13",
		"content/2026-02-13-talks.txt": "2026-02-13",
		`content\2026\02\13\talks.txt`: "2026-02-13",
		"2026-02-13.txt":               "2026-02-13",
		"content/2026/02/30/talks.txt": "",
		"content/talks-2026-02-13.txt": "",
		"content/2026/talks.txt":       "",
		"content/20260213-talks.txt":   "",
	}
	for in, want := range tests {
		d, ok := DateFromPath(in, time.UTC)
		got := ""
		if ok {
			got = d.Format("2006-01-02")
		}
		if got != want {
			t.Errorf("dateFromPath(%q) = %q, want %q", in, got, want)
		}
	}
}
