package build

import (
	"strings"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/diag"
	"broadsheet/internal/document"
)

// checkFields cleans up what the templates and feeds cannot show from the
// front matter of a parsed file p: control characters in its text fields
// are removed with a warning (they would reach the HTML and the feeds,
// where XML forbids most of them), and a date whose year, in UTC or in the
// site's time zone, falls outside 1 to 9999 is an error, since the feeds
// and the sitemap cannot write it (9999-12-31T23:00:00-05:00 is in the
// year 10000 in UTC).
func checkFields(cfg *config.Config, p string, fm *document.FrontMatter, diags *diag.List) {
	// The keys most articles lack are cleaned in place where there are
	// any; a nil field stands for one not given, with nothing to clean.
	var summary, image, sourceURL *string
	if x := fm.Extra(); x != nil {
		summary, image, sourceURL = &x.Summary, &x.Image, &x.SourceURL
	}
	fields := []struct {
		name string
		v    *string
	}{
		{"title", &fm.Title}, {"slug", &fm.Slug}, {"outlet", &fm.Outlet}, {"dateline", &fm.Dateline},
		{"caption", &fm.Caption}, {"credit", &fm.Credit}, {"summary", summary},
		{"attribution", &fm.Attribution}, {"image", image}, {"source_url", sourceURL},
	}
	for _, f := range fields {
		if f.v != nil {
			stripField(p, f.name, f.v, diags)
		}
	}
	for i := range fm.Authors {
		stripField(p, "authors", &fm.Authors[i], diags)
	}
	for i := range fm.Tags {
		stripField(p, "tags", &fm.Tags[i], diags)
	}
	if !fm.Date.IsZero() && (!yearInRange(fm.Date.UTC()) || !yearInRange(fm.Date.In(cfg.Location))) {
		diags.Errorf(p, 1, "date %s lies outside the years 1 to 9999 in UTC or the site's time zone, which feeds cannot write",
			fm.Date.Format(time.RFC3339))
	}
}

// yearInRange reports whether t's year has four digits at most.
func yearInRange(t time.Time) bool {
	return t.Year() >= 1 && t.Year() <= 9999
}

// stripField removes the control characters of *v, with a warning. Line
// breaks and tabs become spaces without one: a trailer of several lines
// is one attribution, and its words must not run together.
func stripField(p, name string, v *string, diags *diag.List) {
	if strings.IndexFunc(*v, isControl) < 0 {
		return
	}
	n := 0
	*v = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case isControl(r):
			n++
			return -1
		}
		return r
	}, *v)
	if n > 0 {
		diags.Warnf(p, 1, "removed %d control character(s) from %s", n, name)
	}
}

// isControl reports the C0 and C1 control characters and DEL.
func isControl(r rune) bool {
	return r < 0x20 || r >= 0x7f && r <= 0x9f
}
