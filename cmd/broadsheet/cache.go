package main

import (
	"bytes"
	"debug/elf"
	"debug/macho"
	"debug/pe"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"

	"broadsheet/internal/build"
)

// defaultCache is the build cache's folder in the site when site.toml
// names none: a dot folder, which no build reads as part of the site.
const defaultCache = ".broadsheet"

// setCache points the build at the cache folder dir, once it is sure the
// folder is neither in the output, which every build replaces, nor in a
// folder the build reads.
func setCache(opt *build.Options, site, dest, dir string) error {
	s, err1 := resolve(site)
	d, err2 := resolve(dest)
	c, err3 := resolve(dir)
	if err1 != nil || err2 != nil || err3 != nil {
		return fmt.Errorf("build cache %s: cannot resolve the path", dir)
	}
	if c == d || within(c, d) || within(d, c) {
		return fmt.Errorf("build cache %s: the output folder %s must not hold it nor lie in it", dir, dest)
	}
	for _, src := range []string{"content", "layouts", "static"} {
		if p := filepath.Join(s, src); c == p || within(c, p) {
			return fmt.Errorf("build cache %s: must not lie in the site's %s/ folder", dir, src)
		}
	}
	opt.Cache, opt.Site, opt.Program = c, s, programID()
	return nil
}

// programID names this broadsheet program for the build cache, which is
// used only by the program that wrote it: what a build learned may not
// hold for another version of the parser or the layouts. It is the build
// ID the Go linker writes, which changes with the program's code and
// stays the same when the same code is built again (as CI does on every
// run); failing that, the module version with the executable's size and
// time.
func programID() string {
	exe, err := os.Executable()
	if err != nil {
		return version() + " " + runtime.Version()
	}
	if id := goBuildID(exe); id != "" {
		return id
	}
	id := version() + " " + runtime.Version()
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" || s.Key == "vcs.modified" {
				id += " " + s.Value
			}
		}
	}
	if fi, err := os.Stat(exe); err == nil {
		id += fmt.Sprintf(" %d %d", fi.Size(), fi.ModTime().UnixNano())
	}
	return id
}

// goBuildID reads the Go build ID of an executable: from its note in an
// ELF file (Linux), else from the start of its code in a Mach-O (macOS)
// or PE (Windows) file, where the linker writes it too. It returns ""
// when there is none.
func goBuildID(exe string) string {
	if f, err := elf.Open(exe); err == nil {
		defer f.Close()
		s := f.Section(".note.go.buildid")
		if s == nil {
			return ""
		}
		data, err := s.Data()
		// The note: name size, description size, type, "Go\0\0", the ID.
		if err != nil || len(data) <= 16 || !bytes.Equal(data[12:16], []byte("Go\x00\x00")) {
			return ""
		}
		return string(bytes.TrimRight(data[16:], "\x00"))
	}
	var text io.ReaderAt
	if f, err := macho.Open(exe); err == nil {
		defer f.Close()
		if s := f.Section("__text"); s != nil {
			text = s
		}
	} else if f, err := pe.Open(exe); err == nil {
		defer f.Close()
		if s := f.Section(".text"); s != nil {
			text = s
		}
	}
	if text == nil {
		return ""
	}
	head := make([]byte, 1024)
	n, _ := text.ReadAt(head, 0)
	return buildIDIn(head[:n])
}

// buildIDIn finds the build ID the Go linker writes at the start of the
// code: \xff Go build ID: "ID"\n \xff.
func buildIDIn(data []byte) string {
	const prefix = "\xff Go build ID: \""
	i := bytes.Index(data, []byte(prefix))
	if i < 0 {
		return ""
	}
	rest := data[i+len(prefix):]
	end := bytes.IndexByte(rest, '"')
	if end <= 0 {
		return ""
	}
	return string(rest[:end])
}
