package markdown

import (
	"bytes"
	"errors"
	"strings"

	"github.com/BurntSushi/toml"

	"broadsheet/internal/diag"
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
	var diags diag.List
	text := normalizeNewlines(src)
	d := &Doc{Path: path}
	open, first := openingFence(text)
	if first != fence {
		diags.Errorf(path, open, "%s", noFrontMatter(first))
		d.Body, d.BodyLine = splitBody(text, 1)
		return d, diags
	}
	lines := strings.SplitAfter(text, "\n")
	end := closingFence(lines, open)
	if end == 0 {
		diags.Errorf(path, open, "front matter opened here is never closed by a %s line", fence)
		return d, diags
	}
	front := strings.Join(lines[open:end-1], "")
	diags.Append(decodeFront(&d.FrontMatter, path, front, open+1))
	d.Body, d.BodyLine = splitBody(strings.Join(lines[end:], ""), end+1)
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

// openingFence returns the first line that is not blank, which must be
// the opening +++ (with any trailing spaces trimmed), and its 1-based
// line number.
func openingFence(text string) (line int, first string) {
	line = 1
	for text != "" {
		l, rest, _ := strings.Cut(text, "\n")
		if !isBlank(l) {
			return line, strings.TrimRight(l, " \t")
		}
		text = rest
		line++
	}
	return 1, ""
}

// noFrontMatter explains what a file lacks whose first line is first.
func noFrontMatter(first string) string {
	if first == "---" {
		return "front matter must be TOML between +++ lines; YAML front matter between --- lines is not read"
	}
	return "no front matter: a Markdown article starts with a +++ line, TOML keys such as title and date, and a closing +++ line"
}

// closingFence returns the 1-based line of the +++ that closes the front
// matter opened on line open, or 0 when there is none.
func closingFence(lines []string, open int) int {
	for i := open; i < len(lines); i++ {
		if isFence(strings.TrimSuffix(lines[i], "\n")) {
			return i + 1
		}
	}
	return 0
}

func isFence(line string) bool { return strings.TrimRight(line, " \t") == fence }

func isBlank(line string) bool { return strings.Trim(line, " \t") == "" }

// splitBody returns the body that starts on line first of the file, as
// trimBody leaves it, and the line on which it starts.
func splitBody(text string, first int) (string, int) {
	body, skipped := trimBody(text)
	return body, first + skipped
}

// decodeFront decodes the TOML front matter that starts on line first of
// the file into fm.
func decodeFront(fm *FrontMatter, path, front string, first int) diag.List {
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
	lines := keyLines(front)
	lineOf := func(key string) int { return first - 1 + lines[key] }
	seen := make(map[string]bool)
	for _, k := range meta.Keys() {
		if seen[k[0]] {
			continue // a key inside a table already reported
		}
		seen[k[0]] = true
		if !setField(fm, k[0], values[k[0]], path, lineOf(k[0]), &diags) {
			diags.Warnf(path, lineOf(k[0]), "unknown front matter key %q%s; it is ignored", k[0], suggest(k[0]))
		}
	}
	if fm.Title == "" {
		diags.Errorf(path, lineOf("title"), "no title in the front matter")
	}
	if fm.Date.IsZero() && values["date"] == nil {
		diags.Errorf(path, lineOf("date"), "no date in the front matter")
	}
	return diags
}
