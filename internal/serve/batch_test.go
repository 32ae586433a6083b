package serve

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// chanWatcher is a Watcher the test feeds by hand.
type chanWatcher struct {
	events chan Event
	errs   chan error
}

func newChanWatcher() *chanWatcher {
	return &chanWatcher{events: make(chan Event), errs: make(chan error)}
}

func (w *chanWatcher) Events() <-chan Event { return w.events }
func (w *chanWatcher) Errors() <-chan error { return w.errs }
func (w *chanWatcher) Close() error         { return nil }

func startCollect(t *testing.T, w Watcher) chan batch {
	out := make(chan batch)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { collect(ctx, w, DefaultQuiet, out); close(done) }()
	t.Cleanup(func() { cancel(); <-done })
	return out
}

func nextBatch(t *testing.T, out chan batch) batch {
	t.Helper()
	select {
	case b := <-out:
		return b
	case <-time.After(10 * time.Second):
		t.Fatal("no batch within 10s")
	}
	return batch{}
}

func TestCollectMergesAndSorts(t *testing.T) {
	w := newChanWatcher()
	out := startCollect(t, w)
	for _, p := range []string{"content/b.txt", "content/a.txt", "content/b.txt", "site.toml"} {
		w.events <- Event{Path: p, Op: fsnotify.Write}
	}
	b := nextBatch(t, out)
	if want := []string{"content/a.txt", "content/b.txt", "site.toml"}; !slices.Equal(b.Paths, want) || b.Full {
		t.Errorf("batch %+v, want paths %q and no full rebuild", b, want)
	}
}

func TestCollectOverflowMeansFullRebuild(t *testing.T) {
	w := newChanWatcher()
	out := startCollect(t, w)
	w.events <- Event{Path: "content/a.txt", Op: fsnotify.Create}
	w.errs <- fsnotify.ErrEventOverflow
	b := nextBatch(t, out)
	if !b.Full || len(b.Errors) != 1 {
		t.Errorf("batch %+v, want a full rebuild and the overflow reported", b)
	}
}

func TestCollectKeepsErrors(t *testing.T) {
	w := newChanWatcher()
	out := startCollect(t, w)
	w.errs <- errors.New("watch content/x: permission denied")
	b := nextBatch(t, out)
	if b.Full || len(b.Paths) != 0 || len(b.Errors) != 1 {
		t.Errorf("batch %+v, want the error alone", b)
	}
}

// A consumer busy rebuilding does not block the watcher: changes made
// meanwhile join the next batch.
func TestCollectWhileBusy(t *testing.T) {
	w := newChanWatcher()
	out := startCollect(t, w)
	w.events <- Event{Path: "content/a.txt", Op: fsnotify.Write}
	time.Sleep(3 * DefaultQuiet) // the batch is ready; nobody takes it yet
	for i := range 100 {
		w.events <- Event{Path: fmt.Sprintf("content/%03d.txt", i), Op: fsnotify.Write}
	}
	if b := nextBatch(t, out); len(b.Paths) != 101 {
		t.Errorf("batch of %d paths, want 101", len(b.Paths))
	}
}

func TestWatchLimitError(t *testing.T) {
	tests := []struct {
		err  error
		want []string
	}{
		{syscall.ENOSPC, []string{"no space left on device", "fs.inotify.max_user_watches", "sysctl -w", "--poll"}},
		{syscall.EMFILE, []string{"too many open files", "fs.inotify.max_user_instances", "--poll"}},
		{syscall.EACCES, []string{"watch content/x: add: permission denied"}},
	}
	for _, tc := range tests {
		msg := watchLimitError("content/x", fmt.Errorf("add: %w", tc.err)).Error()
		for _, w := range tc.want {
			if !strings.Contains(msg, w) {
				t.Errorf("%v: message %q lacks %q", tc.err, msg, w)
			}
		}
	}
}
