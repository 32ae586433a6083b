package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"

	"broadsheet/internal/suggest"
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
		{"new", newSiteSynopsis + " | new article " + newArticleSynopsis + " | new layouts " + newLayoutsSynopsis,
			"start a new site, a new article dated today, or a theme from the default layouts", runNew},
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
	if args[0] == "help" {
		fmt.Fprintln(stdout, "usage: broadsheet help [COMMAND]")
		fmt.Fprintln(stdout, "\nWithout COMMAND, lists the commands; with one, shows its usage and flags.")
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, []string{"-h"}, stdout, stderr)
		}
	}
	return usageError(stderr, "%s", unknownCommand(args[0]))
}

// unknownCommand says that name is no command, and which one it is most
// like.
func unknownCommand(name string) string {
	names := []string{"help"}
	for _, c := range commands() {
		names = append(names, c.name)
	}
	if near := suggest.Nearest(name, names); near != "" {
		return fmt.Sprintf("unknown command %q; did you mean %q?", name, near)
	}
	return fmt.Sprintf("unknown command %q", name)
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
			fmt.Fprintf(stderr, "broadsheet: %s\n", flagProblem(fs, args, err))
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

// flag's own messages, which name the flag with one dash whatever the
// user typed and give no example.
var (
	undefinedFlag = regexp.MustCompile(`^flag provided but not defined: -+(.+)$`)
	invalidValue  = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?-+([^:]+): `)
)

// flagProblem rewrites a flag error to name the flag as it was typed and
// to say what would work: the nearest flag, or a value that parses.
func flagProblem(fs *flag.FlagSet, args []string, err error) string {
	msg := err.Error()
	if m := undefinedFlag.FindStringSubmatch(msg); m != nil {
		return unknownFlag(fs, typed(args, m[1]))
	}
	if m := invalidValue.FindStringSubmatch(msg); m != nil {
		name := typed(args, m[2])
		if f := fs.Lookup(m[2]); f != nil {
			if ex := valueExample(f); ex != "" {
				return fmt.Sprintf("invalid value %q for %s: %s", m[1], name, ex)
			}
		}
		return fmt.Sprintf("invalid value %q for %s", m[1], name)
	}
	return msg
}

// unknownFlag names an unknown flag and the defined one it is most like.
func unknownFlag(fs *flag.FlagSet, typedName string) string {
	var names []string
	fs.VisitAll(func(f *flag.Flag) { names = append(names, f.Name) })
	bare := strings.TrimLeft(typedName, "-")
	if near := suggest.Nearest(bare, names); near != "" {
		return fmt.Sprintf("unknown flag %s; did you mean %s?", typedName, dashes(near))
	}
	return fmt.Sprintf("unknown flag %s", typedName)
}

// typed returns the flag called name as the user wrote it ("--draft" or
// "-draft"), without any "=value".
func typed(args []string, name string) string {
	for _, a := range args {
		flagName, _, _ := strings.Cut(a, "=")
		if strings.TrimLeft(flagName, "-") == name && strings.HasPrefix(flagName, "-") {
			return flagName
		}
	}
	return dashes(name)
}

// dashes writes a flag name as the README does: -s, --strict.
func dashes(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// valueExample says what a flag's value must look like, for the kinds of
// value whose syntax is not obvious.
func valueExample(f *flag.Flag) string {
	g, ok := f.Value.(flag.Getter)
	if !ok {
		return ""
	}
	switch g.Get().(type) {
	case time.Duration:
		return fmt.Sprintf("give a duration with its unit, such as %s 700ms or %s 2s", dashes(f.Name), dashes(f.Name))
	case bool:
		return fmt.Sprintf("write %s alone, or %s=false", dashes(f.Name), dashes(f.Name))
	case int:
		return "give a whole number"
	}
	return ""
}
