package article

import (
	"strings"
	"unicode"
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

// foldOutlet makes outlet names comparable: lower case, no leading "The",
// punctuation treated as space.
func foldOutlet(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return strings.TrimPrefix(b.String(), "the ")
}

// lookupOutlet returns the usual name of a well-known outlet.
func lookupOutlet(s string) (string, bool) {
	n, ok := outletIndex[foldOutlet(s)]
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
func isDistributor(s string) bool { return distributors[foldOutlet(s)] }

// outletSet is the list of outlet names an article's byline is matched
// against, most trusted first: what the article itself names, then the
// site's list.
type outletSet []string

// match returns the name in the set that s spells, folding "The" and case.
func (set outletSet) match(s string) (string, bool) {
	f := foldOutlet(s)
	if f == "" {
		return "", false
	}
	for _, o := range set {
		if foldOutlet(o) == f {
			return o, true
		}
	}
	return "", false
}

// resolveOutlet names the outlet a byline wrote as s: the usual name of a
// well-known outlet, else the fullest spelling the article or site gives
// ("The Harbor Ledger" for a byline's "Harbor Ledger"), else s as written.
func resolveOutlet(s string, set outletSet) string {
	if n, ok := lookupOutlet(s); ok {
		return n
	}
	if o, ok := set.match(s); ok && strings.HasPrefix(o, "The ") && !strings.HasPrefix(s, "The ") {
		return o
	}
	return s
}

// isOutlet reports whether s names an outlet known from any source.
func isOutlet(s string, set outletSet) bool {
	if _, ok := lookupOutlet(s); ok {
		return true
	}
	_, ok := set.match(s)
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
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 || !allCapitalised(words) {
		return false
	}
	if words[0] == "The" && len(words) >= 2 {
		return true
	}
	return len(words) >= 2 && outletWords[strings.ToLower(words[len(words)-1])]
}

// allCapitalised reports whether every word starts with an upper-case
// letter or a digit, allowing short joining words inside.
func allCapitalised(words []string) bool {
	for i, w := range words {
		r := []rune(w)[0]
		if unicode.IsUpper(r) || unicode.IsDigit(r) || r == '&' {
			continue
		}
		if i > 0 && (w == "of" || w == "and" || w == "the" || w == "de" || w == "for" || w == "via") {
			continue
		}
		return false
	}
	return true
}
