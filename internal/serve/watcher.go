package serve

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/fsnotify/fsnotify"
)

// Event says that a source file was created, written, renamed or removed.
// A folder's creation or removal arrives as one event per file in it.
type Event struct {
	Path string      // slash path relative to the site root, e.g. "content/a.txt"
	Op   fsnotify.Op // fsnotify.Create, Write, Remove or Rename; never Chmod alone
}

// Watcher reports changes to a site's sources. Events are hints: the
// builder looks at the file system again, so a spurious event costs a
// little work, never correctness. An fsnotify.ErrEventOverflow on Errors
// means events were lost and everything must be rebuilt.
type Watcher interface {
	Events() <-chan Event
	Errors() <-chan error
	Close() error
}

// watchLimitError explains a failure to add an inotify watch or instance
// when the cause is a system limit, naming the setting to raise.
func watchLimitError(path string, err error) error {
	switch {
	case errors.Is(err, syscall.ENOSPC):
		return fmt.Errorf("watch %s: %w: the system ran out of inotify watches; "+
			"raise fs.inotify.max_user_watches (for example: sudo sysctl -w fs.inotify.max_user_watches=524288) "+
			"or watch by polling with --poll 700ms", path, err)
	case errors.Is(err, syscall.EMFILE):
		return fmt.Errorf("watch %s: %w: the system ran out of inotify instances or file descriptors; "+
			"raise fs.inotify.max_user_instances (for example: sudo sysctl -w fs.inotify.max_user_instances=512) "+
			"or the open-file limit (ulimit -n), or watch by polling with --poll 700ms", path, err)
	}
	return fmt.Errorf("watch %s: %w", path, err)
}
