package build

import (
	"bytes"
	"context"
	"html"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"
)

// TestFeedReaders reads feed.xml and feed.json of the example site at the
// repository root and of the test site, and the feed of every author,
// outlet and term, the way a feed reader does, with
// gofeed's parser, at the root of a host and under a sub-path. Every item
// must come through with its title, a link to its page, a publication
// date the reader understands and its content, and both feeds must list
// the same items. checkFeeds only unmarshals the feeds into our own
// structs, which cannot tell whether readers accept them.
func TestFeedReaders(t *testing.T) {
	sites := map[string]fs.FS{"testdata": os.DirFS("testdata/site")}
	if _, err := fs.Stat(os.DirFS("../.."), "content"); err == nil {
		sites["repository"] = os.DirFS("../..")
	}
	for name, fsys := range sites {
		for _, base := range []string{"", "https://example.org/sub/path/"} {
			t.Run(name+" "+base, func(t *testing.T) {
				sink := newMemSink()
				res := New(fsys, Options{BaseURL: base, Now: now}).Build(context.Background(), sink)
				if res.Failed() {
					t.Fatalf("build failed:\n%s", diagText(res))
				}
				atom := readFeed(t, sink.files, atomFile, "atom")
				jf := readFeed(t, sink.files, jsonFile, "json")
				sameItems(t, atom, jf)
				groups := 0
				for name := range sink.files {
					if strings.HasSuffix(name, "/feed.xml") {
						readFeed(t, sink.files, name, "atom")
						groups++
					}
				}
				if groups == 0 {
					t.Errorf("no feed of an author, an outlet or a term")
				}
			})
		}
	}
}

// readFeed parses the feed file name of files with gofeed, checks that
// gofeed sees the wanted type of feed and that every item is complete,
// and returns the feed.
func readFeed(t *testing.T, files map[string][]byte, name, wantType string) *gofeed.Feed {
	t.Helper()
	f, err := gofeed.NewParser().Parse(bytes.NewReader(files[name]))
	if err != nil {
		t.Fatalf("%s: a feed reader cannot parse it: %v", name, err)
	}
	if f.FeedType != wantType {
		t.Errorf("%s: read as a %q feed, want %q", name, f.FeedType, wantType)
	}
	if len(f.Items) == 0 {
		t.Fatalf("%s: a feed reader finds no items", name)
	}
	base := baseURL(t, files)
	for i, it := range f.Items {
		checkItem(t, files, base.String(), name, i, it)
	}
	return f
}

// h1 matches the text of a page's first-level heading.
var h1 = regexp.MustCompile(`<h1>([^<]*)</h1>`)

// checkItem checks that item i of the feed name has what a reader shows:
// the title of the page it links to, a link to a page of the output, a
// parsed publication date and some content.
func checkItem(t *testing.T, files map[string][]byte, base, name string, i int, it *gofeed.Item) {
	t.Helper()
	if strings.TrimSpace(it.Title) == "" {
		t.Errorf("%s: item %d has no title", name, i)
	}
	if it.PublishedParsed == nil {
		t.Errorf("%s: item %d (%q) has no publication date a reader understands (%q)", name, i, it.Title, it.Published)
	}
	if strings.TrimSpace(it.Content) == "" && strings.TrimSpace(it.Description) == "" {
		t.Errorf("%s: item %d (%q) has no content and no summary", name, i, it.Title)
	}
	page, ok := strings.CutPrefix(it.Link, base)
	if !ok || files[page+"index.html"] == nil {
		t.Errorf("%s: item %d (%q) links to %q, not to a page of the site under %s", name, i, it.Title, it.Link, base)
		return
	}
	m := h1.FindSubmatch(files[page+"index.html"])
	if m == nil {
		t.Errorf("%s: item %d (%q): its page %s has no plain <h1>", name, i, it.Title, it.Link)
	} else if h := html.UnescapeString(string(m[1])); h != it.Title {
		t.Errorf("%s: item %d is titled %q, its page %s has <h1> %q", name, i, it.Title, it.Link, h)
	}
}

// sameItems checks that the Atom and the JSON feed list the same
// articles in the same order, with the same titles and dates.
func sameItems(t *testing.T, atom, jf *gofeed.Feed) {
	t.Helper()
	if len(atom.Items) != len(jf.Items) {
		t.Fatalf("feed.xml has %d items, feed.json %d", len(atom.Items), len(jf.Items))
	}
	for i, a := range atom.Items {
		j := jf.Items[i]
		if a.Link != j.Link || a.Title != j.Title {
			t.Errorf("item %d: feed.xml has %q (%s), feed.json %q (%s)", i, a.Title, a.Link, j.Title, j.Link)
		}
		if a.PublishedParsed != nil && j.PublishedParsed != nil && !a.PublishedParsed.Equal(*j.PublishedParsed) {
			t.Errorf("item %d (%q): published %s in feed.xml, %s in feed.json", i, a.Title, a.PublishedParsed, j.PublishedParsed)
		}
	}
}
