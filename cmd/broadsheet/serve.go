package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"broadsheet/internal/build"
	"broadsheet/internal/diag"
	"broadsheet/internal/serve"
	"broadsheet/internal/sitefs"
)

const serveSynopsis = "[-s SITE] [--addr 127.0.0.1:1313] [--poll DURATION] [--drafts] [--future]"

// serveArgs are the flags of "broadsheet serve".
type serveArgs struct {
	site, addr string
	poll       time.Duration
	drafts     bool
	future     bool
}

// runServe runs "broadsheet serve": build the site into memory, serve it,
// and rebuild and reload open pages after every edit until interrupted.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	a, status := parseServe(args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	e, err := readEnv(stderr)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	if err := checkSite(a.site); err != nil {
		return usageError(stderr, "%v", err)
	}
	ln, err := net.Listen("tcp", a.addr)
	if err != nil {
		fmt.Fprintf(stderr, "broadsheet serve: %v\n", listenError(a.addr, err))
		return exitErrors
	}
	fsys, err := sitefs.Open(a.site)
	if err != nil {
		ln.Close()
		fmt.Fprintf(stderr, "broadsheet serve: %v\n", err)
		return exitErrors
	}
	defer fsys.Close()
	if err := newServer(a, fsys, ln.Addr(), e.now, stderr).Run(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "broadsheet serve: %v\n", err)
		return exitErrors
	}
	return exitOK
}

// parseServe parses the flags of "broadsheet serve".
func parseServe(args []string, stdout, stderr io.Writer) (serveArgs, int) {
	var a serveArgs
	fs := newFlags("serve")
	fs.StringVar(&a.site, "s", ".", "serve the site in `SITE`")
	fs.StringVar(&a.addr, "addr", "127.0.0.1:1313", "listen on `HOST:PORT`; any host but a loopback one makes the preview reachable from other machines")
	fs.DurationVar(&a.poll, "poll", 0, "look for changes every `DURATION` (e.g. 700ms) instead of using inotify, for Docker, VM and WSL2 shares")
	fs.BoolVar(&a.drafts, "drafts", false, "show drafts too")
	fs.BoolVar(&a.future, "future", false, "show articles dated in the future too")
	rest, status := parseFlags(fs, serveSynopsis, args, stdout, stderr)
	switch {
	case status != exitProceed:
		return a, status
	case len(rest) > 0:
		return a, usageError(stderr, "serve takes no arguments, got %q", rest[0])
	case a.poll < 0:
		return a, usageError(stderr, "--poll %v: must be positive", a.poll)
	}
	return a, exitProceed
}

// newServer sets up the preview of the site folder fsys listening on addr. The site's
// links point at the preview, under base_url's sub-path if it has one; an
// edit of base_url moves the preview to the new path without a restart.
func newServer(a serveArgs, fsys fs.FS, addr net.Addr, now time.Time, log io.Writer) *serve.Server {
	// A broken site.toml gives the defaults here; the build reports it.
	cfg, _ := loadConfig(a.site)
	base := serve.BasePath(cfg.BaseURL)
	readBase := func() string {
		c, _ := loadConfig(a.site)
		return serve.BasePath(c.BaseURL)
	}
	b := serve.Rebasing(readBase, func(base string) serve.Builder {
		return serve.FromBuild(build.New(fsys, build.Options{
			BaseURL: serve.SiteURL(addr, base), Drafts: a.drafts, Future: a.future, Now: now,
			Quiet: true, // Settle drops the infos
		}))
	})
	return serve.New(b, serve.Options{
		Root: a.site, Dest: destWithin(a.site, cfg.Build.Dest), Base: base, Poll: a.poll, Log: log,
		Hosts:  addrHost(a.addr),
		Settle: func(l diag.List) diag.List { return settle(a.site, l, reportOptions{}) },
	})
}

// addrHost returns the host that --addr names, which browsers may use to
// reach the preview.
func addrHost(addr string) []string {
	host, _, err := net.SplitHostPort(addr)
	if err != nil || host == "" {
		return nil
	}
	return []string{host}
}

// destWithin returns the output folder relative to the site, or "" when
// it lies outside.
func destWithin(site, dest string) string {
	if !filepath.IsAbs(dest) {
		return filepath.ToSlash(dest)
	}
	s, err := filepath.Abs(site)
	if err != nil {
		return ""
	}
	if rel, err := filepath.Rel(s, dest); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return ""
}

// listenError explains a failure to listen on addr. A port that is taken
// is the usual one: another preview, or another server, holds it.
func listenError(addr string, err error) error {
	if !errors.Is(err, syscall.EADDRINUSE) {
		return err
	}
	host, _, _ := net.SplitHostPort(addr)
	if host == "" {
		host = "127.0.0.1"
	}
	return fmt.Errorf("%s is already in use (another preview or server holds the port): "+
		"choose another with --addr %s, or let the system pick a free one with --addr %s",
		addr, net.JoinHostPort(host, "1314"), net.JoinHostPort(host, "0"))
}
