package config

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadTranslations(t *testing.T) {
	fsys := fstest.MapFS{
		"site.toml":       {Data: []byte("title = \"Revue\"\nlanguage = \"pt-BR\"\n")},
		"i18n/pt.toml":    {Data: []byte("front_page = \"Capa\"\nlater = \"Depois\"\n")},
		"i18n/pt-BR.toml": {Data: []byte("later = \"Mais tarde\"\n")},
		"i18n/fr.toml":    {Data: []byte("not a key = 1\n")}, // another language's: not read
	}
	cfg, diags := Load(fsys, "site.toml")
	if len(diags) != 0 {
		t.Fatalf("diags = %v", diags)
	}
	for key, want := range map[string]string{"front_page": "Capa", "later": "Mais tarde", "earlier": "Anterior"} {
		if got, _ := cfg.Lang.T(key); got != want {
			t.Errorf("%s = %q, want %q", key, got, want)
		}
	}
}

func TestLoadTranslationErrors(t *testing.T) {
	fsys := fstest.MapFS{
		"site.toml":    {Data: []byte("language = \"fr\"\n")},
		"i18n/fr.toml": {Data: []byte("front_page = \"Accueil\"\n\nfront_pag = \"Accueil\"\n")},
	}
	_, diags := Load(fsys, "site.toml")
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), `i18n/fr.toml:3: error: unknown key "front_pag"; did you mean "front_page"?`) {
		t.Errorf("diags = %v", diags)
	}
}

func TestLoadUnknownLanguageWarns(t *testing.T) {
	fsys := fstest.MapFS{"site.toml": {Data: []byte("title = \"x\"\nlanguage = \"sv\"\n")}}
	cfg, diags := Load(fsys, "site.toml")
	if len(diags) != 1 || !strings.HasPrefix(diags[0].String(), `site.toml:2: warning: broadsheet has no words for the language "sv"; the layouts use English (add i18n/sv.toml`) {
		t.Errorf("diags = %v", diags)
	}
	if got, _ := cfg.Lang.T("front_page"); got != "Front page" {
		t.Errorf("front_page = %q", got)
	}
	// A site that brings its own words is not warned.
	fsys["i18n/sv.toml"] = &fstest.MapFile{Data: []byte("front_page = \"Förstasidan\"\n")}
	cfg, diags = Load(fsys, "site.toml")
	if got, _ := cfg.Lang.T("front_page"); len(diags) != 0 || got != "Förstasidan" {
		t.Errorf("with i18n/sv.toml: %q, %v", got, diags)
	}
}

func TestLanguageSetsLang(t *testing.T) {
	cfg := Default()
	cfg.Language = "de"
	if diags := cfg.Validate("test"); len(diags) != 0 {
		t.Fatalf("diags = %v", diags)
	}
	if got := cfg.Lang.Name(); got != "de" {
		t.Errorf("Lang = %s", got)
	}
}
