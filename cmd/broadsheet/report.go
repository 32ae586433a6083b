package main

import (
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"

	"broadsheet/internal/diag"
)

// printDiags writes each diagnostic as "path:line: severity: message".
// Under GitHub Actions an annotation follows each one, its path prefixed
// with the path of root, the folder the diagnostics' paths are relative
// to, because GitHub resolves annotation paths from the repository's root.
func printDiags(w io.Writer, l diag.List, root string, annotate bool) {
	prefix := workspacePath(root)
	for _, d := range l {
		fmt.Fprintln(w, d)
		if annotate {
			d.File = path.Join(prefix, d.File)
			fmt.Fprintln(w, d.Annotation())
		}
	}
}

// workspacePath returns dir relative to GITHUB_WORKSPACE, the checkout
// GitHub resolves annotation paths from, when dir lies inside it; else
// dir as given, which is right when the command runs from the checkout.
func workspacePath(dir string) string {
	ws := os.Getenv("GITHUB_WORKSPACE")
	abs, err := filepath.Abs(dir)
	if ws == "" || err != nil {
		return filepath.ToSlash(dir)
	}
	rel, err := filepath.Rel(ws, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(dir)
	}
	return filepath.ToSlash(rel)
}

// plural formats n and a noun, adding "s" when n is not 1.
func plural(n int, noun string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, noun)
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// tally formats the counts of a diagnostic list: "3 warnings, 0 errors".
func tally(l diag.List) string {
	return plural(l.Count(diag.Warning), "warning") + ", " + plural(l.Count(diag.Error), "error")
}
