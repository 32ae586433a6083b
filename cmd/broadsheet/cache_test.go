package main

import (
	"os"
	"testing"
)

// TestProgramID checks that the program is named by its Go build ID,
// which stays the same from one run to the next.
func TestProgramID(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	id := goBuildID(exe)
	if id == "" {
		t.Skipf("no Go build ID found in %s", exe)
	}
	if got := programID(); got != id {
		t.Errorf("programID() = %q, want the build ID %q", got, id)
	}
}

func TestBuildIDIn(t *testing.T) {
	data := []byte("\x00\x00\xff Go build ID: \"abc/def\"\n \xff\x00")
	if got := buildIDIn(data); got != "abc/def" {
		t.Errorf("buildIDIn = %q", got)
	}
	if got := buildIDIn([]byte("no id here")); got != "" {
		t.Errorf("buildIDIn of nothing = %q", got)
	}
}
