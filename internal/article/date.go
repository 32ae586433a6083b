package article

import (
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // the zones of regionZones, on hosts without a zone database
)

// The date recognisers (datescan.go) are anchored at the start of the
// text and applied to short strings only (header values and short lines),
// so their cost is bounded whatever the file holds.

var months = func() map[string]time.Month {
	m := map[string]time.Month{}
	for i, names := range [12]string{
		"jan january ene enero janv janvier januar jänner gen gennaio janeiro januari januar jan",
		"feb february febrero févr février fev février februar febbraio fevereiro februari",
		"mar march marzo mars märz mär marzo março maart mars",
		"apr april abr abril avr avril aprile abril",
		"may mayo mai maggio maio mei",
		"jun june junio juin juni giugno junho",
		"jul july julio juil juillet juli luglio julho lug",
		"aug august ago agosto août aout augusti",
		"sep sept september septiembre setiembre set sept septembre settembre setembro",
		"oct october octubre octobre okt oktober ott ottobre out outubro",
		"nov november noviembre novembre novembro",
		"dec december dic diciembre déc décembre dez dezember dicembre dezembro",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = time.Month(i + 1)
		}
	}
	return m
}()

// zoneOffsets holds the zone abbreviations news copy uses, in hours.
var zoneOffsets = map[string]int{
	"UTC": 0, "GMT": 0, "Z": 0, "BST": 1, "CET": 1, "CEST": 2,
	"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
}

// regionZones are the zone names that follow daylight saving time, as
// American copy writes them ("4:15 p.m. ET").
// Each is loaded once, when first needed: loading a zone reads the zone
// database, which costs more than parsing a whole article.
var regionZones = map[string]func() (*time.Location, error){
	"ET": zoneLoader("America/New_York"), "CT": zoneLoader("America/Chicago"),
	"MT": zoneLoader("America/Denver"), "PT": zoneLoader("America/Los_Angeles"),
}

func zoneLoader(name string) func() (*time.Location, error) {
	return sync.OnceValues(func() (*time.Location, error) { return time.LoadLocation(name) })
}

// parsedDate is a date found at the start of a string.
type parsedDate struct {
	t        time.Time
	dateOnly bool
	n        int    // bytes of the string it took
	weekday  string // the weekday the text names before the date, if any
}

// parseDatePrefix reads a date, and a time of day when one follows, at the
// start of s. Dates without a zone are in loc.
func parseDatePrefix(s string, loc *time.Location) (parsedDate, bool) {
	return parseDateFrom(s, loc, 1000)
}

// parseDateFrom is parseDatePrefix for years from minYear on. Dates found
// in the text start at 1000, so that a number such as "0987-03-01" is not
// taken for one; a date the header gives may name any year.
func parseDateFrom(s string, loc *time.Location, minYear int) (parsedDate, bool) {
	if len(s) > 200 {
		s = s[:200]
	}
	y, mo, d, n, ok := calendarPrefix(s)
	if !ok {
		return parsedDate{}, false
	}
	_, _, _, _, iso := isoDatePrefix(s)
	hh, mm, ss, tn, hasTime := timePrefix(s[n:], iso)
	if !hasTime {
		tn = 0 // "00:70" is no time: it stays text
	}
	zone, zn := loc, 0
	if hasTime {
		zone, zn = zonePrefix(s[n+tn:], loc)
	}
	end := n + tn + zn
	if end < len(s) && startsWord(s[end:]) && !strings.HasPrefix(s[end-1:], " ") {
		return parsedDate{}, false // "2026-03-021" or "May 3, 20267"
	}
	t := time.Date(y, mo, d, hh, mm, ss, 0, zone)
	if t.Day() != d || t.Month() != mo || y < minYear {
		return parsedDate{}, false
	}
	pd := parsedDate{t: t, dateOnly: !hasTime, n: end}
	if w, ok := weekdayPrefix(s); ok {
		pd.weekday = strings.TrimRight(s[:w], " ,.")
	}
	return pd, true
}

// wrongWeekday returns the weekday the date really falls on when the text
// named another one ("Wed 2 May 2026" for a Saturday), or "".
func (pd parsedDate) wrongWeekday() string {
	if pd.weekday == "" {
		return ""
	}
	var buf [24]byte
	w := string(lowerBytes(buf[:0], pd.weekday))
	real := pd.t.Weekday()
	if strings.HasPrefix(strings.ToLower(real.String()), w[:min(3, len(w))]) || foreignWeekdays[w] {
		return "" // English names agree by their first three letters; others are not checked
	}
	return real.String()
}

// calendarPrefix reads year, month and day in any of the accepted orders.
func calendarPrefix(s string) (int, time.Month, int, int, bool) {
	if y, mo, d, n, ok := isoDatePrefix(s); ok {
		mo := atoi(mo)
		if mo < 1 || mo > 12 {
			return 0, 0, 0, 0, false
		}
		return atoi(y), time.Month(mo), atoi(d), n, true
	}
	if !hasYear(s) {
		return 0, 0, 0, 0, false // the other orders end in a year too
	}
	if month, day, year, n, ok := mdyDate(s); ok {
		if mo, ok := lookupMonth(month); ok {
			return atoi(year), mo, atoi(day), n, true
		}
	}
	if day, month, year, n, ok := dmyDate(s); ok {
		if mo, ok := lookupMonth(month); ok {
			return atoi(year), mo, atoi(day), n, true
		}
	}
	if day, month, year, n, ok := dottedDate(s); ok {
		if mo := atoi(month); mo >= 1 && mo <= 12 {
			return atoi(year), time.Month(mo), atoi(day), n, true
		}
	}
	return 0, 0, 0, 0, false
}

// lookupMonth finds the month a word names, in English or in one of the
// other languages the parser reads, in full or abbreviated.
func lookupMonth(w string) (time.Month, bool) {
	if len(w) > 24 {
		return 0, false
	}
	var buf [32]byte
	mo, ok := months[string(lowerBytes(buf[:0], w))]
	return mo, ok
}

// timePrefix reads "T09:30:00", " 09:30", ", 9:30 a.m." or " at 9 p.m.".
// A bare number is a time only with a.m./p.m., so "March 3, 2026 14
// people" keeps its 14.
func timePrefix(s string, iso bool) (h, m, sec, n int, ok bool) {
	if iso {
		hs, ms, secs, n, ok := isoTimePrefix(s)
		if !ok {
			return 0, 0, 0, 0, false
		}
		h, m = atoi(hs), atoi(ms)
		if secs != "" {
			sec = atoi(secs)
		}
		return h, m, sec, n, h < 24 && m < 60 && sec < 61
	}
	hs, ms, secs, ampm, n, ok := clockTime(s)
	if !ok || ms == "" && ampm == "" {
		return 0, 0, 0, 0, false
	}
	h = atoi(hs)
	if ms != "" {
		m = atoi(ms)
	}
	if secs != "" {
		sec = atoi(secs)
	}
	if ampm != "" {
		if h < 1 || h > 12 {
			return 0, 0, 0, 0, false
		}
		if h == 12 {
			h = 0
		}
		if ampm[0] == 'p' || ampm[0] == 'P' {
			h += 12
		}
	}
	return h, m, sec, n, h < 24 && m < 60 && sec < 61
}

// zonePrefix reads a zone after a time of day.
func zonePrefix(s string, loc *time.Location) (*time.Location, int) {
	z, n, ok := zoneMatch(s)
	if !ok {
		return loc, 0
	}
	if load, ok := regionZones[z]; ok {
		if l, err := load(); err == nil {
			return l, n
		}
	}
	if off, ok := zoneOffsets[z]; ok {
		if off == 0 {
			return time.UTC, n
		}
		return time.FixedZone(z, off*3600), n
	}
	digits := strings.ReplaceAll(z[1:], ":", "")
	off := (atoi(digits[:2])*60 + atoi(digits[2:])) * 60
	if z[0] == '-' {
		off = -off
	}
	if off > 14*3600 || off < -14*3600 {
		return loc, 0
	}
	return time.FixedZone("", off), n
}

// parseDate parses the whole of s as a date, allowing a trailing full
// stop: the value of a date header, which may name any year.
func parseDate(s string, loc *time.Location) (parsedDate, bool) {
	s = strings.TrimSpace(s)
	pd, ok := parseDateFrom(s, loc, 1)
	if !ok || strings.TrimSpace(strings.TrimSuffix(s[pd.n:], ".")) != "" {
		return parsedDate{}, false
	}
	return pd, true
}

// DateFromPath finds the calendar day a content path names, as in
// content/2026/02/13/x.txt or content/2026-02-13-x.txt, at midnight in loc.
// Hand-written Markdown articles use it too, so both formats follow one rule.
func DateFromPath(p string, loc *time.Location) (time.Time, bool) {
	p = strings.ReplaceAll(p, `\`, "/")
	ys, ms, ds, ok := pathDate(p)
	if !ok {
		ys, ms, ds, _, ok = baseDate(path.Base(p))
	}
	if !ok {
		return time.Time{}, false
	}
	y, mo, d := atoi(ys), atoi(ms), atoi(ds)
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc)
	if mo < 1 || mo > 12 || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
