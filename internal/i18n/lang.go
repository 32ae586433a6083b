// Package i18n holds the words and date formats of broadsheet's default
// layouts in every language it ships, and reads the strings a site adds
// or overrides in i18n/LANG.toml.
//
// A *Lang is a value passed to what needs it (the site model for digest
// titles, the renderer for the layouts' t and date functions); a nil
// *Lang is English, so a configuration built in code without one still
// renders.
package i18n

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// Lang is one language's words and date formats: a shipped table, the
// tables it amends, and the strings of the site's own files on top. It
// does not change once made, so it may be shared between goroutines.
type Lang struct {
	name   string         // the tag as the site gave it, canonicalised: "pt-BR"
	tag    language.Tag   // for plural rules
	known  bool           // a shipped table was found for it
	chain  []*table       // most specific first, then the tables it amends
	own    map[string]msg // the site's strings, by key
	lists  map[string][]string
	rtl    bool
	source []string // the site's files read into own, for messages
}

// english is the table every lookup ends with.
const english = "en"

// rtlScripts are the scripts written right to left.
var rtlScripts = map[string]bool{
	"Arab": true, "Hebr": true, "Syrc": true, "Thaa": true, "Nkoo": true,
	"Adlm": true, "Rohg": true, "Mand": true, "Samr": true,
}

// New returns the language of the BCP 47 tag name, and whether broadsheet
// ships its words. pt-BR uses the pt table amended for Brazil, fr-CA the
// fr table, en-US the en table with the US date order; a language with
// no table (or a tag that does not parse) gets English words, with its
// own plural rules and writing direction when the tag tells them.
func New(name string) (*Lang, bool) {
	tag, err := language.Parse(name)
	l := &Lang{name: name, tag: tag}
	if err != nil {
		l.tag = language.English
		return l.withChain(english), false
	}
	l.name = tag.String()
	if script, _ := tag.Script(); rtlScripts[script.String()] {
		l.rtl = true
	}
	base, _ := tag.Base()
	region, conf := tag.Region()
	candidates := []string{}
	if conf == language.Exact {
		candidates = append(candidates, base.String()+"-"+region.String())
	}
	candidates = append(candidates, base.String())
	for _, c := range candidates {
		if _, ok := tables[c]; ok {
			l.known = true
			return l.withChain(c), true
		}
	}
	return l.withChain(english), false
}

// English returns the language of sites that set none.
func English() *Lang {
	l, _ := New(english)
	return l
}

// withChain sets the tables of l: the one named, the ones it amends,
// then English.
func (l *Lang) withChain(name string) *Lang {
	for name != "" {
		t := tables[name]
		l.chain = append(l.chain, t)
		name = t.parent
	}
	if last := l.chain[len(l.chain)-1]; last != tables[english] {
		l.chain = append(l.chain, tables[english])
	}
	return l
}

// orEnglish is l, or English for a nil *Lang.
func (l *Lang) orEnglish() *Lang {
	if l == nil {
		return English()
	}
	return l
}

// Name returns the language's tag, as for <html lang>: "pt-BR".
func (l *Lang) Name() string { return l.orEnglish().name }

// Known reports whether broadsheet ships words for the language.
func (l *Lang) Known() bool { return l.orEnglish().known }

// Dir returns the writing direction of the language, "ltr" or "rtl",
// as for <html dir>.
func (l *Lang) Dir() string {
	if l != nil && l.rtl {
		return "rtl"
	}
	return "ltr"
}

// msg returns the message of key: the site's, else the most specific
// table's that has it.
func (l *Lang) msg(key string) (msg, bool) {
	if m, ok := l.own[key]; ok {
		return m, true
	}
	for _, t := range l.chain {
		if m, ok := t.msgs[key]; ok {
			return m, true
		}
	}
	return msg{}, false
}

// list returns the months or weekdays: the site's, else the tables'.
func (l *Lang) list(key string) []string {
	if v, ok := l.lists[key]; ok {
		return v
	}
	for _, t := range l.chain {
		v := t.months
		if key == "weekdays" {
			v = t.weekdays
		}
		if v != nil {
			return v
		}
	}
	return nil
}

// T returns the message of key in the language with args in its
// placeholders, in the plural form the first argument asks for when it is
// a whole number: T("min_read", 2) is "2 min read". A key that does not
// exist, or the wrong number of arguments, is an error.
func (l *Lang) T(key string, args ...any) (string, error) {
	l = l.orEnglish()
	i, ok := keyIndex[key]
	if !ok {
		if near := nearestKey(key); near != "" {
			return "", fmt.Errorf("unknown translation key %q; did you mean %q?", key, near)
		}
		return "", fmt.Errorf("unknown translation key %q (layouts/README.md lists the keys)", key)
	}
	params := knownKeys[i].params
	if len(args) != len(params) {
		return "", fmt.Errorf("translation %q takes %s, not %d", key, describeParams(params), len(args))
	}
	m, _ := l.msg(key)
	form := plural.Other
	if len(args) > 0 {
		if n, ok := whole(args[0]); ok {
			form = l.Plural(n)
		}
	}
	text := m[form]
	if text == "" {
		text = m[plural.Other]
	}
	for j, p := range params {
		text = strings.ReplaceAll(text, "{"+p+"}", argString(args[j]))
	}
	return text, nil
}

// describeParams names a key's arguments for an error message.
func describeParams(params []string) string {
	switch len(params) {
	case 0:
		return "no argument"
	case 1:
		return "one argument (" + params[0] + ")"
	}
	return fmt.Sprintf("%d arguments (%s)", len(params), strings.Join(params, ", "))
}

// must is T for callers whose key and arguments are fixed in the code.
func (l *Lang) must(key string, args ...any) string {
	s, err := l.T(key, args...)
	if err != nil {
		panic(err) // a key or argument count in this package is wrong
	}
	return s
}

// Plural returns the CLDR plural form of the whole number n.
func (l *Lang) Plural(n int) plural.Form {
	l = l.orEnglish()
	if n < 0 {
		n = -n
	}
	return plural.Cardinal.MatchPlural(l.tag, n, 0, 0, 0, 0)
}

// whole returns v as an int when it is a whole number.
func whole(v any) (int, bool) {
	switch n := v.(type) {
	case int:
		return n, true
	case int64:
		return int(n), true
	case int32:
		return int(n), true
	case uint:
		return int(n), true
	case uint64:
		return int(n), true
	}
	return 0, false
}

// argString writes an argument into a message.
func argString(v any) string {
	switch a := v.(type) {
	case string:
		return a
	case int:
		return strconv.Itoa(a)
	case fmt.Stringer:
		return a.String()
	}
	return fmt.Sprint(v)
}

// List returns the separator before item i of a list of n names: "",
// the language's comma, or its word for "and" before the last one.
func (l *Lang) List(i, n int) string {
	l = l.orEnglish()
	switch {
	case i == 0:
		return ""
	case i == n-1:
		return l.must("and")
	}
	return l.must("comma")
}

// Date formats t in one of the language's date styles: "long" (13
// February 2026), "full" (with the weekday), "month" (February 2026) or
// "time" (09:30 GMT).
func (l *Lang) Date(t time.Time, style string) (string, error) {
	l = l.orEnglish()
	key, ok := styles[style]
	if !ok {
		return "", fmt.Errorf("unknown date style %q; want \"long\", \"full\", \"month\" or \"time\"", style)
	}
	return l.Format(t, l.must(key)), nil
}

// styles maps the date styles to their keys.
var styles = map[string]string{"long": "date_long", "full": "date_full", "month": "date_month", "time": "time"}

// DayTitle is the title of a day's digest: "Friday 13 February 2026".
func (l *Lang) DayTitle(t time.Time) string {
	return l.orEnglish().Format(t, l.orEnglish().must("date_full"))
}

// MonthTitle is the title of a month's digest: "February 2026".
func (l *Lang) MonthTitle(t time.Time) string {
	return l.orEnglish().Format(t, l.orEnglish().must("date_month"))
}

// WeekTitle is the title of the digest of the ISO week that starts on
// start: "Week 7: 9–15 February 2026".
func (l *Lang) WeekTitle(start time.Time) string {
	l = l.orEnglish()
	_, w := start.ISOWeek()
	return l.must("week_title", w, l.Range(start, start.AddDate(0, 0, 6)))
}

// Range writes two days without repeating a shared month or year:
// "9–15 February 2026", "28 February – 6 March 2026".
func (l *Lang) Range(from, to time.Time) string {
	l = l.orEnglish()
	long := l.must("date_long")
	if from.Year() != to.Year() {
		return l.Format(from, long) + " – " + l.Format(to, long)
	}
	days, months := l.ranges()
	if from.Month() != to.Month() {
		return l.Format(from, months[0]) + " – " + l.Format(to, months[1])
	}
	return l.Format(from, days[0]) + "–" + l.Format(to, days[1])
}

// ranges returns the patterns of a range within a month and within a
// year. A shipped language has its own; a language a site adds, or one
// whose date_long the site changed, repeats its long date for the second
// day.
func (l *Lang) ranges() (days, months [2]string) {
	long := l.must("date_long")
	if _, own := l.own["date_long"]; !own && l.known {
		for _, t := range l.chain {
			if t.dayRange[0] != "" {
				return t.dayRange, t.monthRange
			}
		}
	}
	return [2]string{"d", long}, [2]string{long, long}
}
