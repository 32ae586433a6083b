package scaffold

import (
	"strings"
	"testing"
)

func TestTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"morning-digest", "Morning digest"},
		{"The \"Quoted\" Site", "The quoted site"},
		{"évening_news", "Évening news"},
		{"晨报", "晨报"},
		{"..", ""},
	}
	for _, tt := range tests {
		if got := Title(tt.in); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzTitle checks that any folder name gives a title that can sit
// between quotes in site.toml as it is.
func FuzzTitle(f *testing.F) {
	for _, s := range []string{"morning-digest", `a"b\c`, "x\ny", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, name string) {
		if got := Title(name); strings.ContainsAny(got, "\"\\\n\r\t\x00") {
			t.Fatalf("Title(%q) = %q, which would need escaping in TOML", name, got)
		}
	})
}
