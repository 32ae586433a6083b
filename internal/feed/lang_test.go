package feed

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestFeedsCarryTheLanguage checks that both feeds name the site's
// language: xml:lang on the Atom feed, language in the JSON Feed.
func TestFeedsCarryTheLanguage(t *testing.T) {
	s := testSite(t, testDocs())
	cfg := *s.Config
	cfg.Language = "pt-BR"
	s.Config = &cfg
	atom, err := Atom(s, body)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(atom), `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pt-BR">`) {
		t.Errorf("Atom feed without xml:lang:\n%.300s", atom)
	}
	out, err := JSON(s, body)
	if err != nil {
		t.Fatal(err)
	}
	var f struct{ Language string }
	if err := json.Unmarshal(out, &f); err != nil || f.Language != "pt-BR" {
		t.Errorf("JSON Feed language %q, %v", f.Language, err)
	}
}
