package server

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// scanVariables refuses a request whose variables exceed an input limit,
// reading the raw JSON the client sent before anything decodes it: decoding
// a 1 MB list into Go values costs 25 to 50 times its size, reading it as
// bytes costs nothing. data is a GraphQL request object ({"query": …,
// "variables": {…}}) when request is true, and otherwise the variables
// object alone (a GET's variables parameter). The POST, batch, upload and
// GET transports all come through here.
//
// It measures as checkVariables measures the decoded variables (which still
// runs, as does the measure of each variable where it is used): the depth
// of lists and objects below the variables object, the items of each list,
// each string's decoded length in bytes, and the members of every object
// below the variables object, counted together. It stops at the first
// excess. A value written twice under one key is measured each time,
// although decoding keeps only the last. JSON it cannot follow is left for
// the decoder to refuse.
func scanVariables(data []byte, request bool, l Limits) error {
	s := &rawScan{data: data, limits: l}
	if !request {
		return s.variables()
	}
	s.space()
	if !s.take('{') {
		return nil
	}
	for s.space(); !s.take('}'); s.space() {
		key, ok := s.key()
		if !ok {
			return nil
		}
		if isVariables(key) {
			if err := s.variables(); err != nil || s.bad {
				return err
			}
		} else if !s.skip() {
			return nil
		}
		s.space()
		if !s.take(',') && (s.i >= len(s.data) || s.data[s.i] != '}') {
			return nil
		}
	}
	return nil
}

// isVariables tells whether a request object's key, as written, names its
// variables as encoding/json matches it to the field tagged "variables":
// decoded, equal to that name ignoring case.
func isVariables(raw []byte) bool {
	if bytes.IndexByte(raw, '\\') < 0 {
		return bytes.EqualFold(raw, []byte("variables"))
	}
	if len(raw) > 64 { // longer than "variables" with every letter escaped
		return false
	}
	var buf [64]byte // a decoded key is no longer than it is written
	key, ok := unescape(buf[:0], raw)
	return ok && bytes.EqualFold(key, []byte("variables"))
}

// rawScan is where scanVariables is in the raw JSON.
type rawScan struct {
	data   []byte
	i      int
	limits Limits
	fields int  // members of the objects below the variables object
	bad    bool // the JSON is not what it can follow
}

// rawFrame is an open list or object: the variables object first.
type rawFrame struct {
	list  bool
	items int // a list's values so far
}

// variables measures the value at s.i, which should be the variables
// object (or null), and leaves s.i after it.
func (s *rawScan) variables() error {
	s.space()
	if s.i < len(s.data) && s.data[s.i] != '{' {
		s.bad = !s.skip() // null, or not an object: the decoder will say
		return nil
	}
	const (
		value       = iota // expecting a value
		firstItem          // after "[": a value, or the end of an empty list
		member             // expecting a member's key
		firstMember        // after "{": a key, or the end of an empty object
		after              // after a value: a comma, or the end of its list or object
	)
	var name []byte                  // the variable being read, as written
	stack := make([]rawFrame, 0, 16) // at most MaxInputDepth+1 deep
	for state := value; ; {
		s.space()
		if s.i >= len(s.data) {
			s.bad = true
			return nil
		}
		c := s.data[s.i]
		switch {
		case state == member || state == firstMember && c != '}':
			key, ok := s.key()
			if !ok {
				s.bad = true
				return nil
			}
			if len(stack) == 1 {
				name = key
			} else if s.fields++; s.fields > s.limits.MaxInputFields {
				return s.refuse(apperr.InputFieldLimit, name, "the input objects of the request have more fields than the limit of %d", s.limits.MaxInputFields)
			}
			state = value
		case state == value || state == firstItem && c != ']':
			if n := len(stack); n > 0 && stack[n-1].list {
				if stack[n-1].items++; stack[n-1].items > s.limits.MaxInputListLength {
					return s.refuse(apperr.InputListLimit, name, "a list has more items than the limit of %d", s.limits.MaxInputListLength)
				}
			}
			switch c {
			case '{', '[':
				if len(stack) > s.limits.MaxInputDepth {
					return s.refuse(apperr.InputDepthLimit, name, "lists and objects nest deeper than the limit of %d", s.limits.MaxInputDepth)
				}
				stack = append(stack, rawFrame{list: c == '['})
				s.i++
				state = firstMember
				if c == '[' {
					state = firstItem
				}
				continue
			case '"':
				n, ok := s.str()
				if !ok {
					s.bad = true
					return nil
				}
				if n > s.limits.MaxInputStringBytes {
					return s.refuse(apperr.InputStringLimit, name, "a string of %d bytes; the limit is %d", n, s.limits.MaxInputStringBytes)
				}
			default:
				s.literal()
			}
			state = after
		default: // after a value, or at the end of an empty list or object
			top := len(stack) - 1
			switch {
			case c == ',' && state == after:
				s.i++
				state = member
				if stack[top].list {
					state = value
				}
			case c == '}' && !stack[top].list, c == ']' && stack[top].list:
				s.i++
				stack = stack[:top]
				if top == 0 {
					return nil
				}
				state = after
			default:
				s.bad = true
				return nil
			}
		}
	}
}

// refuse is the error for an excess found in the variable name.
func (s *rawScan) refuse(code string, name []byte, format string, args ...any) error {
	n, ok := unescape(nil, name)
	if !ok {
		n = name
	}
	return apperr.Errorf(code, "$%s: "+format, append([]any{truncate(string(n))}, args...)...)
}

// space skips white space.
func (s *rawScan) space() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// take skips c if it is next.
func (s *rawScan) take(c byte) bool {
	if s.i < len(s.data) && s.data[s.i] == c {
		s.i++
		return true
	}
	return false
}

// key reads a member's key and its colon, returning the key as written,
// without its quotes.
func (s *rawScan) key() ([]byte, bool) {
	start := s.i + 1
	if _, ok := s.str(); !ok {
		return nil, false
	}
	key := s.data[start : s.i-1]
	s.space()
	if !s.take(':') {
		return nil, false
	}
	return key, true
}

// str reads the string at s.i and tells how many bytes it decodes to.
func (s *rawScan) str() (n int, ok bool) {
	if !s.take('"') {
		return 0, false
	}
	rest := s.data[s.i:]
	end := bytes.IndexByte(rest, '"')
	if end < 0 {
		return 0, false
	}
	if bytes.IndexByte(rest[:end], '\\') < 0 { // the common case: no escapes
		s.i += end + 1
		return end, true
	}
	for i := 0; i < len(rest); {
		switch rest[i] {
		case '"':
			s.i += i + 1
			return n, true
		case '\\':
			r, size, ok := escape(rest[i:])
			if !ok {
				return 0, false
			}
			n, i = n+utf8.RuneLen(r), i+size
		default:
			n, i = n+1, i+1
		}
	}
	return 0, false
}

// unescape appends the text of a string written as raw (without its quotes)
// to dst.
func unescape(dst, raw []byte) ([]byte, bool) {
	for i := 0; i < len(raw); {
		if raw[i] != '\\' {
			dst, i = append(dst, raw[i]), i+1
			continue
		}
		r, size, ok := escape(raw[i:])
		if !ok {
			return dst, false
		}
		dst, i = utf8.AppendRune(dst, r), i+size
	}
	return dst, true
}

// escape reads the escape at the start of b as encoding/json reads it: an
// escaped surrogate pair is one rune, a lone surrogate U+FFFD. It tells
// how many bytes the escape takes.
func escape(b []byte) (r rune, size int, ok bool) {
	if len(b) < 2 {
		return 0, 0, false
	}
	switch b[1] {
	case '"', '\\', '/':
		return rune(b[1]), 2, true
	case 'b':
		return '\b', 2, true
	case 'f':
		return '\f', 2, true
	case 'n':
		return '\n', 2, true
	case 'r':
		return '\r', 2, true
	case 't':
		return '\t', 2, true
	case 'u':
		r, ok := hex4(b)
		if !ok {
			return 0, 0, false
		}
		if !utf16.IsSurrogate(r) {
			return r, 6, true
		}
		if r2, ok := hex4(b[6:]); ok {
			if pair := utf16.DecodeRune(r, r2); pair != utf8.RuneError {
				return pair, 12, true
			}
		}
		return utf8.RuneError, 6, true
	}
	return 0, 0, false
}

// hex4 reads the \uXXXX escape at the start of b.
func hex4(b []byte) (rune, bool) {
	if len(b) < 6 || b[0] != '\\' || b[1] != 'u' {
		return 0, false
	}
	var r rune
	for _, c := range b[2:6] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return 0, false
		}
		r = r<<4 | rune(c)
	}
	return r, true
}

// literal skips a number, true, false or null.
func (s *rawScan) literal() {
	for s.i < len(s.data) {
		switch s.data[s.i] {
		case ',', ']', '}', ' ', '\t', '\n', '\r':
			return
		}
		s.i++
	}
}

// skip skips the value at s.i without measuring it: strings are read as
// strings, brackets only counted.
func (s *rawScan) skip() bool {
	depth := 0
	for {
		s.space()
		if s.i >= len(s.data) {
			return false
		}
		switch s.data[s.i] {
		case '"':
			if _, ok := s.str(); !ok {
				return false
			}
		case '{', '[':
			depth++
			s.i++
			continue
		case '}', ']':
			if depth == 0 {
				return false
			}
			depth--
			s.i++
		case ',', ':':
			if depth == 0 {
				return false
			}
			s.i++
			continue
		default:
			s.literal()
		}
		if depth == 0 {
			return true
		}
	}
}
