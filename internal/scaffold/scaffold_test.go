package scaffold

import (
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"

	"broadsheet/internal/config"
)

var day = time.Date(2026, 2, 13, 23, 30, 0, 0, time.UTC)

func TestSite(t *testing.T) {
	files := Site("morning-digest", day)
	got := map[string]string{}
	for _, f := range files {
		got[f.Path] = string(f.Data)
	}
	for _, name := range []string{"site.toml", ".gitignore", "content/2026/02/13/welcome.txt"} {
		if _, ok := got[name]; !ok {
			t.Errorf("Site has no %s; files: %v", name, files)
		}
	}
	if !strings.HasPrefix(got["content/2026/02/13/welcome.txt"], "date: 2026-02-13\n") {
		t.Errorf("sample article does not open with its date header:\n%s", got["content/2026/02/13/welcome.txt"])
	}
	if !strings.Contains(got["site.toml"], `title = "Morning digest"`) {
		t.Errorf("site.toml is not titled after the folder:\n%s", got["site.toml"])
	}
}

// TestSiteTOMLKeys checks that the commented site.toml holds only keys the
// configuration knows, with the default values, so a new site never starts
// with an error or with settings that differ from an empty site.toml.
func TestSiteTOMLKeys(t *testing.T) {
	src := string(Site("broadsheet", day)[0].Data)
	var cfg config.Config
	md, err := toml.Decode(src, &cfg)
	if err != nil {
		t.Fatalf("site.toml does not parse: %v", err)
	}
	if keys := md.Undecoded(); len(keys) > 0 {
		t.Errorf("site.toml has keys the configuration does not know: %v", keys)
	}
	def := config.Default()
	cfg.Title, def.Title = "", ""
	cfg.Outlets, def.Outlets = nil, nil
	cfg.Location = def.Location
	if cfg.Digest != def.Digest || cfg.Build != def.Build || cfg.Permalinks != def.Permalinks ||
		cfg.BaseURL != def.BaseURL || cfg.Language != def.Language || cfg.Timezone != def.Timezone {
		t.Errorf("site.toml values differ from the defaults:\n got %+v\nwant %+v", cfg, *def)
	}
}

func TestArticle(t *testing.T) {
	tests := []struct {
		title, path, head string
	}{
		{"Talks resume in Geneva", "content/2026/02/13/talks-resume-in-geneva.txt", "title: Talks resume in Geneva\ndate: 2026-02-13\n"},
		{"  Two\nlines\t here ", "content/2026/02/13/two-lines-here.txt", "title: Two lines here\ndate: 2026-02-13\n"},
		{"Zelenskyy’s plan", "content/2026/02/13/zelenskyys-plan.txt", "title: Zelenskyy’s plan\n"},
		{"Ελλάδα", "content/2026/02/13/ellada.txt", "title: Ελλάδα\n"},
	}
	for _, tt := range tests {
		f, err := Article(tt.title, day)
		if err != nil {
			t.Errorf("Article(%q): %v", tt.title, err)
			continue
		}
		if f.Path != tt.path || !strings.HasPrefix(string(f.Data), tt.head) {
			t.Errorf("Article(%q) = %s:\n%s\nwant %s opening with\n%s", tt.title, f.Path, f.Data, tt.path, tt.head)
		}
	}
}

func TestArticleNoName(t *testing.T) {
	for _, title := range []string{"", "   ", "!!!", "’"} {
		if f, err := Article(title, day); err == nil {
			t.Errorf("Article(%q) = %s, want an error", title, f.Path)
		}
	}
}

// TestLayoutsSayWhatTheyGet checks that every layout new layouts copies
// opens with a comment saying what data it gets, as the command promises.
func TestLayoutsSayWhatTheyGet(t *testing.T) {
	files, err := Layouts()
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no layouts")
	}
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".html") {
			continue
		}
		first, _, _ := strings.Cut(string(f.Data), "*/")
		if !strings.HasPrefix(first, "{{- /*") || !strings.Contains(first, ".") {
			t.Errorf("%s does not open with a comment saying what data it gets", f.Path)
		}
	}
}
