package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// small are limits that short variables reach.
var small = Limits{MaxInputDepth: 3, MaxInputListLength: 3, MaxInputStringBytes: 5, MaxInputFields: 4}

// scanVariables measures the raw JSON as checkVariables measures it decoded:
// strings by their decoded bytes, depth below the variables object, the
// fields of every object below it. It finds the variables of a request
// however encoding/json would, and only them.
func TestScanVariables(t *testing.T) {
	cases := []struct {
		name, json string
		request    bool
		code       string // "" when it passes
	}{
		{"variables as deep as allowed", `{"a": [{"b": [1]}], "c": {"d": {"e": 1}}}`, false, ""},
		{"one level deeper", `{"a": [{"b": [[1]]}]}`, false, apperr.InputDepthLimit},
		{"empty lists and objects count", `{"a": [[{}]], "b": [[[[]]]]}`, false, apperr.InputDepthLimit},
		{"a list as long as allowed", `{"a": [1, "x", null], "b": [[], {}, [1, 2, 3]]}`, false, ""},
		{"one item more", `{"a": [1, [], {}, true]}`, false, apperr.InputListLimit},
		{"a string as long as allowed", `{"a": "abcde", "b": ["éab"]}`, false, ""},
		{"one byte more", `{"a": {"b": "abcdef"}}`, false, apperr.InputStringLimit},
		{"é is two bytes", `{"a": "éééa"}`, false, apperr.InputStringLimit},
		{"escapes count decoded", `{"a": "\n\t\"\\\/", "b": "\u00e9\u00e9a", "c": "\ud83d\ude00a", "d": "\ud83d\u0041"}`, false, ""},
		{"an escaped pair is 4 bytes", `{"a": "\ud83d\ude00ab"}`, false, apperr.InputStringLimit},
		{"a lone surrogate is U+FFFD", `{"a": "\ud83dabc"}`, false, apperr.InputStringLimit},
		{"keys are not measured", `{"abcdefgh": {"abcdefgh": 1}}`, false, ""},
		{"the variables' own fields are not counted", `{"a": 1, "b": 2, "c": 3, "d": 4, "e": {"f": 1, "g": 2, "h": 3, "i": 4}}`, false, ""},
		{"fields count across variables", `{"a": {"b": 1, "c": 2}, "d": [{"e": 1}, {"f": 1, "g": {}}]}`, false, apperr.InputFieldLimit},
		{"null variables", `null`, false, ""},
		{"an excess before the JSON breaks", `{"a": [1, 2, 3, 4`, false, apperr.InputListLimit},
		{"not JSON before the excess is the decoder's", `{"a": [1 2, 3, 4, 5]}`, false, ""},
		{"a request", `{"query": "{ a }", "variables": {"a": [1, 2, 3, 4]}}`, true, apperr.InputListLimit},
		{"a request within the limits", `{"query": "{ a }", "operationName": null, "variables": {"a": [1, 2, 3]}, "extensions": {"x": [[[[[["abcdefgh"]]]]]]}}`, true, ""},
		{"variables after the rest", `{"extensions": {"x": [1, {"y": "z"}]}, "query": "{ a }", "variables": {"a": "abcdef"}}`, true, apperr.InputStringLimit},
		{"a string that looks like variables", `{"query": "{ a } \"variables\": {\"a\": [1, 2, 3, 4]}"}`, true, ""},
		{"variables ignoring case", `{"query": "{ a }", "VariableS": {"a": [1, 2, 3, 4]}}`, true, apperr.InputListLimit},
		{"an escaped key", `{"query": "{ a }", "variabl\u0065s": {"a": [1, 2, 3, 4]}}`, true, apperr.InputListLimit},
		{"a key that folds to variables", `{"query": "{ a }", "variableſ": {"a": [1, 2, 3, 4]}}`, true, apperr.InputListLimit},
		{"another key", `{"query": "{ a }", "variable": {"a": [1, 2, 3, 4]}}`, true, ""},
		{"variables that are not an object", `{"query": "{ a }", "variables": [[[[[1, 2, 3, 4]]]]]}`, true, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := scanVariables([]byte(c.json), c.request, small)
			if got := codeOfErr(err); got != c.code {
				t.Fatalf("got %v, want %q", err, c.code)
			}
			if err != nil {
				t.Logf("message: %s", err)
			}
			var vars map[string]any
			if c.request || decodeJSON([]byte(c.json), &vars) != nil {
				return
			}
			walk := checkVariables(vars, small, 0)
			if walk == nil && c.code != "" || walk != nil && walk.Extensions["code"] != c.code {
				t.Errorf("checkVariables answers %v", walk)
			}
		})
	}
}

// On random variables, the scan of the raw JSON refuses exactly what
// checkVariables refuses once they are decoded, however they are written.
func TestScanVariablesAgreesWithTheWalk(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		vars := map[string]any{}
		for range rnd.IntN(4) {
			vars[randomString(rnd)] = randomValue(rnd, 5)
		}
		compact, _ := json.Marshal(vars)
		indented, _ := json.MarshalIndent(vars, "", "\t")
		for _, raw := range [][]byte{compact, indented} {
			agree(t, raw)
		}
	}
}

// FuzzScanVariables checks that no input makes the scan fail, and that it
// agrees with checkVariables on every JSON object without repeated keys.
func FuzzScanVariables(f *testing.F) {
	for _, s := range []string{`{"a": [1, {"b": "\u00e9"}]}`, `{"a": [[[[1]]]]}`, `{"a": {"b": 1, "c": 2, "d": 3, "e": 4}}`, `{"a": "\ud83d\ude00\ud800"}`, `{"a":}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		scanVariables(raw, true, small)
		agree(t, raw)
	})
}

// agree fails t when raw is a JSON object without repeated keys on which
// scanVariables and checkVariables disagree.
func agree(t *testing.T, raw []byte) {
	t.Helper()
	var vars map[string]any
	if !utf8.Valid(raw) || decodeJSON(raw, &vars) != nil || vars == nil || repeatsKeys(raw) {
		return
	}
	scan := scanVariables(raw, false, small)
	walk := checkVariables(vars, small, 0)
	if (scan == nil) != (walk == nil) {
		t.Fatalf("%s: the scan answers %v, the walk %v", raw, scan, walk)
	}
}

// repeatsKeys tells whether an object in raw has a key twice.
func repeatsKeys(raw []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(raw))
	type object struct {
		keys   map[string]bool
		atKey  bool
		isList bool
	}
	var stack []*object
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) || err != nil {
			return false
		}
		var top *object
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && !top.isList && top.atKey {
			if d, ok := tok.(json.Delim); !ok || d != '}' {
				k := tok.(string)
				if top.keys[k] {
					return true
				}
				top.keys[k] = true
				top.atKey = false
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &object{keys: map[string]bool{}, atKey: true})
			continue
		case json.Delim('['):
			stack = append(stack, &object{isList: true})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && !stack[len(stack)-1].isList {
			stack[len(stack)-1].atKey = true
		}
	}
}

func randomValue(rnd *rand.Rand, depth int) any {
	switch k := rnd.IntN(8); {
	case depth > 0 && k < 2:
		l := make([]any, rnd.IntN(5))
		for i := range l {
			l[i] = randomValue(rnd, depth-1)
		}
		return l
	case depth > 0 && k < 4:
		m := map[string]any{}
		for range rnd.IntN(4) {
			m[randomString(rnd)] = randomValue(rnd, depth-1)
		}
		return m
	case k < 6:
		return randomString(rnd)
	case k < 7:
		return rnd.IntN(1000)
	}
	return nil
}

// randomString is up to 4 pieces, some of them escaped when written.
func randomString(rnd *rand.Rand) string {
	pieces := []string{"a", "b", "é", "\"", "\\", "\n", "<", "\u2028", "😀", "\x01"}
	var b strings.Builder
	for range rnd.IntN(5) {
		b.WriteString(pieces[rnd.IntN(len(pieces))])
	}
	return b.String()
}

func codeOfErr(err error) string {
	if err == nil {
		return ""
	}
	return apperr.Code(err)
}
