package search_test

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"entgo.io/ent/dialect"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/synthetic"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// The index the synthetic load builds in bulk (Rebuild) holds, row for row,
// what the hook writes entry by entry, and answers searches the same way;
// Rebuild over a full index writes it again.
func TestBulkIndexIsTheHooksIndex(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		// 300 articles: every query below has hits, drafts included and
		// not; under the race detector, reading SQLite's index word by
		// word costs about a minute per 1,000 articles.
		n, err := synthetic.Load(ctx, db.Client, 0.003, 1, nil)
		if err != nil {
			t.Fatal(err)
		}
		bulk := indexRows(t, db)
		if got, want := len(bulk["documents"]), n.Organizations+n.People+n.Articles+n.Awards; got != want {
			t.Fatalf("the load indexed %d nodes, want %d", got, want)
		}
		bulkHits := searches(t, db)

		if err := search.RebuildEntryByEntry(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		hook := indexRows(t, db)
		compareRows(t, "bulk load", bulk, "entry by entry", hook)
		if hookHits := searches(t, db); !slices.Equal(bulkHits, hookHits) {
			t.Errorf("searches after the bulk load:\n%s\nafter indexing entry by entry:\n%s", strings.Join(bulkHits, "\n"), strings.Join(hookHits, "\n"))
		}

		if _, err := search.Rebuild(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		compareRows(t, "Rebuild", indexRows(t, db), "entry by entry", hook)
	})
}

// Writes under WithoutHook leave the index alone until Rebuild; others are
// indexed at once.
func TestWithoutHook(t *testing.T) {
	ctx := auth.System(context.Background())
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		db.Person.Create().SetFullName("Vũ Duy Hoàng").ExecX(search.WithoutHook(ctx))
		count := func() int {
			t.Helper()
			q, _ := search.ParseQuery("vu duy hoang")
			n, err := search.New(db.Client).Count(ctx, search.Request{Query: q, Now: time.Now()})
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := count(); n != 0 {
			t.Fatalf("a person created without the hook: %d hits, want 0", n)
		}
		db.Person.Create().SetFullName("Vũ Duy Hoàng").ExecX(ctx)
		if n := count(); n != 1 {
			t.Fatalf("a second one created with the hook: %d hits, want 1", n)
		}
		if _, err := search.Rebuild(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		if n := count(); n != 2 {
			t.Fatalf("after Rebuild: %d hits, want 2", n)
		}
	})
}

// indexRows reads every row of the index, table by table, as text. On
// SQLite the contentless FTS5 table is read through fts5vocab: every
// instance of every word (word, entry, column, offset).
func indexRows(t *testing.T, db *database.DB) map[string][]string {
	t.Helper()
	ctx := context.Background()
	conn, err := db.SQL.Conn(ctx) // temp tables live on one connection
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	queries := map[string]string{
		"documents": `SELECT node_id, doc_key, kind, coalesce(public_from::text, 'null'), title::text, head::text, doc::text FROM search_documents ORDER BY node_id`,
	}
	if db.Dialect != dialect.Postgres {
		if _, err := conn.ExecContext(ctx, `CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, search_fts, instance)`); err != nil {
			t.Fatal(err)
		}
		queries = map[string]string{
			"documents": `SELECT node_id, doc_key, kind, coalesce(public_from, 'null') FROM search_documents ORDER BY node_id`,
			"terms":     `SELECT term FROM search_terms ORDER BY term`,
			"fts":       `SELECT term, doc, col, offset FROM temp.search_vocab ORDER BY term, doc, col, offset`,
		}
	}
	out := map[string][]string{}
	for name, q := range queries {
		rows, err := conn.QueryContext(ctx, q)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		cols, _ := rows.Columns()
		vals := make([]sql.NullString, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		for rows.Next() {
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			fields := make([]string, len(vals))
			for i, v := range vals {
				fields[i] = v.String
			}
			out[name] = append(out[name], strings.Join(fields, "|"))
		}
		if err := rows.Err(); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		rows.Close()
	}
	return out
}

func compareRows(t *testing.T, aName string, a map[string][]string, bName string, b map[string][]string) {
	t.Helper()
	for table, ra := range a {
		rb := b[table]
		if len(ra) == 0 {
			t.Errorf("%s: no rows in %s", aName, table)
		}
		if len(ra) != len(rb) {
			t.Errorf("%s: %d rows after %s, %d after %s", table, len(ra), aName, len(rb), bName)
			continue
		}
		for i := range ra {
			if ra[i] != rb[i] {
				t.Errorf("%s, row %d:\n%s: %.300s\n%s: %.300s", table, i, aName, ra[i], bName, rb[i])
				break
			}
		}
	}
}

// searches runs a few queries (names, places, common and rare words, a
// prefix), drafts included and not, and lists their hits.
func searches(t *testing.T, db *database.DB) []string {
	t.Helper()
	ctx := context.Background()
	idx := search.New(db.Client)
	var out []string
	for _, raw := range []string{"nguyen van", "tinh uy", "hoi nghi", "bang khen", "thai nguyen", "gi", "xuat sac nam 2024"} {
		q, err := search.ParseQuery(raw)
		if err != nil {
			t.Fatal(err)
		}
		for _, drafts := range []bool{false, true} {
			req := search.Request{Query: q, Drafts: drafts, Now: synthetic.End, Limit: 20}
			hits, err := idx.Search(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			n, err := idx.Count(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, fmt.Sprintf("%q drafts=%v: %d hits, first %v", raw, drafts, n, hits))
		}
	}
	return out
}
