package config

import (
	"errors"
	"io/fs"
	"path"

	"broadsheet/internal/diag"
	"broadsheet/internal/i18n"
	"broadsheet/internal/tomlline"
)

// TranslationDir is the folder of a site's translation files: i18n/fr.toml
// adds to or overrides the French words of the layouts.
const TranslationDir = "i18n"

// TranslationFiles returns the translation files a site in language lang
// reads, in the order they apply: the base language's file, then the
// regional one ("i18n/pt.toml", then "i18n/pt-BR.toml").
func TranslationFiles(lang string) []string {
	l, _ := i18n.New(lang)
	files := []string{}
	if base, _, ok := cutRegion(l.Name()); ok {
		files = append(files, path.Join(TranslationDir, base+".toml"))
	}
	return append(files, path.Join(TranslationDir, l.Name()+".toml"))
}

// cutRegion splits "pt-BR" into "pt" and "BR".
func cutRegion(tag string) (base, rest string, ok bool) {
	for i := 0; i < len(tag); i++ {
		if tag[i] == '-' {
			return tag[:i], tag[i+1:], true
		}
	}
	return tag, "", false
}

// loadTranslations reads the site's translation files for its language
// from fsys, where dir is the folder of site.toml, into c.Lang, and warns
// when the language is neither shipped nor given by a file.
func (c *Config) loadTranslations(fsys fs.FS, dir, file string, lines tomlline.Lines) diag.List {
	var diags diag.List
	found := false
	for _, name := range TranslationFiles(c.Language) {
		name = path.Join(dir, name)
		src, err := fs.ReadFile(fsys, name)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			diags.AddCode(name, 0, diag.Error, "read-failed", "%v", err)
			continue
		}
		found = true
		var d diag.List
		c.Lang, d = c.Lang.WithFile(name, src)
		diags.Append(d)
	}
	diags.Append(c.warnLanguage(file, lines.Nearest("language"), found))
	return diags
}

// warnLanguage warns that a language has no shipped words, unless the
// site gives its own.
func (c *Config) warnLanguage(file string, line int, ownFile bool) diag.List {
	var diags diag.List
	if !c.Lang.Known() && !ownFile {
		diags.Warnf(file, line, "broadsheet has no words for the language %q; the layouts use English (add %s to give them)",
			c.Language, path.Join(TranslationDir, c.Lang.Name()+".toml"))
	}
	return diags
}
