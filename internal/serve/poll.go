package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"sort"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// stamp is what the poller compares to tell that a file changed.
type stamp struct {
	size int64
	mod  time.Time
}

// pollWatcher finds changes by scanning the site every interval: for file
// systems that deliver no inotify events (Docker and VM shares, WSL2's
// Windows drives) and for systems out of inotify watches.
type pollWatcher struct {
	root     string
	scope    scope
	interval time.Duration
	last     map[string]stamp // touched only by the loop goroutine once started
	events   chan Event
	errors   chan error
	done     chan struct{}
	exited   chan struct{}
	once     sync.Once
}

// WatchPoll starts watching the sources of the site in root by scanning
// them every interval, comparing modification times and sizes. dest is the
// output folder (relative to root), which is never scanned. When it returns
// the first scan is done, so a change made afterwards is reported.
func WatchPoll(root, dest string, interval time.Duration) (Watcher, error) {
	if interval <= 0 {
		return nil, fmt.Errorf("poll interval %v: must be positive", interval)
	}
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	w := &pollWatcher{
		root: root, scope: newScope(dest), interval: interval,
		events: make(chan Event), errors: make(chan error),
		done: make(chan struct{}), exited: make(chan struct{}),
	}
	if w.last, err = w.scan(); err != nil {
		return nil, err
	}
	go w.loop()
	return w, nil
}

// Events delivers the changes seen, one Event per path.
func (w *pollWatcher) Events() <-chan Event { return w.events }

// Errors delivers problems the watcher meets while it runs.
func (w *pollWatcher) Errors() <-chan error { return w.errors }

// Close stops the scanner and waits for its goroutine to end.
func (w *pollWatcher) Close() error {
	w.once.Do(func() {
		close(w.done)
		<-w.exited
	})
	return nil
}

func (w *pollWatcher) loop() {
	defer close(w.exited)
	tick := time.NewTicker(w.interval)
	defer tick.Stop()
	for {
		select {
		case <-w.done:
			return
		case <-tick.C:
		}
		now, err := w.scan()
		if err != nil {
			w.sendError(err)
			continue
		}
		for _, ev := range diffStamps(w.last, now) {
			select {
			case w.events <- ev:
			case <-w.done:
				return
			}
		}
		w.last = now
	}
}

// scan stamps every source file under the root.
func (w *pollWatcher) scan() (map[string]stamp, error) {
	files := map[string]stamp{}
	err := filepath.WalkDir(w.root, func(p string, d fs.DirEntry, err error) error {
		rel := "."
		if p != w.root {
			r, _ := filepath.Rel(w.root, p)
			rel = filepath.ToSlash(r)
		}
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && rel != "." {
				return nil // removed while we walked
			}
			return err
		}
		if d.IsDir() {
			if !w.scope.dir(rel) {
				return filepath.SkipDir
			}
			return nil
		}
		if !w.scope.file(rel) {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil // removed while we walked
		}
		files[rel] = stamp{size: info.Size(), mod: info.ModTime()}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("scan %s: %w", w.root, err)
	}
	return files, nil
}

// diffStamps lists the files created, changed and removed between two
// scans, in path order.
func diffStamps(old, now map[string]stamp) []Event {
	var evs []Event
	for p, s := range now {
		o, had := old[p]
		switch {
		case !had:
			evs = append(evs, Event{Path: p, Op: fsnotify.Create})
		case o.size != s.size || !o.mod.Equal(s.mod):
			evs = append(evs, Event{Path: p, Op: fsnotify.Write})
		}
	}
	for p := range old {
		if _, ok := now[p]; !ok {
			evs = append(evs, Event{Path: p, Op: fsnotify.Remove})
		}
	}
	sort.Slice(evs, func(i, j int) bool { return evs[i].Path < evs[j].Path })
	return evs
}

func (w *pollWatcher) sendError(err error) {
	select {
	case w.errors <- err:
	case <-w.done:
	}
}
