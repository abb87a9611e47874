package search

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// The marks around matched words in a snippet.
const (
	MarkStart = "<mark>"
	MarkEnd   = "</mark>"
)

// snippetWords is how many words a snippet shows.
const snippetWords = 30

// Snippet returns a short excerpt of the first of texts (in order of
// preference) that matches the most terms of q, as HTML: the text escaped,
// each matched word wrapped in <mark>…</mark>, and "…" where the excerpt cuts
// the text. Words match when they fold to a term, or for the last term when
// they fold to a word it begins. A text that matches every term ends the
// search (no later text can match more), so a caller that knows the first
// text matches every term (Covers) need not load the others.
//
// Words are folded rune by rune as they are compared, not copied, and a
// text is read only as far as it must be: to the word where every term has
// been found (or its end), to pick it, then to the end of the excerpt. A
// snippet allocates its result, not a string or a slot per word.
func Snippet(q Query, texts ...string) string {
	var (
		m         = newMatcher(q)
		best      string
		bestCount = -1
		first     int // the first matching word of best
	)
	for _, t := range texts {
		if t == "" {
			continue
		}
		if n, f := m.count(t); n > bestCount {
			best, bestCount, first = t, n, f
			if n == len(q.Terms) {
				break
			}
		}
	}
	if bestCount < 0 {
		return ""
	}
	// Show a little of what comes before the first match: the excerpt
	// starts up to snippetWords/4 words before it, or earlier when the text
	// ends less than snippetWords words after its start. So only the words
	// from snippetWords before the first match to snippetWords after the
	// preferred start are kept, and one more tells that the text goes on.
	start := max(0, first-snippetWords/4)
	var (
		kept  [2 * snippetWords]word
		from  = max(0, first-snippetWords+1) // index of kept[0]
		n     int                            // words kept
		total int                            // words read
		more  bool                           // a word after start+snippetWords
	)
	for i := 0; ; total++ {
		f, t := nextWord(best, i)
		if f < 0 {
			break
		}
		if total >= start+snippetWords {
			more = true
			break
		}
		if total >= from {
			kept[n] = word{from: f, to: t}
			n++
		}
		i = t
	}
	end := min(total, start+snippetWords)
	start = max(0, end-snippetWords)
	ws := kept[start-from : end-from]

	var b strings.Builder
	b.Grow(len(MarkStart+MarkEnd)*snippetWords + 12*snippetWords)
	if start > 0 {
		b.WriteString("…")
	}
	pos := 0
	if len(ws) > 0 {
		pos = ws[0].from
	}
	esc := func(s string) { htmlEscaper.WriteString(&b, s) }
	for _, w := range ws {
		esc(best[pos:w.from])
		if m.matches(best[w.from:w.to]) {
			b.WriteString(MarkStart)
			esc(best[w.from:w.to])
			b.WriteString(MarkEnd)
		} else {
			esc(best[w.from:w.to])
		}
		pos = w.to
	}
	if more {
		b.WriteString("…")
	} else {
		esc(best[pos:])
	}
	return strings.TrimSpace(b.String())
}

// htmlEscaper escapes as html.EscapeString does, writing into a builder.
var htmlEscaper = strings.NewReplacer(`&`, "&amp;", `'`, "&#39;", `<`, "&lt;", `>`, "&gt;", `"`, "&#34;")

// Covers reports whether text matches every term of q: then Snippet picks
// it over any text after it.
func Covers(q Query, text string) bool {
	if q.Empty() {
		return false
	}
	m := newMatcher(q)
	for i, n := 0, 0; i < len(text); {
		from, to := nextWord(text, i)
		if from < 0 {
			break
		}
		n += m.add(text[from:to])
		if n == len(q.Terms) {
			return true
		}
		i = to
	}
	return false
}

// word is one word of a text: its byte range and whether it matches.
type word struct {
	from, to int
	match    bool
}

// inWord reports whether r belongs to a word: letters, digits and combining
// marks (so a decomposed diacritic stays with its letter).
func inWord(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case 0xC0 <= r && r <= 0x24F:
		// Latin-1's letters and Latin Extended-A and -B, all letters
		// but × and ÷: most of Vietnamese, without a table lookup.
		return r != 0xD7 && r != 0xF7
	case 0x1E00 <= r && r <= 0x1EFF:
		return true // Latin Extended Additional: ạ, ế, ộ, ữ…
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// nextWord returns the byte range of the first word of s at or after i, or
// -1, -1. An ASCII byte, most of a Vietnamese text's, is told by a table;
// only the others are decoded.
func nextWord(s string, i int) (from, to int) {
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if inWord(r) {
				break
			}
			i += size - 1
		} else if asciiWord[c] {
			break
		}
	}
	if i >= len(s) {
		return -1, -1
	}
	from = i
	for i < len(s) {
		if c := s[i]; c < utf8.RuneSelf {
			if !asciiWord[c] {
				return from, i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !inWord(r) {
			return from, i
		}
		i += size
	}
	return from, len(s)
}

// asciiWord tells the ASCII bytes inWord accepts.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = inWord(rune(c))
	}
	return t
}()

// words appends the words of s to ws.
func words(s string, ws []word) []word {
	for i := 0; ; {
		from, to := nextWord(s, i)
		if from < 0 {
			return ws
		}
		ws = append(ws, word{from: from, to: to})
		i = to
	}
}

// matcher matches words against the terms of a query.
type matcher struct {
	q     Query
	found []bool    // by term: matched in the current text
	first [128]bool // the first bytes of the terms (folded: ASCII)
}

func newMatcher(q Query) *matcher {
	m := &matcher{q: q, found: make([]bool, len(q.Terms))}
	for _, t := range q.Terms {
		if t[0] < 128 {
			m.first[t[0]] = true
		}
	}
	return m
}

// mayMatch reports whether w can match a term: whether its first letter
// folds to a byte some term begins with. Most words of a text do not, and
// are passed over after one rune, not compared with every term.
func (m *matcher) mayMatch(w string) bool {
	if c := w[0]; c < utf8.RuneSelf {
		return m.first[asciiFold[c][0]]
	}
	r, _ := utf8.DecodeRuneInString(w)
	f := foldRune(r)
	return f == "" || f[0] >= 128 || m.first[f[0]]
}

// add reports how many terms not yet found w matches, and marks them found.
func (m *matcher) add(w string) (n int) {
	last := len(m.q.Terms) - 1
	for j, t := range m.q.Terms {
		if equal, prefix := foldCompare(w, t); (equal || j == last && prefix) && !m.found[j] {
			m.found[j] = true
			n++
		}
	}
	return n
}

// matches reports whether w matches any term.
func (m *matcher) matches(w string) bool {
	if !m.mayMatch(w) {
		return false
	}
	last := len(m.q.Terms) - 1
	for j, t := range m.q.Terms {
		if equal, prefix := foldCompare(w, t); equal || j == last && prefix {
			return true
		}
	}
	return false
}

// count returns how many distinct terms the words of text match, reading
// no further than the word that completes them, and the index of the first
// word that matches (0 when none does).
func (m *matcher) count(text string) (n, first int) {
	clear(m.found)
	first = -1
	for i, k := 0, 0; n < len(m.q.Terms); k++ {
		from, to := nextWord(text, i)
		if from < 0 {
			break
		}
		if w := text[from:to]; m.matches(w) {
			if first < 0 {
				first = k
			}
			n += m.add(w)
		}
		i = to
	}
	return n, max(first, 0)
}

// foldCompare compares w, folded as textvi.Fold would fold it (rune by rune
// gives the same result, and the table makes it cheap for the scripts
// Vietnamese uses), with t: equal when it folds to t, prefix when it folds
// to a word that begins with t.
func foldCompare(w, t string) (equal, prefix bool) {
	i, longer := 0, false
	for _, r := range w {
		for _, b := range []byte(foldRune(r)) {
			if i == len(t) {
				longer = true
				break
			}
			if b != t[i] {
				return false, false
			}
			i++
		}
	}
	return i == len(t) && !longer, i == len(t)
}

// foldTable holds textvi.Fold of every rune below its length.
var (
	foldOnce  sync.Once
	foldTable [0x2000]string
)

func foldRune(r rune) string {
	if r < 0x80 {
		return asciiFold[r]
	}
	if r >= rune(len(foldTable)) {
		return textvi.Fold(string(r))
	}
	foldOnce.Do(func() {
		for i := range foldTable {
			foldTable[i] = textvi.Fold(string(rune(i)))
		}
	})
	return foldTable[r]
}

// asciiFold is textvi.Fold of each ASCII character, as a string.
var asciiFold = func() (t [0x80]string) {
	for i := range t {
		t[i] = textvi.Fold(string(rune(i)))
	}
	return t
}()

// Relevance is the share of the words of title that match q, in [0, 1):
// "Vũ Duy Hoàng" for "vu duy hoang" is 0.75, a long headline that mentions
// him less. It is computed from the node, the same on both engines.
func Relevance(q Query, title string) float64 {
	m := newMatcher(q)
	n, all := 0, 0
	for i := 0; ; {
		from, to := nextWord(title, i)
		if from < 0 {
			break
		}
		all++
		if m.matches(title[from:to]) {
			n++
		}
		i = to
	}
	return float64(n) / float64(all+1)
}
