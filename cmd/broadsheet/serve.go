package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"

	"broadsheet/internal/build"
	"broadsheet/internal/config"
	"broadsheet/internal/serve"
)

const serveSynopsis = "[-s SITE] [--addr 127.0.0.1:1313] [--poll DURATION] [--drafts]"

// runServe runs "broadsheet serve": build the site into memory, serve it,
// and rebuild and reload open pages after every edit until interrupted.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve")
	site := fs.String("s", ".", "serve the site in `SITE`")
	addr := fs.String("addr", "127.0.0.1:1313", "listen on `HOST:PORT`; any host but a loopback one makes the preview reachable from other machines")
	poll := fs.Duration("poll", 0, "look for changes every `DURATION` (e.g. 700ms) instead of using inotify, for Docker, VM and WSL2 shares")
	drafts := fs.Bool("drafts", false, "show drafts too")
	rest, status := parseFlags(fs, serveSynopsis, args, stdout, stderr)
	if status != exitProceed {
		return status
	}
	if len(rest) > 0 {
		return usageError(stderr, "serve takes no arguments, got %q", rest[0])
	}
	if *poll < 0 {
		return usageError(stderr, "--poll %v: must be positive", *poll)
	}
	e, err := readEnv(stderr)
	if err != nil {
		return usageError(stderr, "%v", err)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "broadsheet serve: %v\n", err)
		return exitErrors
	}
	// A broken site.toml gives the defaults here; the build reports it.
	cfg, _ := config.Load(os.DirFS(*site), "site.toml")
	base := serve.BasePath(cfg.BaseURL)
	b := build.New(os.DirFS(*site), build.Options{
		BaseURL: serve.SiteURL(ln.Addr(), base), Drafts: *drafts, Now: e.now,
	})
	srv := serve.New(serve.FromBuild(b), serve.Options{
		Root: *site, Dest: destWithin(*site, cfg.Build.Dest), Base: base, Poll: *poll, Log: stderr,
	})
	if err := srv.Run(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "broadsheet serve: %v\n", err)
		return exitErrors
	}
	return exitOK
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
