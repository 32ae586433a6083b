package main

import (
	"broadsheet/internal/config"
	"broadsheet/internal/diag"
	"broadsheet/internal/sitefs"
)

// loadConfig reads site.toml of the site folder dir through sitefs, so a
// site.toml that links out of the site is refused like any other input.
func loadConfig(dir string) (*config.Config, diag.List) {
	fsys, err := sitefs.Open(dir)
	if err != nil {
		var diags diag.List
		diags.AddCode("site.toml", 0, diag.Error, "read-failed", "%v", err)
		return config.Default(), diags
	}
	defer fsys.Close()
	return config.Load(fsys, "site.toml")
}
