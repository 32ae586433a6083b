package build

import (
	"context"
	"errors"
	"html/template"
	"os"
	"runtime"
	"testing"

	"broadsheet/internal/site"
)

func TestSpill(t *testing.T) {
	dir := t.TempDir()
	s := &spill{dir: dir}
	bodies := []template.HTML{"<p>One.</p>\n", "<p>Two &amp; three.</p>\n", "<p>Four.</p>\n"}
	var at []int64
	for _, h := range bodies {
		a, ok := s.put(h)
		if !ok {
			t.Fatalf("put: %v", s.err)
		}
		at = append(at, a)
	}
	for i, h := range bodies {
		got, err := s.get(at[i], len(h))
		if err != nil || got != h {
			t.Errorf("get %d = %q, %v; want %q", i, got, err, h)
		}
	}
	if names, _ := os.ReadDir(dir); len(names) != 0 && runtime.GOOS != "windows" {
		t.Errorf("the spill file is left in its folder: %v", names)
	}
	// Bytes that changed under the build are an error, never a body.
	if _, err := s.f.WriteAt([]byte("X"), at[1]+8); err != nil {
		t.Fatal(err)
	}
	if got, err := s.get(at[1], len(bodies[1])); !errors.Is(err, errSpillChanged) {
		t.Errorf("a changed body gave %q, %v", got, err)
	}
}

func TestSpillNowhere(t *testing.T) {
	s := &spill{dir: "/dev/null/cannot"}
	if _, ok := s.put("<p>Body.</p>"); ok {
		t.Fatal("put into a folder that cannot be made succeeded")
	}
}

// A lead kept in the spill reads back as it was put; one whose bytes
// changed reads as nothing, and the build is told.
func TestSpilledText(t *testing.T) {
	s := &spill{dir: t.TempDir()}
	lead := s.text(site.Text("Talks resumed in Geneva on Friday."))
	if _, ok := lead.(*spilledText); !ok {
		t.Fatalf("the lead was not put in the spill: %T", lead)
	}
	if got := lead.String(); got != "Talks resumed in Geneva on Friday." {
		t.Errorf("read back %q", got)
	}
	if err := s.takeErr(); err != nil {
		t.Errorf("takeErr after a good read: %v", err)
	}
	if _, err := s.f.WriteAt([]byte("X"), lead.(*spilledText).at+8); err != nil {
		t.Fatal(err)
	}
	if got := lead.String(); got != "" {
		t.Errorf("a changed lead read back as %q", got)
	}
	if err := s.takeErr(); !errors.Is(err, errSpillChanged) {
		t.Errorf("takeErr = %v, want the change", err)
	}
	if err := s.takeErr(); err != nil {
		t.Errorf("the error was reported twice: %v", err)
	}
	if empty := s.text(site.Text("")); empty != site.Text("") {
		t.Errorf("an empty lead went to the spill: %v", empty)
	}
}

// A cache is not saved with a lead that could not be read back from the
// spill: the next build would take the empty text for the article's.
func TestSaveCacheUnreadLead(t *testing.T) {
	b := New(genFS(20, 4), Options{Now: now, Workers: 2, Cache: t.TempDir(), Program: "test", Site: "/site"})
	b.budget = 0 // every body and lead in the spill
	out := keepSink{newMemSink()}
	res := b.Build(context.Background(), out)
	if res.Failed() {
		t.Fatal(diagText(res))
	}
	out.settle(res)
	if _, err := b.spill.f.WriteAt(make([]byte, b.spill.size), 0); err != nil {
		t.Fatal(err)
	}
	if err := b.SaveCache(out); !errors.Is(err, errSpillChanged) {
		t.Errorf("SaveCache with a changed spill = %v, want the change", err)
	}
}
