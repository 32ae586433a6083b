package render

import (
	"html/template"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"broadsheet/internal/i18n"
	"broadsheet/internal/markdown"
	"broadsheet/internal/site"
)

// referencePath is the theme author's reference, kept beside the layouts.
const referencePath = "../../layouts/README.md"

// section returns the text of README's "### `name`" section, up to the
// next heading of its level or above, and whether there is one.
func section(readme, name string) (string, bool) {
	head := "### `" + name + "`\n"
	i := strings.Index(readme, head)
	if i < 0 {
		return "", false
	}
	rest := readme[i+len(head):]
	if j := regexp.MustCompile(`(?m)^#{2,3} `).FindStringIndex(rest); j != nil {
		rest = rest[:j[0]]
	}
	return rest, true
}

// fence matches a fenced example.
var fence = regexp.MustCompile("(?s)```\n(.*?)```")

// TestReferenceFunctions checks that every function a layout may call has
// a section with an example that parses and calls it, and that the
// reference names no function that does not exist.
func TestReferenceFunctions(t *testing.T) {
	readme := readReference(t)
	r := &Renderer{}
	funcs := r.funcs()
	for name := range funcs {
		text, ok := section(readme, name)
		if !ok {
			t.Errorf("layouts/README.md has no section for the function %s", name)
			continue
		}
		ex := fence.FindStringSubmatch(text)
		if ex == nil || !strings.Contains(ex[1], name+" ") {
			t.Errorf("the section of %s has no example that calls it", name)
			continue
		}
		if _, err := template.New(name).Funcs(funcs).Parse(`{{define "meta"}}{{end}}` + ex[1]); err != nil {
			t.Errorf("the example of %s does not parse: %v", name, err)
		}
	}
	funcsPart := readme[strings.Index(readme, "## Functions"):]
	for _, m := range regexp.MustCompile("(?m)^### `([^`]+)`").FindAllStringSubmatch(funcsPart, -1) {
		if _, ok := funcs[m[1]]; !ok {
			t.Errorf("layouts/README.md describes a function %s that layouts do not have", m[1])
		}
	}
}

// TestReferenceKinds checks that every kind of page has its section with
// an example.
func TestReferenceKinds(t *testing.T) {
	readme := readReference(t)
	for _, k := range site.Kinds {
		text, ok := section(readme, string(k)+".html")
		if !ok || !fence.MatchString(text) {
			t.Errorf("layouts/README.md has no section with an example for %s.html", k)
		}
	}
}

// TestReferenceTypes checks that the table of each type a layout sees
// lists every exported field and method, and nothing else.
func TestReferenceTypes(t *testing.T) {
	readme := readReference(t)
	types := map[string]reflect.Type{
		"Data":                 reflect.TypeFor[Data](),
		"EntryData":            reflect.TypeFor[EntryData](),
		"site.Site":            reflect.TypeFor[site.Site](),
		"site.Page":            reflect.TypeFor[site.Page](),
		"site.Article":         reflect.TypeFor[site.Article](),
		"site.Digest":          reflect.TypeFor[site.Digest](),
		"site.Group":           reflect.TypeFor[site.Group](),
		"site.Pager":           reflect.TypeFor[site.Pager](),
		"site.Taxonomy":        reflect.TypeFor[site.Taxonomy](),
		"site.Archive":         reflect.TypeFor[site.Archive](),
		"markdown.FrontMatter": reflect.TypeFor[markdown.FrontMatter](),
	}
	notForLayouts := map[string]bool{"site.Site.Update": true, "markdown.FrontMatter.TOML": true, "markdown.FrontMatter.Extra": true}
	// The setters of the front matter and of an article's lead are for
	// the code that reads files and builds; layouts read by the names.
	for _, name := range []string{"markdown.FrontMatter", "site.Article"} {
		for m := range reflect.PointerTo(types[name]).Methods() {
			if strings.HasPrefix(m.Name, "Set") {
				notForLayouts[name+"."+m.Name] = true
			}
		}
	}
	for name, typ := range types {
		text, ok := section(readme, name)
		if !ok {
			t.Errorf("layouts/README.md has no section for %s", name)
			continue
		}
		documented := map[string]bool{}
		for _, m := range regexp.MustCompile("(?m)^\\| `\\.(\\w+)`").FindAllStringSubmatch(text, -1) {
			documented[m[1]] = true
		}
		want := members(typ)
		for _, m := range want {
			if !documented[m] && !notForLayouts[name+"."+m] {
				t.Errorf("layouts/README.md: %s lacks .%s", name, m)
			}
			delete(documented, m)
		}
		for m := range documented {
			t.Errorf("layouts/README.md: %s lists .%s, which it does not have", name, m)
		}
	}
}

// members lists the exported fields and methods of typ (and its pointer).
func members(typ reflect.Type) []string {
	var out []string
	for f := range typ.Fields() {
		if f.IsExported() {
			out = append(out, f.Name)
		}
	}
	for m := range reflect.PointerTo(typ).Methods() {
		out = append(out, m.Name)
	}
	return out
}

func readReference(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(referencePath)
	if err != nil {
		t.Fatalf("the layout reference: %v", err)
	}
	return string(b)
}

// TestReferenceTranslationKeys checks that the table of translation keys
// lists every key a translation file may give, and nothing else.
func TestReferenceTranslationKeys(t *testing.T) {
	readme := readReference(t)
	i := strings.Index(readme, "## Languages")
	if i < 0 {
		t.Fatal("layouts/README.md has no Languages section")
	}
	listed := map[string]bool{}
	for _, m := range regexp.MustCompile("(?m)^\\| `(\\w+)` \\|").FindAllStringSubmatch(readme[i:], -1) {
		listed[m[1]] = true
	}
	for _, k := range i18n.Keys() {
		if !listed[k] {
			t.Errorf("layouts/README.md: the Languages table lacks %s", k)
		}
		delete(listed, k)
	}
	for k := range listed {
		t.Errorf("layouts/README.md: the Languages table lists %s, which is not a key", k)
	}
}
