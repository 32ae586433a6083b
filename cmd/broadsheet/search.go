package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
)

// pagefindDir is the folder of a Pagefind index in the output.
const pagefindDir = "pagefind"

// hasIndex reports whether the output folder dest holds a Pagefind index,
// made by running pagefind after an earlier build.
func hasIndex(dest string) bool {
	_, err := os.Stat(filepath.Join(dest, pagefindDir, "pagefind-ui.js"))
	return err == nil
}

// indexFiles lists the files of the Pagefind index in dest, as slash
// paths relative to it, so that a build carries them over into the new
// output: the index stays until pagefind runs again.
func indexFiles(dest string) ([]string, error) {
	var names []string
	root := filepath.Join(dest, pagefindDir)
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() {
			rel, err := filepath.Rel(dest, p)
			if err != nil {
				return err
			}
			names = append(names, filepath.ToSlash(rel))
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return names, err
}

// runPagefind indexes the built site in the folder real with the
// pagefind program, for [search] pagefind = true; messages call the
// folder dest, as the user named it.
func runPagefind(real, dest string, stderr io.Writer) error {
	bin, err := exec.LookPath("pagefind")
	if err != nil {
		return fmt.Errorf("[search] pagefind is set, but there is no pagefind program on PATH: install it (npm install -g pagefind) or run npx pagefind --site %s after the build; the site was built without a new search index", dest)
	}
	cmd := exec.Command(bin, "--site", real)
	cmd.Stdout, cmd.Stderr = io.Discard, stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("pagefind --site %s: %v", dest, err)
	}
	return nil
}
