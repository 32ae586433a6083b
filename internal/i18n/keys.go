package i18n

import (
	"strings"

	"broadsheet/internal/suggest"
)

// keyInfo is one string the layouts may ask for: its key, the names of
// its arguments in the order a layout passes them, and what it says.
type keyInfo struct {
	name   string
	params []string
	what   string
}

// knownKeys are every key a language table and an i18n/LANG.toml file
// may give, in the order the README lists them. A message's first
// argument, when it is a whole number, picks its plural form.
var knownKeys = []keyInfo{
	{"skip", nil, "the link that skips to the page's content"},
	{"site_nav", nil, "the label of the site navigation"},
	{"front_page", nil, "the link to the front page"},
	{"latest_digest", nil, "the link to the newest digest"},
	{"feed", nil, "the link to the feed in the header"},
	{"atom_feed", nil, "the link to the Atom feed in the footer"},
	{"json_feed", nil, "the link to the JSON Feed in the footer"},
	{"footer_note", nil, "the note in the footer"},
	{"by", nil, "the word before a byline's names"},
	{"and", nil, "between the last two names of a list, with its spaces"},
	{"comma", nil, "between the other names of a list, with its space"},
	{"min_read", []string{"count"}, "reading time"},
	{"articles", []string{"count"}, "a number of articles"},
	{"earlier", nil, "the label of the link to the older neighbour"},
	{"later", nil, "the label of the link to the newer neighbour"},
	{"digest", nil, "the label of a digest"},
	{"all_articles_of", []string{"title"}, "the link from an article to its whole digest"},
	{"more_from_digest", nil, "the label of an article's links to its neighbours"},
	{"other_digests", nil, "the label of a digest's links to its neighbours"},
	{"pages", nil, "the label of the links between the pages of a list"},
	{"page_of", []string{"count", "total"}, "a page's number, at the start of a line"},
	{"page_of_lower", []string{"count", "total"}, "a page's number, inside a line"},
	{"page_n", []string{"count"}, "a page's number in the title of an author's or outlet's page"},
	{"newer_digests", nil, "the link to the page of newer digests"},
	{"older_digests", nil, "the link to the page of older digests"},
	{"newer_articles", nil, "the link to the page of newer articles"},
	{"older_articles", nil, "the link to the page of older articles"},
	{"no_articles", nil, "the front page of a site with no articles"},
	{"author", nil, "the label of an author's page"},
	{"outlet", nil, "the label of an outlet's page"},
	{"tags", nil, "the label of an article's tags, and the title of the tags' index"},
	{"archive", nil, "the title of the archive of every digest, and the link to it"},
	{"search", nil, "the title of the search page, and the link to it"},
	{"search_off", nil, "what the search page says when the site has no search index"},
	{"authors", nil, "the title of the index of authors"},
	{"outlets", nil, "the title of the index of outlets"},
	{"updated_on", []string{"date"}, "when an updated article was last updated"},
	{"originally_by", []string{"outlet"}, "the link to the original of an article, with its outlet"},
	{"original", nil, "the link to the original of an article that names no outlet"},
	{"nothing_yet", nil, "an index or a term page with nothing in it"},
	{"desc_term", []string{"name", "site", "headlines"}, "the meta description of a term's page"},
	{"desc_archive", []string{"site"}, "the meta description of the archive"},
	{"not_found_title", nil, "the title of the 404 page"},
	{"not_found_text", nil, "what the 404 page says"},
	{"not_found_home", nil, "the 404 page's link to the front page"},
	{"not_found_or", nil, "between the 404 page's two links"},
	{"not_found_latest", nil, "the 404 page's link to the newest digest"},
	{"desc_site", []string{"site"}, "the meta description of a page with nothing else to say"},
	{"desc_home", []string{"site", "title", "headlines"}, "the meta description of the front page"},
	{"desc_digest", []string{"articles", "title", "headlines"}, "the meta description of a digest"},
	{"desc_author", []string{"name", "site", "headlines"}, "the meta description of an author's page"},
	{"desc_outlet", []string{"name", "site", "headlines"}, "the meta description of an outlet's page"},
	{"desc_not_found", []string{"site"}, "the meta description of the 404 page"},
	{"week_title", []string{"week", "range"}, "the title of a week's digest"},
	{"date_full", nil, "a date with its weekday, as a CLDR pattern: the title of a day's digest"},
	{"date_long", nil, "a date, as a CLDR pattern"},
	{"date_month", nil, "a month and its year, as a CLDR pattern: the title of a month's digest"},
	{"time", nil, "a time of day, as a CLDR pattern"},
}

// listKeys are the keys whose values are arrays of names, not messages.
var listKeys = map[string]int{
	"months":   12, // January first
	"weekdays": 7,  // Sunday first
}

// keyIndex finds a key's entry in knownKeys.
var keyIndex = func() map[string]int {
	m := make(map[string]int, len(knownKeys))
	for i, k := range knownKeys {
		m[k.name] = i
	}
	return m
}()

// Keys returns every key a translation file may give, messages first,
// then "months" and "weekdays".
func Keys() []string {
	out := make([]string, 0, len(knownKeys)+len(listKeys))
	for _, k := range knownKeys {
		out = append(out, k.name)
	}
	return append(out, "months", "weekdays")
}

// nearestKey returns the known key a misspelt or shortened name most
// likely means: the nearest in spelling, else the first that contains the
// name or is contained in it ("footer" is "footer_note"), else "".
func nearestKey(name string) string {
	keys := Keys()
	if near := suggest.Nearest(name, keys); near != "" {
		return near
	}
	name = strings.ToLower(name)
	if len(name) < 3 {
		return ""
	}
	for _, k := range keys {
		if strings.Contains(k, name) || strings.Contains(name, k) && len(k) >= 3 {
			return k
		}
	}
	return ""
}
