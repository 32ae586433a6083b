package main

import (
	"bytes"
	"fmt"
	"io"
	"sync/atomic"
	"time"

	"broadsheet/internal/build"
)

// progressEvery is how often the progress line is redrawn: often enough
// to look alive, rarely enough to cost nothing next to the build.
const progressEvery = 100 * time.Millisecond

// countingSink counts the files a build hands to its sink, so a terminal
// can show that a long build is moving. The build does not know how many
// files there will be until it has planned them, so the line shows a
// count and the time so far rather than a percentage.
type countingSink struct {
	build.Sink
	files atomic.Int64
}

// WriteFile counts the file and passes it on.
func (c *countingSink) WriteFile(name string, data []byte) error {
	c.files.Add(1)
	return c.Sink.WriteFile(name, data)
}

// Stream counts the file and passes it on to a sink that can stream it,
// or writes it whole.
func (c *countingSink) Stream(name string, write func(io.Writer) error) error {
	c.files.Add(1)
	if s, ok := c.Sink.(build.Streamer); ok {
		return s.Stream(name, write)
	}
	var b bytes.Buffer
	if err := write(&b); err != nil {
		return err
	}
	return c.Sink.WriteFile(name, b.Bytes())
}

// Stamp passes the question on to a sink that holds an earlier output,
// so a build with a cache can leave its unchanged files to it.
func (c *countingSink) Stamp(name string) (uint64, bool) {
	if k, ok := c.Sink.(build.Keeper); ok {
		return k.Stamp(name)
	}
	return 0, false
}

// progress redraws "building... 4,200 files, 0.8s" on w until stop is
// closed, then erases the line and returns.
func progress(w io.Writer, doing string, c *countingSink, start time.Time, stop <-chan struct{}) {
	tick := time.NewTicker(progressEvery)
	defer tick.Stop()
	for {
		fmt.Fprintf(w, "\r\033[K%s... %s, %s", doing, plural(int(c.files.Load()), "file"), seconds(time.Since(start)))
		select {
		case <-stop:
			fmt.Fprint(w, "\r\033[K")
			return
		case <-tick.C:
		}
	}
}

// startProgress wraps sink in a counter and draws the progress line until
// the returned stop function is called; stop erases the line and waits for
// the drawing to end, so nothing else writes to w at the same time.
func startProgress(w io.Writer, doing string, sink build.Sink, start time.Time) (build.Sink, func()) {
	counter := &countingSink{Sink: sink}
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		progress(w, doing, counter, start, stop)
		close(stopped)
	}()
	return counter, func() { close(stop); <-stopped }
}
