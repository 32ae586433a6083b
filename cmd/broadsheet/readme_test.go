package main

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"broadsheet/internal/diag"
)

// repoRoot is the repository's root as seen from this package's folder,
// where go test runs.
const repoRoot = "../.."

// block is one fenced code block of the README.
type block struct {
	lang string
	line int // of the opening fence
	text string
}

// readmeBlocks returns the fenced blocks of the README, in order.
func readmeBlocks(t *testing.T) []block {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	var out []block
	var cur *block
	for i, line := range strings.Split(string(src), "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case cur == nil && strings.HasPrefix(trimmed, "```"):
			cur = &block{lang: strings.TrimPrefix(trimmed, "```"), line: i + 1}
		case cur != nil && trimmed == "```":
			out = append(out, *cur)
			cur = nil
		case cur != nil:
			cur.text += line + "\n"
		}
	}
	return out
}

// unsafe are the commands of the README's shell blocks that a test does
// not run, with the reason: each line holding one is left out, the rest
// of its block still runs.
var unsafe = []struct{ pattern, why string }{
	{"go test", "runs tests, which a test cannot nest"},
	{"broadsheet serve", "runs until it is stopped"},
	{"npm ", "downloads packages"},
	{"rsync ", "needs a server"},
	{"compare.sh", "needs hugo"},
}

// TestReadmeCommands runs every safe line of the README's shell blocks,
// block by block, in a fresh copy of the repository, as a user pasting
// them from its root would.
func TestReadmeCommands(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("no bash")
	}
	for _, b := range readmeBlocks(t) {
		if b.lang != "sh" {
			continue
		}
		script, ran := safeLines(t, b)
		if ran == 0 {
			continue
		}
		t.Run(fmt.Sprintf("line%d", b.line), func(t *testing.T) {
			runBlock(t, script)
		})
	}
}

// safeLines returns the lines of b to run, the others commented out with
// the reason, and how many it runs.
func safeLines(t *testing.T, b block) (string, int) {
	var out strings.Builder
	ran := 0
	for i, line := range strings.Split(strings.TrimRight(b.text, "\n"), "\n") {
		why := ""
		for _, u := range unsafe {
			if strings.Contains(line, u.pattern) {
				why = u.why
			}
		}
		if why != "" {
			t.Logf("README.md:%d: not run (%s): %s", b.line+1+i, why, line)
			out.WriteString(": " + why + "\n")
			continue
		}
		out.WriteString(line + "\n")
		ran++
	}
	return out.String(), ran
}

// runBlock runs script with bash in a copy of the repository, with
// go install writing into the test's own folder.
func runBlock(t *testing.T, script string) {
	dir := t.TempDir()
	copyRepo(t, dir)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", "-euo", "pipefail", "-c", script)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOBIN="+filepath.Join(t.TempDir(), "bin"), "CI=true", "BROADSHEET_NOW=2026-03-08")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s\noutput:\n%s", err, script, out.String())
	}
	if strings.Contains(out.String(), ": warning: ") {
		t.Errorf("a README command printed a warning:\n%s", out.String())
	}
}

// copyRepo copies the repository's sources and example site to dir,
// leaving out what builds and tools make.
func copyRepo(t *testing.T, dir string) {
	t.Helper()
	skip := map[string]bool{".git": true, "public": true, ".broadsheet": true, "node_modules": true, "my-digest": true}
	err := filepath.WalkDir(repoRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(repoRoot, p)
		if skip[rel] || strings.HasPrefix(rel, ".public.new-") {
			if !d.IsDir() {
				return nil
			}
			return filepath.SkipDir
		}
		target := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestExampleSiteHasNoWarnings checks the promise of the README's quick
// start: the example site builds without a warning.
func TestExampleSiteHasNoWarnings(t *testing.T) {
	var stdout, stderr bytes.Buffer
	t.Setenv("CI", "true")
	if status := run(context.Background(), []string{"check", "-s", repoRoot}, &stdout, &stderr); status != exitOK {
		t.Fatalf("status %d:\n%s", status, stderr.String())
	}
	if !regexp.MustCompile(`(?m)^checked \d+ articles and \d+ pages in \S+: 0 warnings, 0 errors$`).Match(stderr.Bytes()) ||
		strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("the example site is not clean:\n%s", stderr.String())
	}
}

// TestReadmeListsEveryCode checks that the README lists every diagnostic
// code with its summary, one line each, and no code that does not exist.
func TestReadmeListsEveryCode(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	listed := map[string]string{}
	for _, m := range regexp.MustCompile("(?m)^- `([a-z-]+)`: (.*)$").FindAllStringSubmatch(string(src), -1) {
		listed[m[1]] = m[2]
	}
	for _, c := range diag.Codes {
		if got, ok := listed[c.Name]; !ok || got != c.Summary {
			t.Errorf("README.md should list\n- `%s`: %s", c.Name, c.Summary)
		}
		delete(listed, c.Name)
	}
	for name := range listed {
		if strings.Contains(name, "-") {
			t.Errorf("README.md lists a code %q that does not exist", name)
		}
	}
}

// TestReadmeWorkflow runs actionlint on the GitHub Actions workflow of the
// README, when actionlint is installed (.ci/run installs it).
func TestReadmeWorkflow(t *testing.T) {
	lint := findActionlint()
	if lint == "" {
		t.Skip("actionlint is not installed (go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12): the README's workflow is not checked")
	}
	var workflow string
	for _, b := range readmeBlocks(t) {
		if b.lang == "yaml" && strings.Contains(b.text, "actions/deploy-pages") {
			workflow = b.text
		}
	}
	if workflow == "" {
		t.Fatal("README.md has no GitHub Pages workflow")
	}
	for _, step := range []string{"actions/upload-pages-artifact", "pagefind", "broadsheet build"} {
		if !strings.Contains(workflow, step) {
			t.Errorf("the workflow lacks %s", step)
		}
	}
	name := filepath.Join(t.TempDir(), ".github", "workflows", "pages.yml")
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(workflow), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(lint, "-no-color", name).CombinedOutput()
	if err != nil {
		t.Errorf("actionlint: %v\n%s", err, out)
	}
}

// findActionlint returns the path of actionlint: on PATH, or where go
// install puts it.
func findActionlint() string {
	if p, err := exec.LookPath("actionlint"); err == nil {
		return p
	}
	for _, env := range []string{"GOBIN", "GOPATH"} {
		out, err := exec.Command("go", "env", env).Output()
		dir := strings.TrimSpace(string(out))
		if err != nil || dir == "" {
			continue
		}
		if env == "GOPATH" {
			dir = filepath.Join(filepath.SplitList(dir)[0], "bin")
		}
		if p := filepath.Join(dir, "actionlint"); fileExists(p) {
			return p
		}
	}
	return ""
}

// fileExists reports whether name is a regular file.
func fileExists(name string) bool {
	fi, err := os.Stat(name)
	return err == nil && fi.Mode().IsRegular()
}
