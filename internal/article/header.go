package article

import (
	"broadsheet/internal/slug"
	"regexp"
	"slices"
	"strings"
)

// header holds the values of the key lines at the top of the file.
type header struct {
	date     parsedDate
	hasDate  bool
	gluedAt  int // the line a caption runs on from the date, 0 when none
	dateLine int
	title    string
	slug     string
	tags     []string
	draft    bool
	source   string
	image    string
	outlet   string
	ignore   []string // diagnostic codes the writer has accepted for this article
	updated  parsedDate
	aliases  []string
	terms    map[string][]string // other taxonomies' terms, by taxonomy
}

// headerKeys maps each accepted key to the field it fills.
var headerKeys = map[string]string{
	"date": "date", "title": "title", "slug": "slug", "tags": "tags", "draft": "draft",
	"source": "source", "url": "source", "source_url": "source", "image": "image", "outlet": "outlet",
	"ignore": "ignore", "updated": "updated", "aliases": "aliases",
}

var (
	slugValue = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]*$`)
	urlValue  = regexp.MustCompile(`^(?:https?://|/|\./)?\S+$`)
	boolValue = map[string]bool{"true": true, "yes": true, "1": true, "false": false, "no": false, "0": false}
)

// headerField is one recognised header line.
type headerField struct {
	key, value string
	strong     bool   // unmistakably a header line (a colon, or a value only a header has)
	rest       string // text glued after a date value: the start of the article
}

// readHeader consumes the header lines at the top of lines. It returns the
// header and the remaining lines; a caption glued onto the date line comes
// back as the first remaining line. Header lines are only taken as such
// when at least one of them is unmistakable, so a headline such as "Draft
// law passes" stays text.
func (p *parser) readHeader(lines []srcLine) (header, []srcLine) {
	var fieldsBuf [8]headerField // headers are short: no allocation for most
	var atBuf [8]int
	fields, at := fieldsBuf[:0], atBuf[:0]
	var kept []srcLine
	i, sawBlank, strong := 0, false, false
	for ; i < len(lines); i++ {
		l := lines[i]
		if l.text == "" {
			if len(fields) > 0 && !strong {
				break // a header's first block must hold an unmistakable line
			}
			sawBlank = true
			continue
		}
		f, ok := p.parseHeaderLine(l.text)
		if ok && (f.strong || !sawBlank) {
			fields, at = append(fields, f), append(at, i)
			strong = strong || f.strong
			if f.rest != "" {
				break
			}
			continue
		}
		if strong && !sawBlank && isUnknownKey(l.text) {
			kept = append(kept, l)
			continue
		}
		break
	}
	if !strong {
		return header{}, lines
	}
	h := p.applyHeader(fields, at, lines)
	rest := lines[i:]
	if n := len(fields); fields[n-1].rest != "" {
		l := lines[at[n-1]]
		rest = append([]srcLine{{fields[n-1].rest, l.num}}, lines[at[n-1]+1:]...)
		h.gluedAt = l.num
	}
	for j := len(kept) - 1; j >= 0; j-- {
		k := kept[j]
		p.diags.Warnf(p.path, k.num, "%q is not a known header key; kept the line in the body", strings.SplitN(k.text, ":", 2)[0])
		if p.keepLines == nil {
			p.keepLines = map[int]bool{}
		}
		p.keepLines[k.num] = true
		// A blank line after each kept line keeps it a paragraph of its own.
		rest = append([]srcLine{k, {"", k.num}}, rest...)
	}
	return h, rest
}

// parseHeaderLine recognises "key value" or "key: value".
func (p *parser) parseHeaderLine(s string) (headerField, bool) {
	name, colon, n, ok := headerKey(s)
	if !ok {
		return headerField{}, false
	}
	var buf [10]byte
	for i := 0; i < len(name); i++ {
		buf[i] = lowerASCII(name[i])
	}
	key, ok := headerKeys[string(buf[:len(name)])]
	if !ok && colon && slices.Contains(p.opt.Taxonomies, string(buf[:len(name)])) {
		// A taxonomy's line needs its colon: "sections: Business".
		key, ok = string(buf[:len(name)]), true
	}
	if !ok {
		return headerField{}, false
	}
	f := headerField{key: key, value: strings.TrimSpace(s[n:]), strong: colon}
	switch key {
	case "date":
		pd, ok := parseDateFrom(f.value, p.opt.Location, 1)
		if !ok {
			return f, f.strong // a "date:" line that does not parse is an error later
		}
		f.strong = true
		f.rest = strings.TrimSpace(f.value[pd.n:])
		if strings.HasPrefix(f.rest, ".") || strings.HasPrefix(f.rest, ",") {
			f.rest = strings.TrimSpace(f.rest[1:])
		}
		f.value = f.value[:pd.n]
	case "draft":
		_, isBool := boolValue[strings.ToLower(f.value)]
		f.strong = f.strong || isBool
		return f, f.strong || isBool
	case "slug":
		f.strong = f.strong || slugValue.MatchString(f.value) && strings.ContainsAny(f.value, "-_")
		return f, f.strong
	case "source", "image":
		f.strong = f.strong || urlValue.MatchString(f.value) && strings.ContainsAny(f.value, "/.")
		return f, f.strong
	case "updated":
		_, ok := parseDate(unquote(f.value), p.opt.Location)
		f.strong = f.strong || ok
		return f, f.strong
	case "aliases":
		return f, f.strong
	}
	return f, true
}

// isUnknownKey matches `^[A-Za-z][A-Za-z_-]{1,20}:\s`: a word that looks
// like a header key, a colon and a space.
func isUnknownKey(s string) bool {
	if s == "" || !isASCIILetter(s[0]) {
		return false
	}
	n := 1
	for n < len(s) && n <= 21 && (isASCIILetter(s[n]) || s[n] == '_' || s[n] == '-') {
		n++
	}
	return n >= 2 && n <= 21 && n+1 < len(s) && s[n] == ':' && isRegexpSpace(rune(s[n+1]))
}

func isASCIILetter(c byte) bool { return 'a' <= lowerASCII(c) && lowerASCII(c) <= 'z' }

// headerKey matches `^([A-Za-z_]{3,10})(:?)(?:\s+|$)`: a key of three to
// ten letters or underscores, perhaps a colon, then spaces or the end. n
// is the length of the match.
func headerKey(s string) (name string, colon bool, n int, ok bool) {
	k := 0
	for k < len(s) && k <= 10 && ('a' <= lowerASCII(s[k]) && lowerASCII(s[k]) <= 'z' || s[k] == '_') {
		k++
	}
	if k < 3 || k > 10 {
		return "", false, 0, false
	}
	n = k
	if n < len(s) && s[n] == ':' {
		colon, n = true, n+1
	}
	sp := spaceRun(s[n:])
	if sp == 0 && n < len(s) {
		return "", false, 0, false
	}
	return s[:k], colon, n + sp, true
}

// applyHeader stores the fields, reporting duplicates and bad values.
func (p *parser) applyHeader(fields []headerField, at []int, lines []srcLine) header {
	var h header
	seen := make([]string, 0, 8) // keys given so far; there are only a few
	for i, f := range fields {
		line := lines[at[i]].num
		if slices.Contains(seen, f.key) {
			p.diags.Warnf(p.path, line, "%s given twice; ignored the second value %q", f.key, f.value)
			continue
		}
		seen = append(seen, f.key)
		if f.value == "" {
			p.diags.Warnf(p.path, line, "header %s has no value", f.key)
			continue
		}
		p.setHeader(&h, f, line)
	}
	return h
}

func (p *parser) setHeader(h *header, f headerField, line int) {
	v := unquote(f.value)
	switch f.key {
	case "date":
		pd, ok := parseDate(v, p.opt.Location)
		if !ok {
			p.diags.Errorf(p.path, line, "date %q does not parse; write it as 2026-02-13 or February 13, 2026", v)
			return
		}
		h.date, h.hasDate, h.dateLine = pd, true, line
		if real := pd.wrongWeekday(); real != "" {
			p.diags.Warnf(p.path, line, "date %q names %s, but the date is a %s; kept the date", v, pd.weekday, real)
		}
	case "title":
		h.title = v
	case "slug":
		h.slug = slug.Make(v)
		if h.slug != v {
			p.diags.Warnf(p.path, line, "slug %q is not lower-case ASCII words with hyphens; using %q", v, h.slug)
		}
	case "tags":
		h.tags = p.splitTags(v, line)
	case "draft":
		b, ok := boolValue[strings.ToLower(v)]
		if !ok {
			p.diags.Warnf(p.path, line, "draft %q is not true or false; treating the article as a draft", v)
			b = true
		}
		h.draft = b
	case "source":
		if !strings.ContainsAny(v, "./") {
			// "Source: Reuters" names the outlet, not an address.
			p.diags.Warnf(p.path, line, "source %q is not a URL; took it as the outlet", v)
			if h.outlet == "" {
				h.outlet = canonicalOutlet(v)
			}
			return
		}
		h.source = v
	case "image":
		h.image = v
	case "outlet":
		h.outlet = canonicalOutlet(v)
	case "ignore":
		h.ignore = strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == ';' })
	case "updated":
		pd, ok := parseDate(v, p.opt.Location)
		if !ok {
			p.diags.Errorf(p.path, line, "updated %q does not parse; write it as 2026-02-13 or February 13, 2026", v)
			return
		}
		h.updated = pd
	case "aliases":
		h.aliases = strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ' ' || r == ';' })
	default: // a taxonomy of the site (parseHeaderLine let only those through)
		if h.terms == nil {
			h.terms = make(map[string][]string)
		}
		h.terms[f.key] = p.splitTags(v, line)
	}
}

// splitTags splits on commas (or semicolons), dropping repeats with a warning.
func (p *parser) splitTags(v string, line int) []string {
	sep := ","
	if !strings.Contains(v, ",") && strings.Contains(v, ";") {
		sep = ";"
	}
	var tags []string
	seen := map[string]bool{}
	for _, t := range strings.Split(v, sep) {
		t = strings.TrimSpace(t)
		switch {
		case t == "":
		case seen[strings.ToLower(t)]:
			p.diags.Warnf(p.path, line, "tag %q given twice; kept it once", t)
		default:
			seen[strings.ToLower(t)] = true
			tags = append(tags, t)
		}
	}
	return tags
}

// unquote removes one pair of matching quotes around a header value.
func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' && s[len(s)-1] == '"' || s[0] == '\'' && s[len(s)-1] == '\'') {
		return strings.TrimSpace(s[1 : len(s)-1])
	}
	return s
}
