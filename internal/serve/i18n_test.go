package serve

import "testing"

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
