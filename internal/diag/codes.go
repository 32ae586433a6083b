package diag

import "strings"

// CodeInfo describes one diagnostic code for the README and for "did you
// mean" when a site ignores a code that does not exist.
type CodeInfo struct {
	Name    string
	Summary string // one line: what it reports
}

// Other is the code of a diagnostic whose stage gave it none and whose
// message matches no rule: it can still be printed, counted and ignored.
const Other = "other"

// Codes lists every code, in the order the README shows them. Codes are
// stable: a site's ignore lists name them, so one is never renamed.
var Codes = []CodeInfo{
	{"date-from-path", "no date header: the date was taken from the file's path (info)"},
	{"date-from-text", "no date header: the date was taken from a dateline, an e-mail's Date line or a timestamp"},
	{"date-missing", "no date anywhere: the article is not published (error)"},
	{"date-invalid", "a date that does not parse or lies outside the years 1 to 9999 (error)"},
	{"date-conflict", "two dates disagree, such as the header and the path, or a weekday and its date"},
	{"title-derived", "no title: one was made from the file name, the slug or the first sentence"},
	{"title-missing", "no title and nothing to make one from (error)"},
	{"header-unknown", "a header line whose key broadsheet does not know; the line stays in the body"},
	{"header-duplicate", "a header or tag given twice; the first value is kept"},
	{"header-empty", "a header key with no value"},
	{"draft-invalid", "a draft header that is not true or false; the article is treated as a draft"},
	{"front-matter-unknown", "an unknown key in a Markdown file's front matter; it is ignored"},
	{"front-matter-invalid", "front matter that is not valid TOML or has a value of the wrong type (error)"},
	{"byline-job-title", "a job title such as \"Staff Writer\" dropped from a byline (info)"},
	{"byline-place", "a place such as \"in Geneva\" dropped from a byline (info)"},
	{"byline-placeholder", "the placeholder byline of \"broadsheet new article\" in a published article"},
	{"byline-repaired", "another repair or guess in a byline: a dropped word, a guessed outlet, a name given twice"},
	{"byline-in-story", "a line like a byline inside the story, kept as story text"},
	{"outlet-conflict", "the byline and the outlet header name different outlets; the header wins"},
	{"source-not-url", "a source header that is not a URL, taken as the outlet"},
	{"dateline-agency", "an agency tag such as (AP) left out of a dateline (info)"},
	{"dateline-date", "the date of a dateline or a date line left out because another line gives the date (info)"},
	{"dateline-in-story", "a paragraph like a dateline that is not the first one, kept as story text"},
	{"headline-dropped", "a headline dropped because the title header gives the title (info)"},
	{"caption-in-story", "a photo caption and credit read inside the story"},
	{"credit-dropped", "a picture credit with no caption, or a link after a credit, dropped"},
	{"summary-taken", "paragraphs above the byline taken as the summary, or a standfirst dropped"},
	{"furniture-dropped", "web page furniture (share buttons, \"Read more\", newsletter prompts) dropped"},
	{"email-dropped", "e-mail header lines or separators dropped"},
	{"line-dropped", "a line above the story that is none of headline, caption, byline or dateline, dropped"},
	{"unsure", "a block the parser could read two ways; it names both"},
	{"encoding", "text that is not valid UTF-8, decoded as Windows-1252 (info)"},
	{"control-chars", "control characters removed from a field (info)"},
	{"slug-repaired", "a slug that is not lower-case words with hyphens, or none could be made; one was made"},
	{"body-empty", "an article with no story text (error)"},
	{"name-no-page", "an author or outlet name with no letters or digits, which gets no index page"},
	{"url-conflict", "two articles or pages want the same URL or output file (error)"},
	{"term-spelling", "a term spelled otherwise than the same term in older articles; the page keeps the older spelling"},
	{"taxonomy-unknown", "front matter terms of a taxonomy the site does not declare in site.toml (error)"},
	{"alias-invalid", "an alias that is not a path of the site (error)"},
	{"not-an-article", "a file in content/ that is not .txt or .md, or not a regular file; ignored"},
	{"image-missing", "a local image of a .md body that the site does not have, or a path above the site's root (error)"},
	{"image-invalid", "a local image that cannot be read, is not PNG, JPEG, GIF, WebP or SVG, or has too many pixels (error)"},
	{"picture-location", "a local picture whose EXIF gives the GPS position where it was taken, published as it is"},
	{"link-missing", "a local link of a .md body that leads above the site's root"},
	{"raw-html", "raw HTML in a .md body, left out of the page unless [markdown] unsafe is set"},
	{"config-unknown-key", "an unknown key in site.toml (error)"},
	{"config-syntax", "site.toml is not valid TOML (error)"},
	{"config-type", "a site.toml value of the wrong type (error)"},
	{"config-invalid", "a site.toml value that is out of range or malformed, or a bad --base-url (error)"},
	{"layout-syntax", "a layout that does not parse (error)"},
	{"layout-exec", "a layout that fails while a page is rendered (error)"},
	{"layout-missing", "a kind of page that has no layout (error)"},
	{"layout-ignored", "a file or sub-folder in layouts/ that is not used"},
	{"link-outside", "a symbolic link that leads out of the site, not read unless [build] follow_symlinks is set (error)"},
	{"special-file", "a FIFO, device or socket where a file was expected, not read (error)"},
	{"limit", "an input past one of broadsheet's size limits (error)"},
	{"read-failed", "a file or folder that cannot be read (error)"},
	{"write-failed", "an output file that cannot be written (error)"},
	{"stopped", "the build was interrupted (error)"},
	{"cache-ignored", "a build cache of another version of broadsheet, site or configuration, or a damaged one, not used (info)"},
	{Other, "a diagnostic that has no code of its own yet"},
}

// rule gives a code to a message that a stage reported without one.
type rule struct {
	code   string
	prefix string // the message starts with this, when set
	has    string // the message contains this, when set
	info   bool   // the message reports a decision, not a guess
}

// rules match the messages of the stages that do not set codes yet. They
// are tried in order, so a narrow rule comes before a broad one.
var rules = []rule{
	{code: "date-from-path", prefix: "no date header; took the date", has: " from the path", info: true},
	{code: "date-from-text", prefix: "no date header; took the date from"},
	{code: "date-from-path", prefix: "no date in the front matter; took the date", info: true},
	{code: "date-missing", prefix: "no date"},
	{code: "date-invalid", prefix: "date ", has: "does not parse"},
	{code: "date-invalid", prefix: "date ", has: "outside the years"},
	{code: "date-conflict", prefix: "date ", has: "but the date is a"},
	{code: "date-conflict", prefix: "header date "},
	{code: "title-derived", prefix: "no title; "},
	{code: "title-derived", prefix: "no title in the front matter; derived"},
	{code: "title-missing", prefix: "no title"},
	{code: "header-unknown", has: "is not a known header key"},
	{code: "header-duplicate", has: "given twice"},
	{code: "header-empty", prefix: "header ", has: "has no value"},
	{code: "draft-invalid", prefix: "draft "},
	{code: "config-invalid", has: "http:// or https:// URL"},
	{code: "front-matter-unknown", prefix: "unknown front matter key"},
	{code: "front-matter-invalid", prefix: "front matter"},
	{code: "front-matter-invalid", has: " must be "},
	{code: "byline-job-title", prefix: "byline: dropped job title", info: true},
	{code: "byline-place", prefix: "byline: dropped place", info: true},
	{code: "byline-repaired", prefix: "byline: "},
	{code: "byline-in-story", has: "looks like a byline but stands inside the story"},
	{code: "outlet-conflict", prefix: "byline names outlet"},
	{code: "source-not-url", prefix: "source "},
	{code: "dateline-agency", prefix: "dateline: left out the agency tag", info: true},
	{code: "dateline-date", prefix: "left out the date of the dateline", info: true},
	{code: "dateline-date", prefix: "dropped date line", info: true},
	{code: "dateline-in-story", has: "opens like a dateline but"},
	{code: "headline-dropped", prefix: "dropped headline", has: "the title header gives the title", info: true},
	{code: "caption-in-story", has: "inside the story as a photo caption"},
	{code: "credit-dropped", prefix: "dropped picture credit"},
	{code: "credit-dropped", prefix: "dropped the link"},
	{code: "summary-taken", prefix: "dropped standfirst"},
	{code: "summary-taken", has: "above the byline as the summary"},
	{code: "furniture-dropped", has: "furniture"},
	{code: "email-dropped", prefix: "dropped e-mail"},
	{code: "line-dropped", prefix: "dropped "},
	{code: "unsure", prefix: "unsure: "},
	{code: "encoding", prefix: "not valid UTF-8", info: true},
	{code: "control-chars", prefix: "removed ", has: "control character", info: true},
	{code: "url-conflict", has: "is also the URL of"},
	{code: "url-conflict", has: "would both be written to"},
	{code: "term-spelling", has: "of older articles (both are"},
	{code: "taxonomy-unknown", has: "is not a taxonomy of this site"},
	{code: "alias-invalid", prefix: "alias ", has: "is not a path of this site"},
	{code: "date-invalid", prefix: "updated ", has: "does not parse"},
	{code: "date-invalid", has: "is in no known format"},
	{code: "slug-repaired", has: "slug"},
	{code: "body-empty", prefix: "no body"},
	{code: "name-no-page", has: "it gets no index page"},
	{code: "url-conflict", has: "both want the output file"},
	{code: "not-an-article", has: "ignored", prefix: "not "},
	{code: "config-invalid", prefix: "base_url"},
	{code: "link-outside", has: "is a symbolic link to", prefix: ""},
	{code: "special-file", has: "is not a regular file ("},
	{code: "limit", has: "limit"},
	{code: "limit", has: "; the most is "},
	{code: "stopped", prefix: "stopped"},
	{code: "write-failed", prefix: "writing"},
	{code: "read-failed", prefix: "reading"},
	{code: "read-failed", prefix: "cannot read"},
}

// matches reports whether r applies to msg.
func (r rule) matches(msg string) bool {
	return (r.prefix == "" || strings.HasPrefix(msg, r.prefix)) &&
		(r.has == "" || strings.Contains(msg, r.has))
}

// Classify returns l with a code on every diagnostic: the one it has, else
// that of the first rule its message matches, else Other. A warning whose
// rule marks a decision becomes Info. The hints of the header-unknown rule
// are added here too, for the stages that do not write them yet.
func (l List) Classify() List {
	out := make(List, len(l))
	for i, d := range l {
		if d.Code == "" {
			d = classify(d)
		}
		out[i] = d
	}
	return out
}

// classify codes one diagnostic that came without a code.
func classify(d Diagnostic) Diagnostic {
	d.Code = Other
	for _, r := range rules {
		if r.matches(d.Msg) {
			d.Code = r.code
			if r.info && d.Severity == Warning {
				d.Severity = Info
			}
			break
		}
	}
	if d.Code == "header-unknown" {
		d.Msg += headerHint(d.Msg)
	}
	return d
}

// headerHint tells a writer who gave the author as a header key how the
// byline is written: broadsheet reads authors from a "By" line.
func headerHint(msg string) string {
	for _, k := range []string{`"author"`, `"authors"`, `"by"`, `"byline"`, `"writer"`} {
		if strings.HasPrefix(strings.ToLower(msg), k+" ") {
			return `; to name the author, write a byline such as "By Jane Roe" as its own paragraph above the story`
		}
	}
	return ""
}

// Known reports whether name is one of Codes.
func Known(name string) bool {
	for _, c := range Codes {
		if c.Name == name {
			return true
		}
	}
	return false
}

// Without returns the diagnostics of l whose code is not ignored, for the
// file they are in: ignored holds the codes the site silences, and
// perFile those each file silences, by the file's path.
func (l List) Without(ignored map[string]bool, perFile map[string]map[string]bool) List {
	var out List
	for _, d := range l {
		if d.Severity == Error || (!ignored[d.Code] && !perFile[d.File][d.Code]) {
			out = append(out, d)
		}
	}
	return out
}

// IsInfo reports whether d is an info, or becomes one when Classify
// codes it: a program that shows no infos can drop it at once.
func (d Diagnostic) IsInfo() bool {
	if d.Code == "" {
		d = classify(d)
	}
	return d.Severity == Info
}

// Visible returns l without its Info diagnostics, unless verbose.
func (l List) Visible(verbose bool) List {
	if verbose {
		return l
	}
	var out List
	for _, d := range l {
		if d.Severity != Info {
			out = append(out, d)
		}
	}
	return out
}
