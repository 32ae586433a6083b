package serve

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromium finds the browser for the browser test, which is mandatory
// when BROADSHEET_BROWSER_TEST=1 and otherwise runs only when a browser is
// installed.
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

func TestBrowserLiveReload(t *testing.T) {
	exe := chromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	url, root, srv := startRealServer(t, ctx)
	page := browser(t, ctx, exe)
	if err := chromedp.Do(page, chromedp.Navigate(url+"2026/03/03/harbour/")); err != nil {
		t.Fatal(err)
	}
	// A second tab of the same browser, made once the browser runs.
	other, closeOther := chromedp.NewContext(page)
	defer closeOther()
	if err := chromedp.Do(other, chromedp.Navigate(url+"2026/03/03/harbour/")); err != nil {
		t.Fatal(err)
	}
	for _, tab := range []context.Context{page, other} {
		waitJS(t, tab, `document.body.innerText.includes("reopened on Tuesday morning")`)
	}

	writeFile(t, root, "content/2026-03-03-harbour.txt", "title: Harbour reopens\ndate: 2026-03-03\n\n"+
		"The harbour reopened on Tuesday evening, a day late.\n")
	for _, tab := range []context.Context{page, other} {
		waitJS(t, tab, `document.body.innerText.includes("reopened on Tuesday evening")`)
	}
	// The tabs share one event stream through the shared worker.
	waitFor(t, func() bool { return srv.hub.streams() == 1 })

	writeFile(t, root, "layouts/article.html", "{{ define \"main\" }}{{ .Title ")
	waitJS(t, page, `document.getElementById("broadsheet-errors") !== null &&
		document.getElementById("broadsheet-errors").innerText.includes("layouts/article.html")`)

	if err := os.Remove(filepath.Join(root, "layouts", "article.html")); err != nil {
		t.Fatal(err)
	}
	waitJS(t, page, `document.getElementById("broadsheet-errors") === null &&
		document.body.innerText.includes("reopened on Tuesday evening")`)
}

// browser starts a headless chromium for the test and returns a tab.
func browser(t *testing.T, ctx context.Context, exe string) context.Context {
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

// waitJS evaluates a JavaScript condition in the tab until it holds. A
// reload in progress makes an evaluation fail; that only means "not yet".
func waitJS(t *testing.T, page context.Context, cond string) {
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
