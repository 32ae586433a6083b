package article

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

var (
	creditLead   = regexp.MustCompile(`^(?i:photo(?:graph)?s?|picture|image|illustration|credit|courtesy)(?:\s+by|\s+of|\s*:)\s*|^(?:©|\(c\)\s)`)
	creditMarker = regexp.MustCompile(`(?i:getty images|shutterstock|alamy|\bpool\b|\bepa\b|\bap photo\b|handout|file photo|\bvia\b)`)
	creditTail   = regexp.MustCompile(`(?:^|\s)(?:Photograph|Photo|Picture|Illustration|Image)(?:\s+by|:)\s+([^.]*[^.\s])\.?$`)
)

// maxCreditLen bounds a credit; real ones are a name and an agency or two.
const maxCreditLen = 120

// splitCredit separates a caption from the photo credit it ends with:
// "(Name/Outlet)", "(AP Photo/Name)", "(Photo: Name)", "(Outlet)",
// "Photograph: Name/Agency" or Reuters' "REUTERS/Name". ok is false when
// text does not end in a credit.
func splitCredit(text string, set outletSet) (caption, credit string, ok bool) {
	if c, cr, ok := parenCredit(text, set); ok {
		return c, cr, true
	}
	if t := tail(text, maxCreditLen+20); namesPhoto(t) {
		if m := creditTail.FindStringSubmatchIndex(t); m != nil {
			off := len(text) - len(t)
			return strings.TrimSpace(text[:off+m[0]]), text[off+m[2] : off+m[3]], true
		}
	}
	last, more := lastSentence(tail(text, maxCreditLen+40))
	if more && (strings.Contains(last, "/") || hasCreditMarker(last)) && looksLikeCredit(last, set) {
		return strings.TrimSpace(strings.TrimSuffix(text, last)), last, true
	}
	return "", "", false
}

// namesPhoto reports whether s holds one of the words creditTail needs.
func namesPhoto(s string) bool {
	return strings.Contains(s, "Photo") || strings.Contains(s, "Picture") ||
		strings.Contains(s, "Image") || strings.Contains(s, "Illustration")
}

// hasCreditMarker is creditMarker.MatchString, skipping the pattern when
// none of its words is there.
func hasCreditMarker(s string) bool {
	return mayContainFold(s, "getty images", "shutterstock", "alamy", "pool", "epa",
		"ap photo", "handout", "file photo", "via") && creditMarker.MatchString(s)
}

// hasCreditLead is creditLead.MatchString, skipping the pattern unless s
// opens with a letter or sign that one of its alternatives opens with.
func hasCreditLead(s string) bool {
	if s == "" || !strings.ContainsRune("pPiIcC(", rune(s[0])) && !strings.HasPrefix(s, "©") {
		return false
	}
	return creditLead.MatchString(s)
}

// parenCredit takes a final parenthesised group that looks like a credit.
func parenCredit(text string, set outletSet) (string, string, bool) {
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
func looksLikeCredit(s string, set outletSet) bool {
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
	case hasCreditMarker(s):
		return creditPart(s)
	}
	return isOutlet(s, set)
}

// creditPart is one slash-separated piece: a few capitalised words.
func creditPart(s string) bool {
	n := countFields(s)
	if n == 0 || n > 7 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return r == '©' || fieldsCapitalised(s)
}

// creditOutlets returns the pieces of a credit that may name an outlet,
// as evidence for splitting a byline: "Rita Exemplo/The Harbor Ledger"
// gives both pieces, "Name/AFP via Getty Images" gives "AFP" too.
func creditOutlets(credit string) []string {
	var out []string
	for _, part := range strings.Split(credit, "/") {
		part = creditLead.ReplaceAllString(strings.TrimSpace(part), "")
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
	bw := words(head(body, len(caption)+200))
	for k := 1; k < len(ss); k++ {
		rest := strings.Join(ss[k:], " ")
		if repeats(words(rest), bw) {
			return strings.Join(ss[:k], " "), rest
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
