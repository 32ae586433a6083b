package render

import (
	"testing"

	"broadsheet/internal/diag"
)

func TestUnclosedAction(t *testing.T) {
	tests := []struct {
		src  string
		word string
		line int
	}{
		{"{{define \"main\"}}\n{{if .X}}\n<p>\n{{end}}\n", "if", 2},
		{"{{define \"main\"}}\n{{range .X}}{{end}}\n{{if .X}}\n{{with .Y}}{{end}}\n{{end}}\n{{define \"head\"}}{{end}}", "if", 3},
		{"{{define \"main\"}}\n<p>\n", "define", 1},
		{"{{/* {{if}} in a comment */}}{{define \"main\"}}{{if .X}}{{end}}{{end}}", "", 0},
		{"<p>{{if .X}}\n{{with .Y}}\n{{end}}", "if", 1},
	}
	for _, tt := range tests {
		word, line := unclosedAction(tt.src)
		if word != tt.word || line != tt.line {
			t.Errorf("unclosedAction(%q) = %q, %d; want %q, %d", tt.src, word, line, tt.word, tt.line)
		}
	}
}

func TestCollapse(t *testing.T) {
	bad := func(page string) diag.Diagnostic {
		return diag.Diagnostic{File: "layouts/article.html", Line: 9, Severity: diag.Error,
			Code: "layout-exec", Msg: "at <.X>: can't evaluate field X (rendering " + page + ")"}
	}
	other := diag.Diagnostic{File: "content/a.txt", Line: 1, Msg: "no title"}
	got := Collapse(diag.List{bad("/a/"), other, bad("/b/"), bad("/c/")})
	if len(got) != 2 || got[1] != other {
		t.Fatalf("Collapse = %v", got)
	}
	want := "at <.X>: can't evaluate field X (on 3 pages, the first /a/)"
	if got[0].Msg != want {
		t.Errorf("Msg = %q, want %q", got[0].Msg, want)
	}
	if one := Collapse(diag.List{bad("/a/")}); one[0].Msg != bad("/a/").Msg {
		t.Errorf("a single page keeps its message: %q", one[0].Msg)
	}
}
