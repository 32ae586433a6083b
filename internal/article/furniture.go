package article

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Web page furniture is the text a page wraps around a story: navigation,
// buttons, prompts and labels. It is recognised by whole-line shape only,
// so a sentence that merely opens with one of its words ("Share prices
// rose ...", "Advertisement revenue fell ...") is never furniture.

// maxFurnitureLen bounds a furniture line; buttons and prompts are short.
const maxFurnitureLen = 160

// buttons are lines that are furniture when they stand alone (compared
// ignoring case, without a trailing colon or "»").
var buttons = map[string]bool{
	"advertisement": true, "advertising": true, "ad": true, "sponsored": true, "sponsored content": true,
	"skip to content": true, "skip to main content": true, "skip to navigation": true, "skip to main": true,
	"zum inhalt springen": true, "zum inhalt": true, "saltar al contenido": true, "ir al contenido": true,
	"aller au contenu": true, "aller au contenu principal": true, "vai al contenuto": true, "salta al contenuto": true,
	"naar inhoud": true, "naar de inhoud": true, "hopp til innhold": true, "hopp til hovedinnhold": true,
	"gå till innehållet": true, "hoppa till innehållet": true, "ir para o conteúdo": true, "saltar para o conteúdo": true,
	"purchase licensing rights": true, "annonse": true, "annons": true, "advertentie": true, "publicidade": true,
	"dela": true, "del denne": true, "partilhar": true, "compartilhar": true, "delen op": true,
	"share": true, "save": true, "print": true, "email": true, "e-mail": true, "comment": true, "comments": true,
	"share this article": true, "share this story": true, "share this": true, "share on facebook": true,
	"share on twitter": true, "share on x": true, "share via email": true, "copy link": true, "link copied": true,
	"facebook": true, "twitter": true, "x": true, "linkedin": true, "whatsapp": true, "reddit": true,
	"gift this article": true, "listen to this article": true, "listen": true, "watch": true,
	"scroll to continue": true, "continue reading": true, "story continues below advertisement": true,
	"article continues below": true, "continue reading below": true, "show more": true, "read more": true,
	"most read": true, "most popular": true, "related": true, "related stories": true, "related articles": true,
	"more on this story": true, "top stories": true, "you may also like": true, "recommended": true,
	"trending": true, "back to top": true, "menu": true, "search": true, "sign in": true, "log in": true,
	"subscribe": true, "subscribe now": true, "sign up": true, "newsletter": true, "close": true,
	"anzeige": true, "werbung": true, "publicidad": true, "publicité": true, "pubblicità": true,
	"compartir": true, "teilen": true, "partager": true, "condividi": true, "delen": true, "del": true,
	"lees ook": true, "lesen sie auch": true, "lee también": true, "lire aussi": true, "leggi anche": true,
	"image": true, "photo": true, "video": true, "audio": true, "gallery": true, "live": true,
}

// sectionLabels name a page's section above a headline; alone on a line
// above the story they are furniture.
var sectionLabels = map[string]bool{
	"opinion": true, "analysis": true, "news": true, "world": true, "business": true, "sport": true,
	"sports": true, "politics": true, "culture": true, "local": true, "national": true, "comment": true,
	"editorial": true, "explainer": true, "exclusive": true, "breaking": true, "breaking news": true,
	"live": true, "review": true, "feature": true, "features": true, "commentary": true, "us news": true,
	"uk news": true, "world news": true, "europe": true, "economy": true, "markets": true, "science": true,
	"health": true, "climate": true, "environment": true, "technology": true, "tech": true, "weather": true,
	"meinung": true, "politik": true, "wirtschaft": true, "opinión": true, "internacional": true,
	"economía": true, "opinion et débats": true, "international": true, "économie": true, "cronaca": true,
	"esteri": true, "economia": true, "opinião": true, "mundo": true, "binnenland": true, "buitenland": true,
	"innenriks": true, "utenriks": true, "inrikes": true, "utrikes": true,
}

// labelPrefixes open furniture lines that point elsewhere: "Read more:
// Island schools fear winter closures".
var labelPrefixes = [...]string{
	"read more:", "read more »", "read more -", "more:", "related:", "related coverage:", "see also:",
	"also read:", "read also:", "watch:", "listen:", "recommended:",
	"lesen sie auch:", "mehr zum thema:", "lee también:", "leer más:", "lire aussi:", "à lire aussi:",
	"leggi anche:", "lees ook:", "les også:", "läs också:", "veja também:", "leia mais:", "leia também:",
	"lire aussi :", "à lire aussi :", "à lire :", "voir aussi :", "read more :", "media caption,", "purchase licensing rights",
	"click here", "tap here", "download the", "get the app", "follow us", "this article is more than",
}

// labelFirst holds the first bytes of labelPrefixes, to turn most lines
// away after one lookup.
var labelFirst = func() (set [256]bool) {
	for _, p := range labelPrefixes {
		set[p[0]] = true
	}
	return set
}()

// promptFirst holds the first bytes of prompts.
var promptFirst = func() (set [256]bool) {
	for _, p := range prompts {
		set[p[0]] = true
	}
	return set
}()

// prompts open newsletter and subscription prompts.
var prompts = [...]string{
	"sign up", "subscribe", "get the", "get our", "join our", "register for", "want more", "don't miss",
	"never miss", "support our", "support independent", "become a member", "already a subscriber",
	"inscríbete", "suscríbete", "abonnieren", "melden sie sich", "inscrivez-vous", "abonnez-vous", "iscriviti",
}

// furniture reports whether s is web page furniture and, if so, a word
// for what kind. Most paragraphs are story text and are turned away after
// a look at their length and their first bytes.
func furniture(s string) (kind string, ok bool) {
	if len(s) > maxFurnitureLen+60 || s == "" {
		return "", false
	}
	if isSignUpPrompt(s) {
		return "newsletter prompt", true
	}
	if isRule(s) {
		return "separator", true
	}
	if len(s) > maxFurnitureLen || len(s) > 40 && s[len(s)-1] == '.' && strings.IndexByte(s, ':') < 0 {
		return "", false // a sentence of story text
	}
	switch {
	case isNavigation(s):
		return "navigation", true
	case isTimestamp(s) || isStampLine(s):
		return "timestamp", true
	case isEmailAddress(s):
		return "e-mail address", true
	}
	// Buttons, labels and prompts are told by their first words: only
	// those are lower-cased, and only for a line that may be one.
	first := lowerASCII(s[0])
	if len(s) > 40 && !labelFirst[first] && !promptFirst[first] && s[0] < utf8.RuneSelf {
		return "", false
	}
	var buf [64]byte
	low := lowerBytes(buf[:0], head(s, 48))
	return furnitureWords(s, low)
}

// furnitureWords tells buttons, share rows, links and prompts by the
// lower-cased opening low of s.
func furnitureWords(s string, low []byte) (string, bool) {
	if len(s) <= 40 {
		if buttons[string(bytes.TrimSpace(bytes.TrimRight(low, ":»›>|·•")))] {
			return "button", true
		}
		if socialFirst[low[0]] && isSocialRow(low) {
			return "share buttons", true
		}
	}
	if labelFirst[low[0]] {
		for _, p := range labelPrefixes {
			if len(low) > len(p) && string(low[:len(p)]) == p {
				return "link", true
			}
		}
	}
	if !promptFirst[low[0]] || endsSentence(s) {
		return "", false // prompts do not end in a full stop
	}
	for _, p := range prompts {
		if len(low) >= len(p) && low[0] == p[0] && string(low[:len(p)]) == p && mentionsNewsletter(s) {
			return "newsletter prompt", true
		}
	}
	return "", false
}

// sectionLabel reports whether s is a section label such as "Opinion".
func sectionLabel(s string) bool {
	if len(s) > 40 {
		return false
	}
	var buf [40]byte
	low := bytes.TrimRight(lowerBytes(buf[:0], s), ":")
	return sectionLabels[string(low)]
}

// lowerBytes appends s to buf with ASCII letters lower-cased and the
// common accented capitals of Latin-script languages lower-cased too.
func lowerBytes(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			buf = append(buf, lowerASCII(c))
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
		i += n - 1
	}
	return buf
}

// isNavigation matches a row of short capitalised menu entries joined by
// "|", "/", "›", ">" or "»": "Home | News | Local | Weather".
func isNavigation(s string) bool {
	if !hasMenuSeparator(s) || byPrefixLen(s) > 0 {
		return false // "By Sam Rourke | Senior Reporter | The Post" is a byline
	}
	sep := ""
	for _, d := range [...]string{" | ", " › ", " > ", " » ", " / ", " · ", " • "} {
		if strings.Contains(s, d) {
			sep = d
			break
		}
	}
	if sep == "" {
		return false
	}
	items := strings.Split(s, sep)
	if len(items) < 3 && !strings.EqualFold(strings.TrimSpace(items[0]), "home") {
		return false // "Name / AGENCY" is a credit, "Smith | Jones" a byline
	}
	odd := 0 // "e-Edition" in a long menu
	for _, it := range items {
		it = strings.TrimSpace(it)
		if it == "" || countFields(it) > 4 || endsSentence(it) && len(it) > 5 {
			return false // a menu entry may be "U.S." but not a sentence
		}
		if !startsUpper(it) && !startsDigit(it) {
			odd++
		}
	}
	return odd == 0 || odd == 1 && len(items) >= 4
}

func startsDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// isSocialRow matches a line made only of social network names and
// sharing words: "Facebook Twitter Email", "Share on Facebook | WhatsApp".
func isSocialRow(low []byte) bool {
	n := 0
	for i := 0; i < len(low); {
		for i < len(low) && strings.IndexByte(" |,", low[i]) >= 0 {
			i++
		}
		j := i
		for j < len(low) && strings.IndexByte(" |,", low[j]) < 0 {
			j++
		}
		if j == i {
			break
		}
		if !socialWords[string(low[i:j])] {
			return false
		}
		n, i = n+1, j
	}
	return n >= 2
}

// socialFirst holds the first bytes of socialWords.
var socialFirst = func() (set [256]bool) {
	for w := range socialWords {
		set[w[0]] = true
	}
	return set
}()

// socialWords are the words of share-button rows.
var socialWords = map[string]bool{
	"facebook": true, "twitter": true, "x": true, "email": true, "e-mail": true, "whatsapp": true,
	"linkedin": true, "reddit": true, "pinterest": true, "telegram": true, "flipboard": true,
	"messenger": true, "bluesky": true, "threads": true, "mastodon": true, "print": true, "copy": true,
	"link": true, "share": true, "on": true, "via": true, "this": true, "article": true, "story": true,
	"save": true, "comments": true, "sms": true, "mail": true, "·": true, "•": true,
}

// isTimestamp matches "Published 9 March 2026 | Updated ...", "Updated
// 2 hours ago", "Last updated: ..." and "5 min read": lines that only
// stamp the page.
func isTimestamp(s string) bool {
	if len(s) > 100 {
		return false
	}
	switch s[len(s)-1] {
	case 'o', 'O', 'd', 'D':
		for _, suf := range [...]string{" ago", "min read", "minute read", "minutes read"} {
			if len(s) >= len(suf) && strings.EqualFold(s[len(s)-len(suf):], suf) {
				return countFields(s) <= 8
			}
		}
	}
	if strings.IndexByte(s, '|') < 0 {
		return false
	}
	for _, pre := range [...]string{"published", "posted", "updated"} {
		if _, ok := prefixFold(s, pre); ok {
			return true
		}
	}
	return false
}

// isEmailAddress matches a line that is one e-mail address, perhaps after
// a label ("Email: jane@example.com") or a mail icon's word.
func isEmailAddress(s string) bool {
	if strings.IndexByte(s, '@') < 0 || countFields(s) > 3 {
		return false
	}
	w := lastField(s)
	at := strings.IndexByte(w, '@')
	return at > 0 && strings.IndexByte(w[at:], '.') > 0 && !strings.ContainsAny(w, "()")
}

// mentionsNewsletter reports words that mark a prompt: newsletter,
// briefing, inbox, subscribe and their kin.
func mentionsNewsletter(s string) bool {
	low := strings.ToLower(s) // only for the few lines that open like a prompt
	for _, w := range [...]string{"newsletter", "briefing", "inbox", "subscri", "updates", "alerts", "digest",
		"app", "membership", "members", "bulletin", "boletín", "abonn", "iscriviti", "inscr"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// endsSentence reports whether s ends with a full stop (perhaps inside a
// closing quote or bracket).
func endsSentence(s string) bool {
	return strings.HasSuffix(trimClosers(s), ".")
}

// hasMenuSeparator reports a byte sequence that opens one of the menu
// separators after a space: "|", ">", "/", "»", "·", "›" or "•".
func hasMenuSeparator(s string) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i-1] != ' ' {
			continue
		}
		switch c := s[i]; c {
		case '|', '>', '/':
			return true
		case 0xC2: // » and ·
			if s[i+1] == 0xBB || s[i+1] == 0xB7 {
				return true
			}
		case 0xE2: // › and •
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xBA || s[i+2] == 0xA2) {
				return true
			}
		}
	}
	return false
}

// isSignUpPrompt matches a newsletter prompt written as sentences: "Get a
// quick look at the day's news with our newsletter. Sign up here."
func isSignUpPrompt(s string) bool {
	if !strings.HasSuffix(s, "here.") && !strings.HasSuffix(s, "here") {
		return false
	}
	low := strings.ToLower(tail(s, 24))
	return strings.HasSuffix(strings.TrimSuffix(low, "."), "sign up here") ||
		strings.HasSuffix(strings.TrimSuffix(low, "."), "subscribe here")
}

// isRule matches a line drawn with one character, as wire copy separates
// the story from its notes: "___", "-----", "=====". ("* * *" marks a
// break in the story itself and stays.)
func isRule(s string) bool {
	if len(s) < 3 || len(s) > 80 || strings.Trim(s, string(s[0])) != "" {
		return false
	}
	return s[0] == '_' || s[0] == '-' || s[0] == '='
}
