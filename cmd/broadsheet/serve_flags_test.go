package main

import (
	"bytes"
	"context"
	"net"
	"strings"
	"testing"
)

// TestServeBusyPort checks that a port another server holds is explained,
// with the flags that would work instead.
func TestServeBusyPort(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Skip("no loopback listener:", err)
	}
	defer ln.Close()
	var out, errs bytes.Buffer
	code := run(context.Background(), []string{"serve", "-s", "../..", "--addr", ln.Addr().String()}, &out, &errs)
	if code != exitErrors {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitErrors, errs.String())
	}
	for _, want := range []string{"is already in use", "--addr 127.0.0.1:1314", "--addr 127.0.0.1:0"} {
		if !strings.Contains(errs.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs.String())
		}
	}
}

// TestServeFutureFlag checks that --future reaches the preview's build.
func TestServeFutureFlag(t *testing.T) {
	var out, errs bytes.Buffer
	a, status := parseServe([]string{"--future", "--drafts"}, &out, &errs)
	if status != exitProceed || !a.future || !a.drafts {
		t.Errorf("parseServe(--future --drafts) = %+v, %d; stderr %s", a, status, errs.String())
	}
}
