package markdown

import (
	"fmt"
	"time"
)

// dateLayouts are the date strings the article format accepts, tried in
// order. Times with no zone are read as UTC.
var dateLayouts = [...]struct {
	layout   string
	dateOnly bool
}{
	{time.DateOnly, true},
	{time.RFC3339Nano, false},
	{"2006-01-02T15:04:05", false},
	{"2006-01-02 15:04:05 -0700", false},
	{"2006-01-02 15:04 -0700", false},
	{"2006-01-02 15:04:05", false},
	{"2006-01-02 15:04", false},
	{"Jan. 2, 2006", true},
	{"Jan 2, 2006", true},
	{"January 2, 2006", true},
	{"2 January 2006", true},
	{"2 Jan 2006", true},
}

// dateValue converts the decoded TOML value of the date key. A TOML local
// date gives a date-only midnight UTC; a local date-time is read as UTC
// wall-clock time; an offset date-time keeps its offset. A string may be
// in any of dateLayouts.
func dateValue(v any) (t time.Time, dateOnly bool, err error) {
	t, dateOnly, err = anyDate(v)
	if err == nil && t.IsZero() {
		// Format leaves a zero date out, so it would not survive a rewrite.
		return t, false, fmt.Errorf("date %s is not a real date", t.Format(time.DateOnly))
	}
	return t, dateOnly, err
}

// anyDate converts a date value of any accepted type.
func anyDate(v any) (t time.Time, dateOnly bool, err error) {
	switch v := v.(type) {
	case time.Time:
		return tomlTime(v)
	case string:
		for _, l := range dateLayouts {
			if t, err := time.Parse(l.layout, v); err == nil {
				return t, l.dateOnly, nil
			}
		}
		return time.Time{}, false, fmt.Errorf("date %q is in no known format; write date = 2026-02-13 or date = 2026-02-13T09:30:00+01:00", v)
	}
	return time.Time{}, false, fmt.Errorf("date must be a date such as date = 2026-02-13, not %s", tomlType(v))
}

// tomlTime converts a TOML date or time. BurntSushi/toml marks local
// dates, date-times and times with zones of these names, offset by the
// machine's zone; the wall clock is what the file says, so it is kept and
// the machine's offset dropped.
func tomlTime(t time.Time) (time.Time, bool, error) {
	wall := time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), t.Nanosecond(), time.UTC)
	switch t.Location().String() {
	case "date-local":
		return wall, true, nil
	case "datetime-local":
		return wall, false, nil
	case "time-local":
		return time.Time{}, false, fmt.Errorf("date must be a calendar date such as date = 2026-02-13, not a time of day")
	}
	return t, false, nil
}
