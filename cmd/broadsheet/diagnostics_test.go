package main

import (
	"testing"
	"testing/fstest"
)

func TestReadIgnore(t *testing.T) {
	fsys := fstest.MapFS{
		"a.md":  {Data: []byte("+++\ntitle = \"A\"\nnote = \"\"\"\nignore = 1\n\"\"\"\nignore = [\"slug-repaired\"]\n+++\n\nBody.\n")},
		"b.txt": {Data: []byte("\ufeffdate: 2026-02-14\r\nIgnore: title-derived, date-from-path\r\n\r\nignore: no\r\n")},
		"c.txt": {Data: []byte("date: 2026-02-14\n\nignore: title-derived\n")},
	}
	tests := []struct {
		name  string
		codes []string
		line  int
	}{
		{"a.md", []string{"slug-repaired"}, 6},
		{"b.txt", []string{"title-derived", "date-from-path"}, 2},
		{"c.txt", nil, 0}, // below the header lines, it is body text
	}
	for _, tt := range tests {
		got := readIgnore(fsys, tt.name)
		if got.line != tt.line || len(got.codes) != len(tt.codes) {
			t.Errorf("%s: line %d, codes %v; want line %d, codes %v", tt.name, got.line, got.codes, tt.line, tt.codes)
		}
		for _, c := range tt.codes {
			if !got.codes[c] {
				t.Errorf("%s: %s not ignored", tt.name, c)
			}
		}
	}
}
