// Package textvi owns the Vietnamese-aware text rules of newsgraph: Unicode
// normalisation on write, folding for search, and ASCII slugs.
package textvi

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C, the form newsgraph stores.
// Vietnamese typed on different keyboards arrives precomposed or decomposed;
// storing one form makes equal names compare equal.
func NFC(s string) string { return norm.NFC.String(s) }

// Fold lower-cases s, removes diacritics (đ and Đ become d), turns every run
// of characters that are neither letters nor digits into one space, and
// trims: "Đồng chí Vũ Duy Hoàng!" → "dong chi vu duy hoang". Search folds both
// the indexed text and the query with it.
func Fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue // a combining mark: the diacritic itself
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			r = unicode.ToLower(r)
		default:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Slug makes an ASCII identifier for URLs from a title or name: folded,
// reduced to the letters a–z and digits, words joined by '-':
// "Hội nghị sơ kết" → "hoi-nghi-so-ket". It returns "" when nothing ASCII
// remains.
func Slug(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	dash := false
	for _, r := range Fold(s) {
		if r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9') {
			if dash {
				b.WriteByte('-')
				dash = false
			}
			b.WriteRune(r)
			continue
		}
		dash = b.Len() > 0
	}
	return b.String()
}

// ValidSlug reports whether s is a slug as Slug makes them: non-empty
// lower-case ASCII words of letters and digits joined by single dashes.
func ValidSlug(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
		case c == '-' && s[i-1] != '-':
		default:
			return false
		}
	}
	return true
}
