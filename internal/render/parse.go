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
func parseSet(funcs template.FuncMap, shared []file, page file) (*template.Template, error) {
	t := template.New(page.name).Funcs(funcs)
	for _, f := range shared {
		if _, err := t.New(f.name).Parse(string(f.data)); err != nil {
			return nil, err
		}
	}
	if _, err := t.Parse(string(page.data)); err != nil {
		return nil, err
	}
	return t, escapeErr(t.Execute(io.Discard, nil))
}

// parseEntrySet parses the shared files alone: the set the entry function
// renders "entry" from, the same for every kind of page. A theme whose
// shared files define no "entry" gets a set that fails only when a
// layout calls the entry function.
func parseEntrySet(funcs template.FuncMap, shared []file) (*template.Template, error) {
	t := template.New("").Funcs(funcs)
	for _, f := range shared {
		if _, err := t.New(f.name).Parse(string(f.data)); err != nil {
			return nil, err
		}
	}
	if t.Lookup("entry") == nil {
		return t, nil
	}
	return t, escapeErr(t.ExecuteTemplate(io.Discard, "entry", nil))
}

// escapeErr keeps the escaping errors of a trial run on no data, the
// only ones that say something about the layouts.
func escapeErr(err error) error {
	var escErr *template.Error
	if errors.As(err, &escErr) {
		return err
	}
	return nil
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
			diags.AddCode(layoutPath(f.name), 0, diag.Warning, "layout-ignored",
				"text outside {{define}} is never rendered: page layouts are named %s", kindNames())
		}
	}
	return diags
}

// kindNames lists the page layout names for messages.
func kindNames() string {
	names := make([]string, len(site.Kinds))
	for i, k := range site.Kinds {
		names[i] = string(k) + ".html"
	}
	return strings.Join(names, ", ")
}
