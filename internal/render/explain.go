package render

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"broadsheet/internal/diag"
	"broadsheet/internal/suggest"
)

// builtins are the functions text/template gives every layout, offered
// by "did you mean" with broadsheet's own.
var builtins = []string{
	"and", "call", "html", "index", "slice", "js", "len", "not", "or", "print",
	"printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne",
}

// explainParse rewrites the messages of html/template that point at the
// wrong place or say nothing a theme author can act on: an unclosed
// {{if}} reported at the end of the file, a layout that ends inside a
// script or an attribute with no line, an unknown function with no hint.
// src is the text of the file the diagnostic names, when known.
func (r *Renderer) explainParse(d diag.Diagnostic, src []byte) diag.Diagnostic {
	d.Code = "layout-syntax"
	switch {
	case strings.HasPrefix(d.Msg, "unexpected EOF") && src != nil:
		if name, line := unclosedAction(string(src)); line > 0 {
			d.Line = line
			d.Msg = fmt.Sprintf("{{%s}} opened on this line is never closed: add {{end}} where it should stop", name)
		}
	case strings.HasPrefix(d.Msg, "ends in a non-text context: ") && src != nil:
		d.Line, d.Msg = unfinishedContext(d.Msg, string(src))
	case undefinedFunc.MatchString(d.Msg):
		d.Msg = r.unknownFunction(undefinedFunc.FindStringSubmatch(d.Msg)[1])
	}
	return d
}

// undefinedFunc matches text/template's message for an unknown function.
var undefinedFunc = regexp.MustCompile(`^function "([^"]+)" not defined`)

// unknownFunction names the function a layout calls that does not exist,
// and the nearest one that does.
func (r *Renderer) unknownFunction(name string) string {
	var names []string
	for n := range r.funcs() {
		names = append(names, n)
	}
	slices.Sort(names)
	msg := fmt.Sprintf("function %q is not defined", name)
	if near := suggest.Nearest(name, append(names, builtins...)); near != "" {
		return msg + fmt.Sprintf("; did you mean %q?", near)
	}
	return msg + "; layouts/README.md lists the functions a layout can call"
}

// action matches one template action, comments included.
var action = regexp.MustCompile(`(?s)\{\{-?\s*(.*?)\s*-?\}\}`)

// openers are the actions that need an {{end}}.
var openers = []string{"if", "range", "with", "define", "block"}

// token is an action that opens or closes a block, with its line.
type token struct {
	word string // "if", "range", ..., or "end"
	line int
}

// unclosedAction returns the keyword and the line of the action of src
// that is never closed by an {{end}}, or 0 when all are closed. Since
// a {{define}} cannot nest, it is taken to run to the next {{define}} or
// the end of the file and to own the last {{end}} before it: so an
// {{if}} left open inside it is found, rather than the define whose
// {{end}} the if took.
func unclosedAction(src string) (string, int) {
	var segments [][]token
	var cur []token
	for _, t := range blockTokens(src) {
		if t.word == "define" {
			segments = append(segments, cur)
			cur = nil
		}
		cur = append(cur, t)
	}
	segments = append(segments, cur)
	for _, seg := range segments {
		if name, line := unclosedIn(seg); line > 0 {
			return name, line
		}
	}
	return "", 0
}

// unclosedIn finds the opener a segment of tokens leaves unclosed: for a
// segment that starts with {{define}}, its last {{end}} is the define's.
func unclosedIn(seg []token) (string, int) {
	if len(seg) > 0 && seg[0].word == "define" {
		define := seg[0]
		seg = seg[1:]
		i := len(seg) - 1
		for i >= 0 && seg[i].word != "end" {
			i--
		}
		if i < 0 {
			return define.word, define.line
		}
		seg = slices.Delete(slices.Clone(seg), i, i+1)
	}
	var stack []token
	for _, t := range seg {
		switch {
		case t.word != "end":
			stack = append(stack, t)
		case len(stack) > 0:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) == 0 {
		return "", 0
	}
	top := stack[len(stack)-1]
	return top.word, top.line
}

// blockTokens returns the actions of src that open or close a block, in
// order, leaving out comments.
func blockTokens(src string) []token {
	var out []token
	for _, m := range action.FindAllStringSubmatchIndex(src, -1) {
		body := src[m[2]:m[3]]
		if strings.HasPrefix(body, "/*") {
			continue
		}
		word, _, _ := strings.Cut(body, " ")
		if word == "end" || slices.Contains(openers, word) {
			out = append(out, token{word, 1 + strings.Count(src[:m[0]], "\n")})
		}
	}
	return out
}

// contexts says, for the states html/template names, where a layout
// ended and which opening to look for.
var contexts = []struct {
	state, where, opener string
}{
	{"stateJSDqStr", "inside a JavaScript string in double quotes", "<script"},
	{"stateJSSqStr", "inside a JavaScript string in single quotes", "<script"},
	{"stateJSTmplLit", "inside a JavaScript template literal", "<script"},
	{"stateJSRegexp", "inside a JavaScript regular expression", "<script"},
	{"stateJSBlockCmt", "inside a JavaScript comment", "<script"},
	{"stateJS", "inside a <script> element", "<script"},
	{"stateCSS", "inside a <style> element", "<style"},
	{"stateHTMLCmt", "inside an HTML comment", "<!--"},
	{"stateRCDATA", "inside a <title> or <textarea> element", "<t"},
	{"stateAttr", "inside an attribute value", "=\""},
	{"stateURL", "inside a URL attribute", "=\""},
	{"stateTag", "inside a tag", "<"},
}

// unfinishedContext turns "ends in a non-text context: {stateJSDqStr
// ...}" into words, at the last line of src that opens what was left
// open.
func unfinishedContext(msg, src string) (int, string) {
	for _, c := range contexts {
		if !strings.Contains(msg, "{"+c.state+" ") {
			continue
		}
		line := 0
		if i := strings.LastIndex(src, c.opener); i >= 0 {
			line = 1 + strings.Count(src[:i], "\n")
		}
		return line, fmt.Sprintf("the layout ends %s: close the quote, comment or element opened on this line or after it", c.where)
	}
	return 0, msg
}

// renderingSuffix matches what Page adds to a diagnostic: the page being
// rendered.
var renderingSuffix = regexp.MustCompile(` \(rendering (\S+)\)$`)

// Collapse merges the diagnostics of l that differ only in the page being
// rendered, as a bad field in a layout gives one per page, into one that
// counts the pages and names the first. Other diagnostics are kept as
// they are, in their order.
func Collapse(l diag.List) diag.List {
	type group struct {
		at    int // index in out
		pages []string
	}
	var out diag.List
	groups := map[diag.Diagnostic]*group{}
	for _, d := range l {
		m := renderingSuffix.FindStringSubmatchIndex(d.Msg)
		if m == nil {
			out = append(out, d)
			continue
		}
		page := d.Msg[m[2]:m[3]]
		d.Msg = d.Msg[:m[0]]
		if g, ok := groups[d]; ok {
			g.pages = append(g.pages, page)
			continue
		}
		groups[d] = &group{at: len(out), pages: []string{page}}
		out = append(out, d)
	}
	for _, g := range groups {
		out[g.at].Msg += pagesNote(g.pages)
	}
	return out
}

// pagesNote says which pages a layout error affected.
func pagesNote(pages []string) string {
	if len(pages) == 1 {
		return " (rendering " + pages[0] + ")"
	}
	return fmt.Sprintf(" (on %d pages, the first %s)", len(pages), pages[0])
}
