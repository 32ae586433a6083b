package tomlline

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestLine(t *testing.T) {
	const doc = `# a comment: title = "no"
title = "Talks" # trailing = comment
date = 2026-02-13T09:00:00Z
"quoted key" = 1
'literal.key' = 2
"esc\"aped" = 3
site.name = "x"
site . lang = "en"
tags = [
  "a = b",
  "[table]",
]
body = """
hidden = "no"
[not_a_table]
"""
raw = '''
also_hidden = 1
'''
esc = """ \""" still = "inside" """
after = 4
inline = { a = 1, b = { c = 2 }, d = [ { e = 3 } ] }
list = [ { f = 1 },
  { g = 2 } ]

[digest]
period = "week"

[params . "x.y"]
z = 1

[[authors]]
name = "A"
[[authors]]
name = "B"
bio = "b"
`
	l := Scan(doc)
	tests := []struct {
		path []string
		want int
	}{
		{[]string{"title"}, 2},
		{[]string{"date"}, 3},
		{[]string{"quoted key"}, 4},
		{[]string{"literal.key"}, 5},
		{[]string{`esc"aped`}, 6},
		{[]string{"site"}, 7},
		{[]string{"site", "name"}, 7},
		{[]string{"site", "lang"}, 8},
		{[]string{"tags"}, 9},
		{[]string{"a"}, 0},
		{[]string{"table"}, 0},
		{[]string{"body"}, 13},
		{[]string{"hidden"}, 0},
		{[]string{"not_a_table"}, 0},
		{[]string{"raw"}, 17},
		{[]string{"also_hidden"}, 0},
		{[]string{"esc"}, 20},
		{[]string{"still"}, 0},
		{[]string{"after"}, 21},
		{[]string{"inline"}, 22},
		{[]string{"inline", "a"}, 22},
		{[]string{"inline", "b", "c"}, 22},
		{[]string{"inline", "d", "e"}, 22},
		{[]string{"list", "f"}, 23},
		{[]string{"list", "g"}, 24},
		{[]string{"digest"}, 26},
		{[]string{"digest", "period"}, 27},
		{[]string{"period"}, 0},
		{[]string{"params", "x.y"}, 29},
		{[]string{"params", "x.y", "z"}, 30},
		{[]string{"authors"}, 32},
		{[]string{"authors", "name"}, 33},
		{[]string{"authors", "bio"}, 36},
		{[]string{"missing"}, 0},
	}
	for _, tt := range tests {
		if got := l.Line(tt.path...); got != tt.want {
			t.Errorf("Line(%q) = %d, want %d", tt.path, got, tt.want)
		}
	}
}

func TestNearest(t *testing.T) {
	l := Scan("a = 1\n[digest]\nperiod = \"week\"\n")
	tests := []struct {
		path []string
		want int
	}{
		{[]string{"digest", "period"}, 3},
		{[]string{"digest", "per_page"}, 2},
		{[]string{"build", "dest"}, 0},
		{[]string{"a"}, 1},
	}
	for _, tt := range tests {
		if got := l.Nearest(tt.path...); got != tt.want {
			t.Errorf("Nearest(%q) = %d, want %d", tt.path, got, tt.want)
		}
	}
}

func TestZeroAndBroken(t *testing.T) {
	var zero Lines
	if got := zero.Line("a"); got != 0 {
		t.Errorf("zero Lines: Line = %d", got)
	}
	// Text that is not TOML gives what can be made out, and no more.
	l := Scan("not toml at all\n[open\nkey = \"unclosed\nnext = 1\r\nx = '''\ny = 2")
	for path, want := range map[string]int{"key": 3, "next": 4, "open": 0, "x": 5, "y": 0} {
		if got := l.Line(path); got != want {
			t.Errorf("Line(%q) = %d, want %d", path, got, want)
		}
	}
}

func TestDeepNesting(t *testing.T) {
	doc := "a = " + strings.Repeat("[", 100000) + "\nb = 1\n"
	if got := Scan(doc).Line("a"); got != 1 {
		t.Errorf("Line(a) = %d, want 1", got)
	}
}

// FuzzScan checks that Scan never panics, that every key it places is
// named on its line, and that it places every key of a document the
// decoder reads.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"a = 1\n[t]\nb.c = 'x'\n",
		"s = \"\"\"\nk = 1\n\"\"\"\n",
		"[[x]]\ny = [ {z = 1},\n {w = 2} ]\n",
		"\"a.b\" = { 'c' = \"\\u00e9\" }\n",
		"# k = 1\nk = 2 # = 3\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		l := Scan(doc)
		lines := strings.Split(doc, "\n")
		for key, n := range l.at {
			if n < 1 || n > len(lines) {
				t.Fatalf("key %q at line %d of %d", key, n, len(lines))
			}
			parts := strings.Split(key, sep)
			last := parts[len(parts)-1]
			if text := lines[n-1]; !strings.Contains(text, `\`) && !strings.Contains(text, last) {
				t.Fatalf("key %q at line %d, which is %q", key, n, text)
			}
		}
		var v map[string]any
		meta, err := toml.Decode(doc, &v)
		if err != nil {
			return
		}
		for _, k := range meta.Keys() {
			if l.Line(k...) == 0 {
				t.Fatalf("key %q of a valid document not found", k)
			}
		}
	})
}
