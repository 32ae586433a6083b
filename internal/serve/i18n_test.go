package serve

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestWatchTranslations checks that the translation files under i18n/
// are watched, whether the folder is there at start or comes later.
func TestWatchTranslations(t *testing.T) {
	for _, be := range backends {
		t.Run(be.name, func(t *testing.T) {
			ws := watchSite(t, be.start, "site.toml", "i18n/fr.toml")
			ws.write("i18n/fr.toml", `front_page = "Accueil"`)
			ws.expect("i18n/fr.toml")
			ws.write("i18n/de.toml", `front_page = "Start"`)
			ws.expect("i18n/de.toml")
		})
	}
	for _, be := range backends {
		t.Run(be.name+"/new folder", func(t *testing.T) {
			ws := watchSite(t, be.start, "site.toml")
			ws.write("i18n/fr.toml", `front_page = "Accueil"`)
			ws.expect("i18n/fr.toml")
		})
	}
}

// An edited translation file shows on every page without a restart, and
// so does a new one: both are part of the site's configuration.
func TestRealBuildEditedTranslation(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	files := map[string]string{
		"site.toml":    "title = \"Revue\"\nlanguage = \"fr\"\n",
		"i18n/fr.toml": "front_page = \"Accueil\"\n",
		"content/2026-03-03-port.txt": "title: Le port rouvre\ndate: 2026-03-03\n\n" +
			"Le port a rouvert mardi matin après la tempête.\n",
	}
	url, root, _ := startRealServerWith(t, ctx, files)
	eventually(t, url, func(s int, body string) bool {
		return s == 200 && strings.Contains(body, ">Accueil</a>") && strings.Contains(body, "mardi 3 mars 2026")
	})
	writeFile(t, root, "i18n/fr.toml", "front_page = \"Une\"\ndate_full = \"EEEE d MMMM y '(éd.)'\"\n")
	eventually(t, url, func(s int, body string) bool {
		return s == 200 && strings.Contains(body, ">Une</a>") && strings.Contains(body, "mardi 3 mars 2026 (éd.)")
	})
	if _, body := fetch(t, url+"2026/03/03/port/"); !strings.Contains(body, ">Une</a>") {
		t.Errorf("the article page does not show the edited word:\n%s", body)
	}
	if err := os.Remove(filepath.Join(root, "i18n/fr.toml")); err != nil {
		t.Fatal(err)
	}
	eventually(t, url, func(s int, body string) bool { return s == 200 && strings.Contains(body, ">À la une</a>") })
}
