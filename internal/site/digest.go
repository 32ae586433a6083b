package site

import (
	"fmt"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/i18n"
)

// digests groups articles (sorted newest first) by the configured period
// in the site's time zone, newest digest first, and links neighbours.
func (b *builder) digests(arts []*Article) []*Digest {
	var out []*Digest
	byKey := map[string]*Digest{}
	var d *Digest
	var day time.Time // the calendar day of the last article, whose digest is d
	for _, a := range arts {
		// Articles come sorted, so most share the previous one's day and
		// so its digest, whatever the period.
		if y, m, dd := a.Date.Date(); d == nil || !day.Equal(time.Date(y, m, dd, 0, 0, 0, 0, a.Date.Location())) {
			day = time.Date(y, m, dd, 0, 0, 0, 0, a.Date.Location())
			d = b.digestOf(byKey, &out, a.Date)
		}
		a.Digest = d
		d.Articles = append(d.Articles, a)
	}
	// Articles come newest first, so digests already are in order.
	for i, d := range out {
		linkArticles(d.Articles)
		if i > 0 {
			d.Next = out[i-1]
		}
		if i+1 < len(out) {
			d.Prev = out[i+1]
		}
	}
	return out
}

// digestOf returns the digest of the period holding t, making it when
// it is new.
func (b *builder) digestOf(byKey map[string]*Digest, out *[]*Digest, t time.Time) *Digest {
	key, start := periodOf(t, b.cfg.Digest.Period)
	d := byKey[key]
	if d == nil {
		d = &Digest{Key: key, Start: start, Title: periodTitle(start, b.cfg.Digest.Period, b.cfg.Lang)}
		d.URL = config.Expand(b.cfg.Permalinks.Digest, map[string]string{"period": key})
		byKey[key] = d
		*out = append(*out, d)
	}
	return d
}

// linkArticles sets Prev (older) and Next (newer) within one digest.
func linkArticles(arts []*Article) {
	for i, a := range arts {
		if i > 0 {
			a.Next = arts[i-1]
		}
		if i+1 < len(arts) {
			a.Prev = arts[i+1]
		}
	}
}

// periodOf returns the key of the period holding t ("2026-02-13",
// "2026-W07" or "2026-02") and the first instant of that period, both in
// t's zone. Weeks are ISO weeks: they start on Monday, and the first week
// of a year is the one with its Thursday, so 29 December 2025 is in
// 2026-W01.
func periodOf(t time.Time, period string) (string, time.Time) {
	y, m, d := t.Date()
	switch period {
	case "week":
		back := (int(t.Weekday()) + 6) % 7 // days since Monday
		start := time.Date(y, m, d-back, 0, 0, 0, 0, t.Location())
		wy, w := t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", wy, w), start
	case "month":
		return fmt.Sprintf("%04d-%02d", y, int(m)), time.Date(y, m, 1, 0, 0, 0, 0, t.Location())
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, int(m), d), time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// periodTitle names a period for readers in the site's language:
// "Friday 13 February 2026", "Week 7: 9–15 February 2026" or
// "February 2026" in English, "vendredi 13 février 2026" in French.
func periodTitle(start time.Time, period string, lang *i18n.Lang) string {
	switch period {
	case "week":
		return lang.WeekTitle(start)
	case "month":
		return lang.MonthTitle(start)
	}
	return lang.DayTitle(start)
}
