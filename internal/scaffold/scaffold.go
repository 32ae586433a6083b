// Package scaffold holds the starting files that "broadsheet new" writes:
// a new site's site.toml and sample article, and the skeleton of a new
// article. It only returns names and contents; the command decides where,
// and whether, to write them, so nothing here touches the disk.
package scaffold

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"text/template"
	"time"

	"broadsheet/internal/slug"
	"broadsheet/layouts"
)

//go:embed templates
var templateFS embed.FS

// PlaceholderAuthor is the name in the byline of a new article, which the
// build warns about if an article is published with it.
const PlaceholderAuthor = "Your Name"

// File is one file to create.
type File struct {
	Path string // slash-separated, relative to the site's root
	Data []byte
}

// Site returns the files of a new site in a folder called name: a
// commented site.toml titled after the folder, a .gitignore for the
// output, and one sample article dated on day.
func Site(name string, day time.Time) []File {
	title := Title(name)
	if title == "" {
		title = "Broadsheet"
	}
	data := map[string]string{"Title": title, "Date": day.Format(time.DateOnly)}
	return []File{
		{Path: "site.toml", Data: execute("site.toml", data)},
		{Path: ".gitignore", Data: execute("gitignore", data)},
		{Path: DayFolder(day) + "/welcome.txt", Data: execute("welcome.txt", data)},
	}
}

// Article returns the skeleton of a new article titled title and dated on
// day, at content/YYYY/MM/DD/SLUG.txt (the slug as the site makes it, so
// the file name and the page's address agree), with date and title headers, a
// draft header (so the placeholder is not published by accident) and a
// placeholder byline and body. It fails when the title is blank or has no
// letters or digits to name the file after.
func Article(title string, day time.Time) (File, error) {
	title = strings.Join(strings.Fields(title), " ")
	name := slug.Make(title)
	if name == "" {
		return File{}, fmt.Errorf("cannot name a file after the title %q: it has no letters or digits", title)
	}
	data := map[string]string{"Title": title, "Date": day.Format(time.DateOnly)}
	return File{
		Path: DayFolder(day) + "/" + name + ".txt",
		Data: execute("article.txt", data),
	}, nil
}

// Layouts returns the default layouts and their assets as files under
// layouts/, for a site that wants to start its own theme from them. Each
// .html file opens with a comment saying what data it gets.
func Layouts() ([]File, error) {
	var out []File
	err := fs.WalkDir(layouts.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(layouts.FS(), p)
		if err != nil {
			return fmt.Errorf("default layout %s: %w", p, err)
		}
		out = append(out, File{Path: "layouts/" + p, Data: data})
		return nil
	})
	return out, err
}

// DayFolder returns the content folder for articles of day: the date in
// the path is where the parser looks when an article has no date header.
func DayFolder(day time.Time) string {
	return "content/" + day.Format("2006/01/02")
}

// execute runs one embedded template; the templates and their data are
// fixed by this package, so a failure is a bug, not bad input.
func execute(name string, data map[string]string) []byte {
	var buf bytes.Buffer
	t, err := template.ParseFS(templateFS, "templates/"+name)
	if err == nil {
		err = t.Execute(&buf, data)
	}
	if err != nil {
		panic(fmt.Sprintf("scaffold: template %s: %v", name, err))
	}
	return buf.Bytes()
}
