package render

import (
	"html/template"
	"time"

	"broadsheet/internal/config"
	"broadsheet/internal/document"
	"broadsheet/internal/markdown"
	"broadsheet/internal/site"
)

// sample is a hand-made site model: two digests, three articles, two
// authors and two outlets, with every page kind, plus the article bodies.
type sample struct {
	site   *site.Site
	bodies map[*site.Article]template.HTML
}

// page returns the first page of kind k.
func (s *sample) page(k site.Kind) *site.Page {
	for _, p := range s.site.Pages {
		if p.Kind == k {
			return p
		}
	}
	panic("no page of kind " + string(k))
}

// newSample builds the model; hostile puts markup and quotes in every
// piece of article text.
func newSample(hostile bool) *sample {
	cfg := config.Default()
	cfg.Title = "The Morning Example"
	cfg.BaseURL = "https://example.org/news/"
	ledger := &site.Group{Name: "The Harbor Ledger", Slug: "the-harbor-ledger", URL: "/outlets/the-harbor-ledger/"}
	courier := &site.Group{Name: "Valley Courier", Slug: "valley-courier", URL: "/outlets/valley-courier/"}
	maria := &site.Group{Name: "Maria Example", Slug: "maria-example", URL: "/authors/maria-example/"}
	tomas := &site.Group{Name: "Tomas Placeholder", Slug: "tomas-placeholder", URL: "/authors/tomas-placeholder/"}
	ana := &site.Group{Name: "Ana Sample", Slug: "ana-sample", URL: "/authors/ana-sample/"}

	talks := &site.Article{
		Source: "content/2026/02/13/talks.txt", Title: "Talks resume in Geneva as winter bites", Slug: "talks-resume-in-geneva",
		Date: time.Date(2026, 2, 13, 9, 30, 0, 0, time.UTC), Authors: []*site.Group{maria, tomas, ana}, Outlet: ledger,
		Words: 690, URL: "/2026/02/13/talks-resume-in-geneva/",
		Updated: time.Date(2026, 2, 14, 8, 15, 0, 0, time.UTC),
		Terms: map[string][]*site.Group{"tags": {
			{Name: "diplomacy", Slug: "diplomacy", URL: "/tags/diplomacy/"}, {Name: "energy", Slug: "energy", URL: "/tags/energy/"}}},
		Doc: &markdown.Doc{Picture: &document.Picture{Path: "/images/geneva.jpg", Width: 2400, Height: 1600,
			Variants: []document.Variant{{Path: "/images/geneva.x.480.jpg", Width: 480, Height: 320},
				{Path: "/images/geneva.x.960.jpg", Width: 960, Height: 640}, {Path: "/images/geneva.x.1600.jpg", Width: 1600, Height: 1067}}},
			FrontMatter: markdown.FrontMatter{
				Dateline: "GENEVA", Caption: "Delegates arrive at the lakeside hotel on Feb. 12.", Credit: "Rita Exemplo/The Harbor Ledger",
				Attribution: "This article originally appeared in The Harbor Ledger.",
				Tags:        []string{"diplomacy", "energy"},
			}},
	}
	talks.Doc.SetSourceURL("https://example.com/ledger/talks")
	talks.Doc.SetSummary("Negotiators meet again as the deadline nears.")
	talks.Doc.SetImage("/images/geneva.jpg")
	budget := &site.Article{
		Source: "content/2026/02/13/budget.txt", Title: "Council approves budget after night session", Slug: "council-approves-budget",
		Date: time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC), DateOnly: true, Outlet: courier,
		Words: 120,
		URL:   "/2026/02/13/council-approves-budget/",
		Doc:   &markdown.Doc{FrontMatter: markdown.FrontMatter{Attribution: "Distributed by Example Content Agency, LLC."}},
	}
	ferries := &site.Article{
		Source: "content/2026-02-12-ferries.md", Title: "Storm keeps ferries in port", Slug: "ferries",
		Date: time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC), DateOnly: true, Authors: []*site.Group{maria},
		Words: 300, URL: "/2026/02/12/ferries/",
		Doc: &markdown.Doc{FrontMatter: markdown.FrontMatter{Dateline: "OSLO, Norway", Caption: "Waves break over the harbour wall."}},
	}
	talks.SetLead("Negotiators from both sides met again on Friday.")
	budget.SetLead("The city council approved the budget at 2 a.m. on Friday after a nine-hour session.")
	ferries.SetLead("Gale-force winds kept ferries in port for a second day.")
	if hostile {
		for _, a := range []*site.Article{talks, budget, ferries} {
			a.Title = `<script>alert("title")</script> & "quoted" 'title'`
			a.SetLead(`</script><script>alert("lead")</script>`)
		}
		fm := &talks.Doc.FrontMatter
		fm.Caption = `Caption </script><img src=x onerror=alert(1)> "q"`
		fm.Credit = `<b>Credit</b> & Co`
		fm.Dateline = `GENEVA<script>alert("dl")</script>`
		fm.SetSummary(`Summary "with" <i>tags</i> & </script>`)
		fm.Attribution = `<a href="javascript:alert(1)">x</a>`
		fm.Tags = []string{`<tag>`, `"q"`}
		fm.SetImage(`javascript:alert(1)`)
		maria.Name = `Maria <script>alert("author")</script> "Example"`
		ledger.Name = `The <b>Ledger</b> & "Sons"`
	}

	day13 := &site.Digest{Key: "2026-02-13", Title: "Friday 13 February 2026", Start: time.Date(2026, 2, 13, 0, 0, 0, 0, time.UTC),
		URL: "/digest/2026-02-13/", Articles: []*site.Article{talks, budget}}
	day12 := &site.Digest{Key: "2026-02-12", Title: "Thursday 12 February 2026", Start: time.Date(2026, 2, 12, 0, 0, 0, 0, time.UTC),
		URL: "/digest/2026-02-12/", Articles: []*site.Article{ferries}}
	day13.Prev, day12.Next = day12, day13
	talks.Digest, budget.Digest, ferries.Digest = day13, day13, day12
	talks.Prev, budget.Next = budget, talks
	maria.Articles = []*site.Article{talks, ferries}
	tomas.Articles = []*site.Article{talks}
	ana.Articles = []*site.Article{talks}
	ledger.Articles = []*site.Article{talks}
	courier.Articles = []*site.Article{budget}

	home1 := &site.Page{Kind: site.KindHome, URL: "/", File: "index.html", Title: cfg.Title}
	home2 := &site.Page{Kind: site.KindHome, URL: "/page/2/", File: "page/2/index.html", Title: cfg.Title}
	home1.Home = &site.Pager{Number: 1, Total: 2, Digests: []*site.Digest{day13}, Next: home2}
	home2.Home = &site.Pager{Number: 2, Total: 2, Digests: []*site.Digest{day12}, Prev: home1}

	s := &site.Site{
		Config:   cfg,
		Articles: []*site.Article{talks, budget, ferries},
		Digests:  []*site.Digest{day13, day12},
		Authors:  []*site.Group{ana, maria, tomas},
		Outlets:  []*site.Group{ledger, courier},
	}
	for _, a := range s.Articles {
		s.Pages = append(s.Pages, &site.Page{Kind: site.KindArticle, URL: a.URL, File: a.URL[1:] + "index.html", Title: a.Title, Article: a})
	}
	for _, g := range s.Digests {
		s.Pages = append(s.Pages, &site.Page{Kind: site.KindDigest, URL: g.URL, File: g.URL[1:] + "index.html", Title: g.Title, Digest: g})
	}
	s.Pages = append(s.Pages, home1, home2)
	for _, g := range s.Authors {
		s.Pages = append(s.Pages, groupPage(site.KindAuthor, g))
	}
	for _, g := range s.Outlets {
		s.Pages = append(s.Pages, groupPage(site.KindOutlet, g))
	}
	s.Pages = append(s.Pages, &site.Page{Kind: site.KindNotFound, URL: "/404.html", File: "404.html", Title: "Page not found"})

	bodies := map[*site.Article]template.HTML{
		talks:   "<p>Negotiators from both sides met again on Friday, with the heating deadline weeks away.</p>\n<p>&quot;We are closer than we were,&quot; one delegate said.</p>\n<p>The talks resume on Monday.</p>\n",
		budget:  "<p>The city council approved the budget at 2 a.m. on Friday after a nine-hour session.</p>\n<p>By the end of the week, the mayor said, the first grants would be paid.</p>\n",
		ferries: "<blockquote>\n<p>Gale-force winds kept ferries in port for a second day.</p>\n</blockquote>\n<p>About 3,000 passengers were stranded.</p>\n",
	}
	if hostile {
		bodies[talks] = "<p>&lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt;</p>\n"
	}
	return &sample{site: s, bodies: bodies}
}

// groupPage is the only page of an author's or outlet's articles.
func groupPage(k site.Kind, g *site.Group) *site.Page {
	return &site.Page{Kind: k, URL: g.URL, File: g.URL[1:] + "index.html", Title: g.Name, Group: g,
		List: &site.Pager{Number: 1, Total: 1, Articles: g.Articles}}
}
