// Package config loads site.toml, the configuration of a broadsheet site.
package config

import (
	"time"

	"broadsheet/internal/i18n"
)

// Config is a site's configuration. Default returns the values a site
// gets for every key it leaves out.
type Config struct {
	Title    string   `toml:"title"`
	BaseURL  string   `toml:"base_url"` // absolute, ends in "/"; may have a sub-path
	Language string   `toml:"language"`
	Timezone string   `toml:"timezone"`
	Outlets  []string `toml:"outlets"`

	// Taxonomies name the ways articles are classified: each gets an
	// index page, a page and a feed per term. Default ["tags"].
	Taxonomies []string `toml:"taxonomies"`
	// Params is free-form, for layouts (.Site.Params).
	Params map[string]any `toml:"params"`

	Digest      Digest      `toml:"digest"`
	Build       Build       `toml:"build"`
	Permalinks  Permalinks  `toml:"permalinks"`
	Diagnostics Diagnostics `toml:"diagnostics"`
	Markdown    Markdown    `toml:"markdown"`
	Search      Search      `toml:"search"`

	Location *time.Location `toml:"-"` // Timezone, loaded
	Lang     *i18n.Lang     `toml:"-"` // Language's words and date formats, with the site's i18n/ files
}

// Digest configures how articles are grouped.
type Digest struct {
	Period  string `toml:"period"`   // "day", "week" or "month"
	PerPage int    `toml:"per_page"` // digests per home page
}

// Build configures the build.
type Build struct {
	Dest   string `toml:"dest"`
	Drafts bool   `toml:"drafts"`
	Future bool   `toml:"future"`

	// FollowSymlinks lets symbolic links in the site lead out of it. Off
	// by default, so that content from others cannot publish files of the
	// machine that builds it; for trusted setups only.
	FollowSymlinks bool `toml:"follow_symlinks"`

	// Cache is the folder of the build cache, relative to the site; ""
	// means ".broadsheet".
	Cache string `toml:"cache"`

	// RedirectsFile writes _redirects, the redirect list Netlify and
	// Cloudflare Pages read, for the articles' aliases.
	RedirectsFile bool `toml:"redirects_file"`
}

// Diagnostics configures which diagnostics a build reports.
type Diagnostics struct {
	// Ignore lists the codes (such as "date-from-path") of warnings and
	// infos the site has accepted; errors cannot be ignored.
	Ignore []string `toml:"ignore"`
}

// Search configures the site's search.
type Search struct {
	// Pagefind runs pagefind on the output after every build, so the
	// search page has an index of every article.
	Pagefind bool `toml:"pagefind"`
}

// Markdown configures how the bodies of .md articles are rendered.
type Markdown struct {
	// Unsafe lets raw HTML in .md bodies through to the pages as it is
	// written (never in .txt articles, which are plain text). Off by
	// default: HTML can carry scripts and third-party embeds, which only
	// a site whose every writer is trusted should allow.
	Unsafe bool `toml:"unsafe"`
}

// Permalinks are URL patterns for pages.
type Permalinks struct {
	Article string `toml:"article"` // tokens :year :month :day :slug
	Digest  string `toml:"digest"`  // token :period
}

// Default returns the configuration of a site whose site.toml is empty.
func Default() *Config {
	return &Config{
		Title:      "Broadsheet",
		BaseURL:    "http://localhost/",
		Language:   "en",
		Timezone:   "UTC",
		Taxonomies: []string{"tags"},
		Digest:     Digest{Period: "day", PerPage: 10},
		Build:      Build{Dest: "public"},
		Permalinks: Permalinks{Article: "/:year/:month/:day/:slug/", Digest: "/digest/:period/"},
		Location:   time.UTC,
		Lang:       i18n.English(),
	}
}
