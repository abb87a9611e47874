package search

import (
	"context"
	"fmt"
	"strings"

	entsql "entgo.io/ent/dialect/sql"
)

// sqliteEngine searches with FTS5. search_fts is a contentless FTS5 table
// (it keeps the index, not a copy of the text) whose rowid is the node id,
// over text folded with textvi.Fold and tokenized by unicode61 with
// remove_diacritics 2 (so text folded elsewhere still matches).
// search_documents holds per node what filtering and ordering read.
type sqliteEngine struct{}

var sqliteSchema = []string{
	`CREATE TABLE IF NOT EXISTS search_documents (
		node_id INTEGER PRIMARY KEY,
		kind TEXT NOT NULL,
		public_from INTEGER,
		recency INTEGER NOT NULL
	)`,
	`CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
		title, summary, body,
		content='', contentless_delete=1,
		tokenize='unicode61 remove_diacritics 2'
	)`,
}

func (sqliteEngine) Migrate(ctx context.Context, c Conn) error {
	for _, stmt := range sqliteSchema {
		if _, err := c.ExecContext(ctx, stmt); err != nil {
			return err
		}
	}
	return nil
}

func (e sqliteEngine) Put(ctx context.Context, c Conn, d Document) error {
	if err := e.Remove(ctx, c, []int{d.ID}); err != nil {
		return err
	}
	if _, err := c.ExecContext(ctx, `INSERT INTO search_documents (node_id, kind, public_from, recency) VALUES ($1, $2, $3, $4)`,
		d.ID, string(d.Kind), d.PublicFrom, d.Recency); err != nil {
		return err
	}
	_, err := c.ExecContext(ctx, `INSERT INTO search_fts (rowid, title, summary, body) VALUES ($1, $2, $3, $4)`,
		d.ID, d.Title, d.Summary, d.Body)
	return err
}

func (sqliteEngine) Remove(ctx context.Context, c Conn, ids []int) error {
	for _, id := range ids {
		if _, err := c.ExecContext(ctx, `DELETE FROM search_documents WHERE node_id = $1`, id); err != nil {
			return err
		}
		if _, err := c.ExecContext(ctx, `DELETE FROM search_fts WHERE rowid = $1`, id); err != nil {
			return err
		}
	}
	return nil
}

func (sqliteEngine) Clear(ctx context.Context, c Conn) error {
	if _, err := c.ExecContext(ctx, `DELETE FROM search_documents`); err != nil {
		return err
	}
	_, err := c.ExecContext(ctx, `DELETE FROM search_fts`)
	return err
}

// ftsMatch writes q as an FTS5 expression: every term a quoted string (terms
// are letters and digits only, so a quote never occurs in one), all required,
// the last a prefix; within columns, if given.
func ftsMatch(q Query, columns string) string {
	var b strings.Builder
	if columns != "" {
		b.WriteString("{" + columns + "} : (")
	}
	for i, t := range q.Terms {
		if i > 0 {
			b.WriteString(" AND ")
		}
		b.WriteString(`"` + strings.ReplaceAll(t, `"`, `""`) + `"`)
		if i == len(q.Terms)-1 {
			b.WriteString("*")
		}
	}
	if columns != "" {
		b.WriteString(")")
	}
	return b.String()
}

// sqliteFilter is the FROM and WHERE clauses shared by Search and Count,
// with their arguments appended to args.
func sqliteFilter(r Request, args []any) (string, []any) {
	args = append(args, ftsMatch(r.Query, ""))
	where := []string{fmt.Sprintf("search_fts MATCH $%d", len(args))}
	if len(r.Kinds) > 0 {
		var in []string
		for _, k := range r.Kinds {
			args = append(args, string(k))
			in = append(in, fmt.Sprintf("$%d", len(args)))
		}
		where = append(where, "d.kind IN ("+strings.Join(in, ", ")+")")
	}
	if !r.Drafts {
		// An unpublished article has no public_from and never passes.
		args = append(args, micros(r.Now))
		where = append(where, fmt.Sprintf("d.public_from <= $%d", len(args)))
	}
	return `FROM search_fts JOIN search_documents AS d ON d.node_id = search_fts.rowid
WHERE ` + strings.Join(where, " AND "), args
}

func (sqliteEngine) Search(ctx context.Context, c Conn, r Request) ([]Hit, error) {
	// The tier of a hit comes from the same query restricted to the title,
	// then to title and summary; bm25 (weights 10, 4, 1) orders hits of equal
	// tier and recency.
	args := []any{ftsMatch(r.Query, "title"), ftsMatch(r.Query, "title summary")}
	from, args := sqliteFilter(r, args)
	args = append(args, r.Limit, r.Offset)
	rows, err := c.QueryContext(ctx, fmt.Sprintf(`
SELECT search_fts.rowid, d.kind,
	CASE WHEN search_fts.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH $1) THEN 3
	     WHEN search_fts.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH $2) THEN 2
	     ELSE 1 END AS tier,
	bm25(search_fts, 10.0, 4.0, 1.0) AS rank
%s
ORDER BY tier DESC, d.recency DESC, rank, search_fts.rowid DESC
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
			rank float64
		)
		if err := rows.Scan(&h.ID, &kind, &h.Tier, &rank); err != nil {
			return nil, err
		}
		h.Kind = Kind(kind)
		// bm25 is negative, lower is better: map it into [0, 1).
		h.Relevance = -rank / (1 - rank)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

func (sqliteEngine) Count(ctx context.Context, c Conn, r Request) (int, error) {
	from, args := sqliteFilter(r, nil)
	return countRow(ctx, c, "SELECT count(*) "+from, args)
}

func (sqliteEngine) MatchArticles(q Query) func(*entsql.Selector) {
	match := ftsMatch(q, "")
	return func(s *entsql.Selector) {
		s.Where(entsql.P(func(b *entsql.Builder) {
			b.Ident(s.C("id")).WriteString(" IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ").Arg(match).WriteString(")")
		}))
	}
}

func (sqliteEngine) Size(ctx context.Context, c Conn) (int64, error) {
	// dbstat counts the pages of every table; FTS5 keeps its index in
	// search_fts_* shadow tables.
	var n int64
	rows, err := c.QueryContext(ctx, `SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search_%' OR name LIKE 'sqlite_autoindex_search_%'`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	if !rows.Next() {
		return 0, errNoRows
	}
	if err := rows.Scan(&n); err != nil {
		return 0, err
	}
	return n, rows.Err()
}

// countRow runs a query returning one integer.
func countRow(ctx context.Context, c Conn, query string, args []any) (int, error) {
	rows, err := c.QueryContext(ctx, query, args...)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	if !rows.Next() {
		if err := rows.Err(); err != nil {
			return 0, err
		}
		return 0, errNoRows
	}
	var n int
	if err := rows.Scan(&n); err != nil {
		return 0, err
	}
	return n, rows.Err()
}
