// Command broadsheet builds a static news-digest site from plain-text
// articles: it converts pasted news copy to Markdown, checks a site,
// builds it into a folder of HTML pages and feeds, serves it while it is
// edited, and starts new sites and articles.
//
// Run "broadsheet help" for the commands. Exit status: 0 on success, 1 when
// the content, the configuration or a layout has errors, 2 on wrong usage.
package main

import (
	"context"
	"io"
	"os"
	"os/signal"
	"syscall"

	_ "time/tzdata" // time zones in site.toml work on machines without zoneinfo
)

func main() {
	os.Exit(runMain(os.Args[1:]))
}

// runMain runs the program with its signal handling: the first Ctrl-C or
// SIGTERM stops the command, which cleans up after itself; a second one
// removes its temporary folders and exits at once.
func runMain(args []string) int {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	done := make(chan struct{})
	defer close(done)
	c := &cleanups{}
	go onSignals(sigs, done, cancel, c, os.Stderr, os.Exit)
	paceCollector(done)
	return run(withCleanups(ctx, c), args, os.Stdout, os.Stderr)
}

// run is the whole program; tests call it in-process. It returns the exit
// status.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printUsage(stderr)
		return exitUsage
	}
	name, rest := args[0], args[1:]
	switch name {
	case "help", "-h", "-help", "--help":
		return runHelp(ctx, rest, stdout, stderr)
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, rest, stdout, stderr)
		}
	}
	return usageError(stderr, "%s", unknownCommand(name))
}
