package site

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/diag"
	"broadsheet/internal/markdown"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// doc makes a document dated when, which is either a calendar day
// ("2026-02-13") or an RFC 3339 instant.
func doc(path, title, when string, opts ...func(*markdown.Doc)) *markdown.Doc {
	d := &markdown.Doc{Path: path, FrontMatter: markdown.FrontMatter{Title: title}}
	if t, err := time.Parse(time.DateOnly, when); err == nil {
		d.Date, d.DateOnly = t, true
	} else if t, err := time.Parse(time.RFC3339, when); err == nil {
		d.Date = t
	} else {
		panic(err)
	}
	for _, o := range opts {
		o(d)
	}
	return d
}

func draft(d *markdown.Doc)                       { d.Draft = true }
func withSlug(s string) func(*markdown.Doc)       { return func(d *markdown.Doc) { d.Slug = s } }
func outlet(s string) func(*markdown.Doc)         { return func(d *markdown.Doc) { d.Outlet = s } }
func authors(names ...string) func(*markdown.Doc) { return func(d *markdown.Doc) { d.Authors = names } }
func tags(names ...string) func(*markdown.Doc)    { return func(d *markdown.Doc) { d.Tags = names } }
func aliases(urls ...string) func(*markdown.Doc)  { return func(d *markdown.Doc) { d.SetAliases(urls) } }

func cfgWith(edit func(*config.Config)) *config.Config {
	cfg := config.Default()
	if edit != nil {
		edit(cfg)
	}
	if diags := cfg.Validate("site.toml"); len(diags) > 0 {
		panic(diags.Err())
	}
	return cfg
}

func urls(arts []*Article) string {
	var out []string
	for _, a := range arts {
		out = append(out, a.URL)
	}
	return strings.Join(out, " ")
}

func mustNew(t *testing.T, cfg *config.Config, docs []*markdown.Doc, opt Options) *Site {
	t.Helper()
	s, diags := New(cfg, docs, opt)
	if len(diags) > 0 {
		t.Fatalf("diagnostics:\n%s", diagText(diags))
	}
	return s
}

func diagText(l diag.List) string {
	var b strings.Builder
	l.Print(&b, false)
	return b.String()
}

func TestDraftsAndFuture(t *testing.T) {
	now := time.Date(2026, 2, 13, 12, 0, 0, 0, time.UTC)
	docs := []*markdown.Doc{
		doc("content/a.md", "Past", "2026-02-12"),
		doc("content/b.md", "Draft", "2026-02-12", draft),
		doc("content/c.md", "Later today", "2026-02-13T18:00:00Z"),
		doc("content/d.md", "Today", "2026-02-13"),
		doc("content/e.md", "Tomorrow", "2026-02-14"),
	}
	tests := []struct {
		name string
		cfg  func(*config.Config)
		opt  Options
		want string
	}{
		{"default", nil, Options{Now: now}, "/2026/02/13/d/ /2026/02/12/a/"},
		{"drafts flag", nil, Options{Now: now, Drafts: true}, "/2026/02/13/d/ /2026/02/12/a/ /2026/02/12/b/"},
		{"drafts in site.toml", func(c *config.Config) { c.Build.Drafts = true }, Options{Now: now},
			"/2026/02/13/d/ /2026/02/12/a/ /2026/02/12/b/"},
		{"future flag", nil, Options{Now: now, Future: true},
			"/2026/02/14/e/ /2026/02/13/c/ /2026/02/13/d/ /2026/02/12/a/"},
		{"future in site.toml", func(c *config.Config) { c.Build.Future = true }, Options{Now: now},
			"/2026/02/14/e/ /2026/02/13/c/ /2026/02/13/d/ /2026/02/12/a/"},
		{"no clock", nil, Options{}, "/2026/02/14/e/ /2026/02/13/c/ /2026/02/13/d/ /2026/02/12/a/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustNew(t, cfgWith(tt.cfg), docs, tt.opt)
			if got := urls(s.Articles); got != tt.want {
				t.Errorf("articles = %s\nwant       %s", got, tt.want)
			}
		})
	}
}

// TestTimeZones checks dates near midnight: an instant belongs to the day
// it is in the site's zone, while a calendar date stays that day.
func TestTimeZones(t *testing.T) {
	tests := []struct {
		zone, when   string
		now          string
		wantURL      string
		wantDigest   string
		wantDateText string
	}{
		{"America/New_York", "2026-02-14T03:30:00Z", "", "/2026/02/13/x/", "2026-02-13", "2026-02-13T22:30:00-05:00"},
		{"Asia/Tokyo", "2026-02-13T15:30:00Z", "", "/2026/02/14/x/", "2026-02-14", "2026-02-14T00:30:00+09:00"},
		{"Asia/Tokyo", "2026-02-13", "", "/2026/02/13/x/", "2026-02-13", "2026-02-13T00:00:00+09:00"},
		{"America/Los_Angeles", "2026-02-13", "", "/2026/02/13/x/", "2026-02-13", "2026-02-13T00:00:00-08:00"},
		// Just after midnight in Tokyo the Tokyo day has begun, though it is
		// still the day before in UTC.
		{"Asia/Tokyo", "2026-02-14", "2026-02-13T15:00:01Z", "/2026/02/14/x/", "2026-02-14", "2026-02-14T00:00:00+09:00"},
		{"Asia/Tokyo", "2026-02-14", "2026-02-13T14:59:59Z", "", "", ""},
		// Spring forward: 2026-03-08 in New York has no 02:00-03:00.
		{"America/New_York", "2026-03-08T07:30:00Z", "", "/2026/03/08/x/", "2026-03-08", "2026-03-08T03:30:00-04:00"},
	}
	for _, tt := range tests {
		t.Run(tt.zone+" "+tt.when, func(t *testing.T) {
			cfg := cfgWith(func(c *config.Config) { c.Timezone = tt.zone })
			var opt Options
			if tt.now != "" {
				opt.Now, _ = time.Parse(time.RFC3339, tt.now)
			}
			s := mustNew(t, cfg, []*markdown.Doc{doc("content/x.md", "X", tt.when)}, opt)
			if tt.wantURL == "" {
				if len(s.Articles) != 0 {
					t.Fatalf("article published before its day: %s", urls(s.Articles))
				}
				return
			}
			a := s.Articles[0]
			if a.URL != tt.wantURL || a.Digest.Key != tt.wantDigest || a.Date.Format(time.RFC3339) != tt.wantDateText {
				t.Errorf("got %s %s %s, want %s %s %s", a.URL, a.Digest.Key, a.Date.Format(time.RFC3339),
					tt.wantURL, tt.wantDigest, tt.wantDateText)
			}
		})
	}
}

func TestDigestPeriods(t *testing.T) {
	tests := []struct {
		period, when           string
		key, title, start, url string
	}{
		{"day", "2026-02-13", "2026-02-13", "Friday 13 February 2026", "2026-02-13", "/digest/2026-02-13/"},
		{"week", "2026-02-13", "2026-W07", "Week 7: 9–15 February 2026", "2026-02-09", "/digest/2026-W07/"},
		{"week", "2026-02-09", "2026-W07", "Week 7: 9–15 February 2026", "2026-02-09", "/digest/2026-W07/"},
		{"week", "2026-02-15", "2026-W07", "Week 7: 9–15 February 2026", "2026-02-09", "/digest/2026-W07/"},
		{"week", "2026-01-28", "2026-W05", "Week 5: 26 January – 1 February 2026", "2026-01-26", "/digest/2026-W05/"},
		// ISO weeks across the year boundary: Monday 29 December 2025 opens 2026-W01.
		{"week", "2025-12-29", "2026-W01", "Week 1: 29 December 2025 – 4 January 2026", "2025-12-29", "/digest/2026-W01/"},
		{"week", "2026-01-04", "2026-W01", "Week 1: 29 December 2025 – 4 January 2026", "2025-12-29", "/digest/2026-W01/"},
		{"week", "2025-12-28", "2025-W52", "Week 52: 22–28 December 2025", "2025-12-22", "/digest/2025-W52/"},
		{"week", "2021-01-03", "2020-W53", "Week 53: 28 December 2020 – 3 January 2021", "2020-12-28", "/digest/2020-W53/"},
		{"month", "2026-02-28", "2026-02", "February 2026", "2026-02-01", "/digest/2026-02/"},
	}
	for _, tt := range tests {
		cfg := cfgWith(func(c *config.Config) { c.Digest.Period = tt.period })
		s := mustNew(t, cfg, []*markdown.Doc{doc("content/x.md", "X", tt.when)}, Options{})
		d := s.Digests[0]
		got := fmt.Sprintf("%s|%s|%s|%s", d.Key, d.Title, d.Start.Format(time.DateOnly), d.URL)
		want := fmt.Sprintf("%s|%s|%s|%s", tt.key, tt.title, tt.start, tt.url)
		if got != want {
			t.Errorf("%s %s: got %s, want %s", tt.period, tt.when, got, want)
		}
	}
}

func TestDuplicateURL(t *testing.T) {
	docs := []*markdown.Doc{
		doc("content/b.md", "Second", "2026-02-13T10:00:00Z", withSlug("talks")),
		doc("content/a.md", "First", "2026-02-13T09:00:00Z", withSlug("talks")),
		doc("content/talks.md", "Talks!", "2026-02-13"),
	}
	want := "content/b.md:1: error: /2026/02/13/talks/ is also the URL of content/a.md; give one of them another slug\n" +
		"content/talks.md:1: error: /2026/02/13/talks/ is also the URL of content/a.md; give one of them another slug\n"
	for range 5 {
		rand.Shuffle(len(docs), func(i, j int) { docs[i], docs[j] = docs[j], docs[i] })
		s, diags := New(config.Default(), docs, Options{})
		if got := diagText(diags); got != want {
			t.Fatalf("diagnostics:\n%s\nwant\n%s", got, want)
		}
		if len(s.Articles) != 1 || s.Articles[0].Source != "content/a.md" {
			t.Fatalf("kept %v, want content/a.md", s.Articles)
		}
	}
}

func TestSlugs(t *testing.T) {
	tests := []struct {
		doc      *markdown.Doc
		want     string
		wantDiag string
	}{
		{doc("content/2026-02-13-geneva-talks.md", "Talks resume in Geneva", "2026-02-13"), "/2026/02/13/geneva-talks/", ""},
		{doc("content/x.md", "T", "2026-02-13", withSlug("given")), "/2026/02/13/given/", ""},
		{doc("content/2026-02-13.md", "Talks resume in Geneva", "2026-02-13"), "/2026/02/13/talks-resume-in-geneva/", ""},
		{doc("content/x.md", "T", "2026-02-13", withSlug("../../etc")), "/2026/02/13/etc/",
			`content/x.md:1: warning: slug "../../etc" is not lower-case words joined by hyphens; using "etc"` + "\n"},
		{doc("content/x.md", "T", "2026-02-13", withSlug("/")), "/2026/02/13/x/",
			`content/x.md:1: warning: slug "/" is not lower-case words joined by hyphens; using ""` + "\n"},
		{doc("content/2026-02-13.md", "¡¿?!", "2026-02-13"), "/2026/02/13/article/", ""},
		{doc("content/geneva-talks.md", "", "2026-02-13"), "/2026/02/13/geneva-talks/",
			`content/geneva-talks.md:1: warning: no title; using "Geneva talks", made from the slug` + "\n"},
	}
	for _, tt := range tests {
		s, diags := New(config.Default(), []*markdown.Doc{tt.doc}, Options{})
		if got := diagText(diags); got != tt.wantDiag {
			t.Errorf("%s: diagnostics %q, want %q", tt.doc.Path, got, tt.wantDiag)
		}
		if got := urls(s.Articles); got != tt.want {
			t.Errorf("%s: URL %s, want %s", tt.doc.Path, got, tt.want)
		}
	}
}

func TestMissingDate(t *testing.T) {
	d := &markdown.Doc{Path: "content/x.md", FrontMatter: markdown.FrontMatter{Title: "X"}}
	s, diags := New(config.Default(), []*markdown.Doc{d}, Options{})
	want := "content/x.md:1: error: no date; add one such as date = 2026-02-13 to the front matter\n"
	if got := diagText(diags); got != want || len(s.Articles) != 0 {
		t.Errorf("diagnostics %q with %d articles, want %q", got, len(s.Articles), want)
	}
}

func TestPagination(t *testing.T) {
	tests := []struct {
		days, perPage int
		want          string
	}{
		{0, 10, "/:0"},
		{1, 10, "/:1"},
		{10, 10, "/:10"},
		{25, 10, "/:10 /page/2/:10 /page/3/:5"},
		{3, 1, "/:1 /page/2/:1 /page/3/:1"},
	}
	for _, tt := range tests {
		var docs []*markdown.Doc
		for i := range tt.days {
			docs = append(docs, doc(fmt.Sprintf("content/%d.md", i), "T", time.Date(2026, 1, 1+i, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)))
		}
		s := mustNew(t, cfgWith(func(c *config.Config) { c.Digest.PerPage = tt.perPage }), docs, Options{})
		var got []string
		for _, p := range s.Pages {
			if p.Kind == KindHome {
				got = append(got, fmt.Sprintf("%s:%d", p.URL, len(p.Home.Digests)))
				if p.Home.Total != strings.Count(tt.want, ":") {
					t.Errorf("%s: Total = %d", p.URL, p.Home.Total)
				}
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%d digests, %d per page: %s, want %s", tt.days, tt.perPage, strings.Join(got, " "), tt.want)
		}
	}
}

func TestPrevNext(t *testing.T) {
	docs := []*markdown.Doc{
		doc("content/a.md", "A", "2026-02-12T09:00:00Z"),
		doc("content/b.md", "B", "2026-02-13T09:00:00Z"),
		doc("content/c.md", "C", "2026-02-13T10:00:00Z"),
		doc("content/d.md", "D", "2026-02-14T10:00:00Z"),
	}
	s := mustNew(t, config.Default(), docs, Options{})
	name := func(a *Article) string {
		if a == nil {
			return "-"
		}
		return a.Title
	}
	key := func(d *Digest) string {
		if d == nil {
			return "-"
		}
		return d.Key
	}
	var got []string
	for _, a := range s.Articles {
		got = append(got, fmt.Sprintf("%s<%s>%s", name(a.Prev), a.Title, name(a.Next)))
	}
	for _, d := range s.Digests {
		got = append(got, fmt.Sprintf("%s<%s>%s", key(d.Prev), d.Key, key(d.Next)))
	}
	want := "-<D>- B<C>- -<B>C -<A>- 2026-02-13<2026-02-14>- 2026-02-12<2026-02-13>2026-02-14 -<2026-02-12>2026-02-13"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}

func TestGroups(t *testing.T) {
	docs := []*markdown.Doc{
		doc("content/a.md", "A", "2026-02-12", authors("Maria Example", "John Doe"), outlet("The Example Times")),
		doc("content/b.md", "B", "2026-02-13", authors("MARIA EXAMPLE", "Maria Example"), outlet("the example times")),
		doc("content/c.md", "C", "2026-02-14", authors(" ", "Ana Roe")),
	}
	s := mustNew(t, config.Default(), docs, Options{})
	var got []string
	for _, g := range append(slices.Clone(s.Authors), s.Outlets...) {
		got = append(got, fmt.Sprintf("%s=%s@%s:%s", g.Name, g.Slug, g.URL, titles(g.Articles)))
	}
	want := []string{
		"Ana Roe=ana-roe@/authors/ana-roe/:C",
		"John Doe=john-doe@/authors/john-doe/:A",
		"MARIA EXAMPLE=maria-example@/authors/maria-example/:B,A",
		"The Example Times=the-example-times@/outlets/the-example-times/:B,A",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	b := s.Articles[1]
	if len(b.Authors) != 1 || b.Authors[0].Slug != "maria-example" || b.Outlet.Slug != "the-example-times" {
		t.Errorf("article B: authors %v, outlet %v", b.Authors, b.Outlet)
	}
}

func titles(arts []*Article) string {
	var out []string
	for _, a := range arts {
		out = append(out, a.Title)
	}
	return strings.Join(out, ",")
}

func TestPageCollision(t *testing.T) {
	cfg := cfgWith(func(c *config.Config) {
		c.Permalinks.Article = "/:slug/"
		c.Permalinks.Digest = "/:period/"
	})
	docs := []*markdown.Doc{doc("content/x.md", "X", "2026-02-13", withSlug("2026-02-13"))}
	_, diags := New(cfg, docs, Options{})
	want := "content/x.md:1: error: the digest 2026-02-13 and the article content/x.md would both be written to 2026-02-13/index.html; change [permalinks] or a slug\n"
	if got := diagText(diags); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestPageInputs(t *testing.T) {
	docs := []*markdown.Doc{
		doc("content/a.md", "A", "2026-02-12", authors("Ana Roe"), tags("Energy")),
		doc("content/b.md", "B", "2026-02-13T08:00:00Z", authors("Ana Roe")),
		doc("content/c.md", "C", "2026-02-13T09:00:00Z", tags("Energy", "Ports"), aliases("/old/c/")),
		doc("content/d.md", "D", "2026-02-14"),
	}
	s := mustNew(t, cfgWith(func(c *config.Config) { c.Digest.PerPage = 2 }), docs, Options{})
	var got []string
	for _, p := range s.Pages {
		var keys []string
		for _, d := range p.Digests() {
			keys = append(keys, d.Key)
		}
		got = append(got, fmt.Sprintf("%s %s [%s] [%s]", p.Kind, p.File, titles(p.Articles()), strings.Join(keys, ",")))
	}
	want := []string{
		"home index.html [D,C,B] [2026-02-14,2026-02-13]",
		"home page/2/index.html [A] [2026-02-12]",
		"digest digest/2026-02-14/index.html [D] [2026-02-14,2026-02-13]",
		"digest digest/2026-02-13/index.html [C,B] [2026-02-14,2026-02-13,2026-02-12]",
		"digest digest/2026-02-12/index.html [A] [2026-02-13,2026-02-12]",
		"archive digest/index.html [D,C,B,A] [2026-02-14,2026-02-13,2026-02-12]",
		"article 2026/02/14/d/index.html [D] [2026-02-14]",
		"article 2026/02/13/c/index.html [C,B] [2026-02-13]",
		"article 2026/02/13/b/index.html [C,B] [2026-02-13]",
		"article 2026/02/12/a/index.html [A] [2026-02-12]",
		"taxonomy authors/index.html [B,A] []",
		"author authors/ana-roe/index.html [B,A] []",
		"taxonomy outlets/index.html [] []",
		"taxonomy tags/index.html [C,A] []",
		"term tags/energy/index.html [C,A] []",
		"term tags/ports/index.html [C] []",
		"alias old/c/index.html [C] []",
		"search search/index.html [] []",
		"404 404.html [] []",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadingMinutes(t *testing.T) {
	for _, tt := range []struct{ words, want int }{{0, 1}, {100, 1}, {344, 1}, {345, 2}, {460, 2}, {2300, 10}} {
		if got := (&Article{Words: tt.words}).ReadingMinutes(); got != tt.want {
			t.Errorf("ReadingMinutes(%d words) = %d, want %d", tt.words, got, tt.want)
		}
	}
}

// TestDeterministic builds a site with ties in date and slug from the
// docs in many orders, and compares a full dump with a golden file.
func TestDeterministic(t *testing.T) {
	docs := goldenDocs()
	cfg := cfgWith(func(c *config.Config) { c.Digest.PerPage = 2; c.Timezone = "Europe/Zurich" })
	want := dump(mustNew(t, cfg, docs, Options{}))
	for i := range 20 {
		shuffled := slices.Clone(docs)
		r := rand.New(rand.NewPCG(uint64(i), 1))
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		if got := dump(mustNew(t, cfg, shuffled, Options{})); got != want {
			t.Fatalf("order %d gives a different site:\n%s\nwant\n%s", i, got, want)
		}
	}
	golden := filepath.Join("testdata", "site.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if string(data) != want {
		t.Errorf("site differs from %s (run go test -update to accept):\n%s", golden, want)
	}
}

func goldenDocs() []*markdown.Doc {
	return []*markdown.Doc{
		doc("content/2026/02/13/geneva.txt", "Talks resume in Geneva", "2026-02-13T09:30:00+01:00",
			withSlug("talks-resume"), authors("Maria Example"), outlet("The Example Times")),
		doc("content/b/same.md", "Same time, slug b", "2026-02-13T09:30:00+01:00", withSlug("b-same")),
		doc("content/a/same.md", "Same time, slug a", "2026-02-13T09:30:00+01:00", withSlug("a-same")),
		doc("content/late.md", "Late in Zurich", "2026-02-13T23:30:00Z", authors("MARIA EXAMPLE", "John Doe")),
		doc("content/2026-02-12-kyiv.md", "Kyiv", "2026-02-12", outlet("Example Wire")),
		doc("content/2026-02-10-drafted.md", "Drafted", "2026-02-10", draft),
		doc("content/2026-01-30-old.md", "Old news", "2026-01-30", authors("Ana Roe"), outlet("Example Wire")),
	}
}

// dump writes everything a site holds as text, one fact a line.
func dump(s *Site) string {
	var b strings.Builder
	for _, a := range s.Articles {
		fmt.Fprintf(&b, "article %s %s %s digest=%s authors=%s outlet=%s\n", a.URL, a.Date.Format(time.RFC3339),
			a.Source, a.Digest.Key, groupSlugs(a.Authors), groupSlugs(nonNil(a.Outlet)))
	}
	for _, d := range s.Digests {
		fmt.Fprintf(&b, "digest %s %q %s [%s]\n", d.Key, d.Title, d.URL, titles(d.Articles))
	}
	for _, g := range append(slices.Clone(s.Authors), s.Outlets...) {
		fmt.Fprintf(&b, "group %s %q [%s]\n", g.URL, g.Name, titles(g.Articles))
	}
	for _, p := range s.Pages {
		fmt.Fprintf(&b, "page %s %s %s %q\n", p.Kind, p.URL, p.File, p.Title)
	}
	return b.String()
}

func groupSlugs(gs []*Group) string {
	var out []string
	for _, g := range gs {
		out = append(out, g.Slug)
	}
	return strings.Join(out, ",")
}

// TestUncheckedPermalink checks that a Config built in code, whose
// pattern Load never saw, still cannot send a page outside the output.
func TestUncheckedPermalink(t *testing.T) {
	cfg := config.Default()
	cfg.Permalinks.Article = "/../../:slug/"
	_, diags := New(cfg, []*markdown.Doc{doc("content/x.md", "X", "2026-02-13")}, Options{})
	want := `content/x.md:1: error: the article content/x.md has the address "/../../x/", which is not a clean site path` + "\n"
	if got := diagText(diags); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}
