package main

import (
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestSecondSignalExits runs a command that never looks at its context:
// the first signal only cancels, the second removes the registered
// temporary folder and exits at once.
func TestSecondSignalExits(t *testing.T) {
	tmp := filepath.Join(t.TempDir(), ".public.new-1")
	if err := os.Mkdir(tmp, 0o755); err != nil {
		t.Fatal(err)
	}
	c := &cleanups{}
	c.add(func() { os.RemoveAll(tmp) })
	sigs := make(chan os.Signal, 2)
	cancelled := make(chan struct{})
	exited := make(chan int, 1)
	go onSignals(sigs, make(chan struct{}), func() { close(cancelled) }, c, io.Discard, func(code int) { exited <- code })

	sigs <- os.Interrupt
	<-cancelled
	select {
	case <-exited:
		t.Fatal("exited on the first signal")
	case <-time.After(50 * time.Millisecond):
	}
	sigs <- os.Interrupt
	select {
	case code := <-exited:
		if code == exitOK {
			t.Errorf("exit status %d after an interrupt", code)
		}
	case <-time.After(time.Second):
		t.Fatal("still running a second after the second signal")
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("temporary folder left behind: %v", err)
	}
}

// TestSecondSIGINTEndsBuild interrupts a real build twice: the process
// must be gone within a second of the second SIGINT, leaving no fresh
// output folder behind and the destination untouched.
func TestSecondSIGINTEndsBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a site of 3,000 articles")
	}
	site := bigSite(t, 3000)
	cmd := broadsheetCmd(t, "build", "-s", site)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return len(fresh(t, site)) > 0 })
	cmd.Process.Signal(syscall.SIGINT)
	cmd.Process.Signal(syscall.SIGINT)
	start := time.Now()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(time.Second):
		cmd.Process.Kill()
		t.Fatal("still running a second after the second SIGINT")
	}
	t.Logf("exited %v after the second SIGINT", time.Since(start))
	if left := fresh(t, site); len(left) > 0 {
		t.Errorf("left behind: %q", left)
	}
	if _, err := os.Stat(filepath.Join(site, "public")); !os.IsNotExist(err) {
		t.Errorf("an interrupted build made public/: %v", err)
	}
}
