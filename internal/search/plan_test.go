package search_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/synthetic"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// On PostgreSQL a tier is read through its GIN index or by walking the key
// order, depending on how common the query's words are (termStats); so is
// a count. A walk stops after a bound and reads the rest through GIN. All
// ways give the same hits, page after page, and counts.
func TestSearchWalkAndIndexAgree(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("only PostgreSQL chooses between two ways")
		}
		if _, err := synthetic.Load(ctx, db.Client, 0.01, 1, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL.ExecContext(ctx, "ANALYZE search_documents"); err != nil {
			t.Fatal(err)
		}
		pages := func(raw string, kinds []search.Kind, drafts bool) []string {
			q, err := search.ParseQuery(raw)
			if err != nil {
				t.Fatal(err)
			}
			x := search.New(db.Client) // fresh statistics
			r := search.Request{Query: q, Kinds: kinds, Drafts: drafts, Now: time.Now(), Limit: 13}
			var out []string
			for range 6 {
				hits, err := x.Search(ctx, r)
				if err != nil {
					t.Fatal(err)
				}
				for _, h := range hits {
					out = append(out, fmt.Sprint(h))
				}
				if len(hits) < r.Limit {
					break
				}
				r.After = &hits[len(hits)-1].Position
			}
			r.After = nil
			n, err := x.Count(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			return append(out, fmt.Sprint("count ", n))
		}
		for _, tc := range []struct {
			q      string
			kinds  []search.Kind
			drafts bool
		}{
			{q: "nguyen van nam"}, {q: "nam"}, {q: "hoi ngh"}, {q: "so y te", kinds: []search.Kind{search.KindArticle}},
			{q: "tran thi", drafts: true}, {q: "ng"}, {q: "bang khen", kinds: []search.Kind{search.KindAward, search.KindPerson}},
		} {
			restore := search.SetCommonShare(2) // every tier through GIN
			index := pages(tc.q, tc.kinds, tc.drafts)
			restore()
			restore = search.SetCommonShare(-1) // every tier walked
			walk := pages(tc.q, tc.kinds, tc.drafts)
			restoreMargin := search.SetWalkMargin(0) // a page's worth of articles walked, the rest through GIN
			short := pages(tc.q, tc.kinds, tc.drafts)
			restoreMargin()
			restore()
			if len(index) == 0 || !slices.Equal(index, walk) || !slices.Equal(index, short) {
				t.Errorf("%q: through the index %d hits, walking %d, walking a page then the index %d:\n%v\n%v\n%v",
					tc.q, len(index), len(walk), len(short), index, walk, short)
			}
		}
	})
}

// A common tier's people, organizations and awards are read through GIN
// indexes of the entities alone, and its articles apart: a walk of its
// articles starts at the newest article, where a walk of the whole key
// order first passed every entity (they all sort above the articles)
// before it found an article ("hoi nghi" matches no entity).
func TestSearchReadsEntitiesApart(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("the two ranges of keys are PostgreSQL's")
		}
		if _, err := synthetic.Load(ctx, db.Client, 0.01, 1, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := db.SQL.ExecContext(ctx, "ANALYZE search_documents"); err != nil {
			t.Fatal(err)
		}
		var entities int
		if err := db.SQL.QueryRowContext(ctx, `SELECT count(*) FROM search_documents WHERE kind <> 'Article'`).Scan(&entities); err != nil {
			t.Fatal(err)
		}
		q, err := search.ParseQuery("hoi nghi")
		if err != nil {
			t.Fatal(err)
		}
		plan := func() (indexes []string, removed float64) {
			return pagePlan(t, db, search.Request{Query: q, Now: time.Now(), Limit: 21})
		}
		restore := search.SetCommonShare(-1) // every tier's articles walked
		indexes, removed := plan()
		restore()
		if removed >= float64(entities) {
			t.Errorf("walking, the page's statement left out %.0f rows, as many as the %d entities", removed, entities)
		}
		if !slices.Contains(indexes, "search_documents_title_entities") {
			t.Errorf("walking, the page's statement used %v, want the entities' title index", indexes)
		}
	})
}

// When neither the title tier nor the summary tier is walked, one scan of
// head's GIN index reads both, telling each match's tier by its title: a
// title match is always a head match, so a scan of title's index would
// find nothing more. The hits are TestSearchWalkAndIndexAgree's.
func TestSearchReadsTitleAndSummaryTogether(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("the tiers' GIN indexes are PostgreSQL's")
		}
		if _, err := synthetic.Load(ctx, db.Client, 0.01, 1, nil); err != nil {
			t.Fatal(err)
		}
		q, err := search.ParseQuery("nguyen van nam")
		if err != nil {
			t.Fatal(err)
		}
		restore := search.SetCommonShare(2) // every tier through GIN
		defer restore()
		for _, r := range []search.Request{
			{Query: q, Now: time.Now(), Limit: 21},
			{Query: q, Now: time.Now(), Limit: 21, After: &search.Position{Tier: search.TierTitle, Key: 1 << 62}},
			{Query: q, Now: time.Now(), Limit: 21, Kinds: []search.Kind{search.KindPerson}},
		} {
			indexes, _ := pagePlan(t, db, r)
			if slices.Contains(indexes, "search_documents_title") || slices.Contains(indexes, "search_documents_title_entities") ||
				!slices.ContainsFunc(indexes, func(ix string) bool { return ix == "search_documents_head" || ix == "search_documents_head_entities" }) {
				t.Errorf("kinds %v after %v: the page's statement used %v, want head's index and not title's", r.Kinds, r.After, indexes)
			}
		}
	})
}

// pagePlan runs the page's statement of r under EXPLAIN ANALYZE and
// returns the indexes it used and the rows its nodes read and left out.
func pagePlan(t *testing.T, db *database.DB, r search.Request) (indexes []string, removed float64) {
	t.Helper()
	ctx := context.Background()
	stmt, args, ok, err := search.New(db.Client).PageStatement(ctx, r)
	if err != nil || !ok {
		t.Fatal(ok, err)
	}
	var out []byte
	if err := db.SQL.QueryRowContext(ctx, "EXPLAIN (ANALYZE, FORMAT JSON) "+stmt, args...).Scan(&out); err != nil {
		t.Fatal(err)
	}
	var nodes []struct{ Plan planNode }
	if err := json.Unmarshal(out, &nodes); err != nil {
		t.Fatal(err)
	}
	var walk func(n planNode)
	walk = func(n planNode) {
		if n.IndexName != "" {
			indexes = append(indexes, n.IndexName)
		}
		removed += n.RowsRemovedByFilter * n.ActualLoops
		for _, c := range n.Plans {
			walk(c)
		}
	}
	walk(nodes[0].Plan)
	return indexes, removed
}

// planNode is a node of EXPLAIN (FORMAT JSON)'s plan.
type planNode struct {
	IndexName           string     `json:"Index Name"`
	RowsRemovedByFilter float64    `json:"Rows Removed by Filter"`
	ActualLoops         float64    `json:"Actual Loops"`
	Plans               []planNode `json:"Plans"`
}

// A page tells, for each hit, whether its summary holds every word of the
// query (the last as a prefix): then a snippet cannot need the body, and
// the caller leaves it out. An entry written before the summary had a
// vector of its own is not covered, so its body is read as before.
func TestPageStatementTellsCoveredHits(t *testing.T) {
	ctx := auth.System(context.Background())
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if db.Dialect != dialect.Postgres {
			t.Skip("only PostgreSQL answers a page in one statement")
		}
		for _, a := range []struct{ title, summary, body string }{
			{"Hội nghị Ban Chấp hành", "Đồng chí Dương Xuân Hương chủ trì.", "Hội nghị bàn nhiệm vụ."},
			{"Hội nghị tổng kết", "Tổng kết công tác năm.", "Đồng chí Dương Xuân Hương phát biểu."},
			{"Dương Xuân Hương nhận Bằng khen", "Trao tặng Bằng khen.", "Đồng chí Dương Xuân Hương."},
		} {
			db.Client.Article.Create().SetTitle(a.title).SetSummary(a.summary).SetBody("<p>" + a.body + "</p>").
				SetStatus("PUBLISHED").SetPublishedAt(time.Now().Add(-time.Hour)).ExecX(ctx)
		}
		covered := func() map[string]bool {
			q, err := search.ParseQuery("duong xuan huo")
			if err != nil {
				t.Fatal(err)
			}
			stmt, args, ok, err := search.New(db.Client).PageStatement(ctx, search.Request{Query: q, Now: time.Now(), Limit: 10})
			if err != nil || !ok {
				t.Fatal(ok, err)
			}
			rows, err := db.SQL.QueryContext(ctx, `SELECT a.title, h.covered FROM (`+stmt+`) AS h JOIN articles AS a ON a.id = h.node_id`, args...)
			if err != nil {
				t.Fatal(err)
			}
			defer rows.Close()
			out := map[string]bool{}
			for rows.Next() {
				var (
					title string
					c     bool
				)
				if err := rows.Scan(&title, &c); err != nil {
					t.Fatal(err)
				}
				out[title] = c
			}
			return out
		}
		want := map[string]bool{"Hội nghị Ban Chấp hành": true, "Hội nghị tổng kết": false, "Dương Xuân Hương nhận Bằng khen": false}
		if got := covered(); !maps.Equal(got, want) {
			t.Errorf("covered %v, want %v", got, want)
		}
		if _, err := db.SQL.ExecContext(ctx, `UPDATE search_documents SET summary = NULL`); err != nil {
			t.Fatal(err)
		}
		want["Hội nghị Ban Chấp hành"] = false
		if got := covered(); !maps.Equal(got, want) {
			t.Errorf("without summary vectors: covered %v, want %v", got, want)
		}
	})
}
