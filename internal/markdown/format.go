package markdown

import (
	"strings"

	"broadsheet/internal/article"
)

// FromArticle returns the Markdown document of a parsed article: its fields
// as front matter and its paragraphs, escaped with Escape, as the body.
// Paragraphs with no visible characters are left out; they have no words
// to lose. BodyLine is the line of the first paragraph in the article's
// source file.
func FromArticle(a *article.Article) *Doc {
	d := &Doc{
		Path: a.Path,
		FrontMatter: FrontMatter{
			Title: a.Title, Date: a.Date, DateOnly: a.DateOnly, Slug: a.Slug,
			Authors: a.Authors, Outlet: a.Outlet, Dateline: a.Dateline,
			Caption: a.Caption, Credit: a.Credit,
			Attribution: a.Attribution, Tags: a.Tags, Draft: a.Draft,
		},
	}
	fm := &d.FrontMatter
	fm.SetSummary(a.Summary)
	fm.SetImage(a.Image)
	fm.SetSourceURL(a.SourceURL)
	fm.SetIgnore(a.Ignore)
	fm.SetUpdated(a.Updated, a.UpdatedOnly)
	fm.SetAliases(a.Aliases)
	fm.SetTerms(a.Terms)
	d.Body = escapeParagraphs(a.Paragraphs)
	if len(a.Paragraphs) > 0 {
		d.BodyLine = a.Paragraphs[0].Line
	}
	return d
}

// escapeParagraphs escapes each paragraph and joins them with blank lines.
func escapeParagraphs(paragraphs []article.Paragraph) string {
	n := 0
	for _, p := range paragraphs {
		n += len(p.Text) + len(p.Credit) + 2
	}
	var b strings.Builder
	b.Grow(n + n/8)
	sep := ""
	for _, p := range paragraphs {
		wrote := false
		if p.Caption {
			// A figure stands right under the paragraph before it, with no
			// blank line: it is not a paragraph of the story.
			wrote = writeFigure(&b, p.Text, p.Credit, strings.TrimSuffix(sep, "\n"))
		} else {
			wrote = writeEscaped(&b, p.Text, sep)
		}
		if wrote {
			sep = "\n\n"
		}
	}
	return b.String()
}
