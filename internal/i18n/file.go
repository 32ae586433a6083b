package i18n

import (
	"errors"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/feature/plural"

	"broadsheet/internal/diag"
	"broadsheet/internal/tomlline"
)

// forms are the plural forms a message may give, by their CLDR names.
var forms = map[string]plural.Form{
	"zero": plural.Zero, "one": plural.One, "two": plural.Two,
	"few": plural.Few, "many": plural.Many, "other": plural.Other,
}

// formNames lists forms in CLDR's order, for messages.
var formNames = []string{"zero", "one", "two", "few", "many", "other"}

// placeholder matches a {name} in a message.
var placeholder = regexp.MustCompile(`\{(\w+)\}`)

// WithFile returns l with the strings of a site's translation file on
// top: name is the file's path for diagnostics, src its text. Each key is
// a message key with a string, or a table of plural forms (one = "...",
// other = "..."), or "months" or "weekdays" with an array of names. A key
// not in the known set, a placeholder the key does not have, a plural
// form that does not exist and a date pattern with an unknown letter are
// errors at their line; a file that is not TOML is an error at the line
// the parser gives. The strings that are good are kept even when others
// are not.
func (l *Lang) WithFile(name string, src []byte) (*Lang, diag.List) {
	l = l.orEnglish()
	var diags diag.List
	var raw map[string]any
	if _, err := toml.Decode(string(src), &raw); err != nil {
		line, text := 0, err.Error()
		var perr toml.ParseError
		if errors.As(err, &perr) {
			line, text = perr.Position.Line, perr.Message
		}
		diags.AddCode(name, line, diag.Error, "config-syntax", "%s", text)
		return l, diags
	}
	out := *l
	out.own = maps.Clone(l.own)
	if out.own == nil {
		out.own = map[string]msg{}
	}
	out.lists = maps.Clone(l.lists)
	if out.lists == nil {
		out.lists = map[string][]string{}
	}
	out.source = append(slices.Clone(l.source), name)
	lines := tomlline.Scan(string(src))
	keys := slices.Collect(maps.Keys(raw))
	slices.SortFunc(keys, func(a, b string) int { return cmpLine(lines, a, b) })
	for _, key := range keys {
		line := lines.Line(key)
		bad := func(format string, args ...any) {
			diags.AddCode(name, line, diag.Error, "config-invalid", format, args...)
		}
		if n, ok := listKeys[key]; ok {
			names, err := nameList(raw[key], n)
			if err != nil {
				bad("%s: %v", key, err)
				continue
			}
			out.lists[key] = names
			continue
		}
		i, ok := keyIndex[key]
		if !ok {
			diags.AddCode(name, line, diag.Error, "config-unknown-key", "%s", unknownKey(key))
			continue
		}
		m, err := message(raw[key], knownKeys[i].params, lines, key, &line)
		if err == nil && isPattern(key) {
			err = checkPattern(m[plural.Other])
		}
		if err != nil {
			bad("%s: %v", key, err)
			continue
		}
		out.own[key] = m
	}
	return &out, diags
}

// isPattern reports whether the key's value is a date pattern.
func isPattern(key string) bool { return strings.HasPrefix(key, "date_") || key == "time" }

// unknownKey says which key is not known and which known one it is
// spelled most like.
func unknownKey(key string) string {
	if near := nearestKey(key); near != "" {
		return fmt.Sprintf("unknown key %q; did you mean %q?", key, near)
	}
	return fmt.Sprintf("unknown key %q; the keys are listed in the README's language section", key)
}

// message reads one message: a string, or a table of plural forms.
// *line moves to the line of a bad form.
func message(v any, params []string, lines tomlline.Lines, key string, line *int) (msg, error) {
	var m msg
	switch v := v.(type) {
	case string:
		if err := checkPlaceholders(v, params); err != nil {
			return m, err
		}
		m[plural.Other] = v
		return m, nil
	case map[string]any:
		for _, f := range slices.Sorted(maps.Keys(v)) {
			form, ok := forms[f]
			if n := lines.Line(key, f); n > 0 {
				*line = n
			}
			if !ok {
				return m, fmt.Errorf("%q is not a plural form; want %s", f, strings.Join(formNames, ", "))
			}
			text, ok := v[f].(string)
			if !ok {
				return m, fmt.Errorf("the form %s must be a quoted string", f)
			}
			if err := checkPlaceholders(text, params); err != nil {
				return m, err
			}
			m[form] = text
		}
		if m[plural.Other] == "" {
			*line = lines.Line(key)
			return m, errors.New("a table of plural forms needs other, the form of every count the others leave out")
		}
		return m, nil
	}
	return m, errors.New(`want a quoted string, or a table of plural forms such as { one = "...", other = "..." }`)
}

// checkPlaceholders reports a {name} the key does not fill.
func checkPlaceholders(text string, params []string) error {
	for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
		if !slices.Contains(params, m[1]) {
			if len(params) == 0 {
				return fmt.Errorf("{%s} is not filled in: this key takes no value", m[1])
			}
			return fmt.Errorf("{%s} is not filled in: this key has %s", m[1], "{"+strings.Join(params, "}, {")+"}")
		}
	}
	return nil
}

// nameList reads an array of n names.
func nameList(v any, n int) ([]string, error) {
	arr, ok := v.([]any)
	if !ok || len(arr) != n {
		return nil, fmt.Errorf("want an array of %d quoted names", n)
	}
	out := make([]string, n)
	for i, x := range arr {
		if out[i], ok = x.(string); !ok {
			return nil, fmt.Errorf("want an array of %d quoted names", n)
		}
	}
	return out, nil
}

// cmpLine orders keys by the line that gives them, then by name.
func cmpLine(lines tomlline.Lines, a, b string) int {
	if la, lb := lines.Line(a), lines.Line(b); la != lb {
		return la - lb
	}
	return strings.Compare(a, b)
}
