package main

import (
	"bytes"
	"context"
	"html"
	"io/fs"
	"maps"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserSearch builds the example site with [search] pagefind = true,
// so that the build runs the real pagefind, serves it under its base
// URL's path as static hosting would, and searches it in chromium through
// Pagefind's interface on /search/:
//
//   - the index holds the article pages, all of them and nothing else;
//   - a word of one article's body finds that article and nothing else;
//   - a word of several articles finds article pages only, never a digest,
//     a list or the home page, which mention the same articles;
//   - the outlet filter keeps only that outlet's articles, and another
//     outlet's filter leaves out the article of the first word;
//   - every result links to its page under the base URL's path;
//   - without the index, the search page says how to make one.
//
// The words are picked from the built pages, so the test follows edits
// of the example site's articles.
//
// It needs pagefind (PAGEFIND names the program, else it is looked up on
// PATH) and chromium, and skips itself without them unless
// BROADSHEET_BROWSER_TEST=1, as in CI, which installs both:
//
//	npm install --no-save pagefind@1.3.0
//	PAGEFIND="$PWD/node_modules/.bin/pagefind" go test -run BrowserSearch ./cmd/broadsheet
func TestBrowserSearch(t *testing.T) {
	exe := chromium(t)
	// The build runs the program named pagefind on PATH, whatever PAGEFIND
	// calls it.
	bin := t.TempDir()
	if err := os.Symlink(pagefind(t), filepath.Join(bin, "pagefind")); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	site := exampleSiteCopy(t)
	dest := filepath.Join(t.TempDir(), "public")
	var stdout, stderr bytes.Buffer
	if code := run(ctx, []string{"build", "-s", site, "-o", dest, "--no-cache"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("build exited %d:\n%s", code, stderr.String())
	}
	if !hasIndex(dest) {
		t.Fatalf("the build made no Pagefind index in its output:\n%s", stderr.String())
	}
	base := siteBase(t, site)
	mux := http.NewServeMux()
	mux.Handle(base, http.StripPrefix(strings.TrimSuffix(base, "/"), http.FileServer(http.Dir(dest))))
	srv := httptest.NewServer(mux)
	defer srv.Close()

	files := htmlFiles(t, dest)
	articles := articlePages(files)
	if len(articles) < 3 {
		t.Fatalf("the example site has %d article pages, want at least 3", len(articles))
	}
	target, word := uniqueWord(t, files, articles)
	outlet := articles[target].outlet
	common, otherOutlet := commonWord(t, files, articles, target)
	t.Logf("searching for %q, only in %s (%s), and for %q, also in articles of %s", word, target, outlet, common, otherOutlet)

	page := searchBrowser(t, ctx, exe)
	if err := chromedp.Do(page, chromedp.Navigate(srv.URL+base+"search/")); err != nil {
		t.Fatal(err)
	}
	waitPage(t, page, `document.querySelector(".pagefind-ui__search-input") !== null`)
	res := &searchResults{t: t, page: page, base: base, files: files}

	// The index holds every article page and nothing else: a search
	// without words lists all its pages.
	urls, err := chromedp.Run(page, chromedp.Evaluate[[]string](`(async () => {
		const pagefind = await import(new URL("../pagefind/pagefind.js", location.href).href);
		const search = await pagefind.search(null, {filters: {}});
		return Promise.all(search.results.map(async r => (await r.data()).url));
	})()`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("listing the pages of the index with Pagefind's API: %v", err)
	}
	var indexed []string
	for _, u := range urls {
		indexed = append(indexed, res.file(u))
	}
	slices.Sort(indexed)
	if want := slices.Sorted(maps.Keys(articles)); !slices.Equal(indexed, want) {
		t.Errorf("the index holds the pages\n\t%s\nwant the article pages\n\t%s",
			strings.Join(indexed, "\n\t"), strings.Join(want, "\n\t"))
	}

	// The word of one article's body finds that article alone.
	res.search(word)
	got := res.wait(word, func(n int) bool { return true })
	if !slices.Equal(got, []string{target}) {
		t.Errorf("search for %q found %q, want only %s", word, got, target)
	}

	// A word of several articles, which the digests and the list pages
	// show too, finds article pages only.
	res.search(common)
	all := res.wait(common, func(n int) bool { return true })
	for _, p := range all {
		if _, ok := articles[p]; !ok {
			t.Errorf("search for %q found %s, which is no article page", common, p)
		}
	}
	for p, a := range articles {
		if a.hasWord(common) && !slices.Contains(all, p) {
			t.Errorf("search for %q did not find %s, whose body has it", common, p)
		}
	}

	// The outlet filter narrows them to that outlet's articles.
	res.filter("outlet", outlet)
	narrowed := res.wait(common, func(n int) bool { return n < len(all) })
	if len(narrowed) == 0 {
		t.Errorf("search for %q in %s found nothing, want at least %s", common, outlet, target)
	}
	for _, p := range narrowed {
		if a, ok := articles[p]; !ok || a.outlet != outlet {
			t.Errorf("search for %q in %s found %s, of outlet %q", common, outlet, p, a.outlet)
		}
	}
	if !slices.Contains(narrowed, target) {
		t.Errorf("search for %q in %s did not find %s", common, outlet, target)
	}

	// The article is found in its outlet, and not in another.
	res.search(word)
	got = res.wait(word, func(n int) bool { return true })
	if !slices.Equal(got, []string{target}) {
		t.Errorf("search for %q in %s found %q, want only %s", word, outlet, got, target)
	}
	res.filter("outlet", outlet)
	res.filter("outlet", otherOutlet)
	if got := res.wait(word, func(n int) bool { return n == 0 }); len(got) != 0 {
		t.Errorf("search for %q in %s found %q, want nothing", word, otherOutlet, got)
	}

	// Where the index is missing, as under broadsheet serve, the search
	// page says so instead of staying blank.
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, base+pagefindDir+"/") {
			http.NotFound(w, r)
			return
		}
		mux.ServeHTTP(w, r)
	}))
	defer bare.Close()
	if err := chromedp.Do(page, chromedp.Navigate(bare.URL+base+"search/")); err != nil {
		t.Fatal(err)
	}
	waitPage(t, page, `(() => {
		const off = document.querySelector(".search-off");
		return off !== null && !off.hidden && off.innerText.includes("Pagefind");
	})()`)
}

// searchArticle is what the test knows of an article page.
type searchArticle struct {
	outlet string
	body   string // the text of the element marked data-pagefind-body, in lower case
}

// hasWord reports whether the article's body has w as a word.
func (a searchArticle) hasWord(w string) bool {
	return slices.Contains(words(a.body), w)
}

// htmlFiles reads the HTML pages of the output, by slash path, leaving
// out Pagefind's own files.
func htmlFiles(t *testing.T, dest string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dest, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() && rel == pagefindDir {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(rel, ".html") {
			return nil
		}
		b, err := os.ReadFile(p)
		files[rel] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

var (
	ogArticle   = regexp.MustCompile(`<meta property="og:type" content="article">`)
	outletOf    = regexp.MustCompile(`data-pagefind-filter="outlet">([^<]*)<`)
	tag         = regexp.MustCompile(`(?s)<[^>]*>`)
	wordPattern = regexp.MustCompile(`\pL+`)
)

// articlePages returns the article pages of the output, told apart from
// the others by their Open Graph type, which does not depend on what the
// layouts mark for Pagefind.
func articlePages(files map[string]string) map[string]searchArticle {
	out := map[string]searchArticle{}
	for name, src := range files {
		if !ogArticle.MatchString(src) {
			continue
		}
		a := searchArticle{}
		if m := outletOf.FindStringSubmatch(src); m != nil {
			a.outlet = html.UnescapeString(m[1])
		}
		if i := strings.Index(src, "data-pagefind-body"); i >= 0 {
			body := src[i:]
			if j := strings.Index(body, "</article>"); j >= 0 {
				body = body[:j]
			}
			a.body = text(body)
		}
		out[name] = a
	}
	return out
}

// text returns the text of an HTML fragment in lower case.
func text(src string) string {
	return strings.ToLower(html.UnescapeString(tag.ReplaceAllString(src, " ")))
}

// words returns the words of s.
func words(s string) []string {
	return wordPattern.FindAllString(s, -1)
}

// uniqueWord picks an article of an outlet and a word of its body that
// no other article page has, not even as the start of a longer word,
// since Pagefind stems words and matches their beginnings.
func uniqueWord(t *testing.T, files map[string]string, articles map[string]searchArticle) (string, string) {
	t.Helper()
	for _, name := range slices.Sorted(maps.Keys(articles)) {
		a := articles[name]
		if a.outlet == "" {
			continue
		}
		ws := words(a.body)
		slices.Sort(ws)
		for _, w := range slices.Compact(ws) {
			if len([]rune(w)) < 7 {
				continue
			}
			stem := string([]rune(w)[:5])
			elsewhere := false
			for other := range articles {
				if other != name && strings.Contains(text(files[other]), stem) {
					elsewhere = true
					break
				}
			}
			if !elsewhere {
				return name, w
			}
		}
	}
	t.Fatal("no article of an outlet has a word that no other article has")
	return "", ""
}

// commonWord picks a word of the target article's body that the bodies of
// articles of another outlet have too, and that pages other than articles
// show, and returns it with that other outlet.
func commonWord(t *testing.T, files map[string]string, articles map[string]searchArticle, target string) (string, string) {
	t.Helper()
	ws := words(articles[target].body)
	slices.Sort(ws)
	for _, w := range slices.Compact(ws) {
		if len([]rune(w)) < 5 {
			continue
		}
		onList := false
		for name, src := range files {
			if _, ok := articles[name]; !ok && slices.Contains(words(text(src)), w) {
				onList = true
				break
			}
		}
		if !onList {
			continue
		}
		for _, name := range slices.Sorted(maps.Keys(articles)) {
			a := articles[name]
			if a.outlet != "" && a.outlet != articles[target].outlet && a.hasWord(w) {
				return w, a.outlet
			}
		}
	}
	t.Fatalf("no word of %s is in the body of an article of another outlet and on a list page", target)
	return "", ""
}

// searchResults drives Pagefind's interface on the search page.
type searchResults struct {
	t     *testing.T
	page  context.Context
	base  string
	files map[string]string
}

// search replaces the search box's text with term, typing it; the
// interface takes the typed value, not the emptied one, since only typing
// sends it input events.
func (r *searchResults) search(term string) {
	r.t.Helper()
	const input = `document.querySelector(".pagefind-ui__search-input")`
	if _, err := chromedp.Run(r.page, chromedp.Evaluate[string](input+`.value = ""`)); err != nil {
		r.t.Fatal(err)
	}
	if err := chromedp.Do(r.page, chromedp.SendKeys(chromedp.CSS(".pagefind-ui__search-input"), term)); err != nil {
		r.t.Fatal(err)
	}
}

// filter ticks or unticks the checkbox of a filter's value, opening the
// filter's panel first if need be.
func (r *searchResults) filter(name, value string) {
	r.t.Helper()
	box := `document.querySelector('input.pagefind-ui__filter-checkbox[name=` + strconv.Quote(name) + `][value=` + strconv.Quote(value) + `]')`
	waitPage(r.t, r.page, box+` !== null`)
	if open, err := chromedp.Run(r.page, chromedp.Evaluate[bool](box+`.closest("details").open`)); err != nil {
		r.t.Fatal(err)
	} else if !open {
		if err := chromedp.Do(r.page, chromedp.Click(chromedp.JSPath(box+`.closest("details").querySelector("summary")`))); err != nil {
			r.t.Fatal(err)
		}
	}
	if err := chromedp.Do(r.page, chromedp.Click(chromedp.JSPath(box))); err != nil {
		r.t.Fatal(err)
	}
}

// pagefindState is what the interface shows: its message ("3 results for
// harbour"), the links of the results shown, and whether it offers more.
type pagefindState struct {
	Message string   `json:"message"`
	Links   []string `json:"links"`
	More    bool     `json:"more"`
}

const pagefindStateJS = `(() => {
	const m = document.querySelector(".pagefind-ui__message");
	return {
		message: m ? m.innerText.trim() : "",
		links: Array.from(document.querySelectorAll("ol.pagefind-ui__results > li.pagefind-ui__result"),
			li => li.querySelector("a.pagefind-ui__result-link")?.getAttribute("href") ?? ""),
		more: document.querySelector("button.pagefind-ui__button") !== null,
	};
})()`

var resultsMessage = regexp.MustCompile(`^(\d+|No) results? for (.*)$`)

// wait waits until the interface shows every result of a search for term
// whose count satisfies ok, pressing "Load more results" as needed, and
// returns the output files of the results.
func (r *searchResults) wait(term string, ok func(n int) bool) []string {
	r.t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var st pagefindState
	for time.Now().Before(deadline) {
		var err error
		st, err = chromedp.Run(r.page, chromedp.Evaluate[pagefindState](pagefindStateJS))
		if err != nil {
			r.t.Fatal(err)
		}
		m := resultsMessage.FindStringSubmatch(st.Message)
		if m == nil || m[2] != term || slices.Contains(st.Links, "") {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		n, _ := strconv.Atoi(m[1]) // "No" is 0
		if !ok(n) {
			time.Sleep(50 * time.Millisecond)
			continue
		}
		if st.More {
			// Pressed from the page: a click of chromedp would wait for the
			// button, which the last page of results takes away, maybe
			// between this look and the click.
			if _, err := chromedp.Run(r.page, chromedp.Evaluate[bool](`document.querySelector("button.pagefind-ui__button")?.click() === undefined`)); err != nil {
				r.t.Fatal(err)
			}
			time.Sleep(50 * time.Millisecond)
			continue
		}
		if len(st.Links) != n {
			r.t.Fatalf("search for %q: the interface says %q but shows %d results", term, st.Message, len(st.Links))
		}
		r.t.Logf("%s: %s", st.Message, strings.Join(st.Links, " "))
		var out []string
		for _, href := range st.Links {
			out = append(out, r.file(href))
		}
		return out
	}
	r.t.Fatalf("waited 30s for the results of a search for %q; the interface shows %+v", term, st)
	return nil
}

// file returns the output file of a result's link, which must be a page
// of the site under its base path.
func (r *searchResults) file(href string) string {
	r.t.Helper()
	u, err := url.Parse(href)
	if err != nil {
		r.t.Fatal(err)
	}
	rel, ok := strings.CutPrefix(u.Path, r.base)
	if !ok || u.Host != "" {
		r.t.Errorf("result link %s is not under the site's base path %s", href, r.base)
		return href
	}
	if rel == "" || strings.HasSuffix(rel, "/") {
		rel += "index.html"
	}
	if _, ok := r.files[rel]; !ok {
		r.t.Errorf("result link %s names no page of the output", href)
	}
	return rel
}

// pagefind finds the pagefind program: PAGEFIND, else pagefind on PATH.
// Without it the test skips itself, unless BROADSHEET_BROWSER_TEST=1
// says it must run.
func pagefind(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("PAGEFIND"); p != "" {
		abs, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := os.Stat(abs); err != nil {
			t.Fatalf("PAGEFIND=%s: %v", p, err)
		}
		return abs
	}
	if p, err := exec.LookPath("pagefind"); err == nil {
		return p
	}
	if os.Getenv("BROADSHEET_BROWSER_TEST") == "1" {
		t.Fatal("BROADSHEET_BROWSER_TEST=1 but there is no pagefind: set PAGEFIND or put pagefind on PATH")
	}
	t.Skip("no pagefind found; set PAGEFIND to the program (npm install --no-save pagefind@1.3.0) to run this test")
	return ""
}

// chromium finds the browser, which is mandatory when
// BROADSHEET_BROWSER_TEST=1 and otherwise used when installed.
func chromium(t *testing.T) string {
	t.Helper()
	required := os.Getenv("BROADSHEET_BROWSER_TEST") == "1"
	for _, name := range []string{"/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			if testing.Short() && !required {
				t.Skip("skipping the browser test in -short mode")
			}
			return p
		}
	}
	if required {
		t.Fatal("BROADSHEET_BROWSER_TEST=1 but no chromium found")
	}
	t.Skip("no chromium found; set BROADSHEET_BROWSER_TEST=1 to require this test")
	return ""
}

// exampleSiteCopy copies the example site at the repository's root into
// a temporary folder and turns on [search] pagefind there.
func exampleSiteCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, sub := range []string{"content", "layouts", "static", "i18n"} {
		src := filepath.Join(repoRoot, sub)
		if _, err := os.Stat(src); err != nil {
			continue
		}
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
	cfg, err := os.ReadFile(filepath.Join(repoRoot, "site.toml"))
	if err != nil {
		t.Fatal(err)
	}
	cfg = append(cfg, "\n[search]\npagefind = true\n"...)
	if err := os.WriteFile(filepath.Join(dir, "site.toml"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// siteBase returns the path of the site's base URL, "/westmark/".
func siteBase(t *testing.T, site string) string {
	t.Helper()
	cfg, diags := loadConfig(site)
	if diags.HasErrors() {
		t.Fatalf("site.toml: %v", diags)
	}
	u, err := url.Parse(cfg.BaseURL)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(u.Path, "/") + "/"
}

// searchBrowser starts a headless chromium that reaches nothing but the
// test server, and returns a tab.
func searchBrowser(t *testing.T, ctx context.Context, exe string) context.Context {
	t.Helper()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe), chromedp.UserDataDir(t.TempDir()),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	page, cancelPage := chromedp.NewContext(alloc)
	t.Cleanup(func() { cancelPage(); cancelAlloc() })
	return page
}

// waitPage evaluates a JavaScript condition in the tab until it holds.
func waitPage(t *testing.T, page context.Context, cond string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(page, 5*time.Second)
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](cond))
		cancel()
		if err == nil && ok {
			return
		}
		last = err
		time.Sleep(50 * time.Millisecond)
	}
	text, _ := chromedp.Run(page, chromedp.Evaluate[string](`document.documentElement.outerHTML`))
	t.Fatalf("waited 30s for %s (last error: %v); page:\n%s", strings.TrimSpace(cond), last, text)
}
