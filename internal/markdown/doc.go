// Package markdown is the Markdown stage of broadsheet: it writes an
// article as a Markdown document with TOML front matter, reads such
// documents back (hand-written .md files included), and turns Markdown
// bodies into safe HTML. It is the only package that makes template.HTML
// from content.
package markdown

import "time"

// Doc is one Markdown document: front matter plus body.
type Doc struct {
	Path string // slash-separated path of the source file, for diagnostics
	FrontMatter
	Body     string // Markdown body, after the closing +++
	BodyLine int    // 1-based line of the source file on which Body starts
}

// FrontMatter holds the keys of the +++ TOML block, in the order the
// writer emits them. Keys with no value are left out of the output.
type FrontMatter struct {
	Title       string
	Date        time.Time
	DateOnly    bool // written as a TOML local date (date = 2026-02-13)
	Slug        string
	Authors     []string
	Outlet      string
	Dateline    string
	Caption     string
	Credit      string
	Summary     string
	Attribution string
	Tags        []string
	Image       string
	SourceURL   string // key source_url
	Draft       bool
}
