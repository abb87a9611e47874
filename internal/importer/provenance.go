package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// provenance says how an entity of kind was found at span, and how sure
// that way of finding it is (0..1). It reads the words around the span
// rather than asking the rules, so the rules stay as they are; each answer
// names the pattern an editor can look for in the text.
//
// The confidences are priors per pattern, set by hand from how specific
// each pattern is (docs/import.md): a document code or a name after "đồng
// chí" is rarely wrong, a bare "12/12" or a name found only by its family
// name and a title more often is. They rank what a reviewer should look at
// first; they are not calibrated probabilities (measuring each pattern's
// precision on the labelled corpus would make them so).
func provenance(s *Story, kind string, span Span) (string, float64) {
	before := wordsBefore(s.Text, span.byte, 2)
	after := strings.TrimLeftFunc(textAfter(s.Text, span), unicode.IsSpace)
	switch kind {
	case KindPerson:
		switch w := lastWord(before); textvi.Fold(w) {
		case "dong chi", "ong", "ba":
			return `person: a name after "` + strings.ToLower(w) + `"`, 0.9
		}
		if strings.HasPrefix(after, ",") || strings.HasPrefix(after, "-") || strings.HasPrefix(after, "–") || strings.HasPrefix(textvi.Fold(after), "kiem ") {
			return "person: a family name, then titles", 0.8
		}
		return "person: titles, then a name with a family name", 0.75
	case KindAuthor:
		if span.Text == "" {
			return "author: given with the story", 1
		}
		return "author: the byline (last line, in capitals)", 0.85
	case KindPosition:
		return "position: a title of the list, after or before a name", 0.8
	case KindOrganization:
		head := strings.Fields(span.Text)
		if len(head) == 0 {
			return "organization", 0.7
		}
		return `organization: a name starting with "` + head[0] + `"`, 0.85
	case KindAward:
		if strings.Contains(textvi.Fold(span.Text), " cua ") {
			return "award: an award word, then its issuer", 0.85
		}
		return "award: an award word, without an issuer", 0.65
	case KindDocument:
		return "document: a document word and a code", 0.95
	case KindRecipient:
		if f := strings.Fields(span.Text); len(f) > 0 && strings.Trim(f[0], "0123456789") == "" {
			return "recipient: a count of collectives and individuals", 0.85
		}
		return "recipient: named as receiving an award", 0.75
	case KindDate:
		switch w := lastWord(before); textvi.Fold(w) {
		case "ngay", "sang", "chieu", "toi", "trua", "dem", "hom":
			return `date: a day and month after "` + strings.ToLower(w) + `"`, 0.9
		}
		if first := strings.Fields(span.Text); len(first) > 1 {
			return `date: a day and month after "` + strings.ToLower(first[0]) + `"`, 0.9
		}
		return "date: a bare day/month", 0.6
	}
	return kind, 0.7
}

// wordsBefore is the text of up to n words before byte offset at.
func wordsBefore(text string, at, n int) string {
	if at > len(text) {
		at = len(text)
	}
	i := at
	for words := 0; i > 0 && words < n; {
		// Skip spaces and punctuation, then a word.
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:i])
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				break
			}
			if r == '\n' {
				return text[i:at]
			}
			i -= size
		}
		for i > 0 {
			r, size := utf8.DecodeLastRuneInString(text[:i])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				break
			}
			i -= size
		}
		words++
	}
	return text[i:at]
}

// lastWord is the last word of s, or "đồng chí" when s ends with it.
func lastWord(s string) string {
	f := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	if len(f) == 0 {
		return ""
	}
	if len(f) >= 2 && textvi.Fold(f[len(f)-2]+" "+f[len(f)-1]) == "dong chi" {
		return f[len(f)-2] + " " + f[len(f)-1]
	}
	return f[len(f)-1]
}

// textAfter is up to 40 bytes of the text after span.
func textAfter(text string, span Span) string {
	end := span.byte + len(span.Text)
	if end > len(text) || span.Text != text[span.byte:end] {
		return ""
	}
	rest := text[end:]
	if len(rest) > 40 {
		cut := 40
		for cut > 0 && !utf8.RuneStart(rest[cut]) {
			cut--
		}
		rest = rest[:cut]
	}
	return rest
}
