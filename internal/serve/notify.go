package serve

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/fsnotify/fsnotify"
)

// notifyWatcher watches a site with inotify, one watch per folder.
type notifyWatcher struct {
	root   string
	scope  scope
	fw     *fsnotify.Watcher
	known  *tree // touched only by the loop goroutine once started
	events chan Event
	errors chan error
	done   chan struct{} // closed by Close
	exited chan struct{} // closed when the loop has returned
	once   sync.Once
}

// WatchNotify starts watching the sources of the site in root with inotify.
// dest is the output folder (relative to root), which is never watched.
// When it returns, every existing source folder is watched, so a change
// made afterwards is reported.
func WatchNotify(root, dest string) (Watcher, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("watch %s: %w", root, err)
	}
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, watchLimitError(root, err)
	}
	w := &notifyWatcher{
		root: root, scope: newScope(dest), fw: fw, known: newTree(),
		events: make(chan Event), errors: make(chan error),
		done: make(chan struct{}), exited: make(chan struct{}),
	}
	if err := w.addTree(".", false); err != nil {
		fw.Close()
		return nil, err
	}
	go w.loop()
	return w, nil
}

// Events delivers the changes seen, one Event per path.
func (w *notifyWatcher) Events() <-chan Event { return w.events }

// Errors delivers problems the watcher meets while it runs.
func (w *notifyWatcher) Errors() <-chan error { return w.errors }

// Close stops watching and waits for the watcher's goroutine to end.
func (w *notifyWatcher) Close() error {
	var err error
	w.once.Do(func() {
		close(w.done)
		err = w.fw.Close()
		<-w.exited
	})
	return err
}

func (w *notifyWatcher) loop() {
	defer close(w.exited)
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fw.Events:
			if !ok {
				return
			}
			w.handle(ev)
		case err, ok := <-w.fw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				w.resync()
			}
			w.sendError(err)
		}
	}
}

// handle turns one fsnotify event into events for source files.
func (w *notifyWatcher) handle(ev fsnotify.Event) {
	rel, ok := w.rel(ev.Name)
	if !ok {
		return
	}
	// Chmod alone is noise: touch-less tools, indexers and macOS metadata.
	op := ev.Op &^ fsnotify.Chmod
	switch {
	case op.Has(fsnotify.Create):
		w.created(rel)
	case op.Has(fsnotify.Remove), op.Has(fsnotify.Rename):
		w.removed(rel, op&(fsnotify.Remove|fsnotify.Rename))
	case op.Has(fsnotify.Write):
		if w.scope.file(rel) {
			w.known.files[rel] = true
			w.send(Event{Path: rel, Op: fsnotify.Write})
		}
	}
}

// created handles a new file or folder, or one renamed into place.
func (w *notifyWatcher) created(rel string) {
	info, err := os.Lstat(w.abs(rel))
	if err != nil {
		// Gone again before we looked (a scratch file that slipped past the
		// name filter, or a quick create-and-delete): report a removal.
		w.removed(rel, fsnotify.Remove)
		return
	}
	if info.IsDir() {
		if err := w.addTree(rel, true); err != nil {
			w.sendError(err)
		}
		return
	}
	if w.scope.file(rel) {
		w.known.files[rel] = true
		w.send(Event{Path: rel, Op: fsnotify.Create})
	}
}

// removed handles a file or folder that was deleted or renamed away.
func (w *notifyWatcher) removed(rel string, op fsnotify.Op) {
	// Only files seen before can have been built; anything else is a
	// folder already accounted for or a file that came and went unseen.
	files, dirs := w.known.forget(rel)
	for _, f := range files {
		w.send(Event{Path: f, Op: op})
	}
	// inotify watches follow a renamed folder's inode, and fsnotify would
	// go on naming events in its sub-folders by their old paths: drop the
	// old watches so that new ones are made under the new names. A folder
	// deleted has lost its watches already, which makes Remove fail.
	for _, d := range dirs {
		w.fw.Remove(w.abs(d))
	}
	// A folder renamed within the tree can lose its new watch to the
	// old name's late IN_MOVE_SELF; and a name can be replaced at once.
	// Whatever is on disk now is the truth, so look again.
	if info, err := os.Lstat(w.abs(rel)); err == nil && info.IsDir() {
		if err := w.addTree(rel, true); err != nil {
			w.sendError(err)
		}
	}
}

// addTree watches the folder rel and every source folder under it, and
// when emit is set reports each file found as created: files made in a new
// folder before its watch was added would otherwise go unseen.
func (w *notifyWatcher) addTree(rel string, emit bool) error {
	if !w.scope.dir(rel) {
		return nil
	}
	return filepath.WalkDir(w.abs(rel), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil // removed while we walked; its removal event follows
			}
			return watchLimitError(p, err)
		}
		r, _ := w.rel(p)
		if d.IsDir() {
			return w.addDir(r, p)
		}
		if w.scope.file(r) {
			w.known.files[r] = true
			if emit {
				w.send(Event{Path: r, Op: fsnotify.Create})
			}
		}
		return nil
	})
}

// addDir adds one folder's watch during a walk.
func (w *notifyWatcher) addDir(rel, abs string) error {
	if !w.scope.dir(rel) {
		return filepath.SkipDir
	}
	if err := w.fw.Add(abs); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return filepath.SkipDir
		}
		return watchLimitError(abs, err)
	}
	w.known.dirs[rel] = true
	return nil
}

// resync re-walks the whole tree after the kernel dropped events, so that
// folders created meanwhile are watched; the caller rebuilds everything.
func (w *notifyWatcher) resync() {
	w.known = newTree()
	if err := w.addTree(".", false); err != nil {
		w.sendError(err)
	}
}

func (w *notifyWatcher) send(ev Event) {
	select {
	case w.events <- ev:
	case <-w.done:
	}
}

func (w *notifyWatcher) sendError(err error) {
	select {
	case w.errors <- err:
	case <-w.done:
	}
}

func (w *notifyWatcher) abs(rel string) string {
	return filepath.Join(w.root, filepath.FromSlash(rel))
}

// rel turns a path from fsnotify into a slash path relative to the root.
func (w *notifyWatcher) rel(name string) (string, bool) {
	r, err := filepath.Rel(w.root, name)
	if err != nil || r == ".." || len(r) > 2 && r[:3] == ".."+string(filepath.Separator) {
		return "", false
	}
	return filepath.ToSlash(r), true
}
