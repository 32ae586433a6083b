package site

import (
	"strings"
	"time"
)

// Archive is the index of every digest, by year and then by month,
// newest first.
type Archive struct {
	URL   string // site path: "/digest/"
	Years []*ArchiveYear
}

// ArchiveYear is one year of the archive.
type ArchiveYear struct {
	Year     int
	Months   []*ArchiveMonth // newest first
	Articles int             // articles in the year's digests
}

// ArchiveMonth is one month of the archive: the digests that start in it.
type ArchiveMonth struct {
	Start    time.Time // first instant of the month, in the site's time zone
	Digests  []*Digest // newest first
	Articles int       // articles in those digests
}

// archive groups the digests, which come newest first, by the month and
// year they start in.
func (s *Site) archive() *Archive {
	ar := &Archive{URL: s.ArchiveURL()}
	var year *ArchiveYear
	var month *ArchiveMonth
	for _, d := range s.Digests {
		y, m, _ := d.Start.Date()
		if year == nil || year.Year != y {
			year = &ArchiveYear{Year: y}
			ar.Years = append(ar.Years, year)
			month = nil
		}
		if month == nil || month.Start.Month() != m {
			month = &ArchiveMonth{Start: time.Date(y, m, 1, 0, 0, 0, 0, d.Start.Location())}
			year.Months = append(year.Months, month)
		}
		month.Digests = append(month.Digests, d)
		month.Articles += len(d.Articles)
		year.Articles += len(d.Articles)
	}
	return ar
}

// ArchiveURL returns the site path of the archive page, which every page
// may link to without showing the archive itself.
func (s *Site) ArchiveURL() string { return archiveURL(s.Config.Permalinks.Digest) }

// archiveURL is the folder the digests' addresses share, "/digest/" for
// "/digest/:period/"; a pattern with no folder of its own before the
// period ("/:period/") gets "/digests/".
func archiveURL(digestPattern string) string {
	prefix, _, _ := strings.Cut(digestPattern, ":")
	prefix = prefix[:strings.LastIndexByte(prefix, '/')+1]
	if prefix == "" || prefix == "/" {
		return "/digests/"
	}
	return prefix
}

// Articles returns every article the archive counts, newest first.
func (ar *Archive) articles() []*Article {
	n := 0
	for _, y := range ar.Years {
		n += y.Articles
	}
	arts := make([]*Article, 0, n)
	for _, y := range ar.Years {
		for _, m := range y.Months {
			for _, d := range m.Digests {
				arts = append(arts, d.Articles...)
			}
		}
	}
	return arts
}
