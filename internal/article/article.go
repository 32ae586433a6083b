// Package article parses one plain-text news article, as pasted from a
// newspaper page, a wire feed or a syndication e-mail, into a typed
// Article.
//
// It never reads the disk and never drops a word: every part of the input
// ends up in a field, in the body, or in a diagnostic that says why it was
// left out. Every guess it makes is reported as a warning with a line
// number, and so is every block it was unsure of.
//
// The stages run in this order, one file or two each:
//
//   - decode.go: UTF-8 (a byte-order mark is dropped), with Windows-1252
//     for bytes that are not UTF-8 (one warning); LF, CRLF or CR line
//     endings; tabs, no-break spaces and doubled spaces become one space.
//     Empty and binary files are errors.
//   - email.go: e-mail header lines at the top (From, To, Date, Subject,
//     in several languages), dropped with a diagnostic each; the subject
//     is kept as a headline candidate and the date with its zone.
//   - header.go: key lines at the top (date, title, slug, tags, draft,
//     source/url, image, outlet), with or without a colon, in any case; a
//     caption may run on after the date on the same line.
//   - paragraphs.go: blank lines separate paragraphs; inside a run of
//     lines, hard-wrapped copy is joined and web copy keeps a paragraph
//     per line.
//   - trailer.go: closing attribution, copyright, distribution, sign-off,
//     contact, bio and desk lines, with page furniture among them dropped.
//   - scores.go, reading.go, top.go: the top of the article read as a
//     whole. Each opening paragraph is scored for every part it could be
//     (headline, caption, credit, byline, summary, date line, furniture,
//     note, body) from its shape, its words and its position, using the
//     recognisers of furniture.go, caption.go, byline.go, dateline.go and
//     date.go; then the reading chooses where the story starts so that the
//     whole top fits best. A paragraph it cannot place costs only itself.
//   - body.go: page furniture inside the story is dropped, and a photo
//     caption between paragraphs becomes a figure where it stands.
//   - apply.go, meta.go: the dateline of the first story paragraph, the
//     summary a caption repeats, the outlet, the date (header, dated
//     dateline, e-mail, date line, path; never the file's modification
//     time), the title and the slug, in the spec's order of preference.
//   - explain.go: Explain returns every block with the part chosen, the
//     evidence and the runner-up, for "broadsheet explain".
//
// The outlet is the header's, else the byline's, else the dateline's
// agency tag as written, else the trailer's. Input of any size is parsed
// in time linear in its length: every pattern is applied to a bounded
// prefix or suffix of a paragraph, or to one line at a time, and only a
// bounded window of paragraphs at the top is weighed.
package article

import (
	"time"

	"broadsheet/internal/diag"
)

// Article is the structured form of one plain-text article.
type Article struct {
	Path string // as given to Parse; used in diagnostics and for dates and slugs from the file name

	Date     time.Time // in Options.Location when the text gives no zone
	DateOnly bool      // the text gave a calendar date with no time of day

	Title        string
	TitleDerived bool // the title was not in the text: taken from the file name or the first sentence
	Slug         string
	Tags         []string
	Draft        bool
	Image        string
	SourceURL    string
	Ignore       []string // diagnostic codes the header's "ignore" line accepts for this article
	Updated      time.Time
	UpdatedOnly  bool
	Aliases      []string            // old site paths that redirect to the article
	Terms        map[string][]string // terms of Options.Taxonomies other than tags, by taxonomy

	Caption string // photo description, credit removed
	Credit  string // photo credit, without its parentheses
	Summary string // standfirst split off a caption that repeated the lead

	Authors  []string
	Outlet   string // with its usual article: "The New York Times"
	Dateline string // "KYIV, Ukraine"; removed from the first paragraph

	Paragraphs  []Paragraph // the body, word for word
	Attribution string      // closing trailer line(s)
}

// Paragraph is one body paragraph with the line it starts on in the source.
type Paragraph struct {
	Text string
	Line int
	// Caption marks a photo caption that stands in the body (a second
	// photo): the page shows it as a figure where it stands, with Credit.
	Caption bool
	Credit  string
}

// Options carries what the parser needs to know about the site.
type Options struct {
	// Outlets are extra outlet names (site.toml "outlets") used to split an
	// outlet glued to a byline.
	Outlets []string
	// Location is the zone for dates given without one; nil means UTC.
	Location *time.Location
	// Taxonomies are the site's taxonomies besides tags: a header line
	// "sections: Business" gives terms of the taxonomy sections.
	Taxonomies []string
}

// Parse parses src, the bytes of the file at path, into an Article.
// The returned list holds every guess and problem; the article is usable
// unless the list has errors.
func Parse(path string, src []byte, opt Options) (*Article, diag.List) {
	return parse(path, src, opt)
}
