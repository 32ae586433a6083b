package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit statuses.
const (
	exitOK      = 0
	exitErrors  = 1  // content, configuration or template errors
	exitUsage   = 2  // wrong usage: unknown command, bad flags or arguments
	exitProceed = -1 // not an exit status: parseFlags found nothing that stops the command
)

// command is one subcommand.
type command struct {
	name     string
	synopsis string // arguments, as in "[-s SITE] [--strict]"
	summary  string // one line for the command list
	run      func(ctx context.Context, args []string, stdout, stderr io.Writer) int
}

// commands lists the subcommands in the order "broadsheet help" shows them.
func commands() []command {
	return []command{
		{"build", buildSynopsis, "build the site into a folder of pages and feeds", runBuild},
		{"check", checkSynopsis, "parse and validate everything, write nothing", runCheck},
		{"serve", serveSynopsis, "preview the site, rebuilding and reloading on every edit", runServe},
		{"convert", convertSynopsis, "convert plain-text articles to Markdown", runConvert},
		{"explain", explainSynopsis, "show how the parser read each block of an article, and why", runExplain},
		{"new", newSiteSynopsis + " | new article " + newArticleSynopsis,
			"start a new site, or a new article dated today", runNew},
		{"version", "", "print the version", runVersion},
	}
}

// printUsage writes the list of commands.
func printUsage(w io.Writer) {
	fmt.Fprintln(w, "broadsheet builds a news-digest site from plain-text articles.")
	fmt.Fprintln(w, "\nusage:")
	for _, c := range commands() {
		fmt.Fprintln(w, "  "+strings.TrimSpace("broadsheet "+c.name+" "+c.synopsis))
	}
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"broadsheet help COMMAND\" for a command's flags.")
	fmt.Fprintln(w, "Exit status: 0 success, 1 content or template errors, 2 wrong usage.")
}

// runHelp prints the usage, or one command's usage with its flags.
func runHelp(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		printUsage(stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, []string{"-h"}, stdout, stderr)
		}
	}
	return usageError(stderr, "unknown command %q", args[0])
}

// usageError reports wrong usage on w and returns exitUsage.
func usageError(w io.Writer, format string, args ...any) int {
	fmt.Fprintf(w, "broadsheet: %s\n", fmt.Sprintf(format, args...))
	fmt.Fprintln(w, "Run \"broadsheet help\" for usage.")
	return exitUsage
}

// newFlags returns the flag set of one subcommand. It prints nothing by
// itself: parseFlags decides where help and errors go.
func newFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet("broadsheet "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// parseFlags parses args with fs and returns the other arguments. Flags
// may follow them ("new article Some title -s site"), until a "--".
// When the command must stop, status is exitOK after -h (help on stdout)
// or exitUsage after a bad flag (error and help on stderr); otherwise it
// is exitProceed.
func parseFlags(fs *flag.FlagSet, synopsis string, args []string, stdout, stderr io.Writer) (rest []string, status int) {
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			printFlags(stdout, fs, synopsis)
			return nil, exitOK
		}
		if err != nil {
			fmt.Fprintf(stderr, "broadsheet: %v\n", err)
			printFlags(stderr, fs, synopsis)
			return nil, exitUsage
		}
		left := fs.Args()
		stopped := len(left) < len(args) && args[len(args)-len(left)-1] == "--"
		if len(left) == 0 || stopped {
			return append(rest, left...), exitProceed
		}
		rest, args = append(rest, left[0]), left[1:]
	}
}

// printFlags writes a command's usage line and its flags.
func printFlags(w io.Writer, fs *flag.FlagSet, synopsis string) {
	fmt.Fprintln(w, "usage: "+strings.TrimSpace(fs.Name()+" "+synopsis))
	var flags strings.Builder
	fs.SetOutput(&flags)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	if flags.Len() > 0 {
		fmt.Fprintf(w, "\nflags:\n%s", flags.String())
	}
}
