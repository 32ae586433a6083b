package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTop bounds how many opening paragraphs may be headline, caption,
// byline, furniture and the like before the story must have begun.
const maxTop = 16

// top is what the paragraphs before the body held.
type top struct {
	headline   *para
	caption    *para // the caption paragraph, credit already split off
	credit     string
	byline     *para // text of the byline, glued lines merged
	parsed     byline
	standfirst []para
	dated      *para // a line such as "Published March 3, 2026"
	date       parsedDate
	keep       []para // header lines with unknown keys: body text
	figures    []para // further captions above the story, shown where the story starts
	n          int    // paragraphs taken
}

// readTop reads the opening paragraphs as a whole: it scores each for
// every part it could be (scores.go), assigns the parts in order, then
// chooses where the story starts so that the reading of the whole top
// fits best (reading.go). A paragraph it cannot place costs only itself:
// it is dropped with a warning that names it, and the paragraphs around it
// keep their parts.
func (p *parser) readTop(paras []para, w int, set foldedSet, titled bool) top {
	var t top
	var kept []para
	for len(paras) > 0 && paras[0].keep {
		kept, paras = append(kept, paras[0]), paras[1:]
	}
	var cells [maxTop + 1]cell // on the stack: a top is a few paragraphs
	w = max(min(w-len(kept), len(paras)), min(1, len(paras)))
	r := reading{paras: paras[:w], c: cells[:w], titled: titled}
	sawBy := false // a "By" line above: no later line can be the byline
	for i := range r.c {
		p.featsOf(&r.c[i].f, paras, i, set, sawBy)
		sawBy = sawBy || r.c[i].f.bylineBy
	}
	r.assign()
	k := r.choose()
	p.applyReading(&t, &r, k)
	t.keep = kept
	t.n = k + len(kept)
	return t
}

// takeDateLine reads a short line that is only a date, perhaps after
// "Published" or "Updated" and before a time.
func (p *parser) dateLineOf(s string) (parsedDate, bool) {
	if len(s) > 120 || !hasYear(s) {
		return parsedDate{}, false // every date has a four-digit year
	}
	if i := strings.IndexByte(s, '|'); i > 0 {
		s = strings.TrimSpace(s[:i]) // "Published ... | Updated ...": the first date
	}
	if len(s) > 80 {
		return parsedDate{}, false
	}
	label := dateLabel(s)
	pd, rest, ok := p.findDate(s[label:], label > 0)
	if !ok && startsDigit(s[label:]) {
		// "Published 9:30 GMT, 3 March 2026": a time before the date.
		pd, rest, ok = p.findDate(s[label:], true)
	}
	if !ok || countFields(strings.TrimLeft(rest, ".,|·- ")) > 4 && (label == 0 || countFields(rest) > 10) {
		return parsedDate{}, false
	}
	return pd, true
}

// findDate reads a date at the start of s or, when anywhere is set, at
// the start of any word ("Updated 9:30 a.m. EST March 3, 2026").
func (p *parser) findDate(s string, anywhere bool) (parsedDate, string, bool) {
	for {
		if pd, ok := parseDatePrefix(s, p.opt.Location); ok {
			return pd, s[pd.n:], true
		}
		i := strings.IndexByte(s, ' ')
		if !anywhere || i < 0 {
			return parsedDate{}, "", false
		}
		s = s[i+1:]
	}
}

// isAdvisory matches a whole paragraph in brackets above the story, such
// as Reuters' "(Adds minister's comment in paragraph 5)".
func isAdvisory(s string, set foldedSet) bool {
	if len(s) > 300 {
		return false
	}
	if isWireAdvisory(s) {
		return true
	}
	if !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return false
	}
	return strings.Count(s, "(") == 1 && !looksLikeCredit(s[1:len(s)-1], set)
}

// affiliationLine is a short line that names an outlet or a job title.
func affiliationLine(s string, set foldedSet) bool {
	if countFields(s) > 8 {
		return false
	}
	if i := strings.IndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[:i]) // "The Prairie Herald (Fargo, N.D.)"
	}
	if o, _, ok := strings.Cut(s, ", "); ok && isOutlet(o, set) {
		return true // "BBC News, Westmark"
	}
	return isOutlet(s, set) || looksLikeOutlet(s) || isJobTitle(s)
}

// headlineLike: a short paragraph with no closing full stop that opens
// with a capital, a digit, a quote or an opening "¿" or "¡".
func headlineLike(s string) bool {
	if len(s) > 200 || s == "" || isListItem(s) {
		return false
	}
	first, n := utf8.DecodeRuneInString(s)
	if first == '¿' || first == '¡' {
		first, _ = utf8.DecodeRuneInString(s[n:])
	}
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"'“‘„«`, first) {
		return false
	}
	t := strings.TrimRight(s, `"'”’)»“`)
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".,;:…", last) {
		return false // a sentence; cheaper to see than the word count
	}
	words := countFieldsUpTo(s, 25)
	if words > 12 {
		if _, more := lastSentence(s); more {
			return false // two sentences: a caption or a standfirst, not a headline
		}
	}
	return words <= 24
}

// ref returns a pointer to a copy of q. Taking &q of a parameter would
// move every call's q to the heap, including the many that keep nothing.
func ref(q para) *para { return &q }

func (p *parser) isDatelined(s string) bool {
	_, ok := p.dateline(s)
	return ok
}

// wireAdvisories open the notes to editors that wire copy carries above
// the story, in capitals as the agencies send them.
var wireAdvisories = [...]string{"UPDATES:", "UPDATE:", "EDS:", "Eds:", "EDITORS:", "ADVISORY:", "REFILE-",
	"REFILE:", "REPEAT-", "CORRECTED-", "RECASTS", "WITH PHOTOS", "BC-", "EDITOR'S NOTE:"}

// isWireAdvisory matches a note to editors: "UPDATES: With evacuation
// figures", "Eds: Adds quote".
func isWireAdvisory(s string) bool {
	if s == "" || strings.IndexByte("UEARCW", s[0]) < 0 {
		return false // no advisory opens with another letter
	}
	for _, w := range wireAdvisories {
		if strings.HasPrefix(s, w) && w != "BC-" {
			return true
		}
	}
	return false
}
