package scaffold

import (
	"regexp"
	"testing"
)

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Talks resume in Geneva", "talks-resume-in-geneva"},
		{"Zelenskyy’s plan", "zelenskyys-plan"},
		{"It's over", "its-over"},
		{"Café crème at 9:30", "cafe-creme-at-9-30"},
		{"  --Leading and trailing--  ", "leading-and-trailing"},
		{"<script>alert(1)</script>", "script-alert-1-script"},
		{"Ελλάδα", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"morning-digest", "Morning digest"},
		{"The \"Quoted\" Site", "The quoted site"},
		{"..", ""},
	}
	for _, tt := range tests {
		if got := Title(tt.in); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var slugShape = regexp.MustCompile(`^([a-z0-9]+(-[a-z0-9]+)*)?$`)

// FuzzSlug checks that any title gives a usable file name: lower-case
// ASCII words joined by single hyphens, never a path separator or a dot.
func FuzzSlug(f *testing.F) {
	for _, s := range []string{"Talks resume in Geneva", "Zelenskyy’s plan", "../../etc", "a\x00b", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, title string) {
		if got := Slug(title); !slugShape.MatchString(got) {
			t.Fatalf("Slug(%q) = %q, not lower-case words joined by hyphens", title, got)
		}
	})
}
