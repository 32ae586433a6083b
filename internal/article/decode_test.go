package article

import (
	"strings"
	"testing"

	"broadsheet/internal/diag"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		want     string // lines joined with "|"
		warnings int
		errors   int
	}{
		{"utf-8", "One\nTwo\n", "One|Two", 0, 0},
		{"bom", "\xef\xbb\xbfdate 2026-02-13\n", "date 2026-02-13", 0, 0},
		{"crlf", "One\r\nTwo\r\n", "One|Two", 0, 0},
		{"lone cr", "One\rTwo\r\rThree", "One|Two||Three", 0, 0},
		{"paste debris", "  \tTabs\tand\u00a0no-break  spaces \t\n", "Tabs and no-break spaces", 0, 0},
		{"windows-1252", "\x93Quoted\x94 \x96 caf\xe9\n", "“Quoted” – café", 1, 0},
		{"one warning for many bytes", "\x93a\x94\n\x93b\x94\n", "“a”|“b”", 1, 0},
		{"undefined byte", "a\x81b \x93c\x94", "ab “c”", 2, 0},
		{"utf-16", "\xff\xfeH\x00i\x00\n\x00", "Hi", 1, 0},
		{"control characters", "a\x01b\x07c\n", "abc", 1, 0},
		{"invisible", "zero\u200bwidth\ufeff", "zerowidth", 0, 0},
		{"empty", "", "", 0, 1},
		{"white space only", " \n\t\r\n", "", 0, 1},
		{"nul bytes", "PNG\x00\x00\x01\x02", "", 0, 1},
		{"control bytes", strings.Repeat("\x01\x02\x03abc", 20), "", 0, 1},
	}
	for _, tt := range tests {
		var d diag.List
		lines, _ := decode("x.txt", []byte(tt.in), &d)
		var got []string
		for _, l := range lines {
			got = append(got, l.text)
		}
		if g := strings.Join(got, "|"); g != tt.want {
			t.Errorf("%s: lines %q, want %q", tt.name, g, tt.want)
		}
		if d.Count(diag.Warning) != tt.warnings || d.Count(diag.Error) != tt.errors {
			t.Errorf("%s: diagnostics %v, want %d warnings, %d errors", tt.name, d, tt.warnings, tt.errors)
		}
	}
}

func TestDecodeLineNumbers(t *testing.T) {
	var d diag.List
	lines, _ := decode("x.txt", []byte("a\r\nb\rc\n\nd"), &d)
	var nums []int
	for _, l := range lines {
		nums = append(nums, l.num)
	}
	if len(nums) != 5 || nums[4] != 5 {
		t.Errorf("line numbers %v, want 1..5", nums)
	}
}
