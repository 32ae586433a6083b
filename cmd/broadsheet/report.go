package main

import (
	"fmt"
	"io"
	"path"

	"broadsheet/internal/diag"
)

// printDiags writes each diagnostic as "path:line: severity: message".
// Under GitHub Actions an annotation follows each one, with root (the
// folder the diagnostics' paths are relative to) in front of its path, as
// seen from the checkout: GitHub resolves annotation paths from there.
//
// Every diagnostic is printed with its code (see diag.Classify); convert
// and explain, which show how an article was read, print infos too.
func printDiags(w io.Writer, l diag.List, root string, e env) {
	prefix := e.fromWorkspace(root)
	for _, d := range l.Classify() {
		fmt.Fprintln(w, d)
		if e.annotate {
			d.File = path.Join(prefix, d.File)
			fmt.Fprintln(w, d.Annotation())
		}
	}
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
