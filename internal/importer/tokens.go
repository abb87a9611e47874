package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// token is a word (letters, digits and combining marks) or one punctuation
// character, with its byte offsets in the story text.
type token struct {
	text       string
	fold       string // textvi.Fold(text), computed once: the rules compare folded words
	start, end int
	word       bool
}

// tokenize splits the paragraph s, which starts at byte offset base of the
// story text, into tokens.
func tokenize(s string, base int) []token {
	var toks []token
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case isWordRune(r):
			j := wordEnd(s, i+n)
			if e := apostropheNameEnd(s, i, j); e > j {
				j = e // "K’sor", "Y’Bhin": one word of a name of the Central Highlands
			}
			from := i
			for _, cut := range gluedCuts(s[i:j]) {
				toks = append(toks, token{text: s[from : i+cut], fold: textvi.Fold(s[from : i+cut]), start: base + from, end: base + i + cut, word: true})
				from = i + cut
			}
			toks = append(toks, token{text: s[from:j], fold: textvi.Fold(s[from:j]), start: base + from, end: base + j, word: true})
			i = j
		default:
			toks = append(toks, token{text: s[i : i+n], fold: textvi.Fold(s[i : i+n]), start: base + i, end: base + i + n})
			i += n
		}
	}
	return toks
}

// apostropheNameEnd extends the word s[i:j] across an apostrophe when
// the word is one capital letter and letters follow the apostrophe with
// no space: the names of the Central Highlands' peoples ("K’sor Phước",
// "Y’Bhin", "H’Hen Niê"). It returns j when no such name is written.
func apostropheNameEnd(s string, i, j int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	if i+n != j || !unicode.IsUpper(r) || j >= len(s) {
		return j
	}
	a, an := utf8.DecodeRuneInString(s[j:])
	if a != '’' && a != '\'' {
		return j
	}
	e := wordEnd(s, j+an)
	if e == j+an {
		return j
	}
	if r2, _ := utf8.DecodeRuneInString(s[j+an:]); !unicode.IsLetter(r2) {
		return j
	}
	return e
}

// wordEnd returns where the run of word runes that goes on at s[j] ends.
func wordEnd(s string, j int) int {
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		j += n
	}
	return j
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// capitalized reports whether t is a word starting with an upper-case letter.
func (t token) capitalized() bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// lower reports whether t is a word starting with a lower-case letter.
func (t token) lower() bool {
	if !t.word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLower(r)
}

func (t token) is(s string) bool { return t.text == s }

// phrase is a sequence of words compared folded ("Trưởng Ban" matches
// "Trưởng ban" and "TRƯỞNG BAN"), with the first word's case checked
// separately where it matters.
type phrase []string

func newPhrase(s string) phrase { return strings.Fields(textvi.Fold(s)) }

// matchAt reports how many tokens from toks[i] the phrase covers, or 0.
func (p phrase) matchAt(toks []token, i int) int {
	if i+len(p) > len(toks) {
		return 0
	}
	for k, w := range p {
		t := toks[i+k]
		if !t.word || t.fold != w {
			return 0
		}
	}
	return len(p)
}

// anyAt returns how many tokens from toks[i] the first of ps that matches
// there covers, or 0.
func anyAt(ps []phrase, toks []token, i int) int {
	for _, p := range ps {
		if n := p.matchAt(toks, i); n > 0 {
			return n
		}
	}
	return 0
}

// textOf returns the story text covered by toks[i:j].
func textOf(text string, toks []token, i, j int) string {
	if i >= j {
		return ""
	}
	if !gluedWithin(toks[i:j]) {
		return text[toks[i].start:toks[j-1].end]
	}
	// Words the page ran together are written apart, as the name is written.
	var b strings.Builder
	for k := i; k < j; k++ {
		if k > i {
			b.WriteString(text[toks[k-1].end:toks[k].start])
			if toks[k-1].end == toks[k].start && toks[k-1].word && toks[k].word {
				b.WriteByte(' ')
			}
		}
		b.WriteString(text[toks[k].start:toks[k].end])
	}
	return b.String()
}

// gluedWithin reports whether two words of toks touch: the tokenizer cut them
// out of one run of letters.
func gluedWithin(toks []token) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k-1].end == toks[k].start && toks[k-1].word && toks[k].word {
			return true
		}
	}
	return false
}

// upperFirst upper-cases the first letter of s.
func upperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// titleCase writes each word of an all-capitals name as a name is written:
// "VŨ DUY HOÀNG" → "Vũ Duy Hoàng".
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = upperFirst(strings.ToLower(w))
	}
	return strings.Join(words, " ")
}

// collapseSpace joins the words of s with single spaces.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
