// Package document is the model of one article as broadsheet keeps it: a
// Markdown document, its TOML front matter and its body, and the form in
// which it is written to a file. It knows nothing of rendering, so the
// site model can use it without the Markdown renderer.
package document

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// Doc is one Markdown document: front matter plus body.
type Doc struct {
	Path string // slash-separated path of the source file, for diagnostics
	FrontMatter
	Body     string // Markdown body, after the closing +++
	BodyLine int    // 1-based line of the source file on which Body starts

	// Picture is the image key's file as the build found it; nil when
	// there is no image or the build has not looked.
	Picture *Picture
}

// FrontMatter holds the keys of the +++ TOML block. The keys most
// articles give are fields, in the order the writer emits them but for
// the flags, which are last so that they share one word: a site keeps one
// FrontMatter for each of its articles. The others (summary, image,
// source_url, updated, aliases, ignore, the terms of taxonomies other than
// tags and params) are kept behind one pointer, nil when none of them is
// set, so that an article without them does not pay for them; read them
// with the methods of their names and set them with the Set methods; a
// copy of a FrontMatter shares them, as it shares its lists. Keys with no
// value are left out of the output.
type FrontMatter struct {
	Title       string
	Date        time.Time
	Slug        string
	Authors     []string
	Outlet      string
	Dateline    string
	Caption     string
	Credit      string
	Attribution string
	Tags        []string

	extra *Extra // the keys most articles lack; nil when none is set

	DateOnly bool // written as a TOML local date (date = 2026-02-13)
	Draft    bool // written after updated
}

// Format returns the document as a file: a +++ line, the front matter as
// TOML in the order of TOMLFront's fields with empty keys left out, a
// +++ line, a blank line, the body and a final newline.
//
// The date is a TOML local date (date = 2026-02-13) when DateOnly, and an
// offset date-time otherwise. Bytes that are not valid UTF-8 in a front
// matter value become U+FFFD, since TOML must be UTF-8. Trailing newlines
// of the body are not kept: the file ends with exactly one.
func (d *Doc) Format() []byte {
	body, _ := TrimBody(d.Body)
	var b bytes.Buffer
	b.Grow(len(body) + 512)
	b.WriteString(Fence + "\n")
	encode(&b, d.FrontMatter.TOML())
	if terms := d.FrontMatter.validTerms(); len(terms) > 0 {
		encode(&b, terms)
	}
	if params := d.Params(); len(params) > 0 {
		encode(&b, map[string]any{"params": params})
	}
	b.WriteString(Fence + "\n")
	if body != "" {
		b.WriteString("\n" + body + "\n")
	}
	return b.Bytes()
}

// encode writes v as TOML. The encoder fails only on types it cannot
// write; front matter holds none, as Params comes from a TOML decoder:
// a failure is a bug, not bad input.
func encode(b *bytes.Buffer, v any) {
	if err := toml.NewEncoder(b).Encode(v); err != nil {
		panic(fmt.Sprintf("document: writing front matter: %v", err))
	}
}

// validTerms returns the non-empty term lists, valid UTF-8.
func (f *FrontMatter) validTerms() map[string][]string {
	var out map[string][]string
	terms := f.Terms()
	for name, list := range terms {
		if len(list) == 0 {
			continue
		}
		if out == nil {
			out = make(map[string][]string, len(terms))
		}
		out[Valid(name)] = validAll(list)
	}
	return out
}

// Fence opens and closes the TOML front matter.
const Fence = "+++"

// TOMLFront is FrontMatter as the TOML encoder writes it: keys in the
// documented order, empty ones omitted.
type TOMLFront struct {
	Title       string    `toml:"title,omitempty"`
	Date        *TOMLDate `toml:"date,omitempty"`
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
	Updated     *TOMLDate `toml:"updated,omitempty"`
	Aliases     []string  `toml:"aliases,omitempty"`
	Draft       bool      `toml:"draft,omitempty"`
	Ignore      []string  `toml:"ignore,omitempty"`
}

// TOML returns the front matter as Format writes it.
func (f *FrontMatter) TOML() TOMLFront {
	t := TOMLFront{
		Title: Valid(f.Title), Slug: Valid(f.Slug), Authors: validAll(f.Authors),
		Outlet: Valid(f.Outlet), Dateline: Valid(f.Dateline), Caption: Valid(f.Caption),
		Credit: Valid(f.Credit), Summary: Valid(f.Summary()), Attribution: Valid(f.Attribution),
		Tags: validAll(f.Tags), Image: Valid(f.Image()), SourceURL: Valid(f.SourceURL()),
		Aliases: validAll(f.Aliases()), Draft: f.Draft, Ignore: validAll(f.Ignore()),
	}
	if !f.Date.IsZero() {
		t.Date = &TOMLDate{f.Date, f.DateOnly}
	}
	if updated := f.Updated(); !updated.IsZero() {
		t.Updated = &TOMLDate{updated, f.UpdatedOnly()}
	}
	return t
}

// TOMLDate writes a date as a bare TOML date or date-time, not a string.
type TOMLDate struct {
	t        time.Time
	dateOnly bool
}

// MarshalTOML implements toml.Marshaler.
func (d TOMLDate) MarshalTOML() ([]byte, error) {
	if d.dateOnly {
		return []byte(d.t.Format(time.DateOnly)), nil
	}
	return []byte(d.t.Format(time.RFC3339Nano)), nil
}

// Valid returns s with bytes that are not valid UTF-8 replaced by U+FFFD,
// as TOML requires.
func Valid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// validAll is Valid for each string of a list, which it copies only when
// one needs it.
func validAll(ss []string) []string {
	for i, s := range ss {
		if !utf8.ValidString(s) {
			out := make([]string, len(ss))
			copy(out, ss[:i])
			for j := i; j < len(ss); j++ {
				out[j] = Valid(ss[j])
			}
			return out
		}
	}
	return ss
}

// TrimBody returns a body without its leading blank lines, which it also
// counts, and without trailing newlines: the form Format writes and a
// parser should return.
func TrimBody(text string) (body string, skipped int) {
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
