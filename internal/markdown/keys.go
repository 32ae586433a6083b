package markdown

import "broadsheet/internal/tomlline"

// KeyLine returns the line of the file src on which its front matter
// gives key, such as "image", or 0 when it does not: for diagnostics
// about a value that is checked after Parse, such as an image the site
// does not have.
func KeyLine(src []byte, key string) int {
	f, problem := splitFile(normalizeNewlines(src))
	if problem != "" {
		return 0
	}
	if n := tomlline.Scan(f.front).Line(key); n > 0 {
		return f.open + n
	}
	return 0
}
