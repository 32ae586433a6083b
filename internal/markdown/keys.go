package markdown

import "strings"

// keyLines returns the 1-based line, within the TOML text front, on which
// each top-level key is first defined: "key = ...", "key.sub = ..." and
// table headers "[key]" or "[[key.sub]]". BurntSushi/toml keeps these
// positions to itself, so a small scanner finds them; it only runs on TOML
// that has already parsed, and skips strings, comments and multi-line
// arrays so that text inside them is never taken for a key.
func keyLines(front string) map[string]int {
	lines := make(map[string]int)
	var sc tomlScanner
	for i, line := range strings.Split(front, "\n") {
		if sc.atLineStart() {
			if key, ok := leadingKey(line); ok && !sc.inTable {
				if _, dup := lines[key]; !dup {
					lines[key] = i + 1
				}
			}
			if strings.HasPrefix(strings.TrimLeft(line, " \t"), "[") {
				if key, ok := leadingKey(strings.TrimLeft(line, " \t[")); ok {
					if _, dup := lines[key]; !dup {
						lines[key] = i + 1
					}
				}
				sc.inTable = true
				continue
			}
		}
		sc.scan(line)
	}
	return lines
}

// leadingKey returns the first part of the key that opens line, if the
// line opens with a bare, basic-quoted or literal-quoted key.
func leadingKey(line string) (string, bool) {
	line = strings.TrimLeft(line, " \t")
	if line == "" {
		return "", false
	}
	switch line[0] {
	case '"':
		end := closingQuote(line, 1)
		if end < 0 {
			return "", false
		}
		return unquoteBasic(line[1:end]), true
	case '\'':
		end := strings.IndexByte(line[1:], '\'')
		if end < 0 {
			return "", false
		}
		return line[1 : 1+end], true
	}
	n := 0
	for n < len(line) && (isAlnum(line[n]) || line[n] == '_' || line[n] == '-') {
		n++
	}
	return line[:n], n > 0
}

// closingQuote returns the index of the '"' that closes a basic string
// whose text starts at s[from], or -1.
func closingQuote(s string, from int) int {
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// unquoteBasic undoes the escapes of a quoted key that matter for naming
// it; a key needing \u escapes is rare enough to be shown as written.
func unquoteBasic(s string) string {
	return strings.NewReplacer(`\"`, `"`, `\\`, `\`).Replace(s)
}

// tomlScanner follows what spans lines in TOML: multi-line strings and
// arrays (and, in TOML 1.1, inline tables).
type tomlScanner struct {
	mlString string // `"""` or `'''` while inside a multi-line string
	depth    int    // open [ and { of a value
	inTable  bool   // a [table] header has been seen
}

func (sc *tomlScanner) atLineStart() bool { return sc.mlString == "" && sc.depth == 0 }

// scan moves the scanner past one line.
func (sc *tomlScanner) scan(line string) {
	for i := 0; i < len(line); i++ {
		if sc.mlString != "" {
			end := strings.Index(line[i:], sc.mlString)
			if end < 0 {
				return
			}
			i += end + 2
			sc.mlString = ""
			continue
		}
		switch c := line[i]; c {
		case '#':
			return
		case '[', '{':
			sc.depth++
		case ']', '}':
			sc.depth = max(sc.depth-1, 0)
		case '"', '\'':
			if strings.HasPrefix(line[i:], strings.Repeat(string(c), 3)) {
				sc.mlString = line[i : i+3]
				i += 2
				continue
			}
			i = sc.skipString(line, i)
		}
	}
}

// skipString returns the index of the quote that closes the one-line
// string opening at line[i].
func (sc *tomlScanner) skipString(line string, i int) int {
	if line[i] == '\'' {
		end := strings.IndexByte(line[i+1:], '\'')
		if end < 0 {
			return len(line)
		}
		return i + 1 + end
	}
	end := closingQuote(line, i+1)
	if end < 0 {
		return len(line)
	}
	return end
}

// KeyLine returns the line of the file src on which its front matter
// gives key, such as "image", or 0 when it does not: for diagnostics
// about a value that is checked after Parse, such as an image the site
// does not have.
func KeyLine(src []byte, key string) int {
	f, problem := splitFile(normalizeNewlines(src))
	if problem != "" {
		return 0
	}
	if n := keyLines(f.front)[key]; n > 0 {
		return f.open + n
	}
	return 0
}
