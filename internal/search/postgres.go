package search

import (
	"context"
	"fmt"
	"strings"

	entsql "entgo.io/ent/dialect/sql"
)

// postgresEngine searches with a tsvector per node under a GIN index. The
// text is folded with textvi.Fold before it reaches PostgreSQL, so the
// 'simple' configuration (lower-case, no stemming, no stop words) is all it
// needs: no unaccent, no extension, and folding is the same function on both
// engines. Title, summary and body carry weights A, B and D, which the tiers
// read.
type postgresEngine struct{}

var postgresSchema = []string{
	`CREATE TABLE IF NOT EXISTS search_documents (
		node_id bigint PRIMARY KEY,
		kind text NOT NULL,
		public_from bigint,
		recency bigint NOT NULL,
		doc tsvector NOT NULL
	)`,
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
INSERT INTO search_documents (node_id, kind, public_from, recency, doc)
VALUES ($1, $2, $3, $4,
	setweight(to_tsvector('simple', $5), 'A') ||
	setweight(to_tsvector('simple', $6), 'B') ||
	to_tsvector('simple', $7))
ON CONFLICT (node_id) DO UPDATE SET
	kind = excluded.kind, public_from = excluded.public_from,
	recency = excluded.recency, doc = excluded.doc`,
		d.ID, string(d.Kind), d.PublicFrom, d.Recency, d.Title, d.Summary, d.Body)
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
// last a prefix, restricted to the weights given ("" for any).
func tsQuery(q Query, weights string) string {
	parts := make([]string, len(q.Terms))
	for i, t := range q.Terms {
		p := "'" + strings.ReplaceAll(t, "'", "''") + "'"
		if i == len(q.Terms)-1 {
			p += ":*" + weights
		} else if weights != "" {
			p += ":" + weights
		}
		parts[i] = p
	}
	return strings.Join(parts, " & ")
}

// postgresFilter is the FROM and WHERE clauses shared by Search and Count,
// with their arguments appended to args.
func postgresFilter(r Request, args []any) (string, []any) {
	args = append(args, tsQuery(r.Query, ""))
	where := []string{fmt.Sprintf("d.doc @@ to_tsquery('simple', $%d)", len(args))}
	if len(r.Kinds) > 0 {
		var in []string
		for _, k := range r.Kinds {
			args = append(args, string(k))
			in = append(in, fmt.Sprintf("$%d", len(args)))
		}
		where = append(where, "d.kind IN ("+strings.Join(in, ", ")+")")
	}
	if !r.Drafts {
		args = append(args, micros(r.Now))
		where = append(where, fmt.Sprintf("d.public_from <= $%d", len(args)))
	}
	return "FROM search_documents AS d WHERE " + strings.Join(where, " AND "), args
}

func (postgresEngine) Search(ctx context.Context, c Conn, r Request) ([]Hit, error) {
	args := []any{tsQuery(r.Query, "A"), tsQuery(r.Query, "AB")}
	from, args := postgresFilter(r, args)
	args = append(args, r.Limit, r.Offset)
	// $3 is the whole query (postgresFilter's first argument); ts_rank with
	// normalisation 32 is in [0, 1).
	rows, err := c.QueryContext(ctx, fmt.Sprintf(`
SELECT d.node_id, d.kind,
	CASE WHEN d.doc @@ to_tsquery('simple', $1) THEN 3
	     WHEN d.doc @@ to_tsquery('simple', $2) THEN 2
	     ELSE 1 END AS tier,
	ts_rank(d.doc, to_tsquery('simple', $3), 32) AS relevance
%s
ORDER BY tier DESC, d.recency DESC, relevance DESC, d.node_id DESC
LIMIT $%d OFFSET $%d`, from, len(args)-1, len(args)), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []Hit
	for rows.Next() {
		var (
			h    Hit
			kind string
		)
		if err := rows.Scan(&h.ID, &kind, &h.Tier, &h.Relevance); err != nil {
			return nil, err
		}
		h.Kind = Kind(kind)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

func (postgresEngine) Count(ctx context.Context, c Conn, r Request) (int, error) {
	from, args := postgresFilter(r, nil)
	return countRow(ctx, c, "SELECT count(*) "+from, args)
}

func (postgresEngine) MatchArticles(q Query) func(*entsql.Selector) {
	match := tsQuery(q, "")
	return func(s *entsql.Selector) {
		s.Where(entsql.P(func(b *entsql.Builder) {
			b.Ident(s.C("id")).WriteString(" IN (SELECT node_id FROM search_documents WHERE doc @@ to_tsquery('simple', ").Arg(match).WriteString("))")
		}))
	}
}

func (postgresEngine) Size(ctx context.Context, c Conn) (int64, error) {
	n, err := countRow(ctx, c, `SELECT pg_total_relation_size('search_documents')`, nil)
	return int64(n), err
}
