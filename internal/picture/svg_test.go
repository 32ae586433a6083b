package picture

import (
	"strings"
	"testing"
)

// TestProbeSVG checks the size a page reserves for an SVG picture: its
// width and height in pixels, from the viewBox where they are missing or
// relative, and none where the document gives none.
func TestProbeSVG(t *testing.T) {
	tests := []struct {
		name, src string
		w, h      int
	}{
		{"width and height", `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480"></svg>`, 640, 480},
		{"pixels", `<svg width="64px" height="48.4px"/>`, 64, 48},
		{"inches", `<svg width="1in" height="0.5in"/>`, 96, 48},
		{"viewBox only", `<svg viewBox="0 0 800 600"/>`, 800, 600},
		{"viewBox with commas", `<svg viewBox="0,0,80,60"/>`, 80, 60},
		{"percentages use the viewBox", `<svg width="100%" height="100%" viewBox="0 0 300 200"/>`, 300, 200},
		{"width and viewBox", `<svg width="150" viewBox="0 0 300 200"/>`, 150, 100},
		{"height and viewBox", `<svg height="100" viewBox="0 0 300 200"/>`, 150, 100},
		{"no size", `<svg xmlns="http://www.w3.org/2000/svg"><circle r="4"/></svg>`, 0, 0},
		{"XML declaration, comment and BOM", "\ufeff<?xml version=\"1.0\"?>\n<!-- map -->\n<!DOCTYPE svg>\n<svg width=\"20\" height=\"10\"/>", 20, 10},
		{"bad viewBox", `<svg viewBox="0 0 a b"/>`, 0, 0},
	}
	for _, tt := range tests {
		info, err := ProbeBytes([]byte(tt.src))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if info.Format != SVG || info.Width != tt.w || info.Height != tt.h {
			t.Errorf("%s: %+v, want an SVG of %d×%d", tt.name, info, tt.w, tt.h)
		}
	}
}

// TestNotSVG checks that markup whose root is not <svg>, such as an HTML
// page with an inline SVG, is not taken for a picture.
func TestNotSVG(t *testing.T) {
	for _, src := range []string{
		`<!doctype html><html><body><svg width="10" height="10"/></body></html>`,
		`<html><svg/></html>`,
		`<svg`,
		`plain text mentioning <svg`,
	} {
		if info, err := ProbeBytes([]byte(src)); err == nil {
			t.Errorf("%q: read as %+v", src, info)
		}
	}
}

// TestSVGHasNoVariants checks that an SVG lead picture is shown as it is:
// a resized copy of a vector picture would only lose its sharpness.
func TestSVGHasNoVariants(t *testing.T) {
	src := []byte(`<svg xmlns="http://www.w3.org/2000/svg" width="2000" height="1000"/>`)
	info, vs, err := Plan("map.svg", src, DefaultWidths, Options{})
	if err != nil || len(vs) != 0 || info.Width != 2000 {
		t.Fatalf("Plan: %+v, %d variants, %v", info, len(vs), err)
	}
	if !strings.Contains(ErrFormat.Error(), "SVG") {
		t.Errorf("ErrFormat does not name SVG: %v", ErrFormat)
	}
}
