// Package config loads site.toml, the configuration of a broadsheet site.
package config

import "time"

// Config is a site's configuration. Default returns the values a site
// gets for every key it leaves out.
type Config struct {
	Title    string   `toml:"title"`
	BaseURL  string   `toml:"base_url"` // absolute, ends in "/"; may have a sub-path
	Language string   `toml:"language"`
	Timezone string   `toml:"timezone"`
	Outlets  []string `toml:"outlets"`

	Digest      Digest      `toml:"digest"`
	Build       Build       `toml:"build"`
	Permalinks  Permalinks  `toml:"permalinks"`
	Diagnostics Diagnostics `toml:"diagnostics"`

	Location *time.Location `toml:"-"` // Timezone, loaded
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
}

// Diagnostics configures which diagnostics a build reports.
type Diagnostics struct {
	// Ignore lists the codes (such as "date-from-path") of warnings and
	// infos the site has accepted; errors cannot be ignored.
	Ignore []string `toml:"ignore"`
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
		Digest:     Digest{Period: "day", PerPage: 10},
		Build:      Build{Dest: "public"},
		Permalinks: Permalinks{Article: "/:year/:month/:day/:slug/", Digest: "/digest/:period/"},
		Location:   time.UTC,
	}
}
