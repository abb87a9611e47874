package graph_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/synthetic"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

var updateSearchGolden = flag.Bool("search.update", false, "rewrite testdata/search_golden.json from this build's answers")

// searchGoldenFile holds the answers of searchGoldenCases over the synthetic
// dataset at scale 0.01, as the search of 6 December 2026 (one statement per
// tier and window, before the single-statement search) gave them on both
// engines (each its own: the engines number nodes differently). Any change to the search's SQL must keep them.
const searchGoldenFile = "testdata/search_golden.json"

// searchGoldenQuery asks for everything a search answer has.
const searchGoldenQuery = `query($q: String!, $types: [SearchType!], $first: Int, $after: Cursor) {
	search(query: $q, types: $types, first: $first, after: $after) {
		totalCount
		pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
		edges {
			score snippet cursor
			node {
				__typename
				... on Node { id }
				... on Article { title slug publishedAt status }
				... on Person { fullName slug }
				... on Organization { name shortName slug }
				... on Award { name year }
			}
		}
	}
}`

// A searchGoldenCase is a query, run page after page following endCursor.
type searchGoldenCase struct {
	query  string
	types  []string
	first  int
	pages  int
	viewer bool // a caller with a token, who sees drafts
}

func (c searchGoldenCase) name() string {
	s := fmt.Sprintf("%s first:%d", c.query, c.first)
	if c.types != nil {
		s += " types:" + strings.Join(c.types, ",")
	}
	if c.viewer {
		s += " viewer"
	}
	return s
}

var searchGoldenCases = []searchGoldenCase{
	// People's names, with and without diacritics, in any case.
	{query: "Nguyễn Văn Nam", first: 20, pages: 1},
	{query: "nguyen van nam", first: 20, pages: 1},
	{query: "NGUYỄN VĂN NAM", first: 20, pages: 1},
	{query: "trần thị lan", first: 10, pages: 2},
	{query: "Hoàng Minh Hùng", first: 20, pages: 1},
	{query: "le duc", first: 10, pages: 1},
	// Prefixes: a syllable typed in part, one letter, a common word.
	{query: "ban tuyen gi", first: 10, pages: 2},
	{query: "nguyen v", first: 10, pages: 1},
	{query: "ng", first: 10, pages: 1},
	{query: "t", first: 5, pages: 1},
	{query: "nam", first: 10, pages: 1},
	{query: "hoi ngh", first: 10, pages: 1},
	// Several words, places, awards.
	{query: "thai nguyen", first: 10, pages: 1},
	{query: "Đồng chí", first: 10, pages: 1},
	{query: "bang khen", first: 10, pages: 1},
	{query: "uy ban nhan dan xa", first: 10, pages: 1},
	{query: "so y te", first: 10, pages: 1},
	{query: "xyzzy", first: 10, pages: 1},
	{query: "***", first: 10, pages: 1},
	// Kinds.
	{query: "thai nguyen", types: []string{"ARTICLE"}, first: 10, pages: 2},
	{query: "thai nguyen", types: []string{"PERSON"}, first: 10, pages: 1},
	{query: "thai nguyen", types: []string{"ORGANIZATION"}, first: 10, pages: 2},
	{query: "bang khen", types: []string{"AWARD"}, first: 10, pages: 2},
	{query: "nguyen", types: []string{"PERSON", "ORGANIZATION"}, first: 10, pages: 1},
	{query: "tuyen giao", types: []string{"ARTICLE", "AWARD"}, first: 10, pages: 1},
	// Paging with cursors, across tiers.
	{query: "nguyen van", first: 7, pages: 5},
	{query: "hoi nghi", types: []string{"ARTICLE"}, first: 25, pages: 4},
	{query: "tran", first: 100, pages: 3},
	// Drafts: hidden from the anonymous, shown to a token holder.
	{query: "hoi nghi", types: []string{"ARTICLE"}, first: 25, pages: 4, viewer: true},
	{query: "nguyen van nam", first: 20, pages: 2, viewer: true},
	{query: "thai nguyen", first: 10, pages: 2, viewer: true},
}

// searchGoldenPage is one page of answers as the golden file keeps it.
type searchGoldenPage struct {
	Vars   map[string]any  `json:"vars"`
	Answer json.RawMessage `json:"answer"`
}

// TestSearchGolden runs a fixed set of searches over a fixed dataset and
// compares every answer (hits, order, scores, snippets, cursors, pageInfo,
// totalCount) with the golden file, on each engine.
func TestSearchGolden(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a synthetic dataset")
	}
	var want map[string]map[string][]searchGoldenPage // by engine, then case
	if !*updateSearchGolden {
		b, err := os.ReadFile(searchGoldenFile)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &want); err != nil {
			t.Fatal(err)
		}
	}
	var (
		mu  sync.Mutex
		got = map[string]map[string][]searchGoldenPage{} // by engine
	)
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if _, err := synthetic.Load(ctx, db.Client, 0.01, 1, nil); err != nil {
			t.Fatal(err)
		}
		anon, viewer := newAPI(db.Client), newAPIAs(db.Client, auth.Viewer)
		answers := map[string][]searchGoldenPage{}
		for _, c := range searchGoldenCases {
			a := anon
			if c.viewer {
				a = viewer
			}
			var after any
			for range c.pages {
				vars := map[string]any{"q": c.query, "first": c.first, "after": after}
				if c.types != nil {
					vars["types"] = c.types
				}
				data, errs := a.send(t, searchGoldenQuery, vars, nil)
				if len(errs) > 0 {
					t.Fatalf("%s: %+v", c.name(), errs)
				}
				answers[c.name()] = append(answers[c.name()], searchGoldenPage{Vars: vars, Answer: indentJSON(t, data)})
				var p struct {
					Search struct {
						PageInfo struct {
							HasNextPage bool
							EndCursor   *string
						}
					}
				}
				decodeData(t, data, &p)
				if !p.Search.PageInfo.HasNextPage {
					break
				}
				after = *p.Search.PageInfo.EndCursor
			}
		}
		engine := filepath.Base(t.Name())
		if *updateSearchGolden {
			mu.Lock()
			got[engine] = answers
			mu.Unlock()
			return
		}
		for _, c := range searchGoldenCases {
			w, g := want[engine][c.name()], answers[c.name()]
			if len(w) == 0 {
				t.Errorf("%s: not in %s (run with -search.update)", c.name(), searchGoldenFile)
				continue
			}
			if len(g) != len(w) {
				t.Errorf("%s: %d pages, want %d", c.name(), len(g), len(w))
			}
			for i := range min(len(g), len(w)) {
				if string(g[i].Answer) != string(capCount(t, w[i].Answer)) {
					t.Errorf("%s, page %d:\n got %s\nwant %s", c.name(), i+1, g[i].Answer, w[i].Answer)
				}
			}
		}
	})
	if *updateSearchGolden && !t.Failed() {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(searchGoldenFile), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(searchGoldenFile, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// capCount is a golden answer with its totalCount capped at
// search.CountLimit, as counts have been since (docs/search.md).
func capCount(t *testing.T, data json.RawMessage) json.RawMessage {
	t.Helper()
	var v map[string]map[string]any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	if n, ok := v["search"]["totalCount"].(float64); ok {
		v["search"]["totalCount"] = min(n, search.CountLimit)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// indentJSON rewrites a JSON document in one compact, canonical layout (the
// file is indented).
func indentJSON(t *testing.T, data json.RawMessage) json.RawMessage {
	t.Helper()
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
