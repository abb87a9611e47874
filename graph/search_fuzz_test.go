package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// FuzzSearch feeds arbitrary queries to search and searchArticles on SQLite:
// whatever the text, the answer is hits or BAD_USER_INPUT, never INTERNAL (an
// FTS syntax error or worse). `go test` runs the seeds; explore with
// `go test ./graph -run '^$' -fuzz FuzzSearch -fuzztime 30s`.
func FuzzSearch(f *testing.F) {
	for _, seed := range []string{
		"vu duy hoang", "VŨ DUY HOÀNG", "ban tuyen gi", "",
		`"`, `""`, `"unterminated`, "'", "''", "*", "**", "^", ":", "-", "+", "(", ")", "()", "{", "}",
		"NEAR", "NEAR(a b)", "NEAR(a b, 2)", "a AND b", "OR", "NOT a", "a OR NOT b", "AND AND",
		"title:hoang", "{title}: hoang", "- hoang", "^hoang", "hoang*", "hoang:*", "hoang:*A",
		"a & b | !c", "a <-> b", "a <2> b", "!!", "\\", "\x00", "\xff\xfe", "a\x00b", "\u0301", "đ",
		"đ̂", "ǅ", "ﬁ", "ⅷ", "١٢٣", "漢字", "ক্ষ", "\u200b", "a\u200bb",
		"38-CT/TW", "05-CT/TW; DROP TABLE articles; --", "%", "_", "\t\n",
	} {
		f.Add(seed)
	}
	db := testdb.Engines()[0].Open(f) // SQLite
	if _, err := demo.Load(ctx, db.Client); err != nil {
		f.Fatal(err)
	}
	a := newAPI(db.Client)
	f.Fuzz(func(t *testing.T, q string) {
		for _, query := range []string{
			`query($q: String!) { search(query: $q, first: 5) { totalCount edges { score snippet node { __typename } } } }`,
			`query($q: String!) { searchArticles(query: $q, first: 5) { totalCount edges { node { title } } } }`,
		} {
			for _, e := range a.do(t, query, map[string]any{"q": q}, nil) {
				if e.code() != "BAD_USER_INPUT" {
					t.Fatalf("query %q: %s %q", q, e.code(), e.Message)
				}
			}
		}
	})
}
