package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxTop bounds how many opening paragraphs may be headline, caption,
// byline and the like before the body must have begun.
const maxTop = 12

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
	n          int    // paragraphs taken
}

// readTop classifies the opening paragraphs, in any order: caption,
// byline, headline, a date line, advisory notes such as "(Adds quote)",
// and a standfirst between the headline and the byline. It stops at the
// first paragraph that opens with a dateline or is none of these.
func (p *parser) readTop(paras []para, set foldedSet, titled bool) top {
	var t top
	i := 0
	for ; i < len(paras) && i < maxTop; i++ {
		q := paras[i]
		switch {
		case q.keep:
			t.keep = append(t.keep, q)
			continue
		case p.isDatelined(q.text):
		case p.takeDateLine(&t, q):
			continue
		case isAdvisory(q.text, set):
			p.diags.Warnf(p.path, q.line, "dropped editor's note %q above the story", q.text)
			continue
		case t.caption == nil && p.takeCaption(&t, q, set):
			continue
		case t.byline == nil && p.takeByline(&t, paras, &i, set, titled):
			continue
		case headlineLike(q.text) && p.takeHeadline(&t, q):
			continue
		case t.byline == nil && (t.headline != nil || titled) && len(t.standfirst) < 2 && p.bylineAhead(paras[i+1:], set):
			t.standfirst = append(t.standfirst, q)
			continue
		case isListItem(q.text) && len(t.standfirst) < 6 && p.storyAhead(paras[i+1:], set):
			t.standfirst = append(t.standfirst, q) // Reuters-style highlights
			continue
		}
		break
	}
	t.n = i
	return t
}

func (p *parser) isDatelined(s string) bool {
	_, ok := p.dateline(s)
	return ok
}

// takeDateLine takes a short line that is only a date, perhaps after
// "Published" or "Updated" and before a time.
func (p *parser) takeDateLine(t *top, q para) bool {
	if len(q.text) > 80 || !hasYear(q.text) {
		return false // every date has a four-digit year
	}
	label := dateLabel(q.text)
	pd, rest, ok := p.findDate(q.text[label:], label > 0)
	if !ok || countFields(rest) > 4 {
		return false
	}
	if t.dated != nil {
		p.diags.Warnf(p.path, q.line, "dropped second date line %q", q.text)
		return true
	}
	t.dated, t.date = ref(q), pd
	return true
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
	if len(s) > 300 || !strings.HasPrefix(s, "(") || !strings.HasSuffix(s, ")") {
		return false
	}
	return strings.Count(s, "(") == 1 && !looksLikeCredit(s[1:len(s)-1], set)
}

func (p *parser) takeCaption(t *top, q para, set foldedSet) bool {
	capt, credit, ok := readCredit(q.text, set)
	if !ok {
		return false
	}
	q.text = capt
	t.caption, t.credit = ref(q), credit
	return true
}

// takeByline takes a byline, merging the short lines glued under it that
// carry its outlet or job title ("By JANE ROE" / "Associated Press").
func (p *parser) takeByline(t *top, paras []para, i *int, set foldedSet, titled bool) bool {
	text := paras[*i].text
	n := 1
	for *i+n < len(paras) && n < 4 && paras[*i+n].glued && affiliationLine(paras[*i+n].text, set) {
		text += ", " + paras[*i+n].text
		n++
	}
	bare := t.headline != nil || titled
	b, ok := readByline(text, set, bare)
	if !ok {
		return false
	}
	// What readByline reads does not depend on bare, only whether it
	// accepts it, so applyByline can use this parse.
	t.byline, t.parsed = &para{text: text, line: paras[*i].line}, b
	*i += n - 1
	return true
}

// affiliationLine is a short line that names an outlet or a job title.
func affiliationLine(s string, set foldedSet) bool {
	if countFields(s) > 8 {
		return false
	}
	return isOutlet(s, set) || looksLikeOutlet(s) || isJobTitle(s)
}

// takeHeadline takes the first headline; a one- or two-word line before
// it was a section label ("World", "Opinion") and is dropped with a
// warning.
func (p *parser) takeHeadline(t *top, q para) bool {
	if t.headline == nil {
		t.headline = ref(q)
		return true
	}
	if countFields(t.headline.text) <= 2 && countFields(q.text) > 2 {
		p.diags.Warnf(p.path, t.headline.line, "dropped %q above the headline (a section label)", t.headline.text)
		t.headline = ref(q)
		return true
	}
	return false
}

// headlineLike: a short paragraph with no closing full stop that opens
// with a capital, a digit or a quote.
func headlineLike(s string) bool {
	if len(s) > 160 || s == "" || isListItem(s) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"'“‘`, first) {
		return false
	}
	t := strings.TrimRight(s, `"'”’)`)
	if last, _ := utf8.DecodeLastRuneInString(t); strings.ContainsRune(".,;:…", last) {
		return false // a sentence; cheaper to see than the word count
	}
	return countFields(s) <= 20
}

// bylineAhead reports a byline in one of the next two paragraphs, the
// mark of a standfirst between headline and byline.
func (p *parser) bylineAhead(next []para, set foldedSet) bool {
	for i := 0; i < len(next) && i < 2; i++ {
		if next[i].text == "" || p.isDatelined(next[i].text) {
			return false
		}
		if _, ok := readByline(next[i].text, set, true); ok {
			return true
		}
	}
	return false
}

// storyAhead reports a byline or a dateline within the next few
// paragraphs, past more list items, a caption or a note: the mark of
// highlights above the story.
func (p *parser) storyAhead(next []para, set foldedSet) bool {
	for i := 0; i < len(next) && i < 8; i++ {
		s := next[i].text
		switch {
		case p.isDatelined(s):
			return true
		case isListItem(s) || isAdvisory(s, set):
		default:
			_, _, isCaption := readCredit(s, set)
			_, isByline := readByline(s, set, false)
			if isByline {
				return true
			}
			if !isCaption {
				return false
			}
		}
	}
	return false
}

// ref returns a pointer to a copy of q. Taking &q of a parameter would
// move every call's q to the heap, including the many that keep nothing.
func ref(q para) *para { return &q }
