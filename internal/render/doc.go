// Package render turns the site model into HTML pages with html/template
// layouts. This comment lists what every layout receives and every
// function it may call; layouts/README.md is the same reference for theme
// authors, with an example each, and a test keeps it in step.
//
// # Layout files
//
// The default layouts are the files of the layouts package (the
// repository's layouts/ folder, compiled into the binary). A site's own
// layouts/ folder overrides them name by name: a file there replaces the
// default file of the same name, and new files are added. Only the files
// at the top of the folder are read.
//
//   - article.html, digest.html, home.html, author.html, outlet.html and
//     404.html are the page layouts, one per [site.Kind]. A page is made
//     from its page layout plus every shared file.
//   - Every other .html file is shared: it is parsed, in name order, before
//     the page layout of every kind, so the templates it defines are
//     available everywhere. The defaults have base.html (the frame of
//     every page: head, header, footer; it defines "base", "title", and
//     the blocks "head", "masthead" and "main") and partials.html
//     ("byline", "time", "meta", "entry", "pager").
//   - Every other file (style.css, favicon.svg, ...) is an asset, copied
//     to the root of the output as is. Files whose names start with "." or
//     "_", and Go files, are neither.
//
// The list layouts show each article with the entry function, which
// executes the "entry" template of the shared files with an [EntryData].
// With the built-in shared files, whose entry template is known to show
// only the article, its authors, outlet and digest, with links made by
// .D.Site.Rel, an article's entry is rendered once, for a page two
// folders deep, and shown on pages of any other depth with the links of
// its href and src attributes re-rooted (links from site.Site.Rel differ
// only in how many folders they climb to the root); it is kept across
// rebuilds until the article changes: that is what keeps list pages of
// thousands of entries cheap. The kept entries are bounded in bytes, so
// on a site too large for all of them the rest are rendered for each
// page that shows them, and memory does not grow with them. A site that brings its own shared files
// gets its entry template rendered for each page that shows an entry, as
// {{template "entry" ...}} would be, so it may show anything of the page.
//
// # What a page depends on
//
// A build renders a page again when something it shows changed, and
// finds out what it shows as the page renders ([Reads]): a layout never
// has to say. Beyond the page's own data (an article page's article and
// its neighbours, a list page's articles, the site's configuration and
// .Site.Latest), a page that reads one of the site-wide lists
// .Site.Articles, .Site.Digests, .Site.Authors, .Site.Outlets or
// .Site.Pages is rendered again whenever any article changes, and a page
// that shows another article with entry or entries whenever that article
// changes. The navigation that every page shows should use .Site.Latest,
// which costs nothing, rather than index .Site.Digests 0. A site's own
// article or 404 layout that may reach other articles through the page's
// data (a field holding a list of articles or digests, such as
// .Page.Article.Digest.Articles, or a neighbour's neighbour) is found
// from its templates' parse trees, and its pages are treated as reading
// a site-wide list. A list page is not examined so: what its own
// articles lead to beyond their neighbours (their digests' or authors'
// other articles) is not tracked, and a list layout that shows that
// should read it from the site-wide lists.
//
// A page layout usually reads {{template "base" .}} and then defines
// "main" (and may redefine "head" and "masthead"). Because each page
// kind is parsed into its own template set, layouts of different kinds
// may define templates of the same name.
//
// Errors point into the layout file: a syntax error, an escaping problem
// or an execution failure becomes "layouts/article.html:12: error: ...".
//
// # The data of every layout
//
// Every layout is executed with a *[Data]:
//
//	.Site  *SiteData      the whole site (a *site.Site): .Site.Config (title, language, ...),
//	                      .Site.Articles, .Site.Digests, .Site.Authors, .Site.Outlets,
//	                      .Site.Pages, and .Site.Latest, the newest digest's .Key, .Title and .URL
//	.Page  *site.Page     the page being rendered: .Page.Kind, .Page.URL, .Page.Title and
//	                      .Page.Article (article pages), .Page.Digest (digest pages),
//	                      .Page.Group (author and outlet pages), .Page.Home (home pages)
//	.Body  template.HTML  the article's body HTML on article pages; empty elsewhere
//
// Links must go through .Site.Rel: {{.Site.Rel .Page "/digest/2026-02-13/"}}
// gives a relative link that works under any base_url and from a local
// folder. Absolute URLs (canonical links, feeds) come from
// {{.Site.Abs "/feed.xml"}}. An article's front matter (dateline,
// caption, credit, summary, attribution, tags, image) is in .Doc; use
// the front function, which copes with a missing Doc. Reading time is
// the article's own method: {{.ReadingMinutes}}.
//
// # Functions
//
//	t KEY [ARG ...]      a string of the site's language by its key, with its
//	                     arguments; a whole number first picks the plural form:
//	                     {{t "min_read" 2}} is "2 min read"
//	date TIME [STYLE]    "13 February 2026" in the site's language; STYLE "full"
//	                     adds the weekday, "month" gives "February 2026"
//	clock TIME           "09:30 GMT" (as the site's language writes a time of day)
//	dir                  "rtl" for a language written right to left, else "ltr"
//	isodate TIME         "2026-02-13", for <time datetime> of date-only articles
//	iso TIME             "2026-02-13T09:30:00+01:00" (RFC 3339)
//	front ARTICLE        the article's front matter (*document.FrontMatter); empty if none
//	teaser ARTICLE       the summary, else the caption, else the lead sentences
//	teaserplace ARTICLE  the dateline to put before the teaser; empty when the teaser is the caption
//	splitlead HTML       splits a body after its opening "<p>" so a layout can put the
//	                     dateline inside the first paragraph: .Open is "<p>" (or empty
//	                     when the body does not start with a paragraph), .Rest the rest
//	src DATA IMAGE       the src of an article's image: an http(s) URL as is, a site
//	                     path ("/img/x.jpg" or "img/x.jpg") as a link relative to the page
//	jsonld DATA          the schema.org NewsArticle of an article page, to be written
//	                     inside <script type="application/ld+json">; html/template
//	                     encodes it as JSON there, so article text cannot end the script
//	description DATA     the page's meta description (plain text, at most 160 characters)
//	cached NAME DATA [VARIANT ...]
//	                     the template NAME of the page's layouts executed with DATA, as
//	                     HTML: what {{template NAME DATA}} writes. On pages made from the
//	                     built-in layouts alone it is rendered once per kind of page and
//	                     depth, since those frame templates are known to show nothing
//	                     else of the page; elsewhere it is rendered every time, so a
//	                     layout need not know what it may show. VARIANTs are ignored
//	entry DATA ARTICLE LEVEL [COMPACT]
//	                     the article's "entry" template as HTML (see above);
//	                     LEVEL is its title's heading level, COMPACT leaves out the teaser
//	entries DATA ARTICLES LEVEL [COMPACT]
//	                     the entry of each article, each after a newline: the same as
//	                     {{range ARTICLES}}\n{{entry DATA . LEVEL COMPACT}}{{end}}, cheaper
//	dict K V ...         a map from string keys, to pass several values to a template
//	sep I N              the separator before item I of N: "", ", " or " and "
//	                     in the site's language
//	plural N ONE MANY    "1 article", "3 articles" (English; t counts in any language)
//
// The language is the site's Config.Lang. A function is bound to its
// template set when the set is parsed, so a Renderer parses the layouts
// again, once, for a site whose language is not the English it was made
// with (see langSets).
//
// Besides these, the functions of text/template (and, or, not, eq, len,
// index, printf, ...) are available. All text from articles is escaped
// by html/template according to its context; only .Body is HTML.
package render
