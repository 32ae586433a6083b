// Package markdown is the Markdown stage of broadsheet: it writes an
// article as a Markdown document with TOML front matter, reads such
// documents back (hand-written .md files included), and turns Markdown
// bodies into safe HTML. It is the only package that makes template.HTML
// from content.
//
// # Writing
//
// FromArticle makes a Doc from a parsed article and Doc.Format writes it:
// a +++ line, the front matter keys in the order of the fields of
// document.TOMLFront (empty ones left out), a +++ line, a blank line and
// the body. Each body paragraph goes through Escape, so the HTML shows
// exactly the words of the plain text and no Markdown structure: plain
// text -> Escape -> Render -> visible text gives back the paragraphs, up to
// the white-space normalisation Escape documents. FuzzRoundTrip checks
// this.
//
// # Reading
//
// Parse reads a Doc from a file and reports problems as diagnostics with
// the file's own line numbers. Parse(path, d.Format()) gives back d.
//
// # Rendering
//
// A Renderer turns a body into HTML with goldmark in its safe mode, and
// takes the lead and word count of the body from the same parse. For a
// plain-text article, whose paragraphs are already the visible text,
// PlainFacts and PlainHTML give the same lead, word count and HTML bytes
// without goldmark; tests hold them equal to Render over the article corpus
// and under fuzzing, so the shortcut can never change a page.
//
// # Links, images, raw HTML and videos
//
// A hand-written body is rendered with BodyOptions: WithSource names its
// file, which turns local links and images into site paths (see SitePath
// and Ref), WithResolver checks them against the site and gives images
// their size and variants, and WithUnsafe lets raw HTML through, which is
// otherwise left out with a warning; the src, href, poster and srcset of
// its tags are resolved like Markdown links and images. Rendered.Diags reports what a writer
// must fix with the file's own line numbers. The HTML holds site paths,
// the same whatever page shows it; RelinkPage and RelinkFeed make them
// relative to a page or absolute for a feed, so a body is still rendered
// once. A paragraph that is only a YouTube or Vimeo link becomes a Video,
// which loads nothing from the provider until the reader clicks it.
package markdown

import "broadsheet/internal/document"

// Doc is one Markdown document: front matter plus body. It is defined in
// package document, which the site model uses without this package's
// renderer.
type Doc = document.Doc

// FrontMatter holds the keys of the +++ TOML block (see document.FrontMatter).
type FrontMatter = document.FrontMatter

// fence opens and closes the TOML front matter.
const fence = document.Fence

// trimBody is document.TrimBody.
func trimBody(text string) (string, int) { return document.TrimBody(text) }

// valid is document.Valid.
func valid(s string) string { return document.Valid(s) }
