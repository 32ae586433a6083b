package site

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/markdown"
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
func (b *builder) articles(docs []*markdown.Doc) []*Article {
	docs = slices.Clone(docs)
	slices.SortStableFunc(docs, func(x, y *markdown.Doc) int { return cmp.Compare(x.Path, y.Path) })
	var arts []*Article
	taken := map[string]*Article{}
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
func (b *builder) article(d *markdown.Doc) *Article {
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
	a.Slug = b.slug(d)
	if a.Title == "" {
		a.Title = titleFromSlug(a.Slug)
		b.diags.Warnf(d.Path, 1, "no title; using %q, made from the slug", a.Title)
	}
	a.URL = config.Expand(b.cfg.Permalinks.Article, map[string]string{
		"year": fmt.Sprintf("%04d", date.Year()), "month": fmt.Sprintf("%02d", int(date.Month())),
		"day": fmt.Sprintf("%02d", date.Day()), "slug": a.Slug,
	})
	return a
}

// siteDate puts the article's date in the site's time zone. A date with
// no time of day names a calendar day, so it becomes the start of that
// day in the site's zone, not the same instant seen from another zone.
func (b *builder) siteDate(d *markdown.Doc) time.Time {
	if d.DateOnly {
		y, m, day := d.Date.Date()
		return time.Date(y, m, day, 0, 0, 0, 0, b.loc)
	}
	return d.Date.In(b.loc)
}

// slug follows the article format's rule: the slug from the front matter,
// else the file name without its extension and leading date, else the
// title. Whatever it is, it is sanitised, so it can never leave the
// output folder; a last resort keeps it from being empty.
func (b *builder) slug(d *markdown.Doc) string {
	if s := strings.TrimSpace(d.Slug); s != "" {
		clean := Slugify(s)
		if clean != s {
			b.diags.Warnf(d.Path, 1, "slug %q is not lower-case words joined by hyphens; using %q", s, clean)
		}
		if clean != "" {
			return clean
		}
	}
	return cmp.Or(slugFromPath(d.Path), Slugify(d.Title), "article")
}

// titleFromSlug turns "geneva-talks" into "Geneva talks".
func titleFromSlug(slug string) string {
	t := strings.ReplaceAll(slug, "-", " ")
	return strings.ToUpper(t[:1]) + t[1:]
}
