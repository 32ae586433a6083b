package article

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// knownOutlets lists well-known news outlets under the name they usually
// go by (with "The" where they use it), followed by other spellings seen
// in bylines, datelines and credits. It is the last resort for splitting an
// outlet glued to a byline, after evidence from the article itself and the
// site's own list.
var knownOutlets = [][]string{
	{"The Associated Press", "Associated Press", "AP", "AP Photo"},
	{"Reuters", "Thomson Reuters", "Reuters News"},
	{"AFP", "Agence France-Presse", "Agence France Presse"},
	{"Bloomberg News", "Bloomberg", "Bloomberg L.P."},
	{"Bloomberg Opinion"},
	{"UPI", "United Press International"},
	{"The New York Times", "New York Times", "NYT", "NYT News Service", "New York Times News Service"},
	{"The Washington Post", "Washington Post"},
	{"The Wall Street Journal", "Wall Street Journal", "WSJ"},
	{"Los Angeles Times", "LA Times", "L.A. Times"},
	{"The Guardian", "Guardian"},
	{"The Observer"},
	{"The Times"},
	{"The Sunday Times"},
	{"The Independent"},
	{"The Telegraph", "Daily Telegraph", "The Daily Telegraph"},
	{"Financial Times", "FT"},
	{"The Economist"},
	{"BBC News", "BBC"},
	{"CNN"},
	{"NPR"},
	{"Politico", "POLITICO"},
	{"Axios"},
	{"Al Jazeera"},
	{"Deutsche Welle", "DW"},
	{"dpa", "Deutsche Presse-Agentur"},
	{"EFE"},
	{"ANSA"},
	{"Kyodo News", "Kyodo"},
	{"Xinhua", "Xinhua News Agency"},
	{"Yonhap", "Yonhap News Agency"},
	{"PTI", "Press Trust of India"},
	{"IANS"},
	{"ANI"},
	{"Chicago Tribune"},
	{"The Boston Globe", "Boston Globe"},
	{"USA Today", "USA TODAY"},
	{"The Hill"},
	{"The Atlantic"},
	{"The New Yorker"},
	{"The Christian Science Monitor", "Christian Science Monitor"},
	{"The Seattle Times", "Seattle Times"},
	{"The Dallas Morning News", "Dallas Morning News"},
	{"The Philadelphia Inquirer", "Philadelphia Inquirer"},
	{"Miami Herald", "The Miami Herald"},
	{"The Denver Post", "Denver Post"},
	{"San Francisco Chronicle"},
	{"Star Tribune"},
	{"Tampa Bay Times"},
	{"The Baltimore Sun", "Baltimore Sun"},
	{"The Sydney Morning Herald", "Sydney Morning Herald"},
	{"The Age"},
	{"The Globe and Mail", "Globe and Mail"},
	{"Toronto Star", "The Toronto Star"},
	{"The Irish Times", "Irish Times"},
	{"The Scotsman"},
	{"Daily Mail", "The Daily Mail"},
	{"The Straits Times", "Straits Times"},
	{"South China Morning Post"},
	{"The Japan Times", "Japan Times"},
	{"The Hindu"},
	{"The Times of India", "Times of India"},
	{"The Kyiv Independent", "Kyiv Independent"},
	{"The Moscow Times", "Moscow Times"},
	{"Le Monde"},
	{"Der Spiegel"},
	{"Haaretz"},
	{"The Times of Israel", "Times of Israel"},
	{"KFF Health News", "Kaiser Health News"},
	{"ProPublica"},
	{"CalMatters"},
	{"Stateline"},
	{"The Conversation"},
	{"Nikkei Asia"},
	{"McClatchy", "McClatchy News"},
	{"Tribune News Service", "TNS"},
	{"Getty Images"},
	{"The Canadian Press", "Canadian Press"},
	{"La Presse Canadienne", "Presse Canadienne"},
	{"Europa Press"},
	{"APA", "Austria Presse Agentur"},
	{"ANP"},
	{"NTB"},
	{"TT", "TT Nyhetsbyrån"},
	{"Lusa", "Agência Lusa"},
	{"Agência Brasil"},
	{"Folhapress"},
	{"Ritzau"},
	{"Belga"},
	{"Keystone-SDA", "SDA"},
	{"KNA"},
	{"epd"},
	{"AAP", "Australian Associated Press"},
	{"PA Media", "PA"},
	{"BBC News Mundo", "BBC Mundo"},
	{"CBC News", "CBC"},
	{"Radio-Canada"},
	{"El País"},
	{"Le Figaro"},
	{"Corriere della Sera"},
	{"La Repubblica"},
	{"Süddeutsche Zeitung"},
	{"Frankfurter Allgemeine Zeitung", "FAZ"},
}

// distributors are syndicates that pass copy on; they are not the outlet
// that wrote it.
var distributors = map[string]bool{
	"tribune news service": true, "tribune content agency": true, "getty images": true,
	"mcclatchy-tribune business news": true, "tns": true,
}

// outletIndex maps a folded outlet spelling to its usual name. Built once
// from knownOutlets and only read afterwards.
var outletIndex = func() map[string]string {
	m := map[string]string{}
	for _, names := range knownOutlets {
		for _, n := range names {
			m[foldOutlet(n)] = names[0]
		}
	}
	return m
}()

// outletEnds holds the last word of every folded name in outletIndex: a
// run of words ending in any other word is no well-known outlet.
var outletEnds = func() map[string]bool {
	m := map[string]bool{}
	for f := range outletIndex {
		m[f[strings.LastIndexByte(f, ' ')+1:]] = true
	}
	return m
}()

// foldOutlet makes outlet names comparable: lower case, no leading "The",
// punctuation treated as space.
func foldOutlet(s string) string {
	var buf [64]byte
	return string(appendFold(buf[:0], s))
}

// appendFold appends the folded form of s to b and returns the folded part.
// The lookups below fold into a buffer on the stack, so matching a name
// against the lists allocates nothing.
func appendFold(b []byte, s string) []byte {
	start, space := len(b), false
	for i := 0; i < len(s); {
		var r rune
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c = lowerASCII(c); !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '&') {
				space = true
				continue
			}
			r = rune(c)
		} else {
			var size int
			r, size = utf8.DecodeRuneInString(s[i:])
			i += size
			if r = unicode.ToLower(r); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				space = true
				continue
			}
		}
		if space && len(b) > start {
			b = append(b, ' ')
		}
		space = false
		b = utf8.AppendRune(b, r)
	}
	out := b[start:]
	if len(out) >= 4 && string(out[:4]) == "the " {
		out = out[4:]
	}
	return out
}

// lookupOutlet returns the usual name of a well-known outlet.
func lookupOutlet(s string) (string, bool) {
	var buf [64]byte
	n, ok := outletIndex[string(appendFold(buf[:0], s))]
	return n, ok
}

// canonicalOutlet returns the usual name of a well-known outlet, or s.
func canonicalOutlet(s string) string {
	if n, ok := lookupOutlet(s); ok {
		return n
	}
	return s
}

// isDistributor reports whether s names a syndicate rather than an outlet.
func isDistributor(s string) bool {
	var buf [64]byte
	return distributors[string(appendFold(buf[:0], s))]
}

// outletSet is the list of outlet names an article's byline is matched
// against, most trusted first: what the article itself names, then the
// site's list.
type outletSet []string

// foldedSet is an outletSet with the folded form of each name worked out
// once, since a byline is matched against the set many times. The folded
// names are kept end to end in one buffer; ends[i] is where name i's ends.
type foldedSet struct {
	names outletSet
	folds []byte
	ends  []int
}

// fold returns the set with its names folded.
func (set outletSet) fold() foldedSet {
	return set.foldInto(nil, nil)
}

// foldInto is fold with the folded names and their ends appended to the
// given buffers, which a caller may keep on its stack.
func (set outletSet) foldInto(folds []byte, ends []int) foldedSet {
	if len(set) == 0 {
		return foldedSet{}
	}
	f := foldedSet{names: set, folds: folds[:0], ends: ends[:0]}
	for _, o := range set {
		start := len(f.folds)
		folded := appendFold(f.folds, o)
		// appendFold returns the folded part only, a leading "the " cut.
		f.folds = append(f.folds[:start], folded...)
		f.ends = append(f.ends, len(f.folds))
	}
	return f
}

// match returns the name in the set that s spells, folding "The" and case.
func (set foldedSet) match(s string) (string, bool) {
	var buf [64]byte
	return set.matchFolded(appendFold(buf[:0], s))
}

func (set foldedSet) matchFolded(f []byte) (string, bool) {
	if len(f) == 0 {
		return "", false
	}
	start := 0
	for i, end := range set.ends {
		if string(set.folds[start:end]) == string(f) {
			return set.names[i], true
		}
		start = end
	}
	return "", false
}

// mayEndOutlet reports whether a name whose folded form ends in the word
// w could be a well-known outlet or one in the set.
func (set foldedSet) mayEndOutlet(w []byte) bool {
	if outletEnds[string(w)] {
		return true
	}
	start := 0
	for _, end := range set.ends {
		f := set.folds[start:end]
		if string(f[bytes.LastIndexByte(f, ' ')+1:]) == string(w) {
			return true
		}
		start = end
	}
	return false
}

// resolveOutlet names the outlet a byline wrote as s: the usual name of a
// well-known outlet, else the fullest spelling the article or site gives
// ("The Harbor Ledger" for a byline's "Harbor Ledger"), else s as written.
func resolveOutlet(s string, set foldedSet) string {
	if n, ok := lookupOutlet(s); ok {
		return n
	}
	if o, ok := set.match(s); ok && strings.HasPrefix(o, "The ") && !strings.HasPrefix(s, "The ") {
		return o
	}
	return s
}

// isOutlet reports whether s names an outlet known from any source.
func isOutlet(s string, set foldedSet) bool {
	var buf [64]byte
	f := appendFold(buf[:0], s)
	if _, ok := outletIndex[string(f)]; ok {
		return true
	}
	_, ok := set.matchFolded(f)
	return ok
}

// outletWords end the names of most newspapers and agencies. They let a
// byline segment such as "Harbor Ledger" or "The Valley Courier" count as an
// outlet even when no list names it.
var outletWords = map[string]bool{
	"times": true, "post": true, "news": true, "herald": true, "tribune": true, "journal": true,
	"gazette": true, "courier": true, "ledger": true, "chronicle": true, "observer": true,
	"guardian": true, "telegraph": true, "express": true, "mail": true, "star": true, "sun": true,
	"record": true, "press": true, "review": true, "daily": true, "weekly": true, "bulletin": true,
	"dispatch": true, "examiner": true, "inquirer": true, "monitor": true, "sentinel": true,
	"standard": true, "register": true, "independent": true, "mirror": true, "echo": true,
	"argus": true, "wire": true, "agency": true, "network": true, "radio": true, "tv": true,
	"television": true, "service": true, "today": true, "reporter": false, "globe": true,
	"enquirer": true, "leader": true, "citizen": true, "advertiser": true, "democrat": true,
	"republican": true, "beacon": true, "banner": true, "clarion": true, "courant": true,
	"free": false, "online": true, "media": true, "magazine": true, "weekender": true,
	"bee": true, "plain": false, "eagle": true, "caller": true, "statesman": true, "voice": true,
}

// looksLikeOutlet reports whether s is shaped like a publication's name:
// capitalised words ending in a word newspapers use, or opening with "The".
func looksLikeOutlet(s string) bool {
	n, first, last := 0, "", ""
	for start, end := nextField(s, 0); end > 0; start, end = nextField(s, end) {
		w := s[start:end]
		if n == 6 || !capitalisedWord(w, n) {
			return false // more than six words, or one not capitalised
		}
		if n == 0 {
			first = w
		}
		last = w
		n++
	}
	if n < 2 {
		return false
	}
	return first == "The" || lookupLower(outletWords, last)
}

// fieldsCapitalised reports whether every word of s is capitalised, as
// capitalisedWord tests it, without splitting s into a slice.
func fieldsCapitalised(s string) bool {
	n := 0
	for start, end := nextField(s, 0); end > 0; start, end = nextField(s, end) {
		if !capitalisedWord(s[start:end], n) {
			return false
		}
		n++
	}
	return true
}

// capitalisedWord reports whether w, the word at index i, counts as
// capitalised: an upper-case letter, a digit or "&", or a short joining word
// inside a name ("of", "and", "the", "de", "for", "via").
func capitalisedWord(w string, i int) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '&' {
		return true
	}
	return i > 0 && (w == "of" || w == "and" || w == "the" || w == "de" || w == "for" || w == "via")
}
