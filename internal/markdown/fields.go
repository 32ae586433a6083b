package markdown

import (
	suggestpkg "broadsheet/internal/suggest"
	"fmt"
	"strings"
	"time"

	"broadsheet/internal/diag"
)

// knownKeys are the front matter keys, in the order Format writes them.
var knownKeys = [...]string{
	"title", "date", "slug", "authors", "outlet", "dateline", "caption", "credit",
	"summary", "attribution", "tags", "image", "source_url", "updated", "aliases",
	"draft", "ignore", "params",
}

// setField stores the decoded TOML value v of the top-level key into fm,
// reporting a value of the wrong type at line. It returns false when key
// is not a front matter key.
func setField(fm *FrontMatter, key string, v any, path string, line int, diags *diag.List) bool {
	if set := stringKey(key); set != nil {
		if s, ok := v.(string); ok {
			set(fm, s)
		} else {
			diags.Errorf(path, line, "%s must be a string, such as %s = \"...\", not %s", key, key, tomlType(v))
		}
		return true
	}
	if set := listKey(key); set != nil {
		if list, ok := stringList(v); ok {
			set(fm, list)
		} else {
			diags.Errorf(path, line, "%s must be an array of strings, such as %s = [\"a\", \"b\"], not %s", key, key, tomlType(v))
		}
		return true
	}
	switch key {
	case "draft":
		if b, ok := v.(bool); ok {
			fm.Draft = b
		} else {
			diags.Errorf(path, line, "draft must be true or false, not %s", tomlType(v))
		}
	case "date", "updated":
		t, dateOnly, err := dateValue(v)
		if err != nil {
			diags.Errorf(path, line, "%s", dateMessage(err, key))
		}
		if key == "date" {
			fm.Date, fm.DateOnly = t, dateOnly
		} else {
			fm.SetUpdated(t, dateOnly)
		}
	case "params":
		if table, ok := v.(map[string]any); ok {
			fm.SetParams(table)
		} else {
			diags.Errorf(path, line, "params must be a table, such as [params] on a line of its own followed by keys, not %s", tomlType(v))
		}
	default:
		return false
	}
	return true
}

// dateMessage words a date error for the key it is about.
func dateMessage(err error, key string) string {
	msg := err.Error()
	if key == "date" {
		return msg
	}
	return key + strings.ReplaceAll(strings.TrimPrefix(msg, "date"), "date = ", key+" = ")
}

// setTerms stores the terms of a taxonomy other than tags: an array of
// strings, or one string for a single term.
func setTerms(fm *FrontMatter, key string, v any, path string, line int, diags *diag.List) {
	list, ok := stringList(v)
	if s, one := v.(string); one {
		list, ok = []string{s}, true
	}
	if !ok {
		diags.Errorf(path, line, "%s must be an array of strings, such as %s = [\"a\", \"b\"], not %s", key, key, tomlType(v))
		return
	}
	fm.SetTerm(key, list)
}

// stringKey returns the setter of the string key, or nil. The keys most
// articles lack are set through methods, which keep them behind a pointer,
// so each key has a setter rather than a field to point at; none captures
// anything, so none allocates.
func stringKey(key string) func(*FrontMatter, string) {
	switch key {
	case "title":
		return func(fm *FrontMatter, s string) { fm.Title = s }
	case "slug":
		return func(fm *FrontMatter, s string) { fm.Slug = s }
	case "outlet":
		return func(fm *FrontMatter, s string) { fm.Outlet = s }
	case "dateline":
		return func(fm *FrontMatter, s string) { fm.Dateline = s }
	case "caption":
		return func(fm *FrontMatter, s string) { fm.Caption = s }
	case "credit":
		return func(fm *FrontMatter, s string) { fm.Credit = s }
	case "summary":
		return (*FrontMatter).SetSummary
	case "attribution":
		return func(fm *FrontMatter, s string) { fm.Attribution = s }
	case "image":
		return (*FrontMatter).SetImage
	case "source_url":
		return (*FrontMatter).SetSourceURL
	}
	return nil
}

// listKey returns the setter of the list key, or nil.
func listKey(key string) func(*FrontMatter, []string) {
	switch key {
	case "authors":
		return func(fm *FrontMatter, list []string) { fm.Authors = list }
	case "tags":
		return func(fm *FrontMatter, list []string) { fm.Tags = list }
	case "aliases":
		return (*FrontMatter).SetAliases
	case "ignore":
		return (*FrontMatter).SetIgnore
	}
	return nil
}

// stringList converts a decoded TOML array of strings.
func stringList(v any) ([]string, bool) {
	items, ok := v.([]any)
	if !ok {
		return nil, false
	}
	list := make([]string, len(items))
	for i, item := range items {
		if list[i], ok = item.(string); !ok {
			return nil, false
		}
	}
	return list, true
}

// tomlType names the type of a decoded TOML value for a message.
func tomlType(v any) string {
	switch v := v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		return "a date"
	case []any:
		for _, item := range v {
			if _, ok := item.(string); !ok {
				return "an array holding " + tomlType(item)
			}
		}
		return "an array"
	case []map[string]any:
		return "an array of tables"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}

// suggest returns ` (did you mean "key"?)` naming the known key closest to
// an unknown one, or "" when none is close.
func suggest(unknown string) string {
	if best := suggestpkg.Nearest(unknown, knownKeys[:]); best != "" {
		return fmt.Sprintf(" (did you mean %q?)", best)
	}
	return ""
}
