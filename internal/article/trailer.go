package article

import (
	"bytes"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"
)

// The trailer recognisers look at the last few short paragraphs only.
var (
	distributedBy     = regexp.MustCompile(`^(?i:distributed by)\s+\p{Lu}`)
	visitAt           = regexp.MustCompile(`^Visit\s+(\p{Lu}.{0,60}?)\s+(?:at|on)\s+\S+\.\S+`)
	appearedInPattern = regexp.MustCompile(`(?i:(?:appeared|published|ran)\s+(?:in|by|on))\s+(.+?)\.?$`)
	copyrightOf       = regexp.MustCompile(`^(?i:©|\(c\)|copyright)\s*(?i:©|\(c\)|copyright)?\s*(?:(\d{4}),?\s+(.+)|(.+?)\s+\d{4}\b)`)
	reutersSign       = regexp.MustCompile(`(?i:^\(?(?:additional )?(?:reporting|writing|editing) by)|(?i:thomson reuters)`)
	bloombergSign     = regexp.MustCompile(`(?i:^to contact the|with assistance from|bloomberg)`)
)

// maxTrailer bounds how many closing paragraphs may be trailer lines and
// how long one may be.
const (
	maxTrailer    = 8
	maxTrailerLen = 500
)

// trailer is the closing attribution of an article.
type trailer struct {
	lines  []string
	outlet string // the outlet the trailer names, if any
	weak   bool   // the outlet is only implied by a house style (a Reuters sign-off)
	at     int    // index of the first trailer paragraph
}

// readTrailer finds the trailer at the end of body: closing lines that
// are attributions, copyright notices, sign-offs or contact blocks, with
// web page furniture among or below them dropped. It never takes the
// first paragraph: an article needs a body.
func (p *parser) readTrailer(body []para) trailer {
	start := len(body)
	if c := contactBlock(body); c >= 0 {
		start = c
	}
	var furn []int
	for start > 1 && len(body)-start < maxTrailer+len(furn) {
		q := body[start-1].text
		if isTrailerLine(q) {
			start--
			continue
		}
		if _, ok := furniture(q); ok && len(furn) < 4 {
			furn = append(furn, start-1)
			start--
			continue
		}
		break
	}
	// Furniture above the first trailer line is the body's to drop.
	for len(furn) > 0 && furn[len(furn)-1] == start {
		furn, start = furn[:len(furn)-1], start+1
	}
	t := trailer{at: start}
	for i, q := range body[start:] {
		if slicesContains(furn, start+i) {
			kind, _ := furniture(q.text)
			p.diags.Warnf(p.path, q.line, "dropped web page furniture (%s) %q below the story", kind, q.text)
			p.explainPara(q, "furniture", "web page furniture ("+kind+") among the closing lines")
			continue
		}
		t.lines = append(t.lines, q.text)
		p.explainPara(q, "trailer", "a closing attribution, copyright, sign-off or contact line")
	}
	t.outlet, t.weak = trailerOutlet(t.lines)
	return t
}

func slicesContains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// contactBlock finds Bloomberg's "To contact the reporter on this story:"
// block, which runs to the end with the addresses under it.
func contactBlock(body []para) int {
	for i := max(1, len(body)-maxTrailer); i < len(body); i++ {
		if isContactLead(body[i].text) {
			for _, p := range body[i:] {
				if len(p.text) > maxTrailerLen {
					return -1
				}
			}
			return i
		}
	}
	return -1
}

// isTrailerLine reports whether a closing paragraph is an attribution,
// copyright line, distribution notice or agency sign-off.
func isTrailerLine(s string) bool {
	if len(s) > maxTrailerLen || isStampLine(s) {
		return false // "First published on Thu 12 Mar 2026" dates the page
	}
	if opensTrailer(s) || isDeskInitials(s) || isBioLine(s) {
		return true
	}
	if _, ok := prefixFold(s, "distributed by"); ok && distributedBy.MatchString(s) && countFields(s) <= 16 {
		return true
	}
	return strings.HasPrefix(s, "Visit") && visitAt.MatchString(s)
}

// trailerForm is one way a trailer line opens. A line is a trailer line
// when it opens with one of the lower-case words of a form (ignoring case)
// and, where the form has a pattern, matches it. The openings keep the
// patterns, which are costly on long paragraphs, off most lines.
type trailerForm struct {
	opens []string
	re    *regexp.Regexp
}

// trailerForms are the trailer openings: attributions, copyright lines,
// Reuters' credits and advisories, Bloomberg's contacts and web notices.
var trailerForms = []trailerForm{
	{[]string{"this article ", "this story ", "this report ", "this piece ", "this column ", "this content "},
		trailerPattern(`this (?:article|story|report|piece|column|content)(?: by [^.]{1,80}?)? (?:was |has been )?(?:originally |first )?(?:appeared|published|ran|produced|written|distributed)\b`)},
	{[]string{"this column does not", "this article does not", "this story has been"}, nil},
	{[]string{"ce texte de ", "cet article a ", "cet article est ", "este texto de ", "este artículo fue", "dieser text ", "questo articolo"},
		trailerPattern(`(?:ce texte de|cet article a|cet article est|este texto de|este artículo|dieser text|questo articolo)\b.{0,80}?\b(?:publié|publicado|publicada|veröffentlicht|pubblicato|paru)`)},
	{[]string{"riproduzione riservata", "(©", "(c)"}, nil},
	{[]string{"originally appeared ", "originally published ", "first appeared ", "first published "},
		trailerPattern(`(?:originally|first) (?:appeared|published) (?:in|by|on)\b`)},
	{[]string{"copyright"}, trailerPattern(`copyright\s+(?:©|\(c\)|\d{4}|thomson|\p{L}+ \d{4})`)},
	{[]string{"all rights reserved"}, nil},
	{[]string{"this material may not be published"}, nil},
	{[]string{"(additional ", "(reporting", "(writing", "(editing", "(compiled", "(research", "(production", "(graphics"},
		trailerPattern(`\((?:additional )?(?:reporting|writing|editing|compiled|research|production|graphics|writing and reporting|reporting and writing)\b[^)]*\bby\b`)},
	{[]string{"(this "}, trailerPattern(`\(this (?:story|article|version) (?:has been|was|corrects|adds|refiled)`)},
	{[]string{"additional ", "reporting by ", "writing by ", "editing by ", "compiled by "},
		trailerPattern(`(?:additional )?(?:reporting|writing|editing|compiled) by \p{Lu}[^.]{0,200}$`)},
	{[]string{"to contact the "}, trailerPattern(`to contact the (?:reporters?|editors?|authors?)\b`)},
	{[]string{"with assistance from"}, nil},
	{[]string{"all rights reserved", "tous droits réservés", "todos los derechos reservados", "alle rechte vorbehalten",
		"tutti i diritti riservati", "todos os direitos reservados", "alle rechten voorbehouden", "queda prohibida"}, nil},
	{[]string{"our standards:"}, nil},
	{[]string{"click for restrictions"}, nil},
	{[]string{"visit "}, trailerPattern(`visit \S+\.(?:com|org|net|co\.uk)\b`)},
}

// trailerPattern compiles one form, anchored at the start, ignoring case.
func trailerPattern(form string) *regexp.Regexp {
	return regexp.MustCompile(`^(?i:` + form + `)`)
}

// trailerOpening is one literal a trailer form opens with.
type trailerOpening struct {
	w    string
	form int // index in trailerForms
}

// trailerOpenings are the forms' literals by their first byte, so that a
// line is compared only with the literals that open as it does. ("ſ"
// folds onto "s" under (?i) and the Kelvin sign onto "k": their first
// bytes list those letters' literals too.)
var trailerOpenings = func() (by [256][]trailerOpening) {
	for i, f := range trailerForms {
		for _, w := range f.opens {
			by[w[0]] = append(by[w[0]], trailerOpening{w, i})
			if w[0] == 's' {
				by[0xc5] = append(by[0xc5], trailerOpening{w, i}) // ſ is C5 BF
			}
			if w[0] == 'k' {
				by[0xe2] = append(by[0xe2], trailerOpening{w, i}) // the Kelvin sign is E2 84 AA
			}
		}
	}
	return by
}()

// opensTrailer reports whether s opens the way a trailer line does: a
// copyright sign, "(c) ", or one of the trailer forms.
func opensTrailer(s string) bool {
	if strings.HasPrefix(s, "©") {
		return true
	}
	if t := strings.TrimLeft(s, "-—– "); len(t) < len(s) {
		if _, ok := prefixFold(t, "with assistance from"); ok {
			return true // "—With assistance from ...", any dash
		}
	}
	if n, ok := prefixFold(s, "(c)"); ok && n < len(s) && isRegexpSpace(rune(s[n])) {
		return true
	}
	if s == "" {
		return false
	}
	// Literals with letters beyond ASCII ("tous droits réservés") are
	// compared with the opening lower-cased once; the rest fold as (?i).
	var buf [64]byte
	var low []byte
	if !isASCII(head(s, 48)) {
		low = lowerBytes(buf[:0], head(s, 48))
	}
	for _, o := range trailerOpenings[lowerASCII(s[0])] {
		f := trailerForms[o.form]
		if opensWith(s, o.w, low) && (f.re == nil || f.re.MatchString(s)) {
			return true
		}
	}
	return false
}

// isContactLead matches `^(?i:to contact the)\b`: "To contact the" as a
// whole word at the start.
func isContactLead(s string) bool {
	n, ok := prefixFold(s, "to contact the")
	return ok && (n == len(s) || !isWordByte(s[n]))
}

// isWordByte is \w: an ASCII letter, digit or underscore.
func isWordByte(c byte) bool {
	return 'a' <= lowerASCII(c) && lowerASCII(c) <= 'z' || '0' <= c && c <= '9' || c == '_'
}

// trailerOutlet returns the outlet the first naming line names, or a weak
// guess from a house style.
func trailerOutlet(lines []string) (string, bool) {
	for _, l := range lines {
		if o := namedOutlet(l); o != "" && !isDistributor(o) {
			return canonicalOutlet(o), false
		}
	}
	for _, l := range lines {
		if o := bioOutlet(l); o != "" {
			return canonicalOutlet(o), false
		}
	}
	for _, l := range lines {
		switch {
		case mayContainFold(l, "reporting by", "writing by", "editing by", "thomson reuters") && reutersSign.MatchString(l):
			return "Reuters", true
		case mayContainFold(l, "to contact the", "with assistance from", "bloomberg") && bloombergSign.MatchString(l):
			return "Bloomberg News", true
		}
	}
	return "", false
}

// namedOutlet extracts X from "originally appeared in X", "© 2026 X. All
// rights reserved.", "Copyright X 2026" or "Visit X at x.com".
func namedOutlet(l string) string {
	if o := reportBy(l); o != "" {
		return o
	}
	if o, ok := appearedIn(l); ok {
		return cleanOutlet(o)
	}
	if opensCopyright(l) {
		if m := copyrightOf.FindStringSubmatch(l); m != nil {
			if m[2] != "" {
				return cleanOutlet(m[2])
			}
			return cleanOutlet(m[3])
		}
	}
	if strings.HasPrefix(l, "Visit") {
		if m := visitAt.FindStringSubmatch(l); m != nil {
			return cleanOutlet(m[1])
		}
	}
	return ""
}

// appearedIn matches
// `(?i:(?:appeared|published|ran)\s+(?:in|by|on))\s+(.+?)\.?$` and returns
// the group: what a line says the article appeared in.
func appearedIn(l string) (string, bool) {
	if strings.Contains(l, "ſ") || strings.Contains(l, "\u212a") {
		// Letters that fold onto ASCII ones: leave them to the pattern.
		if m := appearedInPattern.FindStringSubmatch(l); m != nil {
			return m[1], true
		}
		return "", false
	}
	// At any one place at most one of the words can start, so the match
	// is the earliest place where one of them leads to a match.
	best, group := -1, ""
	for _, w := range [...]string{"appeared", "published", "ran"} {
		for i := indexFoldASCII(l, w); i >= 0 && (best < 0 || i < best); {
			if g, ok := appearedAfter(l, i+len(w)); ok {
				best, group = i, g
				break
			}
			next := indexFoldASCII(l[i+1:], w)
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	return group, best >= 0
}

// appearedAfter matches `\s+(?:in|by|on)\s+(.+?)\.?$` (the preposition
// in any case) at j.
func appearedAfter(l string, j int) (string, bool) {
	sp := spaceRun(l[j:])
	if sp == 0 || !opensPreposition(l[j+sp:]) {
		return "", false
	}
	j += sp + 2
	sp = spaceRun(l[j:])
	if sp == 0 {
		return "", false
	}
	g, ok := lineTail(l, j, sp)
	if ok && len(g) > 1 {
		g = strings.TrimSuffix(g, ".") // the lazy group leaves a final full stop
	}
	return g, ok
}

// opensPreposition reports whether s opens with "in", "by" or "on" in
// any case.
func opensPreposition(s string) bool {
	for _, p := range [...]string{"in", "by", "on"} {
		if _, ok := prefixFold(s, p); ok {
			return true
		}
	}
	return false
}

// opensCopyright is a necessary condition for copyrightOf.
func opensCopyright(l string) bool {
	if strings.HasPrefix(l, "©") {
		return true
	}
	_, c := prefixFold(l, "(c)")
	_, word := prefixFold(l, "copyright")
	return c || word
}

// cleanOutlet cuts an outlet name at the end of its sentence, a comma or a
// bracket: "The Baltimore Sun (Baltimore, Md.), Distributed by ..." gives
// "The Baltimore Sun"; "Bloomberg L.P. Visit ..." gives "Bloomberg L.P".
func cleanOutlet(s string) string {
	if i := strings.IndexAny(s, ",(;"); i >= 0 {
		s = s[:i]
	}
	if ss := sentences(s); len(ss) > 0 {
		s = ss[0]
	}
	for _, stop := range []string{" All rights", " Distributed", " Visit", " on "} {
		if i := strings.Index(s, stop); i >= 0 {
			s = s[:i]
		}
	}
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "."))
	if !fieldsCapitalised(s) || countFields(s) > 8 {
		return ""
	}
	return s
}

// opensWith reports whether s opens with w, a lower-case literal, in any
// case. prefixFold compares ASCII letters as a (?i) pattern would and
// gives up at the first letter that differs; a literal with letters
// beyond ASCII is compared with low, the opening of s lower-cased, which
// is nil when that opening is ASCII.
func opensWith(s, w string, low []byte) bool {
	if _, ok := prefixFold(s, w); ok {
		return true
	}
	return low != nil && bytes.HasPrefix(low, []byte(w)) && !isASCII(w)
}

// isASCII reports whether s holds ASCII bytes only.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isDeskInitials matches the desk initials and end marks agencies close
// with: "ab/cd", "(ab/cd)", "cv-jm/dch", "(Schluss) kra/mhu", "ICO // JMR",
// "Lusa/Fim".
func isDeskInitials(s string) bool {
	if len(s) < 4 || len(s) > 40 {
		return false
	}
	for _, mark := range [...]string{"(Schluss)", "(Ende)", "(fin)", "(FIN)", "(END)", "(end)"} {
		s = strings.TrimSpace(strings.TrimPrefix(s, mark))
	}
	if t, ok := strings.CutSuffix(s, "/Fim"); ok && countFields(t) == 1 {
		return true // Lusa's end mark
	}
	if agency, initials, ok := strings.Cut(s, " "); ok && isOutlet(agency, foldedSet{}) && isUpperInitials(initials) {
		return true // "PTI NKR SMN"
	}
	s = strings.TrimSuffix(strings.TrimPrefix(s, "("), ")")
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '-' || r == ' ' })
	if len(parts) < 2 || strings.IndexAny(s, "/-") < 0 {
		return false
	}
	lower, upper := 0, 0
	for _, part := range parts {
		if len(part) < 2 || len(part) > 4 || part == "and" || part == "or" || part == "km" {
			return false
		}
		for i := 0; i < len(part); i++ {
			switch c := part[i]; {
			case 'a' <= c && c <= 'z':
				lower++
			case 'A' <= c && c <= 'Z':
				upper++
			default:
				return false
			}
		}
	}
	return lower == 0 || upper == 0 // one case throughout
}

// bioRoles are the roles a closing bio line gives its writer.
var bioRoles = [...]string{"columnist", "contributor", "writer", "correspondent", "reporter", "editor",
	"journalist", "professor", "fellow", "author", "member of the", "senior", "former", "freelance",
	"kolumnist", "columnista", "periodista", "chroniqueu", "journaliste", "éditorialiste", "giornalista",
	"editorialista", "jornalista", "colunista", "redakteur", "redacteur", "kommentator", "korrespondent",
	"corresponsal", "correspondant", "corrispondente", "correspondente", "commentator", "redaktør", "skribent"}

// bioVerbs join a writer's name to a role in the languages the parser
// reads.
var bioVerbs = [...]string{" is a", " is the", " is an", " ist ", " es ", " est ", " è ", " é ", " er ", " är ", " is "}

// isBioLine matches a writer's bio closing a column: "Jane Roe is a
// columnist for The Outlet.", "Jane Roe is a Bloomberg Opinion columnist
// covering ...".
func isBioLine(s string) bool {
	if len(s) > 400 || !endsLikeSentence(s) || !opensWithName(s) {
		return false // a bio opens with its writer's name
	}
	i := -1
	for _, v := range bioVerbs {
		if j := strings.Index(head(s, 60), v); j > 0 {
			i = j
			break
		}
	}
	if i < 0 || !isName(s[:i]) {
		return false
	}
	low := strings.ToLower(s[i:])
	for _, r := range bioRoles {
		if strings.Contains(low[:min(len(low), 80)], r) {
			return true
		}
	}
	return false
}

// reportBy reads the outlet of "This report by The Canadian Press was
// first published ..." and "Ce texte de La Presse Canadienne a été
// publié ...".
func reportBy(l string) string {
	for _, f := range [...]struct{ open, close string }{
		{"this report by ", " was "}, {"this story by ", " was "}, {"this article by ", " was "},
		{"ce texte de ", " a été"}, {"este texto de ", " fue "}, {"este texto de ", " se "},
	} {
		if n, ok := prefixFold(l, f.open); ok {
			if i := strings.Index(l[n:], f.close); i > 0 {
				return cleanOutlet(l[n : n+i])
			}
		}
	}
	return ""
}

// bioOutlet reads the outlet a writer's bio names: "Jane Roe is a
// columnist for The Outlet.", "Anna Brenner ist Kolumnistin der
// Halvenauer Rundschau.", "... columnista de El Heraldo de Valdeira."
func bioOutlet(l string) string {
	if !isBioLine(l) {
		return ""
	}
	best := -1
	for _, prep := range [...]string{" for ", " at ", " with ", " der ", " des ", " de ", " del ", " du ", " di ", " do ", " da ", " bij ", " i ", " på "} {
		if i := strings.Index(l, prep); i > 0 {
			if o := outletAfter(l[i+len(prep):]); o != "" && (best < 0 || i < best) {
				best = i
			}
		}
	}
	if best < 0 {
		return ""
	}
	for _, prep := range [...]string{" for ", " at ", " with ", " der ", " des ", " de ", " del ", " du ", " di ", " do ", " da ", " bij ", " i ", " på "} {
		if strings.HasPrefix(l[best:], prep) {
			return outletAfter(l[best+len(prep):])
		}
	}
	return ""
}

// outletAfter returns the capitalised words that open s, up to the end of
// its sentence, when they are shaped like an outlet's name.
func outletAfter(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	if i := strings.IndexAny(s, ",;("); i >= 0 {
		s = s[:i]
	}
	if ss := sentences(s); len(ss) > 0 {
		s = strings.TrimSuffix(ss[0], ".")
	}
	if s == "" || !startsUpper(s) || !fieldsCapitalised(s) || countFields(s) > 6 {
		return ""
	}
	return s
}

// isUpperInitials matches one to three groups of two to four capitals:
// "NKR SMN".
func isUpperInitials(s string) bool {
	f := strings.Fields(s)
	if len(f) < 1 || len(f) > 3 {
		return false
	}
	for _, w := range f {
		if len(w) < 2 || len(w) > 4 {
			return false
		}
		for i := 0; i < len(w); i++ {
			if w[i] < 'A' || w[i] > 'Z' {
				return false
			}
		}
	}
	return true
}

// stampLabels open the lines that stamp a page with its dates.
var stampLabels = [...]string{"first published", "last modified", "last updated", "published on", "updated on", "modified on"}

// isStampLine matches a line that only dates the page: "First published
// on Thu 12 Mar 2026 09.00 GMT", "Last modified on ...".
func isStampLine(s string) bool {
	if len(s) > 100 || s == "" || strings.IndexByte("fFlLpPuUmM", s[0]) < 0 {
		return false // every label opens with one of these letters
	}
	for _, l := range stampLabels {
		if n, ok := prefixFold(s, l); ok && hasYear(s) {
			rest := strings.TrimSpace(s[n:])
			rest = strings.TrimSpace(strings.TrimPrefix(rest, "on"))
			for rest != "" {
				if _, ok := parseDatePrefix(rest, time.UTC); ok {
					return true
				}
				i := strings.IndexByte(rest, ' ')
				if i < 0 {
					break
				}
				rest = rest[i+1:]
			}
		}
	}
	return false
}
