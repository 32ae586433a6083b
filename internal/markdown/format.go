package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

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
			Caption: a.Caption, Credit: a.Credit, Summary: a.Summary,
			Attribution: a.Attribution, Tags: a.Tags,
			Image: a.Image, SourceURL: a.SourceURL, Draft: a.Draft,
		},
	}
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

// Format returns the document as a file: a +++ line, the front matter as
// TOML in the order of FrontMatter's fields with empty keys left out, a
// +++ line, a blank line, the body and a final newline.
//
// The date is a TOML local date (date = 2026-02-13) when DateOnly, and an
// offset date-time otherwise. Bytes that are not valid UTF-8 in a front
// matter value become U+FFFD, since TOML must be UTF-8. Trailing newlines
// of the body are not kept: the file ends with exactly one.
func (d *Doc) Format() []byte {
	body, _ := trimBody(d.Body)
	var b bytes.Buffer
	b.Grow(len(body) + 512)
	b.WriteString(fence + "\n")
	if err := toml.NewEncoder(&b).Encode(d.FrontMatter.toTOML()); err != nil {
		// The encoder fails only on types it cannot write, and tomlFront
		// holds none: this is a bug, not bad input.
		panic(fmt.Sprintf("markdown: writing front matter: %v", err))
	}
	b.WriteString(fence + "\n")
	if body != "" {
		b.WriteString("\n" + body + "\n")
	}
	return b.Bytes()
}

// fence opens and closes the TOML front matter.
const fence = "+++"

// tomlFront is FrontMatter as the TOML encoder writes it: keys in the
// documented order, empty ones omitted.
type tomlFront struct {
	Title       string    `toml:"title,omitempty"`
	Date        *tomlDate `toml:"date,omitempty"`
	Slug        string    `toml:"slug,omitempty"`
	Authors     []string  `toml:"authors,omitempty"`
	Outlet      string    `toml:"outlet,omitempty"`
	Dateline    string    `toml:"dateline,omitempty"`
	Caption     string    `toml:"caption,omitempty"`
	Credit      string    `toml:"credit,omitempty"`
	Summary     string    `toml:"summary,omitempty"`
	Attribution string    `toml:"attribution,omitempty"`
	Tags        []string  `toml:"tags,omitempty"`
	Image       string    `toml:"image,omitempty"`
	SourceURL   string    `toml:"source_url,omitempty"`
	Draft       bool      `toml:"draft,omitempty"`
}

func (f *FrontMatter) toTOML() tomlFront {
	t := tomlFront{
		Title: valid(f.Title), Slug: valid(f.Slug), Authors: validAll(f.Authors),
		Outlet: valid(f.Outlet), Dateline: valid(f.Dateline), Caption: valid(f.Caption),
		Credit: valid(f.Credit), Summary: valid(f.Summary), Attribution: valid(f.Attribution),
		Tags: validAll(f.Tags), Image: valid(f.Image), SourceURL: valid(f.SourceURL),
		Draft: f.Draft,
	}
	if !f.Date.IsZero() {
		t.Date = &tomlDate{f.Date, f.DateOnly}
	}
	return t
}

// tomlDate writes a date as a bare TOML date or date-time, not a string.
type tomlDate struct {
	t        time.Time
	dateOnly bool
}

// MarshalTOML implements toml.Marshaler.
func (d tomlDate) MarshalTOML() ([]byte, error) {
	if d.dateOnly {
		return []byte(d.t.Format(time.DateOnly)), nil
	}
	return []byte(d.t.Format(time.RFC3339Nano)), nil
}

func valid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

func validAll(ss []string) []string {
	for i, s := range ss {
		if !utf8.ValidString(s) {
			out := make([]string, len(ss))
			copy(out, ss[:i])
			for j := i; j < len(ss); j++ {
				out[j] = valid(ss[j])
			}
			return out
		}
	}
	return ss
}

// trimBody returns a body without its leading blank lines, which it also
// counts, and without trailing newlines: the form Format writes and Parse
// returns.
func trimBody(text string) (body string, skipped int) {
	for text != "" {
		line, rest, found := strings.Cut(text, "\n")
		if !found || strings.Trim(line, " \t") != "" {
			break
		}
		text = rest
		skipped++
	}
	return strings.TrimRight(text, "\n"), skipped
}
