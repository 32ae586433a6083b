package render

import (
	"errors"
	htmltemplate "html/template"
	"regexp"
	"strconv"
	"strings"
	texttemplate "text/template"

	"broadsheet/internal/diag"
)

// Error is a layout that failed while a page was rendered.
type Error struct {
	Diagnostic diag.Diagnostic // "layouts/article.html:12: error: ..."
	Err        error           // the html/template error
}

// Error returns the diagnostic as text.
func (e *Error) Error() string { return e.Diagnostic.String() }

// Unwrap returns the template error.
func (e *Error) Unwrap() error { return e.Err }

// isTemplateError tells a template failure from a failing writer.
func isTemplateError(err error) bool {
	var exec texttemplate.ExecError
	var esc *htmltemplate.Error
	return errors.As(err, &exec) || errors.As(err, &esc)
}

// templateLoc matches the position html/template and text/template put
// in front of their messages: "template: NAME:LINE:COL: " or
// "html/template:NAME:LINE: ", the column and line being optional.
var templateLoc = regexp.MustCompile(`^(?:html/)?template: ?([^:\s]+\.[a-z]+)(?::(\d+))?(?::\d+)?: `)

// executing matches the part of an execution error that names the
// template being executed, which tells a theme author nothing the file
// and line do not.
var executing = regexp.MustCompile(`^executing "[^"]*" `)

// diagnose turns a template error into a diagnostic in the layout file it
// names; fallback is the file when the message names none. page, when
// set, is the URL of the page being rendered.
func diagnose(err error, fallback, page string) diag.Diagnostic {
	d := diag.Diagnostic{File: fallback, Severity: diag.Error, Msg: err.Error()}
	if m := templateLoc.FindStringSubmatch(d.Msg); m != nil {
		d.File = layoutPath(m[1])
		d.Line, _ = strconv.Atoi(m[2])
		d.Msg = d.Msg[len(m[0]):]
	} else {
		d.Msg = strings.TrimPrefix(strings.TrimPrefix(d.Msg, "html/template:"), "template:")
		d.Msg = strings.TrimSpace(d.Msg)
	}
	d.Msg = executing.ReplaceAllString(d.Msg, "")
	if page != "" {
		d.Msg += " (rendering " + page + ")"
	}
	return d
}
