package incr

import (
	"path"
	"reflect"
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
		want  Changes
	}{
		{"nothing", nil, Changes{}},
		{"config", []string{"site.toml"}, Changes{Config: true}},
		{"translation", []string{"i18n/fr.toml"}, Changes{Config: true}},
		{"translation folder", []string{"i18n"}, Changes{Config: true}},
		{"layouts", []string{"layouts/article.html", "layouts"}, Changes{Layouts: true}},
		{"content", []string{"content/b.txt", "./content/a.md", "content/b.txt"},
			Changes{Content: []string{"content/a.md", "content/b.txt"}}},
		{"static", []string{"static/css/../a.png"}, Changes{Static: []string{"static/a.png"}}},
		{"outside", []string{"README", "contents/x.txt", "staticky"}, Changes{}},
		{"all", []string{"static", "content", "layouts/x", "site.toml"},
			Changes{Config: true, Layouts: true, Content: []string{"content"}, Static: []string{"static"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Classify(tt.paths); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Classify(%q) = %+v, want %+v", tt.paths, got, tt.want)
			}
		})
	}
}

func TestClassifyKeepsPaths(t *testing.T) {
	paths := []string{"content/b.txt", "content/a.txt"}
	Classify(paths)
	if paths[0] != "content/b.txt" {
		t.Errorf("Classify sorted its argument: %q", paths)
	}
}

func TestPictures(t *testing.T) {
	isPicture := func(p string) bool { return strings.EqualFold(path.Ext(p), ".png") }
	tests := []struct {
		ch   Changes
		want bool
	}{
		{Changes{}, false},
		{Changes{Content: []string{"content/a.txt"}, Static: []string{"static/a.css"}}, false},
		{Changes{Content: []string{"content/a.PNG"}}, true},
		{Changes{Static: []string{"static/a.png"}}, true},
		{Changes{Content: []string{"content/pics"}}, true}, // a folder may hold pictures
		{Changes{Static: []string{"static"}}, true},
		{Changes{Config: true, Layouts: true}, false},
	}
	for _, tt := range tests {
		if got := tt.ch.Pictures(isPicture); got != tt.want {
			t.Errorf("%+v.Pictures() = %v, want %v", tt.ch, got, tt.want)
		}
	}
}

func TestUnder(t *testing.T) {
	tests := []struct {
		p, dir string
		want   bool
	}{
		{"content", "content", true},
		{"content/a.txt", "content", true},
		{"content/x/a.txt", "content/x", true},
		{"contents/a.txt", "content", false},
		{"content", "content/x", false},
		{"static", "content", false},
	}
	for _, tt := range tests {
		if got := Under(tt.p, tt.dir); got != tt.want {
			t.Errorf("Under(%q, %q) = %v, want %v", tt.p, tt.dir, got, tt.want)
		}
	}
}

func TestDedupe(t *testing.T) {
	tests := []struct{ in, want []string }{
		{nil, nil},
		{[]string{"b", "a", "b", "a"}, []string{"a", "b"}},
		{[]string{"x"}, []string{"x"}},
	}
	for _, tt := range tests {
		in := append([]string(nil), tt.in...)
		if got := Dedupe(in); !reflect.DeepEqual(got, tt.want) && len(got)+len(tt.want) > 0 {
			t.Errorf("Dedupe(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if !reflect.DeepEqual(in, tt.in) {
			t.Errorf("Dedupe changed its argument to %q", in)
		}
	}
}
