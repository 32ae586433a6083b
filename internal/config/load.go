package config

import (
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"

	"broadsheet/internal/diag"
	"broadsheet/internal/tomlline"
)

// Load reads the site configuration file name (normally "site.toml") from
// fsys and decodes it over Default, so every key the file leaves out keeps
// its default value.
//
// A missing file is not an error: a folder with only content/ is a valid
// site, built with the defaults. Every other problem is a diagnostic with
// the file and line: syntax errors, values of the wrong type, unknown keys
// (with the nearest known key as a hint) and values that fail validation.
// When the list holds errors the returned Config is still usable, with
// defaults in place of the bad values, so callers can report everything
// at once.
//
// The translation files of the site's language (i18n/LANG.toml beside
// the file) are read too, into Config.Lang; they are part of the
// configuration, so an edit to one is a change of it.
func Load(fsys fs.FS, name string) (*Config, diag.List) {
	cfg := Default()
	dir := path.Dir(name)
	src, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, cfg.loadTranslations(fsys, dir, name, tomlline.Lines{})
	}
	var diags diag.List
	if err != nil {
		diags.AddCode(name, 0, diag.Error, "read-failed", "%v", err)
		return cfg, diags
	}
	diags = Parse(cfg, name, src)
	diags.Append(cfg.loadTranslations(fsys, dir, name, tomlline.Scan(string(src))))
	return cfg, diags
}

// Parse decodes src, the text of the file name, over cfg and validates the
// result. It is Load without the file system.
func Parse(cfg *Config, name string, src []byte) diag.List {
	var diags diag.List
	decoded := *cfg
	md, err := toml.Decode(string(src), &decoded)
	if err != nil {
		code, msg := decodeProblem(err)
		diags.AddCode(name, errorLine(err), diag.Error, code, "%s", msg)
		return diags
	}
	*cfg = decoded
	lines := tomlline.Scan(string(src))
	for _, key := range unknownKeys(md.Undecoded()) {
		diags.AddCode(name, lines.Nearest(key...), diag.Error, "config-unknown-key", "%s", unknownKeyMessage(key))
	}
	diags.Append(cfg.validate(name, lines))
	return diags
}

// linePrefix matches the "toml: line N" that BurntSushi/toml puts in
// front of the errors it returns without a ParseError, such as type
// mismatches.
var linePrefix = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "([^"]*)"\))?: `)

// errorLine returns the line an error from toml.Decode points at, or 0.
func errorLine(err error) int {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return perr.Position.Line
	}
	if m := linePrefix.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

// errorMessage returns an error from toml.Decode without the "toml: line
// N" prefix, which the diagnostic replaces with the file name and line.
func errorMessage(err error) string {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return perr.Message
	}
	msg := err.Error()
	if m := linePrefix.FindStringIndex(msg); m != nil {
		return msg[m[1]:]
	}
	return msg
}

// typeMismatch matches BurntSushi/toml's message for a value of the wrong
// type, which names neither the key nor a value that would do.
var typeMismatch = regexp.MustCompile(`^incompatible types: TOML value has type (\S+); destination has type (\S+)`)

// decodeProblem returns the code and the message of an error from
// toml.Decode, rewritten where the library's own words do not say what
// would work instead.
func decodeProblem(err error) (code, msg string) {
	msg = errorMessage(err)
	if m := typeMismatch.FindStringSubmatch(msg); m != nil {
		return "config-type", typeMessage(lastKey(err), m[1], m[2])
	}
	if msg == "strings cannot contain newlines" {
		return "config-syntax", `a string opened on this line is not closed: end it with a " on the same line (or use """ to span lines)`
	}
	return "config-syntax", msg
}

// lastKey returns the dotted key BurntSushi/toml names in a decoding error.
func lastKey(err error) string {
	if m := linePrefix.FindStringSubmatch(err.Error()); m != nil {
		return m[2]
	}
	return ""
}

// typeExamples are values of each TOML type, to show what would work.
var typeExamples = map[string]string{
	"integer": "10", "boolean": "true", "string": `"..."`, "slice": `["..."]`, "float": "1.5",
}

// typeNames are the words a user knows for the types the library names.
var typeNames = map[string]string{
	"integer": "a whole number", "boolean": "true or false", "string": "a quoted string",
	"slice": "an array", "array": "an array", "float": "a number", "table": "a table",
}

// typeMessage says which key has a value of the wrong type, what type it
// needs, with an example, and what it got.
func typeMessage(key, got, want string) string {
	name := key[strings.LastIndex(key, ".")+1:]
	where := name
	if i := strings.LastIndex(key, "."); i > 0 {
		where = fmt.Sprintf("[%s] %s", key[:i], name)
	}
	if key == "" {
		return fmt.Sprintf("this value must be %s, not %s", typeName(want), typeName(got))
	}
	ex := ""
	if v, ok := typeExamples[want]; ok {
		ex = fmt.Sprintf(", such as %s = %s", name, v)
	}
	return fmt.Sprintf("%s must be %s%s, not %s", where, typeName(want), ex, typeName(got))
}

// typeName is a type as a user would say it.
func typeName(t string) string {
	if n, ok := typeNames[t]; ok {
		return n
	}
	return t
}
