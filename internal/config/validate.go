package config

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"golang.org/x/text/language"

	"broadsheet/internal/diag"
	"broadsheet/internal/i18n"
	"broadsheet/internal/tomlline"
)

// Validate checks a Config built in code, as Load checks the file: it
// normalises base_url, loads the time zone into Location and reports every
// bad value as an error for file (with no line).
func (c *Config) Validate(file string) diag.List {
	diags := c.validate(file, tomlline.Lines{})
	diags.Append(c.warnLanguage(file, 0, false))
	return diags
}

// WithBaseURL replaces base_url, as the --base-url flag does, after the
// same checks and normalisation Load applies to the file's value.
func (c *Config) WithBaseURL(u string) error {
	norm, err := normaliseBaseURL(u)
	if err != nil {
		return fmt.Errorf("--base-url: %w", err)
	}
	c.BaseURL = norm
	return nil
}

// validate checks every value, reporting each bad one at the line of its
// key, and leaves the default in place of a bad value.
func (c *Config) validate(file string, lines tomlline.Lines) diag.List {
	var diags diag.List
	check := func(key string, err error) {
		if err != nil {
			diags.AddCode(file, lines.Nearest(strings.Split(key, ".")...), diag.Error, "config-invalid", "%s: %v", key, err)
		}
	}
	def := Default()
	check("base_url", setValid(&c.BaseURL, def.BaseURL, normaliseBaseURL))
	check("language", setValid(&c.Language, def.Language, checkLanguage))
	c.Lang, _ = i18n.New(c.Language)
	check("timezone", c.loadLocation())
	check("digest.period", setValid(&c.Digest.Period, def.Digest.Period, checkPeriod))
	check("digest.per_page", c.checkPerPage())
	check("build.dest", setValid(&c.Build.Dest, def.Build.Dest, checkDest))
	check("permalinks.article", setValid(&c.Permalinks.Article, def.Permalinks.Article, checkArticlePermalink))
	check("permalinks.digest", setValid(&c.Permalinks.Digest, def.Permalinks.Digest, checkDigestPermalink))
	check("diagnostics.ignore", checkIgnore(c.Diagnostics.Ignore))
	check("taxonomies", c.checkTaxonomies())
	return diags
}

// setValid stores the normalised *v, or the default def when *v is bad.
func setValid(v *string, def string, norm func(string) (string, error)) error {
	got, err := norm(*v)
	if err != nil {
		*v = def
		return err
	}
	*v = got
	return nil
}

// normaliseBaseURL accepts an absolute http(s) URL with no query or
// fragment and makes its path end in "/", so site paths can be appended.
func normaliseBaseURL(s string) (string, error) {
	u, err := url.Parse(s)
	switch {
	case err != nil:
		return "", fmt.Errorf("%q is not a URL", s)
	case u.Scheme != "http" && u.Scheme != "https":
		return "", fmt.Errorf("%q must be an absolute http:// or https:// URL", s)
	case u.Host == "":
		return "", fmt.Errorf("%q has no host", s)
	case u.RawQuery != "" || u.Fragment != "" || u.ForceQuery:
		return "", fmt.Errorf("%q must not have a query or fragment", s)
	case u.User != nil:
		// Redacted, so the password does not end up in a CI log.
		return "", fmt.Errorf("%q must not hold a user name or password", u.Redacted())
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
		u.RawPath = ""
	}
	return u.String(), nil
}

func checkLanguage(s string) (string, error) {
	if _, err := language.Parse(s); err != nil || s == "" {
		return "", fmt.Errorf("%q is not a language tag such as \"en\" or \"de-CH\"", s)
	}
	return s, nil
}

// loadLocation loads the time zone. "Local" is refused: it would make the
// output depend on the machine that builds it.
func (c *Config) loadLocation() error {
	loc, err := time.LoadLocation(c.Timezone)
	if err == nil && c.Timezone != "" && c.Timezone != "Local" {
		c.Location = loc
		return nil
	}
	bad := c.Timezone
	c.Timezone, c.Location = "UTC", time.UTC
	return fmt.Errorf("unknown time zone %q; use an IANA name such as \"UTC\" or \"Europe/Zurich\"", bad)
}

func checkPeriod(s string) (string, error) {
	switch s {
	case "day", "week", "month":
		return s, nil
	}
	return "", fmt.Errorf("%q is not a period; want \"day\", \"week\" or \"month\"", s)
}

func (c *Config) checkPerPage() error {
	if c.Digest.PerPage >= 1 {
		return nil
	}
	bad := c.Digest.PerPage
	c.Digest.PerPage = Default().Digest.PerPage
	return fmt.Errorf("%d digests per page; want 1 or more", bad)
}

// checkDest refuses an empty destination and the site folder itself:
// a build replaces the whole destination folder.
func checkDest(s string) (string, error) {
	switch strings.TrimRight(strings.TrimSpace(s), `/\`) {
	case "", ".", "..":
		return "", fmt.Errorf("%q would replace the site folder; name a folder such as \"public\"", s)
	}
	return s, nil
}

// checkIgnore makes sure every code to ignore exists, so a typo does not
// silently silence nothing.
func checkIgnore(codes []string) error {
	var names []string
	for _, c := range diag.Codes {
		names = append(names, c.Name)
	}
	for _, code := range codes {
		if diag.Known(code) {
			continue
		}
		if near := nearest(code, names); near != "" {
			return fmt.Errorf("unknown code %q; did you mean %q? (the README lists the codes)", code, near)
		}
		return fmt.Errorf("unknown code %q (the README lists the codes)", code)
	}
	return nil
}

// reservedNames are the first segments of the site paths broadsheet
// writes itself, and the front matter keys: a taxonomy of one of these
// names would take their pages or their key.
var reservedNames = []string{
	"authors", "outlets", "digest", "page", "search", "pagefind",
	"title", "date", "slug", "outlet", "dateline", "caption", "credit", "summary",
	"attribution", "image", "source_url", "updated", "aliases", "draft", "ignore", "params",
}

// checkTaxonomies checks that each taxonomy is named by a lower-case
// word that can be a front matter key and a site path, once; a bad list
// leaves the default in place.
func (c *Config) checkTaxonomies() error {
	seen := make(map[string]bool, len(c.Taxonomies))
	for _, name := range c.Taxonomies {
		var err error
		switch {
		case !isTaxonomyName(name):
			err = fmt.Errorf("%q is not a taxonomy name: use lower-case letters, digits and underscores, such as \"sections\"", name)
		case slices.Contains(reservedNames, name):
			err = fmt.Errorf("%q cannot be a taxonomy: broadsheet uses that name itself", name)
		case seen[name]:
			err = fmt.Errorf("%q is listed twice", name)
		}
		if err != nil {
			c.Taxonomies = Default().Taxonomies
			return err
		}
		seen[name] = true
	}
	return nil
}

// isTaxonomyName matches `^[a-z][a-z0-9_]{0,29}$`.
func isTaxonomyName(s string) bool {
	if s == "" || len(s) > 30 || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}
