package article

import (
	"fmt"
	"strings"

	"broadsheet/internal/diag"
)

// dump writes a parsed article and its diagnostics in a stable, readable
// form for golden files: one field per line, strings quoted, then each
// paragraph with its line number, then the diagnostics.
func dump(a *Article, d diag.List) string {
	var b strings.Builder
	date := ""
	if !a.Date.IsZero() {
		date = a.Date.Format("2006-01-02T15:04:05Z07:00")
		if a.DateOnly {
			date = a.Date.Format("2006-01-02") + " (date only)"
		}
	}
	field := func(k, v string) {
		if v != "" {
			fmt.Fprintf(&b, "%-12s %q\n", k+":", v)
		}
	}
	fmt.Fprintf(&b, "%-12s %s\n", "date:", date)
	title := fmt.Sprintf("%q", a.Title)
	if a.TitleDerived {
		title += " (derived)"
	}
	fmt.Fprintf(&b, "%-12s %s\n", "title:", title)
	field("slug", a.Slug)
	if len(a.Tags) > 0 {
		fmt.Fprintf(&b, "%-12s %q\n", "tags:", a.Tags)
	}
	if a.Draft {
		fmt.Fprintf(&b, "%-12s true\n", "draft:")
	}
	field("image", a.Image)
	field("source_url", a.SourceURL)
	if len(a.Authors) > 0 {
		fmt.Fprintf(&b, "%-12s %q\n", "authors:", a.Authors)
	}
	field("outlet", a.Outlet)
	field("dateline", a.Dateline)
	field("caption", a.Caption)
	field("credit", a.Credit)
	field("summary", a.Summary)
	field("attribution", a.Attribution)
	fmt.Fprintf(&b, "paragraphs:  %d\n", len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		if p.Caption {
			fmt.Fprintf(&b, "  %4d  [figure] %s [credit: %s]\n", p.Line, p.Text, p.Credit)
			continue
		}
		fmt.Fprintf(&b, "  %4d  %s\n", p.Line, p.Text)
	}
	fmt.Fprintf(&b, "diagnostics: %d\n", len(d))
	for _, x := range d {
		fmt.Fprintf(&b, "  %s\n", x)
	}
	return b.String()
}
