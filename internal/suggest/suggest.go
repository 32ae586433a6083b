// Package suggest finds the word a user probably meant, for the "did you
// mean" of unknown commands, flags and template functions.
package suggest

import "strings"

// Nearest returns the candidate closest to name in edit distance, or ""
// when none is close enough to be a plausible typo. Ties go to the first
// candidate, so callers list the likelier ones first.
func Nearest(name string, candidates []string) string {
	best, bestDist := "", maxTypo(name)+1
	for _, c := range candidates {
		if d := distance(strings.ToLower(name), strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// maxTypo is how many edits still count as a typo of name: two, or a
// third of the name for long names, but never the whole of a short one.
func maxTypo(name string) int {
	n := len([]rune(name))
	return min(max(2, n/3), max(1, n-1))
}

// distance is the Levenshtein distance between a and b in runes, with a
// swap of two neighbours counted as one edit, the commonest slip.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
