package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestCheckDest(t *testing.T) {
	root := t.TempDir()
	site := filepath.Join(root, "site")
	writeFile(t, filepath.Join(site, "content", "2026", "talks.txt"), "x")
	writeFile(t, filepath.Join(site, "notes", "todo.txt"), "x")
	writeFile(t, filepath.Join(site, "built", "index.html"), "x")
	if err := os.Mkdir(filepath.Join(site, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		dest string
		ok   bool
	}{
		{"public", true},       // absent
		{"empty", true},        // empty
		{"built", true},        // an earlier build
		{"../elsewhere", true}, // outside the site
		{".", false},
		{"..", false},
		{"content", false},
		{"content/2026", false},
		{"static/x", false},
		{"notes", false}, // someone's files
		{"layouts", false},
	}
	for _, tt := range tests {
		err := checkDest(site, filepath.Join(site, tt.dest))
		if (err == nil) != tt.ok {
			t.Errorf("checkDest(site, %s) = %v, want ok %v", tt.dest, err, tt.ok)
		}
	}
}
