package search

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"sync"

	entsql "entgo.io/ent/dialect/sql"
	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/ent"
)

// postgresEngine searches with tsvectors under GIN indexes. The text is
// folded with textvi.Fold before it reaches PostgreSQL, so the 'simple'
// configuration (lower-case, no stemming, no stop words) is all it needs: no
// unaccent, no extension, and folding is the same function on both engines.
// Each entry has three vectors, one per tier: title; title and summary
// (head); everything (doc). They are stripped of positions, which search
// does not read, so a GIN index answers each tier exactly, without going back
// to the table to check weights. doc_key (Document.Key) has a b-tree index,
// so a tier of a common query is read newest first and stops at a page.
type postgresEngine struct{}

// postgresTable is the statement creating the index table name, with its
// constraints named as PostgreSQL names them by default (name_pkey,
// name_doc_key_key), so that a table built under another name can take
// over the names.
func postgresTable(name string) string {
	return fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %[1]s (
		node_id bigint CONSTRAINT %[1]s_pkey PRIMARY KEY,
		doc_key bigint NOT NULL CONSTRAINT %[1]s_doc_key_key UNIQUE,
		kind text NOT NULL,
		public_from bigint,
		title tsvector NOT NULL,
		head tsvector NOT NULL,
		doc tsvector NOT NULL
	)`, name)
}

// postgresGIN lists the columns with a GIN index, named table_column.
var postgresGIN = []string{"title", "head", "doc"}

func postgresIndex(table, column string) string {
	return fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %[1]s_%[2]s ON %[1]s USING gin (%[2]s)`, table, column)
}

// postgresVectors is the SQL of the three vectors of an entry from its
// folded title, summary and body (SQL expressions of type text), in column
// order: Put and build write the same vectors.
func postgresVectors(title, summary, body string) string {
	return fmt.Sprintf(`strip(to_tsvector('simple', %[1]s)),
	strip(to_tsvector('simple', %[1]s || ' ' || %[2]s)),
	strip(to_tsvector('simple', %[1]s || ' ' || %[2]s || ' ' || %[3]s))`, title, summary, body)
}

func (postgresEngine) Migrate(ctx context.Context, c Conn) error {
	stmts := []string{postgresTable("search_documents")}
	for _, col := range postgresGIN {
		stmts = append(stmts, postgresIndex("search_documents", col))
	}
	for _, stmt := range stmts {
		if _, err := c.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

func (postgresEngine) Put(ctx context.Context, c Conn, d Document) error {
	_, err := c.ExecContext(ctx, `
INSERT INTO search_documents (node_id, kind, public_from, doc_key, title, head, doc)
VALUES ($1, $2, $3, $4,
	`+postgresVectors("$5", "$6", "$7")+`)
ON CONFLICT (node_id) DO UPDATE SET
	kind = excluded.kind, public_from = excluded.public_from, doc_key = excluded.doc_key,
	title = excluded.title, head = excluded.head, doc = excluded.doc`,
		d.ID, string(d.Kind), d.PublicFrom, d.Key, d.Title, d.Summary, d.Body)
	return err
}

// postgresWriters is how many connections fill the new table of a build at
// once: PostgreSQL computes the vectors of one statement on one core.
const postgresWriters = 4

// build fills a new table and swaps it in. Inserting into GIN indexes one
// entry at a time costs several times building them over a full table, so
// the new table gets its GIN indexes once it is full; then it takes the
// place, and the names, of the old one. The new table is filled and indexed
// outside the swapping transaction, by postgresWriters connections at once
// (the vectors take most of the time, one core per statement); searches
// never read it under its own name. That transaction locks the old table
// against writes first, so no entry written meanwhile is lost with it, and
// readers see the old table until it commits. A build that fails leaves
// the new table behind, for the next build to drop.
func (postgresEngine) build(ctx context.Context, client *ent.Client, docs documentSource) (err error) {
	const (
		table = "search_documents"
		next  = "search_documents_next"
	)
	exec := func(c Conn, stmt string, args ...any) error {
		if _, err := c.ExecContext(ctx, stmt, args...); err != nil {
			return fmt.Errorf("%.60s: %w", strings.Join(strings.Fields(stmt), " "), err)
		}
		return nil
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	for _, step := range []struct {
		c    Conn
		stmt string
	}{
		{tx.Client(), `LOCK TABLE ` + table + ` IN SHARE ROW EXCLUSIVE MODE`},
		{client, `DROP TABLE IF EXISTS ` + next},
		{client, postgresTable(next)},
	} {
		if err := exec(step.c, step.stmt); err != nil {
			return err
		}
	}
	insert := `INSERT INTO ` + next + ` (node_id, kind, public_from, doc_key, title, head, doc)
SELECT d.node_id, d.kind, d.public_from, d.doc_key,
	` + postgresVectors("d.title", "d.summary", "d.body") + `
FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[], $5::text[], $6::text[], $7::text[])
	AS d(node_id, kind, public_from, doc_key, title, summary, body)`
	write := func(batch []Document) error {
		var (
			ids, keys            = make([]int64, len(batch)), make([]int64, len(batch))
			kinds                = make([]string, len(batch))
			from                 = make([]sql.NullInt64, len(batch))
			titles, sums, bodies = make([]string, len(batch)), make([]string, len(batch)), make([]string, len(batch))
		)
		for i, d := range batch {
			ids[i], kinds[i], from[i], keys[i] = int64(d.ID), string(d.Kind), d.PublicFrom, d.Key
			titles[i], sums[i], bodies[i] = d.Title, d.Summary, d.Body
		}
		return exec(client, insert, pq.Array(ids), pq.Array(kinds), pq.Array(from), pq.Array(keys),
			pq.Array(titles), pq.Array(sums), pq.Array(bodies))
	}
	if err := parallel(ctx, postgresWriters, func(put func(func() error) error) error {
		return docs(client, func(batch []Document) error {
			return put(func() error { return write(batch) })
		})
	}); err != nil {
		return err
	}
	if err := parallel(ctx, len(postgresGIN), func(put func(func() error) error) error {
		for _, col := range postgresGIN {
			if err := put(func() error { return exec(client, postgresIndex(next, col)) }); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return err
	}
	stmts := []string{
		`DROP TABLE ` + table,
		`ALTER TABLE ` + next + ` RENAME TO ` + table,
		`ALTER TABLE ` + table + ` RENAME CONSTRAINT ` + next + `_pkey TO ` + table + `_pkey`,
		`ALTER TABLE ` + table + ` RENAME CONSTRAINT ` + next + `_doc_key_key TO ` + table + `_doc_key_key`,
	}
	for _, col := range postgresGIN {
		stmts = append(stmts, `ALTER INDEX `+next+`_`+col+` RENAME TO `+table+`_`+col)
	}
	for _, stmt := range stmts {
		if err := exec(tx.Client(), stmt); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// parallel runs the jobs that produce hands to put on n goroutines and
// returns the first error, of a job or of produce. After an error, put
// refuses further jobs.
func parallel(ctx context.Context, n int, produce func(put func(job func() error) error) error) error {
	jobs := make(chan func() error)
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for job := range jobs {
				if err := job(); err != nil {
					cancel(err)
				}
			}
		})
	}
	err := produce(func(job func() error) error {
		select {
		case jobs <- job:
			return nil
		case <-ctx.Done():
			return context.Cause(ctx)
		}
	})
	close(jobs)
	wg.Wait()
	if err != nil {
		return err
	}
	return context.Cause(ctx)
}

func (postgresEngine) Remove(ctx context.Context, c Conn, ids []int) error {
	for _, id := range ids {
		if _, err := c.ExecContext(ctx, `DELETE FROM search_documents WHERE node_id = $1`, id); err != nil {
			return err
		}
	}
	return nil
}

func (postgresEngine) Clear(ctx context.Context, c Conn) error {
	_, err := c.ExecContext(ctx, `DELETE FROM search_documents`)
	return err
}

// tsQuery writes q as to_tsquery input: every term quoted (terms are letters
// and digits only, so no quote or operator occurs in one), all required, the
// last a prefix.
func tsQuery(q Query) string {
	parts := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		parts[i] = "'" + strings.ReplaceAll(t, "'", "''") + "'"
		if i == len(q.Terms)-1 {
			parts[i] += ":*"
		}
	}
	return strings.Join(parts, " & ")
}

// recentWindow is how many of the newest visible entries a tier reads first:
// enough to fill a page of any query whose words are in one entry of 50.
const recentWindow = 500

// postgresWhere returns the conditions of a search: match, the hits of q in
// tier (any tier when tier is 0), and scope, what the caller may see, with
// their arguments appended to args.
func postgresWhere(r *Request, tier int, args []any) (match, scope []string, _ []any) {
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	q := arg(tsQuery(r.Query))
	m := func(column string) string { return "d." + column + " @@ to_tsquery('simple', " + q + ")" }
	switch tier {
	case 0:
		match = append(match, m("doc"))
	case TierTitle:
		match = append(match, m("title"))
	case TierSummary:
		match = append(match, m("head"), "NOT "+m("title"))
	default:
		match = append(match, m("doc"), "NOT "+m("head"))
	}
	if len(r.Kinds) > 0 {
		var in []string
		for _, k := range r.Kinds {
			in = append(in, arg(string(k)))
		}
		scope = append(scope, "d.kind IN ("+strings.Join(in, ", ")+")")
	}
	if !r.Drafts {
		scope = append(scope, "d.public_from <= "+arg(micros(r.Now)))
	}
	return match, scope, args
}

func and(conds []string) string {
	if len(conds) == 0 {
		return "TRUE"
	}
	return strings.Join(conds, " AND ")
}

// search reads a tier in two steps. PostgreSQL cannot walk the key order
// and a GIN index together, and it cannot tell how the words of a query
// correlate: walking the key order finds a page of a common query at once but
// reads the whole table for a rare one, and the GIN index finds a rare query
// at once but fetches every row of a common one. So the tier is first looked
// for among the newest recentWindow visible entries; a page found there is
// the page. Only when it is not full, the query is rare, and the GIN index
// answers it (OFFSET 0 keeps the planner from walking the key order).
// planForValues makes PostgreSQL plan a search's statements for its words
// (see valuePlanner), for the rest of the transaction.
func (postgresEngine) planForValues() string { return "SET LOCAL plan_cache_mode = force_custom_plan" }

func (postgresEngine) search(ctx context.Context, c Conn, t tierSearch) ([]Hit, error) {
	match, scope, args := postgresWhere(t.Request, t.tier, nil)
	if t.after != nil {
		args = append(args, *t.after)
		scope = append(scope, fmt.Sprintf("d.doc_key < $%d", len(args)))
	}
	args = append(args, recentWindow, t.limit)
	hits, err := queryHits(ctx, c, t.tier, fmt.Sprintf(`
SELECT d.node_id, d.kind, d.doc_key
FROM (SELECT * FROM search_documents AS d WHERE %s ORDER BY d.doc_key DESC LIMIT $%d) AS d
WHERE %s
ORDER BY d.doc_key DESC
LIMIT $%d`, and(scope), len(args)-1, and(match), len(args)), args)
	if err != nil || len(hits) == t.limit {
		return hits, err
	}
	args[len(args)-2] = 0 // the window is not used below
	return queryHits(ctx, c, t.tier, fmt.Sprintf(`
SELECT d.node_id, d.kind, d.doc_key
FROM (SELECT d.node_id, d.kind, d.doc_key FROM search_documents AS d WHERE %s AND %s OFFSET $%d) AS d
ORDER BY d.doc_key DESC
LIMIT $%d`, and(match), and(scope), len(args)-1, len(args)), args)
}

func (postgresEngine) Count(ctx context.Context, c Conn, r Request) (int, error) {
	match, scope, args := postgresWhere(&r, 0, nil)
	return countRow(ctx, c, "SELECT count(*) FROM search_documents AS d WHERE "+and(match)+" AND "+and(scope), args)
}

func (postgresEngine) MatchArticles(q Query) func(*entsql.Selector) {
	match := tsQuery(q)
	return func(s *entsql.Selector) {
		s.Where(entsql.P(func(b *entsql.Builder) {
			b.Ident(s.C("id")).WriteString(" IN (SELECT node_id FROM search_documents WHERE doc @@ to_tsquery('simple', ").Arg(match).WriteString("))")
		}))
	}
}

func (postgresEngine) Compact(ctx context.Context, c Conn) error {
	// GIN indexes grown by single inserts take several times the space of
	// freshly built ones; CONCURRENTLY rebuilds them while reads and writes go on.
	_, err := c.ExecContext(ctx, `REINDEX TABLE CONCURRENTLY search_documents`)
	return err
}

func (postgresEngine) Size(ctx context.Context, c Conn) (int64, error) {
	n, err := countRow(ctx, c, `SELECT pg_total_relation_size('search_documents')`, nil)
	return int64(n), err
}
