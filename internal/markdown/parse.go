package markdown

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"time"

	"github.com/BurntSushi/toml"

	"broadsheet/internal/article"
	"broadsheet/internal/diag"
	"broadsheet/internal/tomlline"
)

// Parse reads a Markdown document with +++ TOML front matter, such as a
// hand-written .md file or the output of Format, from src, the bytes of
// the file at path. A byte-order mark is skipped and CR LF or lone CR line
// endings are read as LF; line numbers in diagnostics and BodyLine count
// lines of src as an editor shows them.
//
// Problems are reported in the returned list, never by a panic: a missing
// or unclosed front matter, malformed TOML, a value of the wrong type, a
// date in no known format, or a missing title or date are errors; an
// unknown key is a warning. The Doc holds whatever could be read.
func Parse(path string, src []byte) (*Doc, diag.List) {
	return ParseWith(path, src, ParseOptions{})
}

// ParseOptions is what Parse needs to know of the site.
type ParseOptions struct {
	// Taxonomies are the site's taxonomies (site.toml "taxonomies"): a
	// front matter key of one of these names holds the article's terms.
	// Tags are always read.
	Taxonomies []string
}

// ParseWith is Parse for a site with the given options. A key that is
// none of the front matter keys but holds an array of strings, as terms
// of a taxonomy would, is an error rather than a warning: the writer
// means those terms to be shown, and the site has no place for them.
func ParseWith(path string, src []byte, opt ParseOptions) (*Doc, diag.List) {
	var diags diag.List
	f, problem := splitFile(normalizeNewlines(src))
	d := &Doc{Path: path}
	if problem != "" {
		diags.Errorf(path, f.open, "%s", problem)
	} else {
		diags.Append(decodeFront(&d.FrontMatter, path, f.front, f.open+1, opt.Taxonomies))
	}
	d.Body, d.BodyLine = splitBody(f.body, f.bodyLine)
	return d, diags
}

// normalizeNewlines drops a UTF-8 byte-order mark and turns CR LF and lone
// CR into LF, which keeps the line count an editor shows.
func normalizeNewlines(src []byte) string {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if bytes.IndexByte(src, '\r') < 0 {
		return string(src)
	}
	return strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(string(src))
}

// file is a document cut at its +++ fences.
type file struct {
	open     int    // line of the opening +++, or where it was expected
	front    string // the TOML between the fences
	body     string // the text after the closing +++
	bodyLine int    // the line on which body starts
}

// splitFile cuts text at the opening +++, which must be its first line
// that is not blank, and the next +++ line. Without both it returns what
// is missing as a message, and as body whatever may be Markdown.
func splitFile(text string) (f file, problem string) {
	f.open = 1
	line, offset, frontStart := 1, 0, -1
	for l := range strings.Lines(text) {
		t := strings.Trim(strings.TrimSuffix(l, "\n"), " \t")
		switch {
		case frontStart < 0 && t == "":
			// blank lines before the front matter mean nothing
		case frontStart < 0 && t != fence:
			f.open = line
			return file{open: line, body: text, bodyLine: 1}, noFrontMatter(t)
		case frontStart < 0:
			f.open, frontStart = line, offset+len(l)
		case t == fence:
			f.front = text[frontStart:offset]
			f.body, f.bodyLine = text[offset+len(l):], line+1
			return f, ""
		}
		line, offset = line+1, offset+len(l)
	}
	if frontStart < 0 {
		return f, noFrontMatter("")
	}
	return f, "front matter opened here is never closed by a " + fence + " line"
}

// noFrontMatter explains what a file lacks whose first line is first.
func noFrontMatter(first string) string {
	if first == "---" {
		return "front matter must be TOML between +++ lines; YAML front matter between --- lines is not read"
	}
	return "no front matter: a Markdown article starts with a +++ line, TOML keys such as title and date, and a closing +++ line"
}

// splitBody returns the body that starts on line first of the file, as
// trimBody leaves it, and the line on which it starts.
func splitBody(text string, first int) (string, int) {
	body, skipped := trimBody(text)
	return body, first + skipped
}

// decodeFront decodes the TOML front matter that starts on line first of
// the file into fm.
func decodeFront(fm *FrontMatter, path, front string, first int, taxonomies []string) diag.List {
	var diags diag.List
	var values map[string]any
	meta, err := toml.Decode(front, &values)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			diags.Errorf(path, first+perr.Position.Line-1, "front matter is not valid TOML: %s", perr.Message)
		} else {
			diags.Errorf(path, first-1, "front matter is not valid TOML: %v", err)
		}
		return diags
	}
	lines := tomlline.Scan(front)
	lineOf := func(key string) int { return first - 1 + lines.Line(key) }
	seen := make(map[string]bool)
	for _, k := range meta.Keys() {
		if seen[k[0]] {
			continue // a key inside a table already reported
		}
		seen[k[0]] = true
		v, line := values[k[0]], lineOf(k[0])
		switch {
		case setField(fm, k[0], v, path, line, &diags):
		case slices.Contains(taxonomies, k[0]):
			setTerms(fm, k[0], v, path, line, &diags)
		case isTermList(v) && suggest(k[0]) == "":
			diags.Errorf(path, line, "%q is not a taxonomy of this site; declare it in site.toml, as taxonomies = [\"tags\", %q], or move it under [params]",
				k[0], k[0])
		default:
			diags.Warnf(path, line, "unknown front matter key %q%s; it is ignored", k[0], suggest(k[0]))
		}
	}
	fillFromPath(fm, path, values["date"] == nil, lineOf, &diags)
	return diags
}

// isTermList reports whether v is a non-empty array of strings.
func isTermList(v any) bool {
	list, ok := stringList(v)
	return ok && len(list) > 0
}

// fillFromPath gives a hand-written article with no title or date the
// ones its path names, as a plain-text article would get them, with a
// warning; where the path names none, the missing key is an error.
func fillFromPath(fm *FrontMatter, path string, noDate bool, lineOf func(key string) int, diags *diag.List) {
	if fm.Title == "" {
		if t, ok := article.TitleFromName(path); ok {
			fm.Title = t
			diags.Warnf(path, lineOf("title"), "no title in the front matter; derived %q from the file name", t)
		} else {
			diags.Errorf(path, lineOf("title"), "no title in the front matter")
		}
	}
	if fm.Date.IsZero() && noDate {
		if d, ok := article.DateFromPath(path, time.UTC); ok {
			fm.Date, fm.DateOnly = d, true
			diags.Warnf(path, lineOf("date"), "no date in the front matter; took the date %s from the path", d.Format("2006-01-02"))
		} else {
			diags.Errorf(path, lineOf("date"), "no date in the front matter or the path")
		}
	}
}
