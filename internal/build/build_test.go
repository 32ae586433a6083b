package build

import (
	"slices"
	"testing"
)

func TestBuildGenerated(t *testing.T) {
	_, sink, res := build(t, genFS(120, 1), Options{})
	if res.Articles != 120 {
		t.Errorf("published %d articles, want 120", res.Articles)
	}
	for _, f := range []string{"index.html", "404.html", "feed.xml", "feed.json", "sitemap.xml", "style.css"} {
		if _, ok := sink.files[f]; !ok {
			t.Errorf("no %s in the output", f)
		}
	}
	if len(sink.files) != len(res.Files) || res.Written != len(res.Files) {
		t.Errorf("sink holds %d files, result lists %d, written %d", len(sink.files), len(res.Files), res.Written)
	}
	if !slices.IsSorted(res.Files) || !slices.Equal(res.Files, res.Changed) {
		t.Error("Files and Changed of a full build should be the same sorted list")
	}
}
