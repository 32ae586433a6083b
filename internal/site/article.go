package site

import (
	"cmp"
	"fmt"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"broadsheet/internal/article"
	"broadsheet/internal/document"
	"broadsheet/internal/slug"
)

// wordsPerMinute is a usual adult reading speed for news prose.
const wordsPerMinute = 230

// ReadingMinutes estimates the minutes needed to read the article's body,
// at least 1. It needs Words, which the build fills in.
func (a *Article) ReadingMinutes() int {
	return max(1, (a.Words+wordsPerMinute/2)/wordsPerMinute)
}

// articles turns the docs that are to be published into articles, sorted
// newest first, each with a URL no other article has.
func (b *builder) articles(docs []*document.Doc) []*Article {
	byPath := func(x, y *document.Doc) int { return cmp.Compare(x.Path, y.Path) }
	if !slices.IsSortedFunc(docs, byPath) { // a build passes them sorted
		docs = slices.Clone(docs)
		slices.SortStableFunc(docs, byPath)
	}
	var arts []*Article
	taken := make(map[string]*Article, len(docs))
	for _, d := range docs {
		a := b.article(d)
		if a == nil {
			continue
		}
		if first := taken[a.URL]; first != nil {
			b.diags.Errorf(a.Source, 1, "%s is also the URL of %s; give one of them another slug", a.URL, first.Source)
			continue
		}
		taken[a.URL] = a
		arts = append(arts, a)
	}
	slices.SortFunc(arts, compareArticles)
	return arts
}

// compareArticles orders articles newest first, then by slug, then by
// source path: a total order, so output never depends on input order.
func compareArticles(x, y *Article) int {
	if c := y.Date.Compare(x.Date); c != 0 {
		return c
	}
	return cmp.Or(cmp.Compare(x.Slug, y.Slug), cmp.Compare(x.Source, y.Source))
}

// article makes the Article for d, or returns nil when d is not to be
// published: a draft, an article from the future, or one with no date.
func (b *builder) article(d *document.Doc) *Article {
	if d == nil || d.Draft && !b.opt.Drafts && !b.cfg.Build.Drafts {
		return nil
	}
	if d.Date.IsZero() {
		b.diags.Errorf(d.Path, 1, "no date; add one such as date = 2026-02-13 to the front matter")
		return nil
	}
	date := b.siteDate(d)
	if !b.opt.Now.IsZero() && date.After(b.opt.Now) && !b.opt.Future && !b.cfg.Build.Future {
		return nil
	}
	a := &Article{Source: d.Path, Doc: d, Title: strings.TrimSpace(d.Title), Date: date, DateOnly: d.DateOnly}
	if updated := d.Updated(); !updated.IsZero() {
		a.Updated = b.siteTime(updated, d.UpdatedOnly())
	}
	a.Slug = b.slug(d)
	if a.Title == "" {
		a.Title = titleFromSlug(a.Slug)
		b.diags.Warnf(d.Path, 1, "no title; using %q, made from the slug", a.Title)
	}
	a.URL = articleURL(b.cfg.Permalinks.Article, date, a.Slug)
	return a
}

// articleURL expands an article permalink pattern as config.Expand does,
// for the tokens :year, :month, :day and :slug, without the map and the
// formatting that would cost thousands of allocations on a large site.
func articleURL(pattern string, date time.Time, slug string) string {
	y, m, d := date.Date()
	b := make([]byte, 0, len(pattern)+len(slug)+8)
	for pattern != "" {
		i := strings.IndexByte(pattern, ':')
		if i < 0 {
			b = append(b, pattern...)
			break
		}
		b = append(b, pattern[:i]...)
		name := tokenAt(pattern[i+1:])
		switch name {
		case "year":
			b = appendPadded(b, y, 4)
		case "month":
			b = appendPadded(b, int(m), 2)
		case "day":
			b = appendPadded(b, d, 2)
		case "slug":
			b = append(b, slug...)
		}
		pattern = pattern[i+1+len(name):]
	}
	return string(b)
}

// tokenAt returns the lower-case token name at the start of s, as the
// config package reads permalink tokens.
func tokenAt(s string) string {
	n := 0
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	return s[:n]
}

// appendPadded appends n in decimal, with zeros in front up to width
// digits, as fmt's %0*d does for a number that is not negative.
func appendPadded(b []byte, n, width int) []byte {
	if n < 0 {
		return fmt.Appendf(b, "%0*d", width, n)
	}
	var buf [20]byte
	digits := strconv.AppendInt(buf[:0], int64(n), 10)
	for i := len(digits); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, digits...)
}

// siteDate puts the article's date in the site's time zone. A date with
// no time of day names a calendar day, so it becomes the start of that
// day in the site's zone, not the same instant seen from another zone.
func (b *builder) siteDate(d *document.Doc) time.Time {
	return b.siteTime(d.Date, d.DateOnly)
}

// siteTime puts a date of the front matter in the site's time zone, as
// siteDate does.
func (b *builder) siteTime(t time.Time, dateOnly bool) time.Time {
	if dateOnly {
		y, m, day := t.Date()
		return time.Date(y, m, day, 0, 0, 0, 0, b.loc)
	}
	return t.In(b.loc)
}

// OriginalURL returns the address of the original story (source_url),
// when it is an http or https URL: a link readers can follow.
func (a *Article) OriginalURL() string {
	if a.Doc == nil {
		return ""
	}
	u, err := url.Parse(a.Doc.SourceURL())
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// Picture returns what the build found of the article's image: its size
// and resized copies. It is nil when the article has no image, or when
// the build could not look at it.
func (a *Article) Picture() *document.Picture {
	if a.Doc == nil {
		return nil
	}
	return a.Doc.Picture
}

// Params returns the [params] table of the article's front matter, for
// layouts; nil when it has none.
func (a *Article) Params() map[string]any { return a.Doc.Params() }

// slug follows the article format's rule: the slug from the front matter,
// else the file name without its extension and leading date, else the
// title. Whatever it is, it is sanitised, so it can never leave the
// output folder; a last resort keeps it from being empty.
func (b *builder) slug(d *document.Doc) string {
	if s := strings.TrimSpace(d.Slug); s != "" {
		clean := slug.Make(s)
		if clean != s {
			b.diags.Warnf(d.Path, 1, "slug %q is not lower-case words joined by hyphens; using %q", s, clean)
		}
		if clean != "" {
			return clean
		}
	}
	return cmp.Or(article.SlugFromName(d.Path), slug.Make(d.Title), "article")
}

// titleFromSlug turns "geneva-talks" into "Geneva talks".
func titleFromSlug(slug string) string {
	t := strings.ReplaceAll(slug, "-", " ")
	return strings.ToUpper(t[:1]) + t[1:]
}
