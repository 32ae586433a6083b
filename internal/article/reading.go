package article

import "strings"

// reading weighs the opening paragraphs of one article. Each paragraph in
// the window gets the part that fits it best given the parts before it
// (one headline, one byline, one date line); then choose picks where the
// story starts by adding up, for every possible start, the evidence for
// the parts above it, for the story's first paragraph, and for the body
// below it.
type reading struct {
	paras  []para
	c      []cell
	titled bool
}

// cell is what the reading knows of one paragraph.
type cell struct {
	f      feats
	part   part
	score  int
	why    string
	second part // the runner-up part, for explain
	secScr int
	cont   bool // a line glued under a byline: part of the byline above
}

// leadBonus is the evidence a dateline gives that a paragraph opens the
// story.
const leadBonus = 8

// window returns how many of the first paragraphs the reading weighs:
// up to maxTop+1, but no further than the story has plainly begun (a
// dateline, or a paragraph of sentences with no dateline under it), past
// which no reading would start it.
func (p *parser) window(paras []para) int {
	w := 0
	for w < len(paras) && w <= maxTop {
		q := paras[w].text
		w++
		if _, ok := p.dateline(q); ok {
			break
		}
		if len(q) > 60 && strings.HasSuffix(trimClosers(q), ".") && countFieldsUpTo(q, 8) >= 8 && !mayHoldCredit(q) && !hasBBCLabel(q) {
			// Story text, unless a byline or a dateline follows it: then
			// it was a standfirst.
			if !p.topAhead(paras[w:]) {
				break
			}
		}
	}
	return w
}

// state is what the paragraphs assigned so far took.
type state struct {
	headline, byline, date bool
	prose                  bool // a paragraph of sentences came before
}

// assign gives each paragraph its best part above the story, in order.
func (r *reading) assign() {
	st := state{headline: r.titled}
	for i := range r.c {
		if r.c[i].cont {
			r.c[i].part, r.c[i].score, r.c[i].why = partByline, r.c[i-1].score, "a line glued under the byline naming its outlet or job title"
			continue
		}
		var c [numParts]cand
		r.candidates(&c, i, st)
		best, next := bestTwo(&c)
		r.c[i].part, r.c[i].score, r.c[i].why = best, c[best].score, c[best].why
		r.c[i].second, r.c[i].secScr = next, c[next].score
		if r.c[i].f.sentence && r.c[i].f.words >= 6 {
			st.prose = true
		}
		switch best {
		case partHeadline:
			st.headline = true
		case partByline:
			st.byline = true
			for j := 1; j < r.c[i].f.bylineSpan && i+j < len(r.c); j++ {
				r.c[i+j].cont = true
			}
		case partDate:
			st.date = true
		}
	}
}

// bestTwo returns the best part other than body, and the runner-up among
// all parts.
func bestTwo(c *[numParts]cand) (best, next part) {
	best, next = partUnknown, partBody
	for x := partHeadline; x < numParts; x++ {
		if c[x].why != "" && c[x].score > c[best].score {
			best = x
		}
	}
	for x := partBody; x < numParts; x++ {
		if x != best && c[x].why != "" && (c[next].why == "" || c[x].score > c[next].score) {
			next = x
		}
	}
	return best, next
}

// candidates scores paragraph i for each part it could be, given what the
// paragraphs before it took.
func (r *reading) candidates(c *[numParts]cand, i int, st state) {
	f := &r.c[i].f
	c[partBody] = bodyScore(f)
	c[partUnknown] = cand{unknownScore, "nothing recognised"}
	if f.sentence && f.words >= 8 {
		c[partUnknown].score = proseUnknownScore // story text, if anything
	}
	if f.furniture != "" {
		c[partFurniture] = cand{8, "web page furniture (" + f.furniture + ")"}
	} else if f.label {
		c[partFurniture] = cand{5, "a section label"}
	}
	if f.note != "" {
		c[partNote] = cand{7, f.note}
	}
	switch {
	case f.bbc != 0:
		c[f.bbc] = cand{7, "a labelled picture line"}
	case f.credit != "":
		c[partCaption] = cand{6, "ends in a photo credit"}
	case f.onHeader && f.words >= 4:
		c[partCaption] = cand{5, "runs on from the date on the header line, where pasted captions stand"}
	}
	r.bylineCand(c, f, st)
	r.dateCand(c, f, st)
	r.headlineCand(c, i, st)
	r.summaryCand(c, i, st)
}

func (r *reading) bylineCand(c *[numParts]cand, f *feats, st state) {
	if !f.isByline {
		return
	}
	switch {
	case st.byline:
		c[partByline] = cand{-2, "a second byline"}
	case f.bylineBy:
		c[partByline] = cand{8, "opens with \"By\" or its kin and names people or an outlet"}
	case f.byline.affiliated:
		c[partByline] = cand{6, "names people with an outlet or a job title"}
	case st.headline && hasPlaceNote(f.byline):
		c[partByline] = cand{4, "names with their places under the headline"}
	case st.headline:
		c[partByline] = cand{3, "a line of names under the headline"}
	}
}

func (r *reading) dateCand(c *[numParts]cand, f *feats, st state) {
	if !f.isDate {
		return
	}
	switch {
	case st.date:
		c[partFurniture] = cand{6, "a second date line"}
	case f.dateUpdate:
		c[partDate] = cand{5, "an \"Updated\" date line"}
	default:
		c[partDate] = cand{7, "a line that is only a date"}
	}
}

func (r *reading) headlineCand(c *[numParts]cand, i int, st state) {
	f := &r.c[i].f
	if !f.headline || f.furniture != "" || f.label || f.note != "" || f.bylineBy || f.isDate || f.bbc != 0 {
		return
	}
	switch {
	case st.headline:
		if f.words >= 4 {
			c[partSummary] = cand{3, "a second headline-like line: a standfirst"}
		}
	case f.subject:
		c[partHeadline] = cand{9, "a headline-like line that repeats the e-mail subject"}
	case labelWords(r.paras[i].text) <= 2 && r.headlineAhead(i):
		c[partFurniture] = cand{3, "a short label above the headline"}
		c[partHeadline] = cand{1, "a short headline-like line"}
	case f.words >= 3:
		c[partHeadline] = cand{4, "short, capitalised, no closing full stop"}
	default:
		c[partHeadline] = cand{2, "a short capitalised line"}
	}
}

func (r *reading) summaryCand(c *[numParts]cand, i int, st state) {
	f := &r.c[i].f
	switch {
	case f.list && r.storyAhead(i):
		c[partSummary] = cand{4, "a highlight above the story"}
	case f.sentence && st.headline && !st.byline && r.bylineAhead(i):
		c[partSummary] = cand{4, "a standfirst between headline and byline"}
	case f.sentence && f.words >= 6 && st.headline && !st.prose && r.datelineNext(i):
		c[partSummary] = cand{2, "a paragraph right above the dateline, under the headline"}
	}
}

// headlineAhead reports a longer headline-like line among the next two.
func (r *reading) headlineAhead(i int) bool {
	for j := i + 1; j < len(r.c) && j <= i+2; j++ {
		if r.c[j].f.headline && r.c[j].f.words >= 3 && r.c[j].f.furniture == "" && !r.c[j].f.bylineBy {
			return true
		}
	}
	return false
}

// bylineAhead reports a byline in one of the next two paragraphs.
func (r *reading) bylineAhead(i int) bool {
	for j := i + 1; j < len(r.c) && j <= i+2; j++ {
		if r.c[j].f.dateline {
			return false
		}
		if r.c[j].f.isByline {
			return true
		}
	}
	return false
}

// storyAhead reports a byline or a dateline within the next few
// paragraphs, past more list items, captions, notes and furniture: the
// mark of highlights above the story.
func (r *reading) storyAhead(i int) bool {
	for j := i + 1; j < len(r.c) && j <= i+8; j++ {
		f := &r.c[j].f
		switch {
		case f.dateline || f.isByline:
			return true
		case f.list || f.note != "" || f.credit != "" || f.furniture != "" || bodyScore(f).score < 0:
		default:
			return false
		}
	}
	return false
}

// datelineNext reports a dateline in the next paragraph that is not
// furniture.
func (r *reading) datelineNext(i int) bool {
	for j := i + 1; j < len(r.c) && j <= i+3; j++ {
		if r.c[j].f.furniture == "" {
			return r.c[j].f.dateline
		}
	}
	return false
}

// inBody is the evidence for paragraph i where the story has begun:
// story text, furniture dropped where it stands, or a photo caption shown
// as a figure.
func (r *reading) inBody(i int) int {
	f := &r.c[i].f
	s := bodyScore(f).score
	if f.furniture != "" {
		s = max(s, 8)
	}
	if f.credit != "" && strongCredit(f.credit) || f.bbc != 0 {
		s = max(s, 6)
	}
	return s
}

// lead is the evidence that paragraph k opens the story.
func (r *reading) lead(k int) int {
	f := &r.c[k].f
	if f.furniture != "" || f.note != "" || r.c[k].cont {
		return -20
	}
	s := bodyScore(f).score
	if f.dateline {
		s += leadBonus
	}
	return s
}

// choose returns the index of the story's first paragraph: the start
// that makes the whole top fit best, the earliest among equals. The body
// needs a paragraph, so the last paragraph is always story.
func (r *reading) choose() int {
	n := len(r.c)
	if n == 0 {
		return 0
	}
	last := n - 1
	var suffixBuf [maxTop + 2]int
	suffix := suffixBuf[:n+1]
	for i := n - 1; i >= 0; i-- {
		suffix[i] = suffix[i+1] + r.inBody(i)
	}
	best, bestK, prefix := 0, 0, 0
	for k := 0; k <= last; k++ {
		total := prefix + r.lead(k) + suffix[k+1]
		if k == 0 || total > best {
			best, bestK = total, k
		}
		prefix += r.c[k].score
	}
	return bestK
}

// applyReading stores the parts of the paragraphs above the story in t
// and reports each paragraph it drops.
func (p *parser) applyReading(t *top, r *reading, k int) {
	var pendingCredit *para
	for i := 0; i < k; i++ {
		q, f := r.paras[i], &r.c[i].f
		p.explainBlock(q, r.c[i].part, r.c[i].score, r.c[i].why, r.c[i].second, r.c[i].secScr)
		if r.c[i].cont {
			continue
		}
		switch r.c[i].part {
		case partHeadline:
			t.headline = ref(q)
		case partByline:
			text := q.text
			for j := 1; j < f.bylineSpan; j++ {
				text += ", " + r.paras[i+j].text
			}
			t.byline, t.parsed = &para{text: text, line: q.line}, f.byline
		case partCaption:
			if f.licensing {
				p.diags.Warnf(p.path, q.line, "dropped the link %q after the photo credit", licensingLink)
			}
			if f.caption != "" {
				q.text = f.caption // the credit split off
			}
			if pendingCredit != nil && f.bbc != 0 {
				q.credit, pendingCredit = pendingCredit.text, nil
			} else {
				q.credit = f.credit
			}
			p.takeTopCaption(t, q)
		case partCredit:
			p.dropSource(pendingCredit) // a second credit before any caption
			pendingCredit = &para{text: f.credit, line: q.line}
		case partSummary:
			t.standfirst = append(t.standfirst, q)
		case partDate:
			t.dated, t.date = ref(q), f.date
		case partFurniture:
			p.diags.Warnf(p.path, q.line, "dropped %s %q", r.c[i].why, q.text)
		case partNote:
			p.diags.Warnf(p.path, q.line, "dropped %s %q", f.note, q.text)
		default:
			p.diags.Warnf(p.path, q.line, "dropped %q above the story: it is none of headline, caption, byline or dateline (best guess: %s)", q.text, r.c[i].second)
		}
	}
	p.reportDoubts(r, k)
	if pendingCredit != nil {
		if t.caption != nil && t.credit == "" {
			t.credit = pendingCredit.text
		} else {
			p.diags.Warnf(p.path, pendingCredit.line, "dropped picture credit %q: no caption goes with it", pendingCredit.text)
		}
	}
}

// takeTopCaption keeps the first caption above the story as the article's
// caption; later ones are shown as figures where the story starts.
func (p *parser) takeTopCaption(t *top, q para) {
	if t.caption == nil {
		t.caption, t.credit = ref(q), q.credit
		return
	}
	q.figure = true
	t.figures = append(t.figures, q)
}

// reportDoubts names the paragraphs the reading was unsure of: a part
// chosen above the story by a margin of one point or less, and a
// paragraph below the story's start that looks like a dateline or a
// byline but cannot be one there.
func (p *parser) reportDoubts(r *reading, k int) {
	for i := range r.c {
		c, q := &r.c[i], r.paras[i]
		switch {
		case i < k && !c.cont && c.part != partUnknown && c.second != partUnknown && c.secScr > 0 && c.score-c.secScr <= 1:
			p.diags.Warnf(p.path, q.line, "unsure: read %q as the %s (%+d); it could be the %s (%+d)", short(q.text, 60), c.part, c.score, c.second, c.secScr)
		case i > k && c.f.dateline:
			p.diags.Warnf(p.path, q.line, "%q opens like a dateline but is not the story's first paragraph; kept it as story text", short(q.text, 60))
		case i > k && c.f.isByline && c.f.bylineBy:
			p.diags.Warnf(p.path, q.line, "%q looks like a byline but stands inside the story; kept it as story text", short(q.text, 60))
		}
	}
}

// hasPlaceNote reports a byline that named where its writers were
// ("Julian Borger in Washington"), as Guardian bylines do.
func hasPlaceNote(b byline) bool {
	for _, n := range b.notes {
		if strings.HasPrefix(n, "dropped place") {
			return true
		}
	}
	return false
}

// topAhead reports a byline opening with "By" or a dateline in the next
// two paragraphs: the marks that the paragraph above them was a
// standfirst, not the story.
func (p *parser) topAhead(next []para) bool {
	for i := 0; i < len(next) && i < 2; i++ {
		q := next[i].text
		if len(q) < 160 && byPrefixLen(q) > 0 || p.isDatelined(q) {
			return true
		}
	}
	return false
}

// labelWords counts the words of a section label, leaving out "&": "Nation
// & World" is two words.
func labelWords(s string) int {
	return countFields(s) - strings.Count(s, " & ")
}
