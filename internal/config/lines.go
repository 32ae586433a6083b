package config

import (
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
)

// keyLines maps each key of a TOML file to the line that defines it.
// BurntSushi/toml keeps key positions to itself, so they are found by
// scanning the source: good enough for the flat files site.toml is, and
// never worse than a diagnostic for the whole file.
type keyLines struct {
	lines map[string]int // dotted key -> 1-based line
	src   []string
}

func newKeyLines(src []byte) keyLines {
	kl := keyLines{lines: map[string]int{}, src: strings.Split(string(src), "\n")}
	var table toml.Key
	inString := false
	for i, line := range kl.src {
		text := strings.TrimSpace(line)
		if inString {
			inString = !multiLineToggles(text)
			continue
		}
		if text == "" || text[0] == '#' {
			continue
		}
		inString = multiLineToggles(text)
		if text[0] == '[' {
			table = headerKey(text)
			kl.add(table, i+1)
			continue
		}
		if name, _, ok := cutOutsideQuotes(text, '='); ok {
			kl.add(append(table[:len(table):len(table)], splitKey(name)...), i+1)
		}
	}
	return kl
}

// add records line for key and for every table the key implies.
func (kl keyLines) add(key toml.Key, line int) {
	for i := 1; i <= len(key); i++ {
		if _, ok := kl.lines[key[:i].String()]; !ok {
			kl.lines[key[:i].String()] = line
		}
	}
}

// find returns the line of key. A key the scan did not see (one inside
// an inline table, say) falls back to the first line after its table's
// line that mentions its name, then to the table's line, then to 0.
func (kl keyLines) find(key toml.Key) int {
	if n, ok := kl.lines[key.String()]; ok {
		return n
	}
	start := 0
	if len(key) > 1 {
		start = kl.find(key[:len(key)-1])
	}
	name := key[len(key)-1]
	for i := max(start-1, 0); i < len(kl.src); i++ {
		if strings.Contains(kl.src[i], name) {
			return i + 1
		}
	}
	return start
}

// multiLineToggles reports whether line opens or closes a multi-line
// string, so the scan does not read keys inside one.
func multiLineToggles(line string) bool {
	n := strings.Count(line, `"""`) + strings.Count(line, `'''`)
	return n%2 == 1
}

// headerKey parses "[a.b]" or "[[a.b]]", with an optional comment.
func headerKey(text string) toml.Key {
	inner, _, _ := cutOutsideQuotes(text, '#')
	inner = strings.TrimSpace(inner)
	inner = strings.TrimSuffix(strings.TrimPrefix(inner, "["), "]")
	inner = strings.TrimSuffix(strings.TrimPrefix(inner, "["), "]")
	return splitKey(inner)
}

// splitKey splits a dotted key such as `a."b.c"` into its parts.
func splitKey(s string) toml.Key {
	var key toml.Key
	for s != "" {
		part, rest, _ := cutOutsideQuotes(s, '.')
		key = append(key, unquoteKey(strings.TrimSpace(part)))
		s = rest
	}
	return key
}

func unquoteKey(s string) string {
	if len(s) >= 2 && s[0] == '"' {
		if u, err := strconv.Unquote(s); err == nil {
			return u
		}
	}
	if len(s) >= 2 && s[0] == '\'' && s[len(s)-1] == '\'' {
		return s[1 : len(s)-1]
	}
	return s
}

// cutOutsideQuotes is strings.Cut for a separator outside quoted text.
func cutOutsideQuotes(s string, sep byte) (before, after string, found bool) {
	var quote byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case quote != 0 && c == '\\' && quote == '"':
			i++
		case quote != 0 && c == quote:
			quote = 0
		case quote == 0 && (c == '"' || c == '\''):
			quote = c
		case quote == 0 && c == sep:
			return s[:i], s[i+1:], true
		}
	}
	return s, "", false
}
