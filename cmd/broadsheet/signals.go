package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"sync"
)

// cleanups are what a second interrupt undoes before the program exits at
// once: the fresh output folder of a build in progress, which would
// otherwise be left beside the destination.
type cleanups struct {
	mu    sync.Mutex
	next  int
	funcs map[int]func()
}

// add registers f and returns a function that unregisters it. On a nil
// receiver (a command run without signal handling, as in tests) it does
// nothing.
func (c *cleanups) add(f func()) (remove func()) {
	if c == nil {
		return func() {}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.funcs == nil {
		c.funcs = map[int]func(){}
	}
	id := c.next
	c.next++
	c.funcs[id] = f
	return func() {
		c.mu.Lock()
		delete(c.funcs, id)
		c.mu.Unlock()
	}
}

// run calls every registered function.
func (c *cleanups) run() {
	c.mu.Lock()
	funcs := make([]func(), 0, len(c.funcs))
	for _, f := range c.funcs {
		funcs = append(funcs, f)
	}
	c.mu.Unlock()
	for _, f := range funcs {
		f()
	}
}

type cleanupsKey struct{}

// withCleanups returns ctx carrying c, for the commands that make
// temporary folders.
func withCleanups(ctx context.Context, c *cleanups) context.Context {
	return context.WithValue(ctx, cleanupsKey{}, c)
}

// cleanupsOf returns the cleanups ctx carries, or nil.
func cleanupsOf(ctx context.Context) *cleanups {
	c, _ := ctx.Value(cleanupsKey{}).(*cleanups)
	return c
}

// onSignals waits for interrupts until done is closed. The first one
// cancels the command, which stops and cleans up by itself; a second one
// means the user will not wait: it runs the cleanups and exits at once,
// even while the command is busy in work that does not check its context.
func onSignals(sigs <-chan os.Signal, done <-chan struct{}, cancel func(), c *cleanups, stderr io.Writer, exit func(int)) {
	select {
	case <-sigs:
		cancel()
	case <-done:
		return
	}
	select {
	case sig := <-sigs:
		fmt.Fprintf(stderr, "broadsheet: %v again: stopping now\n", sig)
		c.run()
		exit(exitErrors)
	case <-done:
	}
}
