package config

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func TestLoadMissingFileGivesDefaults(t *testing.T) {
	cfg, diags := Load(fstest.MapFS{}, "site.toml")
	if len(diags) != 0 {
		t.Fatalf("diags = %v", diags)
	}
	if cfg.BaseURL != "http://localhost/" || cfg.Digest.PerPage != 10 || cfg.Location != time.UTC {
		t.Errorf("cfg = %+v, want defaults", cfg)
	}
}

func TestLoadFullFile(t *testing.T) {
	src := `title = "Morning Digest"
base_url = "https://example.org/digest"   # a sub-path, no trailing slash
language = "de-CH"
timezone = "Europe/Zurich"
outlets = ["The Example Times"]

[digest]
period = "week"
per_page = 3

[build]
dest = "out"
drafts = true

[permalinks]
article = "/news/:year/:slug.html"
digest  = "/d/:period/"
`
	cfg, diags := Load(fstest.MapFS{"site.toml": {Data: []byte(src)}}, "site.toml")
	if len(diags) != 0 {
		t.Fatalf("diags = %v", diags)
	}
	checks := []struct{ got, want any }{
		{cfg.Title, "Morning Digest"},
		{cfg.BaseURL, "https://example.org/digest/"},
		{cfg.Language, "de-CH"},
		{cfg.Location.String(), "Europe/Zurich"},
		{strings.Join(cfg.Outlets, ","), "The Example Times"},
		{cfg.Digest, Digest{Period: "week", PerPage: 3}},
		{cfg.Build, Build{Dest: "out", Drafts: true}},
		{cfg.Permalinks, Permalinks{Article: "/news/:year/:slug.html", Digest: "/d/:period/"}},
	}
	for i, c := range checks {
		if c.got != c.want {
			t.Errorf("check %d: got %v, want %v", i, c.got, c.want)
		}
	}
}

// TestLoadErrors checks the exact message a user sees for each mistake.
// TestLoadPublisherKeys checks taxonomies, the free-form [params] table
// (whose keys are never unknown) and build.redirects_file.
func TestLoadPublisherKeys(t *testing.T) {
	src := "taxonomies = [\"tags\", \"sections\"]\n[params]\nmasthead = \"Morning\"\n[params.social]\nmastodon = \"@digest\"\n[build]\nredirects_file = true\n"
	cfg, diags := Load(fstest.MapFS{"site.toml": {Data: []byte(src)}}, "site.toml")
	if len(diags) != 0 {
		t.Fatalf("diags = %v", diags)
	}
	if strings.Join(cfg.Taxonomies, ",") != "tags,sections" || !cfg.Build.RedirectsFile {
		t.Errorf("taxonomies %q, redirects_file %v", cfg.Taxonomies, cfg.Build.RedirectsFile)
	}
	social, _ := cfg.Params["social"].(map[string]any)
	if cfg.Params["masthead"] != "Morning" || social["mastodon"] != "@digest" {
		t.Errorf("params = %v", cfg.Params)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"unknown key in table", "title = \"x\"\n\n[digest]\nperiod = \"day\"\n\n\nper_pge = 4\n",
			[]string{`site.toml:7: error: unknown key "per_pge" in [digest]; did you mean "per_page"?`}},
		{"unknown top-level key", "titel = \"x\"\n",
			[]string{`site.toml:1: error: unknown key "titel"; did you mean "title"?`}},
		{"unknown key with no near match", "# c\ncolour = \"blue\"\n",
			[]string{`site.toml:2: error: unknown key "colour"`}},
		{"unknown table reported once", "[digset]\nperiod = \"day\"\nper_page = 2\n",
			[]string{`site.toml:1: error: unknown key "digset"; did you mean "digest"?`}},
		{"dotted key", "title = \"x\"\ndigest.perpage = 2\n",
			[]string{`site.toml:2: error: unknown key "perpage" in [digest]; did you mean "per_page"?`}},
		{"inline table", "title = \"x\"\nbuild = { dest = \"out\", draft = true }\n",
			[]string{`site.toml:2: error: unknown key "draft" in [build]; did you mean "drafts"?`}},
		{"inline table over lines", "build = {\n  drafts = true,\n  draft = true\n}\n",
			[]string{`site.toml:3: error: unknown key "draft" in [build]; did you mean "drafts"?`}},
		{"key-like text in a multi-line array is skipped", "[params]\nnotes = [\n  \"x\",\n  '''\n[digest]\nper_pge = 1\n''',\n]\n[digest]\nper_pge = 1\n",
			[]string{`site.toml:10: error: unknown key "per_pge" in [digest]; did you mean "per_page"?`}},
		{"key name inside multi-line string is skipped", "title = \"\"\"\nper_pge = 1\n\"\"\"\n[digest]\nper_pge = 1\n",
			[]string{`site.toml:5: error: unknown key "per_pge" in [digest]; did you mean "per_page"?`}},
		{"syntax error", "title = \"x\"\nbase_url = https://example.org/\n",
			[]string{`site.toml:2: error: expected value but found "https" instead`}},
		{"wrong type", "title = \"x\"\n[digest]\nper_page = \"ten\"\n",
			[]string{`site.toml:3: error: [digest] per_page must be a whole number, such as per_page = 10, not a quoted string`}},
		{"bad period", "[digest]\nperiod = \"fortnight\"\n",
			[]string{`site.toml:2: error: digest.period: "fortnight" is not a period; want "day", "week" or "month"`}},
		{"per_page zero", "[digest]\nper_page = 0\n",
			[]string{`site.toml:2: error: digest.per_page: 0 digests per page; want 1 or more`}},
		{"bad timezone", "timezone = \"Mars/Olympus\"\n",
			[]string{`site.toml:1: error: timezone: unknown time zone "Mars/Olympus"; use an IANA name such as "UTC" or "Europe/Zurich"`}},
		{"Local timezone", "timezone = \"Local\"\n",
			[]string{`site.toml:1: error: timezone: unknown time zone "Local"; use an IANA name such as "UTC" or "Europe/Zurich"`}},
		{"relative base_url", "base_url = \"/digest/\"\n",
			[]string{`site.toml:1: error: base_url: "/digest/" must be an absolute http:// or https:// URL`}},
		{"ftp base_url", "base_url = \"ftp://example.org/\"\n",
			[]string{`site.toml:1: error: base_url: "ftp://example.org/" must be an absolute http:// or https:// URL`}},
		{"base_url with query", "base_url = \"https://example.org/?a=1\"\n",
			[]string{`site.toml:1: error: base_url: "https://example.org/?a=1" must not have a query or fragment`}},
		{"bad taxonomy name", "taxonomies = [\"tags\", \"Sections\"]\n",
			[]string{`site.toml:1: error: taxonomies: "Sections" is not a taxonomy name: use lower-case letters, digits and underscores, such as "sections"`}},
		{"reserved taxonomy name", "taxonomies = [\"authors\"]\n",
			[]string{`site.toml:1: error: taxonomies: "authors" cannot be a taxonomy: broadsheet uses that name itself`}},
		{"taxonomy twice", "taxonomies = [\"tags\", \"tags\"]\n",
			[]string{`site.toml:1: error: taxonomies: "tags" is listed twice`}},
		{"bad language", "language = \"english please\"\n",
			[]string{`site.toml:1: error: language: "english please" is not a language tag such as "en" or "de-CH"`}},
		{"dest is the site", "[build]\ndest = \"./\"\n",
			[]string{`site.toml:2: error: build.dest: "./" would replace the site folder; name a folder such as "public"`}},
		{"permalink without slug", "[permalinks]\narticle = \"/:year/:month/\"\n",
			[]string{`site.toml:2: error: permalinks.article: "/:year/:month/" lacks :slug, so every page would get the same address`}},
		{"permalink with unknown token", "[permalinks]\narticle = \"/:yr/:slug/\"\n",
			[]string{`site.toml:2: error: permalinks.article: "/:yr/:slug/" has unknown token ":yr"; want one of :year :month :day :slug`}},
		{"permalink escaping the site", "[permalinks]\narticle = \"/../:slug/\"\n",
			[]string{`site.toml:2: error: permalinks.article: "/../:slug/" is not a clean path (no "//", "." or ".." parts)`}},
		{"permalink not rooted", "[permalinks]\ndigest = \"digest/:period/\"\n",
			[]string{`site.toml:2: error: permalinks.digest: "digest/:period/" must start with "/" and end with "/" or ".html"`}},
		{"permalink with odd characters", "[permalinks]\ndigest = \"/d?/:period/\"\n",
			[]string{`site.toml:2: error: permalinks.digest: "/d?/:period/" has '?'; use letters, digits and - . _ ~ / around the tokens`}},
		{"wrong type names the key", "[digest]\nper_page = \"ten\"\n",
			[]string{`site.toml:2: error: [digest] per_page must be a whole number, such as per_page = 10, not a quoted string`}},
		{"unclosed string", "title = \"X\nlanguage = \"en\"\n",
			[]string{`site.toml:1: error: a string opened on this line is not closed: end it with a " on the same line (or use """ to span lines)`}},
		{"unknown code to ignore", "[diagnostics]\nignore = [\"date-from-pat\"]\n",
			[]string{`site.toml:2: error: diagnostics.ignore: unknown code "date-from-pat"; did you mean "date-from-path"? (the README lists the codes)`}},
		{"every error reported", "per_pag = 1\n[digest]\nperiod = \"year\"\nper_page = -1\n",
			[]string{
				`site.toml:1: error: unknown key "per_pag"`,
				`site.toml:3: error: digest.period: "year" is not a period; want "day", "week" or "month"`,
				`site.toml:4: error: digest.per_page: -1 digests per page; want 1 or more`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := Load(fstest.MapFS{"site.toml": {Data: []byte(tt.src)}}, "site.toml")
			var got []string
			for _, d := range diags {
				if d.Code == "" {
					t.Errorf("%s: no code", d)
				}
				// The codes are checked where they are chosen; here, the words.
				got = append(got, strings.TrimSuffix(d.String(), " ["+d.Code+"]"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestLoadBadValuesKeepDefaults checks that a config with errors is still
// usable, so a caller can go on and report more problems.
func TestLoadBadValuesKeepDefaults(t *testing.T) {
	src := "timezone = \"Nowhere\"\n[digest]\nperiod = \"year\"\nper_page = 0\n"
	cfg, diags := Load(fstest.MapFS{"site.toml": {Data: []byte(src)}}, "site.toml")
	if len(diags) != 3 {
		t.Fatalf("diags = %v", diags)
	}
	if cfg.Location != time.UTC || cfg.Digest.Period != "day" || cfg.Digest.PerPage != 10 {
		t.Errorf("cfg = %+v, want defaults for the bad values", cfg)
	}
}

func TestWithBaseURL(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"https://example.org", "https://example.org/", ""},
		{"https://example.org/digest", "https://example.org/digest/", ""},
		{"http://localhost:1313/", "http://localhost:1313/", ""},
		{"https://user.github.io/my%20site", "https://user.github.io/my%20site/", ""},
		{"example.org", "", `--base-url: "example.org" must be an absolute http:// or https:// URL`},
		{"https://", "", `--base-url: "https://" has no host`},
		{"https://example.org/#top", "", `--base-url: "https://example.org/#top" must not have a query or fragment`},
	}
	for _, tt := range tests {
		cfg := Default()
		err := cfg.WithBaseURL(tt.in)
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("WithBaseURL(%q) error = %v, want %s", tt.in, err, tt.err)
			}
			if cfg.BaseURL != Default().BaseURL {
				t.Errorf("WithBaseURL(%q) changed BaseURL to %q on error", tt.in, cfg.BaseURL)
			}
			continue
		}
		if err != nil || cfg.BaseURL != tt.want {
			t.Errorf("WithBaseURL(%q) = %q, %v; want %q", tt.in, cfg.BaseURL, err, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	got := Expand("/:year/:month/:day/:slug/", map[string]string{"year": "2026", "month": "02", "day": "13", "slug": "talks"})
	if got != "/2026/02/13/talks/" {
		t.Errorf("Expand = %q", got)
	}
}

func TestDefaultIsValid(t *testing.T) {
	if diags := Default().Validate("site.toml"); len(diags) != 0 {
		t.Errorf("Default().Validate() = %v", diags)
	}
}

// FuzzParse checks that no site.toml makes Load panic, and that whatever
// it accepts is a config the rest of the build can rely on.
func FuzzParse(f *testing.F) {
	f.Add("title = \"x\"\n[digest]\nper_pge = 1\n")
	f.Add("base_url = \"https://example.org/a\"\n[permalinks]\narticle = \"/:slug/\"\n")
	f.Add("a = \"\"\"\n[x]\n\"\"\"\nb.'c'.\"d\" = { e = 1 }\n[[f]]\ng = 2\n")
	f.Fuzz(func(t *testing.T, src string) {
		cfg := Default()
		diags := Parse(cfg, "site.toml", []byte(src))
		if diags.HasErrors() {
			return
		}
		if !strings.HasSuffix(cfg.BaseURL, "/") || cfg.Location == nil || cfg.Digest.PerPage < 1 {
			t.Fatalf("accepted a bad config: %+v", cfg)
		}
	})
}

func TestIsCleanPath(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"/", true}, {"/a/", true}, {"/a/b.html", true}, {"/404.html", true},
		{"", false}, {"a/", false}, {"//", false}, {"/a//b/", false}, {"/../a/", false},
		{"/a/./", false}, {"/a/..", false}, {"/./", false},
	} {
		if got := IsCleanPath(tt.in); got != tt.want {
			t.Errorf("IsCleanPath(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestLoadMarkdown(t *testing.T) {
	cfg, diags := Load(fstest.MapFS{"site.toml": {Data: []byte("[markdown]\nunsafe = true\n")}}, "site.toml")
	if len(diags) != 0 || !cfg.Markdown.Unsafe {
		t.Errorf("unsafe = %v, diags %v", cfg.Markdown.Unsafe, diags)
	}
	if Default().Markdown.Unsafe {
		t.Error("raw HTML must be off by default")
	}
	_, diags = Load(fstest.MapFS{"site.toml": {Data: []byte("[markdown]\nunsave = true\n")}}, "site.toml")
	if len(diags) != 1 || !strings.Contains(diags[0].Msg, `did you mean "unsafe"?`) {
		t.Errorf("a misspelt key: %v", diags)
	}
}
