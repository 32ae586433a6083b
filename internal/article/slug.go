package article

import (
	"path"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// maxSlug bounds a slug made from a long title; it is cut at a hyphen.
const maxSlug = 80

// letterASCII spells letters that do not decompose into an ASCII letter
// plus accents.
var letterASCII = map[rune]string{
	'ß': "ss", 'æ': "ae", 'Æ': "ae", 'ø': "o", 'Ø': "o", 'œ': "oe", 'Œ': "oe", 'đ': "d", 'Đ': "d",
	'ł': "l", 'Ł': "l", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d", 'ı': "i", 'ħ': "h",
}

// slugify makes lower-case ASCII words joined by hyphens: accents are
// dropped (é gives e), apostrophes vanish ("Zelenskyy’s plan" gives
// "zelenskyys-plan"), anything else that is not a letter or digit
// separates words. Letters with no ASCII spelling are left out.
func slugify(s string) string {
	if isSlug(s) {
		return s // most file names are slugs already
	}
	var b strings.Builder
	b.Grow(len(s))
	hyphen := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case r == '\'' || r == '’' || unicode.Is(unicode.Mn, r):
			continue
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteByte(byte(unicode.ToLower(r)))
		case letterASCII[r] != "":
			writeSlugPart(&b, letterASCII[r], &hyphen)
		default:
			hyphen = true
		}
	}
	out := b.String()
	if len(out) > maxSlug {
		out = out[:maxSlug]
		if i := strings.LastIndexByte(out, '-'); i > maxSlug/2 {
			out = out[:i]
		}
	}
	return out
}

// isSlug reports whether slugify would return s as it is: lower-case
// ASCII letters and digits in words joined by single hyphens, not too long.
func isSlug(s string) bool {
	if s == "" || len(s) > maxSlug || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '-' && s[i+1] == '-' || c != '-' && !('a' <= c && c <= 'z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

func writeSlugPart(b *strings.Builder, s string, hyphen *bool) {
	if *hyphen && b.Len() > 0 {
		b.WriteByte('-')
	}
	*hyphen = false
	b.WriteString(s)
}

// slugFromName is the file name without extension and leading date:
// "2026-02-13-geneva-talks.txt" gives "geneva-talks".
func slugFromName(p string) string {
	base := path.Base(strings.ReplaceAll(p, `\`, "/"))
	base = strings.TrimSuffix(base, path.Ext(base))
	if _, _, _, n, ok := baseDate(base); ok {
		base = base[n:]
	}
	if base == "." || base == "/" {
		return ""
	}
	return slugify(base)
}
