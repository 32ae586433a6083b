// Command makephotos writes the made-up photos of the example site: run
// it from the repository's root as
//
//	go run ./internal/picture/testdata/makephotos static/img
//
// The same files come out every time.
package main

import (
	"fmt"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"

	"broadsheet/internal/picture/synth"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: makephotos DIR")
		os.Exit(2)
	}
	if err := write(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "makephotos:", err)
		os.Exit(1)
	}
}

func write(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	photos := []struct {
		name string
		w, h int
		seed uint32
	}{
		{"harbor.jpg", 1600, 1000, 1},
		{"flood.jpg", 1200, 800, 4},
		{"market.jpg", 960, 1280, 5},
		{"map.png", 800, 500, 2},
	}
	for _, p := range photos {
		f, err := os.Create(filepath.Join(dir, p.name))
		if err != nil {
			return err
		}
		if filepath.Ext(p.name) == ".png" {
			err = png.Encode(f, synth.Flat(p.w, p.h, p.seed))
		} else {
			err = jpeg.Encode(f, synth.Scene(p.w, p.h, p.seed), &jpeg.Options{Quality: 85})
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return err
		}
	}
	return nil
}
