package main

import (
	"bytes"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer lets the progress goroutine and the test share a buffer.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

type nullSink struct{}

func (nullSink) WriteFile(string, []byte) error { return nil }

func TestProgressCountsFilesAndErasesItself(t *testing.T) {
	var out lockedBuffer
	sink, stop := startProgress(&out, "building", nullSink{}, time.Now())
	for range 3 {
		if err := sink.WriteFile("a.html", nil); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for !strings.Contains(out.String(), "building... 3 files") {
		if time.Now().After(deadline) {
			t.Fatalf("progress line never showed 3 files; got %q", out.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	stop()
	if got := out.String(); !strings.HasSuffix(got, "\r\033[K") {
		t.Errorf("progress must end by erasing its line; got %q", got)
	}
	n := len(out.String())
	time.Sleep(2 * progressEvery)
	if len(out.String()) != n {
		t.Error("progress kept drawing after stop returned")
	}
}
