// Package diag holds the diagnostics every stage of a build reports:
// a position in a user's file, a severity, a message and a stable code,
// printed as "path:line: severity: message [code]" the way compilers do,
// so editors and CI logs can jump to the line.
//
// There are three severities. Info is a decision that needs no attention
// (shown with -v), Warning a guess a person should check, Error what stops
// an article or the build. The code (see Codes) names the kind of
// diagnostic, so a site can silence the kinds it has accepted, in
// site.toml's [diagnostics] ignore or an article's own ignore list, and
// --strict fails only on the warnings that remain.
//
// A stage that leaves Code empty still works: Classify gives such a
// diagnostic the code its message matches, or Other.
package diag

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Severity says whether a diagnostic stops an article from being published.
type Severity int

// Warning is the zero value, so a diagnostic made without a severity is
// one a person sees; Info comes last to keep the older values stable.
const (
	// Warning marks a guess or a repair; the article is still published.
	Warning Severity = iota
	// Error marks a problem that keeps the article (or the build) from publishing.
	Error
	// Info marks a decision that needs no attention, such as a date taken
	// from the path; it is shown only on request.
	Info
)

// String returns "info", "warning" or "error", as diagnostics print it.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Info:
		return "info"
	}
	return "warning"
}

// rank orders severities from the least to the most serious.
func (s Severity) rank() int {
	switch s {
	case Error:
		return 2
	case Info:
		return 0
	}
	return 1
}

// Diagnostic is one message about one place in one file.
type Diagnostic struct {
	File     string // slash-separated path as the user would type it, e.g. "content/2026/geneva.txt"
	Line     int    // 1-based; 0 when the message concerns the whole file
	Severity Severity
	Msg      string
	Code     string // a name from Codes, such as "date-from-path"; "" until Classify
}

// String formats d as "path:line: severity: message [code]" ("[code]"
// only when d has one). A file name or
// message that holds control characters or invalid UTF-8 has them written
// as Go escapes (see Quote and Clean), so no name can start a line of its
// own that CI would run as a command or send escape codes to a terminal.
func (d Diagnostic) String() string {
	if d.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s%s", Quote(d.File), d.Line, d.Severity, Clean(d.Msg), d.codeSuffix())
	}
	return fmt.Sprintf("%s: %s: %s%s", Quote(d.File), d.Severity, Clean(d.Msg), d.codeSuffix())
}

// codeSuffix is " [code]", or "" for a diagnostic without a code.
func (d Diagnostic) codeSuffix() string {
	if d.Code == "" {
		return ""
	}
	return " [" + Clean(d.Code) + "]"
}

// Annotation formats d as a GitHub Actions workflow command, which shows the
// message beside the offending line of a pull request. The file name is
// escaped as GitHub wants a property (":" and "," too, which would end it),
// the message as its data; neither can end the command's line.
func (d Diagnostic) Annotation() string {
	kind := "warning"
	switch d.Severity {
	case Error:
		kind = "error"
	case Info:
		kind = "notice"
	}
	file, msg := Clean(propertyEscaper.Replace(d.File)), Clean(dataEscaper.Replace(d.Msg+d.codeSuffix()))
	if d.Line > 0 {
		return fmt.Sprintf("::%s file=%s,line=%d::%s", kind, file, d.Line, msg)
	}
	return fmt.Sprintf("::%s file=%s::%s", kind, file, msg)
}

// GitHub's escaping of a workflow command's data and properties.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// List collects diagnostics. The zero value is ready to use.
type List []Diagnostic

// Add appends a diagnostic built from a format string.
func (l *List) Add(file string, line int, sev Severity, format string, args ...any) {
	*l = append(*l, Diagnostic{File: file, Line: line, Severity: sev, Msg: fmt.Sprintf(format, args...)})
}

// AddCode appends a diagnostic with its code.
func (l *List) AddCode(file string, line int, sev Severity, code, format string, args ...any) {
	*l = append(*l, Diagnostic{File: file, Line: line, Severity: sev, Msg: fmt.Sprintf(format, args...), Code: code})
}

// Warnf appends a warning.
func (l *List) Warnf(file string, line int, format string, args ...any) {
	l.Add(file, line, Warning, format, args...)
}

// Errorf appends an error.
func (l *List) Errorf(file string, line int, format string, args ...any) {
	l.Add(file, line, Error, format, args...)
}

// Append appends all of other.
func (l *List) Append(other List) { *l = append(*l, other...) }

// HasErrors reports whether any diagnostic is an error.
func (l List) HasErrors() bool { return l.Count(Error) > 0 }

// Count returns how many diagnostics have severity s.
func (l List) Count(s Severity) int {
	n := 0
	for _, d := range l {
		if d.Severity == s {
			n++
		}
	}
	return n
}

// Sort orders the list by file, line, severity and message, so output does
// not depend on the order in which parallel workers finished.
func (l List) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Severity != b.Severity {
			return a.Severity.rank() > b.Severity.rank()
		}
		return a.Msg < b.Msg
	})
}

// Strict returns a copy of l with every warning raised to an error, for
// --strict. Info stays info: it is a decision, not a guess.
func (l List) Strict() List {
	out := make(List, len(l))
	for i, d := range l {
		if d.Severity == Warning {
			d.Severity = Error
		}
		out[i] = d
	}
	return out
}

// Err returns nil when l holds no errors, and otherwise an error that
// names the first one and how many more there are.
func (l List) Err() error {
	var errs List
	for _, d := range l {
		if d.Severity == Error {
			errs = append(errs, d)
		}
	}
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errors.New(errs[0].String())
	}
	return fmt.Errorf("%s (and %d more errors)", errs[0], len(errs)-1)
}

// Print writes one line per diagnostic to w; with annotations it adds a
// GitHub Actions annotation line after each.
func (l List) Print(w io.Writer, annotations bool) {
	for _, d := range l {
		fmt.Fprintln(w, d.String())
		if annotations {
			fmt.Fprintln(w, d.Annotation())
		}
	}
}
