package render

import (
	"errors"
	"io/fs"
	"path"
	"slices"
	"strings"

	"broadsheet/internal/diag"
	"broadsheet/internal/site"
)

// file is one file of the theme, from the defaults or a site's layouts/.
type file struct {
	name string // base name, "article.html"
	data []byte
}

// layoutPath is the path of a layout file as the user sees it.
func layoutPath(name string) string { return "layouts/" + name }

// collect reads the top-level files of defaults and overlays those of
// overrides name by name.
func collect(defaults, overrides fs.FS) (map[string]file, diag.List) {
	files := make(map[string]file)
	diags := readInto(files, defaults)
	if overrides != nil {
		diags.Append(readInto(files, overrides))
	}
	return files, diags
}

// readInto adds the theme files at the root of fsys to files.
func readInto(files map[string]file, fsys fs.FS) diag.List {
	var diags diag.List
	entries, err := fs.ReadDir(fsys, ".")
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		diags.AddCode("layouts", 0, diag.Error, "read-failed", "reading the folder: %v", err)
		return diags
	}
	for _, e := range entries {
		name := e.Name()
		if ignored(name) {
			continue
		}
		if e.IsDir() {
			diags.AddCode(layoutPath(name), 0, diag.Warning, "layout-ignored", "sub-folders of layouts/ are not read; move its files to layouts/")
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			diags.AddCode(layoutPath(name), 0, diag.Error, "read-failed", "reading: %v", err)
			continue
		}
		files[name] = file{name: name, data: data}
	}
	return diags
}

// ignored reports whether a name in layouts/ is none of the theme's
// business: hidden and editor files, the Go file that embeds the
// defaults, and documentation such as the layout reference.
func ignored(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") ||
		strings.HasSuffix(name, "~") || path.Ext(name) == ".go" || path.Ext(name) == ".md"
}

// isPageLayout reports whether name is the layout of a page kind.
func isPageLayout(name string) bool {
	for _, k := range site.Kinds {
		if name == string(k)+".html" {
			return true
		}
	}
	return false
}

// sharedOf returns the shared template files sorted by name.
func sharedOf(files map[string]file) []file {
	var out []file
	for name, f := range files {
		if path.Ext(name) == ".html" && !isPageLayout(name) {
			out = append(out, f)
		}
	}
	slices.SortFunc(out, func(a, b file) int { return strings.Compare(a.name, b.name) })
	return out
}

// assetsOf returns the files that are copied to the output, sorted.
func assetsOf(files map[string]file) []Asset {
	var out []Asset
	for name, f := range files {
		if path.Ext(name) != ".html" {
			out = append(out, Asset{Name: name, Data: f.data})
		}
	}
	slices.SortFunc(out, func(a, b Asset) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// layoutNames lists the files a page of one kind is made from.
func layoutNames(shared []file, page file) []string {
	out := make([]string, 0, len(shared)+1)
	for _, f := range shared {
		out = append(out, layoutPath(f.name))
	}
	return append(out, layoutPath(page.name))
}
