package config

import (
	"errors"
	"io/fs"
	"regexp"
	"strconv"

	"github.com/BurntSushi/toml"

	"broadsheet/internal/diag"
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
func Load(fsys fs.FS, name string) (*Config, diag.List) {
	cfg := Default()
	src, err := fs.ReadFile(fsys, name)
	if errors.Is(err, fs.ErrNotExist) {
		return cfg, nil
	}
	var diags diag.List
	if err != nil {
		diags.Errorf(name, 0, "%v", err)
		return cfg, diags
	}
	return cfg, Parse(cfg, name, src)
}

// Parse decodes src, the text of the file name, over cfg and validates the
// result. It is Load without the file system.
func Parse(cfg *Config, name string, src []byte) diag.List {
	var diags diag.List
	decoded := *cfg
	md, err := toml.Decode(string(src), &decoded)
	if err != nil {
		diags.Errorf(name, errorLine(err), "%s", errorMessage(err))
		return diags
	}
	*cfg = decoded
	lines := newKeyLines(src)
	for _, key := range unknownKeys(md.Undecoded()) {
		diags.Errorf(name, lines.find(key), "%s", unknownKeyMessage(key))
	}
	diags.Append(cfg.validate(name, lines))
	return diags
}

// linePrefix matches the "toml: line N" that BurntSushi/toml puts in
// front of the errors it returns without a ParseError, such as type
// mismatches.
var linePrefix = regexp.MustCompile(`^toml: line (\d+)(?: \(last key "[^"]*"\))?: `)

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
