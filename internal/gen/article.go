package gen

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// start is the first of the Days dates articles are spread over.
var start = time.Date(2026, time.January, 5, 0, 0, 0, 0, time.UTC)

// article is one generated article before it is written out as text.
type article struct {
	path     string
	date     time.Time
	title    string
	style    int // which header and byline conventions the text uses
	outlet   outlet
	authors  []string
	caption  string
	place    string
	body     []string
	hasTitle bool
}

// newArticle draws article i from r. The index goes into the slug so that
// every article of a site has its own URL.
func newArticle(r *rand.Rand, i int) *article {
	a := &article{
		date:   start.AddDate(0, 0, r.IntN(Days)).Add(time.Duration(r.IntN(24*60)) * time.Minute),
		style:  r.IntN(4),
		outlet: outlets[r.IntN(len(outlets))],
		place:  places[r.IntN(len(places))],
	}
	a.title = headline(r)
	a.hasTitle = r.IntN(3) > 0
	for range 1 + r.IntN(2) {
		name := firstNames[r.IntN(len(firstNames))] + " " + lastNames[r.IntN(len(lastNames))]
		if !slices.Contains(a.authors, name) {
			a.authors = append(a.authors, name)
		}
	}
	if r.IntN(2) == 0 {
		a.caption = fmt.Sprintf("%s in %s on %s. (%s/%s)", captionScenes[r.IntN(len(captionScenes))],
			placeName(a.place), a.date.AddDate(0, 0, -1).Format("Jan. 2"),
			firstNames[r.IntN(len(firstNames))]+" "+lastNames[r.IntN(len(lastNames))], a.outlet.name)
	}
	for range 8 + r.IntN(13) {
		a.body = append(a.body, paragraph(r))
	}
	slug := strings.ToLower(strings.ReplaceAll(a.title, " ", "-"))
	a.path = fmt.Sprintf("content/%s/%s-%05d.txt", a.date.Format("2006/01/02"), slug, i)
	if r.IntN(2) == 0 {
		a.path = fmt.Sprintf("content/%s-%s-%05d.txt", a.date.Format("2006-01-02"), slug, i)
	}
	return a
}

// headline makes a short title with no closing period.
func headline(r *rand.Rand) string {
	s := subjects[r.IntN(len(subjects))]
	return strings.ToUpper(s[:1]) + s[1:] + " " + verbs[r.IntN(len(verbs))] + " " + objects[r.IntN(len(objects))]
}

// paragraph joins four to nine sentences; the sizes average about 6 KB an article.
func paragraph(r *rand.Rand) string {
	n := 4 + r.IntN(6)
	parts := make([]string, n)
	for i := range parts {
		parts[i] = sentences[r.IntN(len(sentences))]
	}
	return strings.Join(parts, " ")
}

// placeName turns a dateline place into the city name a caption uses.
func placeName(place string) string {
	city, _, _ := strings.Cut(place, ",")
	return strings.ToUpper(city[:1]) + strings.ToLower(city[1:])
}

// text writes the article in one of the wire styles the parser understands.
func (a *article) text() []byte {
	var b strings.Builder
	b.WriteString(a.header())
	if a.caption != "" {
		b.WriteString(a.caption + "\n\n")
	}
	b.WriteString(a.byline() + "\n\n")
	b.WriteString(a.dateline() + a.body[0] + "\n\n")
	for _, p := range a.body[1:] {
		b.WriteString(p + "\n\n")
	}
	b.WriteString(a.outlet.trailer + "\n")
	return []byte(b.String())
}

// header gives the date (and maybe the title) in one of the accepted forms;
// without a title header the headline is its own first paragraph.
func (a *article) header() string {
	var date string
	switch a.style {
	case 0:
		date = "date " + a.date.Format("2006-01-02")
	case 1:
		date = "date: " + a.date.Format("January 2, 2006")
	case 2:
		date = "date " + a.date.Format("2006-01-02T15:04:05Z")
	default:
		date = "Date: " + a.date.Format("2 January 2006")
	}
	if a.hasTitle {
		return "title: " + a.title + "\n" + date + "\n\n"
	}
	return date + "\n\n" + a.title + "\n\n"
}

// byline names the authors and outlet in the style's convention.
func (a *article) byline() string {
	names := strings.Join(a.authors, " and ")
	switch a.style {
	case 0:
		return "By " + names + " | " + a.outlet.name
	case 1:
		return "By " + strings.ToUpper(names) + ", " + a.outlet.name
	case 2:
		return names + ", " + a.outlet.name
	default:
		return "By " + names + ", Staff Writer"
	}
}

// dateline opens the first paragraph, with the agency tag for wire outlets.
func (a *article) dateline() string {
	if a.outlet.tag != "" {
		return a.place + " (" + a.outlet.tag + ") — "
	}
	return a.place + " – "
}
