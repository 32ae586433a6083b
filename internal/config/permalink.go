package config

import (
	"fmt"
	"path"
	"strings"
)

// The tokens permalink patterns may use.
var (
	articleTokens = []string{"year", "month", "day", "slug"}
	digestTokens  = []string{"period"}
)

// Expand replaces each ":token" of a permalink pattern with its value.
// Patterns are checked by Load, so every token has a value.
func Expand(pattern string, values map[string]string) string {
	var b strings.Builder
	for pattern != "" {
		i := strings.IndexByte(pattern, ':')
		if i < 0 {
			b.WriteString(pattern)
			break
		}
		b.WriteString(pattern[:i])
		name := tokenAt(pattern[i+1:])
		b.WriteString(values[name])
		pattern = pattern[i+1+len(name):]
	}
	return b.String()
}

// tokenAt returns the lower-case token name at the start of s.
func tokenAt(s string) string {
	n := 0
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	return s[:n]
}

func checkArticlePermalink(p string) (string, error) {
	return p, checkPermalink(p, articleTokens, "slug")
}

func checkDigestPermalink(p string) (string, error) {
	return p, checkPermalink(p, digestTokens, "period")
}

// checkPermalink makes sure a pattern gives site paths that stay inside
// the output: rooted, clean, made of URL-safe characters, ending in "/"
// (a folder with index.html) or ".html", and carrying the token that
// tells pages apart.
func checkPermalink(p string, allowed []string, required string) error {
	if !strings.HasPrefix(p, "/") || !(strings.HasSuffix(p, "/") || strings.HasSuffix(p, ".html")) {
		return fmt.Errorf("%q must start with \"/\" and end with \"/\" or \".html\"", p)
	}
	values := map[string]string{}
	for _, t := range allowed {
		values[t] = "x"
	}
	seen := map[string]bool{}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == ':' {
			name := tokenAt(p[i+1:])
			if values[name] == "" {
				return fmt.Errorf("%q has unknown token \":%s\"; want one of :%s", p, name, strings.Join(allowed, " :"))
			}
			seen[name] = true
			i += len(name)
			continue
		}
		if !urlSafe(c) {
			return fmt.Errorf("%q has %q; use letters, digits and - . _ ~ / around the tokens", p, c)
		}
	}
	if !seen[required] {
		return fmt.Errorf("%q lacks :%s, so every page would get the same address", p, required)
	}
	if !IsCleanPath(Expand(p, values)) {
		return fmt.Errorf("%q is not a clean path (no \"//\", \".\" or \"..\" parts)", p)
	}
	return nil
}

func urlSafe(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' ||
		strings.IndexByte("-._~/", c) >= 0
}

// IsCleanPath reports whether p is a rooted site path with no empty, "."
// or ".." parts, so it cannot name a file outside the output folder. A
// trailing "/" (a folder URL) is allowed.
func IsCleanPath(p string) bool {
	if p == "/" {
		return true
	}
	trimmed := strings.TrimSuffix(p, "/")
	return strings.HasPrefix(p, "/") && !strings.HasSuffix(trimmed, "/") && path.Clean(trimmed) == trimmed
}
