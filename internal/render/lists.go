package render

import (
	"bufio"
	"bytes"
	"errors"
	"html/template"
	"io"
	"strconv"

	"broadsheet/internal/site"
)

// A list page of a large site shows hundreds of thousands of entries.
// Returned from the entries function as one string, they would be held
// whole, and then copied whole again as the template prints them: two
// copies of a page that can run to a hundred megabytes. So on a page of
// the built-in layouts, which print the entries function's result as it
// is, the function returns a marker instead, and the page's writer
// writes the entries where the marker is printed, straight through to
// the page's destination.

// markerPrefix opens a marker. html/template prints a NUL in text as
// U+FFFD, so no escaped value can look like one.
const markerPrefix = "\x00broadsheet-entries:"

// listJob is one call of the entries function, to be written where its
// marker is printed.
type listJob struct {
	arts    []*site.Article
	level   int
	compact []bool
	done    bool
}

// listWriter writes a page to w, writing the entries of each job where
// its marker is printed.
type listWriter struct {
	w    io.Writer
	r    *Renderer
	d    *Data
	jobs []listJob
}

// errListUnwritten is a failure of the built-in layouts: they print the
// entries function's result once, in text.
var errListUnwritten = errors.New("a list of entries was not printed as it was made")

// deferList records a list of entries and returns its marker.
func (lw *listWriter) deferList(arts []*site.Article, level int, compact []bool) template.HTML {
	lw.jobs = append(lw.jobs, listJob{arts: arts, level: level, compact: compact})
	return template.HTML(markerPrefix + strconv.Itoa(len(lw.jobs)-1) + "\x00")
}

// Write writes p, or the job whose marker p is: text/template prints the
// result of an action with one call of Write.
func (lw *listWriter) Write(p []byte) (int, error) {
	if j := lw.job(p); j != nil {
		j.done = true
		return len(p), lw.write(j)
	}
	return lw.w.Write(p)
}

// job returns the pending job whose marker p is, or nil.
func (lw *listWriter) job(p []byte) *listJob {
	rest, ok := bytes.CutPrefix(p, []byte(markerPrefix))
	if !ok || len(rest) < 2 || rest[len(rest)-1] != 0 {
		return nil
	}
	i, err := strconv.Atoi(string(rest[:len(rest)-1]))
	if err != nil || i < 0 || i >= len(lw.jobs) || lw.jobs[i].done {
		return nil
	}
	return &lw.jobs[i]
}

// write writes the entries of j, each after a newline, as entryList
// would return them.
func (lw *listWriter) write(j *listJob) error {
	b := bufio.NewWriterSize(lw.w, 64<<10)
	for _, a := range j.arts {
		h, root, err := lw.r.entryAt(lw.d, a, j.level, j.compact...)
		if err != nil {
			return err
		}
		b.WriteByte('\n')
		if root == nil {
			b.WriteString(string(h))
		} else {
			rerootTo(b, h, *root)
		}
	}
	return b.Flush()
}

// check reports a job whose marker was not printed as it was made.
func (lw *listWriter) check() error {
	for _, j := range lw.jobs {
		if !j.done {
			return errListUnwritten
		}
	}
	return nil
}
