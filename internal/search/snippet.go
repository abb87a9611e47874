package search

import (
	"html"
	"strings"
	"sync"
	"unicode"

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
// they fold to a word it begins.
func Snippet(q Query, texts ...string) string {
	best, bestWords, bestCount := "", []word(nil), -1
	for _, t := range texts {
		if t == "" {
			continue
		}
		ws := words(t)
		if n := matchedTerms(q, ws); n > bestCount {
			best, bestWords, bestCount = t, ws, n
		}
	}
	if bestCount < 0 {
		return ""
	}
	ws := bestWords
	first := 0
	for i, w := range ws {
		if w.match {
			first = i
			break
		}
	}
	// Show a little of what comes before the first match.
	start := max(0, first-snippetWords/4)
	end := min(len(ws), start+snippetWords)
	start = max(0, end-snippetWords)

	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
	}
	pos := 0
	if len(ws) > 0 {
		pos = ws[start].from
	}
	for _, w := range ws[start:end] {
		b.WriteString(html.EscapeString(best[pos:w.from]))
		if w.match {
			b.WriteString(MarkStart + html.EscapeString(best[w.from:w.to]) + MarkEnd)
		} else {
			b.WriteString(html.EscapeString(best[w.from:w.to]))
		}
		pos = w.to
	}
	if end < len(ws) {
		b.WriteString("…")
	} else {
		b.WriteString(html.EscapeString(best[pos:]))
	}
	return strings.TrimSpace(b.String())
}

// word is one word of a text: its byte range and whether it matches.
type word struct {
	from, to int
	folded   string
	match    bool
}

// words splits s into words, runs of letters, digits and combining marks
// (so a decomposed diacritic stays with its letter), and folds each as
// textvi.Fold would: folding rune by rune gives the same result, and the
// table makes it cheap for the scripts Vietnamese uses.
func words(s string) []word {
	var (
		ws     []word
		folded strings.Builder
	)
	start := -1
	end := func(i int) {
		ws = append(ws, word{from: start, to: i, folded: folded.String()})
		folded.Reset()
		start = -1
	}
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			end(i)
		}
		if in {
			folded.WriteString(foldRune(r))
		}
	}
	if start >= 0 {
		end(len(s))
	}
	return ws
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

// matchedTerms marks the words of ws that match q and returns how many
// distinct terms matched.
func matchedTerms(q Query, ws []word) int {
	found := map[int]bool{}
	for i := range ws {
		for j, t := range q.Terms {
			f := ws[i].folded
			if f == t || j == len(q.Terms)-1 && strings.HasPrefix(f, t) {
				ws[i].match = true
				found[j] = true
			}
		}
	}
	return len(found)
}

// Relevance is the share of the words of title that match q, in [0, 1):
// "Vũ Duy Hoàng" for "vu duy hoang" is 0.75, a long headline that mentions
// him less. It is computed from the node, the same on both engines.
func Relevance(q Query, title string) float64 {
	ws := words(title)
	matchedTerms(q, ws)
	n := 0
	for _, w := range ws {
		if w.match {
			n++
		}
	}
	return float64(n) / float64(len(ws)+1)
}
