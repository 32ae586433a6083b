package site

import "testing"

func TestSlugFromPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"content/2026-02-13-geneva-talks.md", "geneva-talks"},
		{"content/2026/02/13/geneva-talks.txt", "geneva-talks"},
		{"content/Geneva Talks.md", "geneva-talks"},
		{"content/2026-02-13.md", ""},
	}
	for _, tt := range tests {
		if got := slugFromPath(tt.in); got != tt.want {
			t.Errorf("slugFromPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
