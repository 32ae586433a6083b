package sitefs

import "strings"

// splitPath returns the elements of a slash path; "." has none.
func splitPath(name string) []string {
	if name == "." {
		return nil
	}
	return strings.Split(name, "/")
}

// joinPath joins a prefix and one more element.
func joinPath(prefix, elem string) string {
	if prefix == "" {
		return elem
	}
	return prefix + "/" + elem
}
