package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Some stored pages lost the spaces between words ("Phó Bí thưTỉnh ủy",
// "Nhân dântỉnh", "tỉnhHà Nam", "nhiệm kỳ2004-2011"). Every rule reads
// tokens, so the tokenizer cuts such a run of letters back into words once,
// here. A Vietnamese syllable has one run of vowels, so a run written with
// Vietnamese letters that holds two vowel runs, or a lower-case letter
// followed by an upper-case one or a digit, is two words. Runs of plain
// ASCII letters are left whole: foreign names ("McDonald", "Champasak") and
// codes are not Vietnamese syllables.

// gluedCuts returns the byte offsets inside the word w at which it is cut
// into words, or nil when w is one word.
func gluedCuts(w string) []int {
	if !writtenVietnamese(w) {
		return nil
	}
	var cuts []int
	start := 0
	if d := leadingDigits(w); d > 0 && d < len(w) {
		// "ảnh 1Phó Chủ tịch nước": a photo's number glued to the
		// caption's first word, written with a capital (round 32).
		if r, _ := utf8.DecodeRuneInString(w[d:]); unicode.IsUpper(r) {
			cuts = append(cuts, d)
			start = d
		} else if unicode.IsLower(r) && countedWordStarts[textvi.Fold(w[d:])] && writtenVietnamese(w[d:]) {
			// "1đảng viên 50 năm tuổi đảng và 01đảng viên …": a count
			// glued to the first word of what it counts (round 45); a
			// clock's "12giờ" and "5km", "20kg" in ASCII stay whole.
			cuts = append(cuts, d)
			start = d
		}
	}
	for start < len(w) {
		c, bySyllable := nextSyllableCut(w[start:])
		if c <= 0 || !writtenVietnamese(w[start:start+c]) || bySyllable && !writtenVietnamese(w[start+c:]) {
			break
		}
		cuts = append(cuts, start+c)
		start += c
	}
	return cuts
}

// countedWordStarts are the first words of what a count counts, the
// people and bodies of individual and collectives ("đảng" of "đảng
// viên", "cá" of "cá nhân"), written with a Vietnamese letter.
var countedWordStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range append(append([]phrase{}, individual...), collectives...) {
		m[p[0]] = true
	}
	return m
}()

// leadingDigits returns how many bytes of w are ASCII digits at its start.
func leadingDigits(w string) int {
	d := 0
	for d < len(w) && w[d] >= '0' && w[d] <= '9' {
		d++
	}
	return d
}

// writtenVietnamese reports whether w holds a letter outside ASCII. A run is
// cut only after such a piece, and by its syllables only between two: a Lao
// name written with one Vietnamese letter ("Khămbun") or a word written in
// ASCII glued to the next ("choTrường") is left whole, as no sure reading of
// it is at hand.
func writtenVietnamese(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// nextSyllableCut returns where the first word of w ends when w holds more
// than one, or 0, and whether the cut falls between two vowel runs rather
// than at a change of case or a digit.
func nextSyllableCut(w string) (int, bool) {
	var ls []letter
	for i, r := range w {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		l := letter{at: i, r: r, digit: unicode.IsDigit(r)}
		if !l.digit {
			l.base = textvi.BaseLetter(r)
			l.vowel = strings.IndexByte("aeiouy", l.base) >= 0
		}
		ls = append(ls, l)
	}
	if len(ls) < 2 {
		return 0, false
	}
	// A digit after letters, or an upper-case letter after a lower-case one,
	// starts a new word; the syllables before it are cut first.
	for k := 1; k < len(ls); k++ {
		p, c := ls[k-1], ls[k]
		if p.digit {
			break
		}
		if c.digit || unicode.IsLower(p.r) && unicode.IsUpper(c.r) {
			if at, ok := syllableCut(ls[:k]); ok {
				return at, true
			}
			return c.at, false
		}
	}
	at, ok := syllableCut(ls)
	return at, ok
}

// syllableCut returns where the first of two vowel runs of ls ends with its
// coda.
func syllableCut(ls []letter) (int, bool) {
	// Two vowel runs: cut the consonants between them into a coda and an
	// onset, the longest coda the onset left allows.
	k := 0
	for k < len(ls) && !ls[k].vowel {
		k++
	}
	for k < len(ls) && ls[k].vowel {
		k++
	}
	end := k
	for k < len(ls) && !ls[k].vowel {
		k++
	}
	if k == len(ls) || k == end {
		return 0, false
	}
	var cons strings.Builder
	for _, l := range ls[end:k] {
		if l.base == 0 {
			return 0, false
		}
		cons.WriteByte(l.base)
	}
	c := cons.String()
	for n := len(c); n >= 0; n-- {
		if syllableCodas[c[:n]] && syllableOnsets[c[n:]] {
			return ls[end+n].at, true
		}
	}
	return 0, false
}

// letter is one letter or digit of a run, with what the cuts read of it.
type letter struct {
	at    int
	r     rune
	base  byte // the folded ASCII letter, 0 for a digit
	digit bool
	vowel bool
}

var syllableCodas = map[string]bool{"": true, "c": true, "ch": true, "m": true, "n": true, "ng": true, "nh": true, "p": true, "t": true}

// The empty onset is a syllable starting with its vowel ("Tỉnhủy").
var syllableOnsets = map[string]bool{"": true,
	"b": true, "c": true, "ch": true, "d": true, "g": true, "gh": true, "gi": true, "h": true,
	"k": true, "kh": true, "l": true, "m": true, "n": true, "ng": true, "ngh": true, "nh": true,
	"p": true, "ph": true, "q": true, "r": true, "s": true, "t": true, "th": true, "tr": true,
	"v": true, "x": true,
}
