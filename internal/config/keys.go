package config

import (
	"broadsheet/internal/suggest"
	"fmt"
	"reflect"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// unknownKeys returns the undecoded keys worth reporting: a key inside an
// unknown table is left out, since the table itself is reported.
func unknownKeys(undecoded []toml.Key) []toml.Key {
	seen := make(map[string]bool, len(undecoded))
	var out []toml.Key
	for _, k := range undecoded {
		if k[0] == "params" {
			continue // free-form: every key is the site's own
		}
		if !seen[k.String()] && !hasUnknownParent(k, seen) {
			out = append(out, k)
		}
		seen[k.String()] = true
	}
	return out
}

func hasUnknownParent(k toml.Key, seen map[string]bool) bool {
	for i := 1; i < len(k); i++ {
		if seen[k[:i].String()] {
			return true
		}
	}
	return false
}

// unknownKeyMessage says which key is unknown, in which table, and which
// known key of that table is spelled most like it.
func unknownKeyMessage(k toml.Key) string {
	name, table := k[len(k)-1], k[:len(k)-1]
	msg := fmt.Sprintf("unknown key %q", name)
	if len(table) > 0 {
		msg += fmt.Sprintf(" in [%s]", table)
	}
	if near := nearest(name, knownKeys(table)); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	}
	return msg
}

// knownKeys lists the keys Config accepts in table (nil for the top
// level), read from the struct tags so the list cannot drift from the
// struct.
func knownKeys(table toml.Key) []string {
	t := reflect.TypeFor[Config]()
	for _, name := range table {
		f, ok := fieldByKey(t, name)
		if !ok || f.Type.Kind() != reflect.Struct {
			return nil
		}
		t = f.Type
	}
	var keys []string
	for f := range t.Fields() {
		if k := tomlName(f); k != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

func fieldByKey(t reflect.Type, key string) (reflect.StructField, bool) {
	for f := range t.Fields() {
		if tomlName(f) == key {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

func tomlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

// nearest returns the known key a misspelt name most likely means.
func nearest(name string, candidates []string) string { return suggest.Nearest(name, candidates) }
