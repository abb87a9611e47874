package search

import (
	"context"
	"fmt"
	"strings"

	entsql "entgo.io/ent/dialect/sql"
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

var postgresSchema = []string{
	`CREATE TABLE IF NOT EXISTS search_documents (
		node_id bigint PRIMARY KEY,
		doc_key bigint NOT NULL UNIQUE,
		kind text NOT NULL,
		public_from bigint,
		title tsvector NOT NULL,
		head tsvector NOT NULL,
		doc tsvector NOT NULL
	)`,
	`CREATE INDEX IF NOT EXISTS search_documents_title ON search_documents USING gin (title)`,
	`CREATE INDEX IF NOT EXISTS search_documents_head ON search_documents USING gin (head)`,
	`CREATE INDEX IF NOT EXISTS search_documents_doc ON search_documents USING gin (doc)`,
}

func (postgresEngine) Migrate(ctx context.Context, c Conn) error {
	for _, stmt := range postgresSchema {
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
	strip(to_tsvector('simple', $5)),
	strip(to_tsvector('simple', $5 || ' ' || $6)),
	strip(to_tsvector('simple', $5 || ' ' || $6 || ' ' || $7)))
ON CONFLICT (node_id) DO UPDATE SET
	kind = excluded.kind, public_from = excluded.public_from, doc_key = excluded.doc_key,
	title = excluded.title, head = excluded.head, doc = excluded.doc`,
		d.ID, string(d.Kind), d.PublicFrom, d.Key, d.Title, d.Summary, d.Body)
	return err
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
func (postgresEngine) search(ctx context.Context, c Conn, t tierSearch) ([]Hit, error) {
	match, scope, args := postgresWhere(t.Request, t.tier, nil)
	if t.after != nil {
		args = append(args, *t.after)
		scope = append(scope, fmt.Sprintf("d.doc_key < $%d", len(args)))
	}
	args = append(args, recentWindow, t.limit)
	hits, err := postgresHits(ctx, c, t.tier, fmt.Sprintf(`
SELECT d.node_id, d.kind, d.doc_key
FROM (SELECT * FROM search_documents AS d WHERE %s ORDER BY d.doc_key DESC LIMIT $%d) AS d
WHERE %s
ORDER BY d.doc_key DESC
LIMIT $%d`, and(scope), len(args)-1, and(match), len(args)), args)
	if err != nil || len(hits) == t.limit {
		return hits, err
	}
	args[len(args)-2] = 0 // the window is not used below
	return postgresHits(ctx, c, t.tier, fmt.Sprintf(`
SELECT d.node_id, d.kind, d.doc_key
FROM (SELECT d.node_id, d.kind, d.doc_key FROM search_documents AS d WHERE %s AND %s OFFSET $%d) AS d
ORDER BY d.doc_key DESC
LIMIT $%d`, and(match), and(scope), len(args)-1, len(args)), args)
}

func postgresHits(ctx context.Context, c Conn, tier int, query string, args []any) ([]Hit, error) {
	rows, err := c.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var kind string
		h := Hit{Position: Position{Tier: tier}}
		if err := rows.Scan(&h.ID, &kind, &h.Key); err != nil {
			return nil, err
		}
		h.Kind = Kind(kind)
		hits = append(hits, h)
	}
	return hits, rows.Err()
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
