package serve

import (
	"context"
	"errors"
	"sort"
	"time"

	"github.com/fsnotify/fsnotify"
)

// DefaultQuiet is how long the sources must be quiet before a rebuild
// starts. Editors' save sequences (write a temporary file, sync, rename it
// over the original, delete the backup), git checkouts and copies emit
// their events within a few milliseconds of each other, so 30 ms gathers
// them into one rebuild; and it is short enough that a rebuild of under
// 30 ms still makes the page live well within 100 ms of the write.
const DefaultQuiet = 30 * time.Millisecond

// waitFactor bounds how long a rebuild can be put off by a stream of
// events that never pauses (a tool rewriting a file in a loop), in quiet
// periods: after 40 of them (1.2 s by default) the batch goes out anyway
// and the rest of the stream joins the next one.
const waitFactor = 40

// batch is one rebuild's worth of changes.
type batch struct {
	Paths  []string // changed source files, sorted slash paths relative to the site root
	Full   bool     // events were lost: rebuild everything
	Errors []error  // watcher errors met while collecting, for the terminal
}

// collect reads w until ctx is done, and sends a batch on out each time the
// sources have been quiet for quiet after a change. While the receiver is
// busy rebuilding, new changes join the next batch, so events never wait
// in the kernel's queue.
func collect(ctx context.Context, w Watcher, quiet time.Duration, out chan<- batch) {
	c := newCollector()
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	var ready chan<- batch // out while next may go; nil otherwise
	var next batch
	events, errs := w.Events(), w.Errors()
	for events != nil || errs != nil {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-events:
			if !ok {
				events = nil
				continue
			}
			c.add(ev)
			ready = nil
			timer.Reset(c.delay(quiet))
		case err, ok := <-errs:
			if !ok {
				errs = nil
				continue
			}
			c.fail(err)
			ready = nil
			timer.Reset(c.delay(quiet))
		case <-timer.C:
			next, ready = c.take(), out
		case ready <- next:
			c, ready = newCollector(), nil
		}
	}
}

// collector accumulates one batch.
type collector struct {
	paths map[string]bool
	full  bool
	errs  []error
	first time.Time // when the first change of the batch arrived
}

func (c *collector) add(ev Event) {
	c.touch()
	c.paths[ev.Path] = true
}

func (c *collector) fail(err error) {
	c.touch()
	if errors.Is(err, fsnotify.ErrEventOverflow) {
		c.full = true
	}
	c.errs = append(c.errs, err)
}

func (c *collector) touch() {
	if c.first.IsZero() {
		c.first = time.Now()
	}
}

func newCollector() *collector { return &collector{paths: map[string]bool{}} }

// delay is how long to wait for more changes: the quiet period, unless
// the batch has already waited too long.
func (c *collector) delay(quiet time.Duration) time.Duration {
	return min(quiet, max(waitFactor*quiet-time.Since(c.first), 0))
}

func (c *collector) take() batch {
	b := batch{Full: c.full, Errors: c.errs}
	for p := range c.paths {
		b.Paths = append(b.Paths, p)
	}
	sort.Strings(b.Paths)
	return b
}
