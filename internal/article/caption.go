package article

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	creditLead   = regexp.MustCompile(`^(?i:photo(?:graph)?s?|picture|image|illustration|credit|courtesy|foto(?:grafía|grafia)?s?|bild|imagen|immagine|photographie)(?:\s+courtesy)?(?:\s+by|\s+of|\s+de|\s+von|\s*:)\s*|^(?:©|\(c\)\s)`)
	creditMarker = regexp.MustCompile(`(?i:getty images|shutterstock|alamy|\bpool\b|\bepa\b|\bap photo\b|handout|file photo|\bvia\b)|\sfor\s+(?:the\s+)?\p{Lu}`)
	creditTail   = regexp.MustCompile(`(?:^|\s)(?:(?:Photographer|Photograph|Photo|Picture|Illustration|Image|Foto|Bild)(?:\s+by|:|\s+courtesy(?:\s+of)?)|Courtesy(?:\s+of)?)\s+([^.]*[^.\s])\.?$`)
)

// maxCreditLen bounds a credit; real ones are a name and an agency or two.
const maxCreditLen = 120

// splitCredit is readCredit against the names in set.
func splitCredit(text string, set outletSet) (caption, credit string, ok bool) {
	return readCredit(text, set.fold())
}

// readCredit separates a caption from the photo credit it ends with:
// "(Name/Outlet)", "(AP Photo/Name)", "(Photo: Name)", "(Outlet)",
// "Photograph: Name/Agency" or Reuters' "REUTERS/Name". ok is false when
// text does not end in a credit.
func readCredit(text string, set foldedSet) (caption, credit string, ok bool) {
	if c, cr, ok := parenCredit(text, set); ok {
		return c, cr, true
	}
	if t := tail(text, maxCreditLen+20); namesPhoto(t) || strings.Contains(t, "ourtesy") {
		if m := creditTail.FindStringSubmatchIndex(t); m != nil {
			off := len(text) - len(t)
			return strings.TrimSpace(text[:off+m[0]]), text[off+m[2] : off+m[3]], true
		}
	}
	last, more := lastSentence(tail(text, maxCreditLen+40))
	if more && (strings.Contains(last, "/") || mayEndInCredit(last) && hasCreditMarker(last)) && looksLikeCredit(last, set) {
		return strings.TrimSpace(strings.TrimSuffix(text, last)), last, true
	}
	return "", "", false
}

// mayEndInCredit is what looksLikeCredit asks of a sentence with a credit
// marker and no slash, tested before the costlier search for the marker:
// short, and opening like a credit or made of a few capitalised words.
func mayEndInCredit(s string) bool {
	return len(s) <= maxCreditLen && (hasCreditLead(s) || creditPart(s))
}

// namesPhoto is a necessary condition for creditTail: one of its words,
// at the start or after a space, followed by a colon or by spaces and "by".
func namesPhoto(s string) bool {
	if strings.IndexByte(s, 'P') < 0 && strings.IndexByte(s, 'I') < 0 && strings.IndexByte(s, 'F') < 0 && strings.IndexByte(s, 'B') < 0 {
		return false // every word opens with P, I, F or B
	}
	for _, w := range [...]string{"Photographer", "Photograph", "Photo", "Picture", "Illustration", "Image", "Foto", "Bild"} {
		for i := strings.Index(s, w); i >= 0; {
			if i == 0 || isRegexpSpace(rune(s[i-1])) {
				after := s[i+len(w):]
				if strings.HasPrefix(after, ":") || spaceRun(after) > 0 && strings.HasPrefix(after[spaceRun(after):], "by") {
					return true
				}
			}
			next := strings.Index(s[i+1:], w)
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	return false
}

// hasCreditMarker is creditMarker.MatchString, skipping the pattern when
// none of its words is there.
func hasCreditMarker(s string) bool {
	return mayContainFold(s, "getty images", "shutterstock", "alamy", "pool", "epa",
		"ap photo", "handout", "file photo", "via", " for ") && creditMarker.MatchString(s)
}

// hasCreditLead is creditLead.MatchString, skipping the pattern unless s
// opens with a letter or sign that one of its alternatives opens with.
func hasCreditLead(s string) bool {
	if s == "" || !strings.ContainsRune("pPiIcCfFbB(", rune(s[0])) && !strings.HasPrefix(s, "©") {
		return false
	}
	return creditLead.MatchString(s)
}

// parenCredit takes a final parenthesised group that looks like a credit.
func parenCredit(text string, set foldedSet) (string, string, bool) {
	t := strings.TrimSuffix(text, ".")
	if !strings.HasSuffix(t, ")") {
		return "", "", false
	}
	depth := 0
	for i := len(t) - 1; i >= 0 && len(t)-i <= maxCreditLen+2; i-- {
		switch t[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				inner := strings.TrimSpace(t[i+1 : len(t)-1])
				if !looksLikeCredit(inner, set) {
					return "", "", false
				}
				return strings.TrimSpace(t[:i]), inner, true
			}
		}
	}
	return "", "", false
}

// looksLikeCredit reports whether s is a photo credit rather than an aside:
// "Name/Outlet", "AP Photo/Name", "Photo: Name", "Name via Getty Images",
// or an outlet the article or a list knows.
func looksLikeCredit(s string, set foldedSet) bool {
	if s == "" || len(s) > maxCreditLen {
		return false
	}
	if _, more := lastSentence(s); more {
		return false
	}
	switch {
	case hasCreditLead(s):
		return true
	case strings.Contains(s, "/"):
		for part, rest, more := strings.Cut(s, "/"); ; part, rest, more = strings.Cut(rest, "/") {
			if !creditPart(strings.TrimSpace(part)) {
				return false
			}
			if !more {
				return true
			}
		}
	}
	// A credit marker asks for capitalised words, anything else for an
	// outlet; the marker matters only when the two answers differ.
	part, outlet := creditPart(s), isOutlet(s, set)
	if part == outlet {
		return part
	}
	if hasCreditMarker(s) {
		return part
	}
	return outlet
}

// creditPart is one slash-separated piece: a few capitalised words.
func creditPart(s string) bool {
	n, capitalised := 0, true
	for start, end := nextField(s, 0); end > 0; start, end = nextField(s, end) {
		if n == 7 {
			return false // more than seven words
		}
		capitalised = capitalised && capitalisedWord(s[start:end], n)
		n++
	}
	r, _ := utf8.DecodeRuneInString(s)
	return n > 0 && (r == '©' || capitalised)
}

// creditOutlets returns the pieces of a credit that may name an outlet,
// as evidence for splitting a byline: "Rita Exemplo/The Harbor Ledger"
// gives both pieces, "Name/AFP via Getty Images" gives "AFP" too.
func creditOutlets(credit string) []string {
	var out []string
	for _, part := range strings.Split(credit, "/") {
		if part = strings.TrimSpace(part); hasCreditLead(part) {
			part = creditLead.ReplaceAllString(part, "")
		}
		for _, p := range strings.Split(part, " via ") {
			p = strings.TrimSuffix(strings.TrimSpace(p), " Photo")
			if p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// splitSummary splits off the caption's final sentences when they repeat
// the opening of the body (scraped pages glue the standfirst onto the photo
// caption). The caption keeps at least its first sentence.
func splitSummary(caption, body string) (string, string) {
	if len(caption) > 4000 {
		return caption, ""
	}
	ss := sentences(caption)
	if len(ss) < 2 {
		return caption, ""
	}
	// The words of the last sentences joined are the words of each
	// sentence end to end, so each sentence is split into words once.
	var all []string
	from := make([]int, len(ss))
	for k, s := range ss {
		from[k] = len(all)
		all = append(all, words(s)...)
	}
	if len(all)-from[1] < 4 {
		return caption, "" // too few words to repeat the body
	}
	bw := words(head(body, len(caption)+200))
	for k := 1; k < len(ss); k++ {
		if repeats(all[from[k]:], bw) {
			return strings.Join(ss[:k], " "), strings.Join(ss[k:], " ")
		}
	}
	return caption, ""
}

// repeats reports whether the words of a are, near enough, the opening
// words of b: at least four words, nine in ten of them in place.
func repeats(a, b []string) bool {
	if len(a) < 4 || len(b) < len(a) {
		return false
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return same*10 >= len(a)*9
}

// head returns at most the first n bytes of s, on a rune boundary.
func head(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// tail returns the last n bytes of s on a rune boundary (all of s when n
// is 0 or s is shorter).
func tail(s string, n int) string {
	if n == 0 || len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}
