// Package textvi owns the Vietnamese-aware text rules of newsgraph: Unicode
// normalisation on write, folding for search, and ASCII slugs.
package textvi

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C, the form newsgraph stores.
// Vietnamese typed on different keyboards arrives precomposed or decomposed;
// storing one form makes equal names compare equal.
//
// Text already in NFC, which is nearly all text (every load of a synthetic
// dataset normalises a few gigabytes of it), is recognised from a table
// (nfcStable) without norm's per-character lookups, about a sixth of the
// load's CPU before; any other text is normalised by norm.
func NFC(s string) string {
	table := nfcStable()
	for _, r := range s {
		if r >= foldTableSize || !table[r] {
			return norm.NFC.String(s)
		}
	}
	return s
}

// nfcStable tells, for each character below foldTableSize, whether
// normalisation to NFC leaves it as it is wherever it stands: it is in NFC
// alone and is a boundary before (combining class 0, composing with no
// character before it). A text of such characters only is a sequence of
// one-character segments, each in NFC, so it is in NFC (TestNFCTable).
// Invalid bytes read as utf8.RuneError, above the table: norm decides.
var nfcStable = sync.OnceValue(func() *[foldTableSize]bool {
	var t [foldTableSize]bool
	for r := rune(0); r < foldTableSize; r++ {
		c := string(r)
		t[r] = norm.NFC.IsNormalString(c) && norm.NFC.PropertiesString(c).BoundaryBefore()
	}
	return &t
})

// Fold lower-cases s, removes diacritics (đ and Đ become d), turns every run
// of characters that are neither letters nor digits into one space, and
// trims: "Đồng chí Vũ Duy Hoàng!" → "dong chi vu duy hoang". Search folds both
// the indexed text and the query with it.
//
// Text in Latin (Vietnamese included), Greek, Cyrillic and the other
// scripts below U+3000, with the punctuation news text uses (dashes,
// quotes, ellipses), is folded a character at a time from a table built
// with the rule itself (foldTable), ten times faster than decomposing the
// whole text first; any other text takes that slower way (foldSlowly).
// Both give the same result (TestFoldTable, FuzzFold).
func Fold(s string) string {
	table := foldTable()
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		e := foldSlow
		if r < foldTableSize {
			e = table[r]
		}
		switch e {
		case foldSlow:
			return foldSlowly(s)
		case foldDrop:
			continue
		case foldSpace:
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(rune(e))
	}
	return b.String()
}

// BaseLetter is the ASCII letter or digit r folds to alone ('ồ' and 'Ố'
// give 'o', 'Đ' gives 'd'), or 0 when it folds to anything else: a
// character of another script, punctuation, a combining mark. It reads
// Fold's table, for callers that look at text a character at a time.
func BaseLetter(r rune) byte {
	if r < 0 || r >= foldTableSize {
		return 0
	}
	if e := foldTable()[r]; e > 0 && e < utf8.RuneSelf {
		return byte(e)
	}
	return 0
}

// foldSlowly is Fold by its definition: decompose (NFD), drop combining
// marks, map đ to d, lower-case letters and digits, and turn the rest into
// single spaces.
func foldSlowly(s string) string {
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

// foldTableSize bounds the characters foldTable answers for.
const foldTableSize = 0x3000

// foldEntry is what Fold makes of one character: the character it keeps
// (positive), or one of the values below.
type foldEntry int32

const (
	foldSlow  foldEntry = 0  // not in the table: fold the whole text with foldSlowly
	foldSpace foldEntry = -1 // neither letter nor digit: a space between words
	foldDrop  foldEntry = -2 // a combining mark: nothing
)

// foldTable gives, for each character below foldTableSize, what foldSlowly
// makes of it alone. A character folds the same alone and within a text
// when its decomposition is one character of combining class 0 (which
// normalisation never moves) followed by combining marks (which Fold
// drops, wherever normalisation puts them), or only combining marks; any
// other character is left foldSlow.
var foldTable = sync.OnceValue(func() *[foldTableSize]foldEntry {
	var t [foldTableSize]foldEntry
	for r := rune(0); r < foldTableSize; r++ {
		d := []rune(norm.NFD.String(string(r)))
		marks := 0
		for _, m := range d {
			if unicode.Is(unicode.Mn, m) {
				marks++
			}
		}
		switch {
		case marks == len(d):
			t[r] = foldDrop
		case marks < len(d)-1 || unicode.Is(unicode.Mn, d[0]) || norm.NFD.PropertiesString(string(d[0])).CCC() != 0:
			t[r] = foldSlow
		default:
			folded := []rune(foldSlowly(string(d[0])))
			switch len(folded) {
			case 0:
				t[r] = foldSpace
			case 1:
				t[r] = foldEntry(folded[0])
			default:
				t[r] = foldSlow
			}
		}
	}
	return &t
})

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
