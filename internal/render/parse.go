package render

import (
	"errors"
	"html/template"
	"io"
	"strings"
	"text/template/parse"

	"broadsheet/internal/diag"
	"broadsheet/internal/site"
)

// parseSet parses the template set of one page kind: the shared files,
// then the page layout, whose name the set carries. It then runs the set
// once on no data, because html/template reports escaping problems (an
// action in an ambiguous context, a missing template) only when a set is
// first executed, and a broken layout should be found when the theme is
// loaded, not on the thousandth page.
func parseSet(k site.Kind, shared []file, page file) (*template.Template, error) {
	t := template.New(page.name).Funcs(funcs())
	for _, f := range shared {
		if _, err := t.New(f.name).Parse(string(f.data)); err != nil {
			return nil, err
		}
	}
	if _, err := t.Parse(string(page.data)); err != nil {
		return nil, err
	}
	err := t.Execute(io.Discard, nil)
	var escErr *template.Error
	if errors.As(err, &escErr) {
		return nil, err
	}
	return t, nil
}

// checkShared warns about shared files that hold text outside {{define}}:
// such a file is never rendered, which usually means a page layout whose
// name is misspelt.
func checkShared(shared []file) diag.List {
	var diags diag.List
	for _, f := range shared {
		tree := parse.New(f.name)
		tree.Mode = parse.SkipFuncCheck
		if _, err := tree.Parse(string(f.data), "", "", map[string]*parse.Tree{}); err != nil {
			continue // reported when the sets are parsed
		}
		if !parse.IsEmptyTree(tree.Root) {
			diags.Warnf(layoutPath(f.name), 0,
				"text outside {{define}} is never rendered: page layouts are named %s", kindNames())
		}
	}
	return diags
}

// kindNames lists the page layout names for messages.
func kindNames() string {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = string(k) + ".html"
	}
	return strings.Join(names, ", ")
}
