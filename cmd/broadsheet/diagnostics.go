package main

import (
	"bufio"
	"bytes"
	"io/fs"
	"path"
	"strings"

	"github.com/BurntSushi/toml"

	"broadsheet/internal/diag"
	"broadsheet/internal/markdown"
	"broadsheet/internal/render"
	"broadsheet/internal/scaffold"
	"broadsheet/internal/sitefs"
	"broadsheet/internal/slug"
)

// reportOptions say how a command turns a build's diagnostics into what
// it prints: --strict and -v.
type reportOptions struct {
	strict  bool
	verbose bool
}

// settle merges a layout error repeated on every page into one, gives
// every diagnostic its code, drops those the site or their
// article ignore, raises the remaining warnings under --strict, and
// returns what the command counts and prints (infos only with -v).
func settle(site string, l diag.List, o reportOptions) diag.List {
	l = render.Collapse(l).Classify()
	cfg, _ := loadConfig(site) // its errors are in l already
	ignored := map[string]bool{}
	for _, c := range cfg.Diagnostics.Ignore {
		ignored[c] = true
	}
	own := articleIgnores(site, l)
	perFile := map[string]map[string]bool{}
	for file, a := range own {
		perFile[file] = a.codes
	}
	l = withoutIgnoreLines(l.Without(ignored, perFile), own)
	if o.strict {
		l = l.Strict()
	}
	l = l.Visible(o.verbose)
	l.Sort()
	return l
}

// articleIgnore is what one article's own ignore line says.
type articleIgnore struct {
	codes map[string]bool
	line  int // of the ignore key
}

// articleIgnores reads the ignore list of every article that has a
// diagnostic, by its path. Only those few files are read again, so a
// large site with few diagnostics pays nothing.
func articleIgnores(site string, l diag.List) map[string]articleIgnore {
	fsys, err := sitefs.Open(site)
	if err != nil {
		return nil
	}
	defer fsys.Close()
	out := map[string]articleIgnore{}
	for _, d := range l {
		if _, seen := out[d.File]; seen || !strings.HasPrefix(d.File, "content/") {
			continue
		}
		out[d.File] = readIgnore(fsys, d.File)
	}
	return out
}

// ignoreKeyCodes are the codes the ignore line itself draws from the
// parsers, which do not know the key yet.
var ignoreKeyCodes = map[string]bool{"header-unknown": true, "front-matter-unknown": true}

// withoutIgnoreLines drops what the parsers say about the ignore lines
// themselves: they are the writer's own and mean what they say.
func withoutIgnoreLines(l diag.List, own map[string]articleIgnore) diag.List {
	var out diag.List
	for _, d := range l {
		if a, ok := own[d.File]; ok && a.line > 0 && d.Line == a.line && ignoreKeyCodes[d.Code] {
			continue
		}
		out = append(out, d)
	}
	return out
}

// readIgnore returns the codes the article at name ignores: an "ignore"
// header line of a .txt file ("ignore: date-from-path, title-derived") or
// an ignore array in a .md file's front matter.
func readIgnore(fsys fs.FS, name string) articleIgnore {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return articleIgnore{}
	}
	var codes []string
	line := 0
	if path.Ext(name) == ".md" {
		codes, line = frontMatterIgnore(src), markdown.KeyLine(src, "ignore")
	} else {
		var value string
		value, line = headerValue(src, "ignore")
		codes = strings.FieldsFunc(value, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
	}
	if len(codes) == 0 {
		return articleIgnore{}
	}
	a := articleIgnore{codes: map[string]bool{}, line: line}
	for _, c := range codes {
		a.codes[c] = true
	}
	return a
}

// headerValue returns the value of the header line "key: value" at the
// top of a plain-text article, where the header lines end at the first
// blank line, and the line's 1-based number, or 0 when there is none.
func headerValue(src []byte, key string) (string, int) {
	sc := bufio.NewScanner(bytes.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" {
			break
		}
		k, value, ok := strings.Cut(line, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), key) {
			return strings.TrimSpace(value), n
		}
	}
	return "", 0
}

// frontMatterIgnore reads ignore = [...] from the TOML front matter
// between the "+++" lines that open a Markdown article.
func frontMatterIgnore(src []byte) []string {
	rest, ok := bytes.CutPrefix(bytes.TrimPrefix(src, []byte("\ufeff")), []byte("+++"))
	if !ok {
		return nil
	}
	front, _, ok := bytes.Cut(rest, []byte("\n+++"))
	if !ok {
		return nil
	}
	var fm struct {
		Ignore []string `toml:"ignore"`
	}
	if _, err := toml.Decode(string(front), &fm); err != nil {
		return nil
	}
	return fm.Ignore
}

// placeholderPage is the output file of the placeholder author's page.
var placeholderPage = "authors/" + slug.Make(scaffold.PlaceholderAuthor) + "/index.html"

// placeholderDiags names each published article whose byline is still the
// placeholder. Only a build that made the placeholder's page looks.
func placeholderDiags(site string, drafts bool) diag.List {
	fsys, err := sitefs.Open(site)
	if err != nil {
		return nil
	}
	defer fsys.Close()
	var l diag.List
	byline := "By " + scaffold.PlaceholderAuthor
	_ = fs.WalkDir(fsys, "content", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(p) != ".txt" {
			return nil
		}
		if line := lineOf(fsys, p, byline, drafts); line > 0 {
			l.AddCode(p, line, diag.Warning, "byline-placeholder",
				"the byline is still the placeholder %q: write the author's name in it, or delete the line", byline)
		}
		return nil
	})
	return l
}

// lineOf returns the 1-based number of the first line of the file name
// that is exactly text, or 0; a draft gives 0 unless drafts are published.
func lineOf(fsys fs.FS, name, text string, drafts bool) int {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return 0
	}
	if draft, _ := headerValue(src, "draft"); !drafts && strings.EqualFold(draft, "true") {
		return 0
	}
	for i, line := range strings.Split(string(src), "\n") {
		if strings.TrimSpace(line) == text {
			return i + 1
		}
	}
	return 0
}
