package search

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/ent"
)

// sqliteEngine searches with FTS5. search_fts is a contentless FTS5 table
// (it keeps the index, not a copy of the text) over text folded with
// textvi.Fold and tokenized by unicode61 with remove_diacritics 2 (so text
// folded elsewhere still matches). Its rowid is the document's key negated,
// so FTS5 itself walks matches newest first, in its forward order, and a
// page stops early: read backwards (ORDER BY rowid DESC), FTS5 reads each
// leaf page of a doclist forward before it steps back through it, which
// cost SEARCH about 15% of its CPU.
// search_documents maps keys to nodes and holds what filtering reads.
//
// FTS5 answers a prefix query ("gi"*) by merging the whole doclists of every
// word with the prefix in memory before it returns a row, which on 100,000
// articles costs more than the rest of the search. search_terms lists the
// words of the index, so a prefix that is a few words (a syllable typed in
// full: "giao", or "nghi" → nghi, nghia, nghiem…) becomes an OR of those
// words, which FTS5 reads lazily and stops at a page.
type sqliteEngine struct{}

var sqliteSchema = []string{
	`CREATE TABLE IF NOT EXISTS search_documents (
		doc_key INTEGER PRIMARY KEY,
		node_id INTEGER NOT NULL UNIQUE,
		kind TEXT NOT NULL,
		public_from INTEGER
	)`,
	// Every word ever indexed, to expand the prefix of a query into words.
	`CREATE TABLE IF NOT EXISTS search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID`,
	// What the layout of the FTS5 tables is, for Migrate: sqliteLayout.
	`CREATE TABLE IF NOT EXISTS search_layout (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`,
	sqliteFTS("search_fts", "title, summary, body"),
	sqliteFTS("search_head", "title, summary"),
	sqliteFTS("search_title", "title"),
}

// sqliteFTS creates a contentless FTS5 table. Each tier has its own, with
// only the columns it matches in: a column filter ({title} : …) does not
// shorten what FTS5 reads, it tests every position of every word of the
// whole doclist, so a name found in few titles but in many bodies cost a
// tier 3 walk over the bodies' doclists (95 ms for 5 rows at scale 1).
// search_title holds the titles, search_head titles and summaries (tier 2
// matches in it and not in its title column), search_fts everything (tier 1,
// counts and searchArticles). Titles and summaries are a small part of the
// text, so the copies add little.
func sqliteFTS(name, columns string) string {
	return `CREATE VIRTUAL TABLE IF NOT EXISTS ` + name + ` USING fts5(
		` + columns + `,
		content='', contentless_delete=1,
		tokenize='unicode61 remove_diacritics 2'
	)`
}

// sqliteTables are the FTS5 tables and the columns of an entry each holds,
// as placeholders: the key, then the texts.
var sqliteTables = []struct{ name, columns string }{
	{"search_fts", "rowid, title, summary, body"},
	{"search_head", "rowid, title, summary"},
	{"search_title", "rowid, title"},
}

// sqliteLayout names the layout of the FTS5 tables in search_layout: their
// rowids are the keys negated. An index without it holds the keys as they
// are (the release before) and is rebuilt.
const sqliteLayout = "negated-keys"

// sqliteArgs are the values of an entry in table i of sqliteTables: the
// key negated (sqliteEngine), then the texts.
func sqliteArgs(i int, d Document) []any {
	return []any{-d.Key, d.Title, d.Summary, d.Body}[:4-i]
}

// Migrate creates the tables. An index written by an earlier release (no
// search_title, or keys not negated: no sqliteLayout) is rebuilt (rebuild
// true; fill records the layout); an empty one takes the layout as it is.
func (sqliteEngine) Migrate(ctx context.Context, c Conn) (rebuild bool, err error) {
	for _, stmt := range sqliteSchema {
		if _, err := c.ExecContext(ctx, stmt); err != nil {
			return false, err
		}
	}
	current, err := countRow(ctx, c, `SELECT count(*) FROM search_layout WHERE name = 'keys' AND value = $1`, []any{sqliteLayout})
	if err != nil || current > 0 {
		return false, err
	}
	n, err := countRow(ctx, c, `SELECT count(*) FROM (SELECT 1 FROM search_documents LIMIT 1)`, nil)
	if err != nil || n > 0 {
		return n > 0, err
	}
	return false, recordLayout(ctx, c)
}

func recordLayout(ctx context.Context, c Conn) error {
	_, err := c.ExecContext(ctx, `INSERT OR REPLACE INTO search_layout (name, value) VALUES ('keys', $1)`, sqliteLayout)
	return err
}

func (e sqliteEngine) Put(ctx context.Context, c Conn, d Document) error {
	if err := e.Remove(ctx, c, []int{d.ID}); err != nil {
		return err
	}
	if _, err := c.ExecContext(ctx, `INSERT INTO search_documents (doc_key, node_id, kind, public_from) VALUES ($1, $2, $3, $4)`,
		d.Key, d.ID, string(d.Kind), d.PublicFrom); err != nil {
		return err
	}
	for i, t := range sqliteTables {
		args := sqliteArgs(i, d)
		if _, err := c.ExecContext(ctx, `INSERT INTO `+t.name+` (`+t.columns+`) VALUES `+placeholders(1, len(args)), args...); err != nil {
			return err
		}
	}
	terms, err := json.Marshal(distinctWords(d.Title, d.Summary, d.Body))
	if err != nil {
		return err
	}
	_, err = c.ExecContext(ctx, `INSERT OR IGNORE INTO search_terms (term) SELECT value FROM json_each($1)`, string(terms))
	return err
}

// distinctWords lists the words of folded texts once each.
func distinctWords(texts ...string) []string {
	seen := map[string]bool{}
	words := []string{}
	for _, t := range texts {
		for _, w := range strings.Fields(t) {
			if !seen[w] {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	return words
}

func (sqliteEngine) Remove(ctx context.Context, c Conn, ids []int) error {
	for _, id := range ids {
		for _, t := range sqliteTables {
			if _, err := c.ExecContext(ctx, `DELETE FROM `+t.name+` WHERE rowid = -(SELECT doc_key FROM search_documents WHERE node_id = $1)`, id); err != nil {
				return err
			}
		}
		if _, err := c.ExecContext(ctx, `DELETE FROM search_documents WHERE node_id = $1`, id); err != nil {
			return err
		}
	}
	return nil
}

func (sqliteEngine) Clear(ctx context.Context, c Conn) error {
	for _, table := range []string{"search_documents", "search_terms"} {
		if _, err := c.ExecContext(ctx, `DELETE FROM `+table); err != nil {
			return err
		}
	}
	// Empties a contentless table at once, where DELETE would leave a
	// tombstone per entry.
	for _, t := range sqliteTables {
		if _, err := c.ExecContext(ctx, `INSERT INTO `+t.name+` (`+t.name+`) VALUES ('delete-all')`); err != nil {
			return err
		}
	}
	return nil
}

// sqliteRows is how many entries one INSERT of build writes: 4 arguments
// each, far below SQLite's limit of 32,766.
const sqliteRows = 250

// build writes each batch with one multi-row INSERT per table instead of
// Put's five statements per entry, on an emptied index (no entry to
// remove), and the words of every entry once, in order, at the end, all in
// one transaction (readers see the old index until it commits). FTS5 keeps
// what the transaction adds in memory and writes segments as it goes;
// 'optimize' merges them into one before commit.
func (e sqliteEngine) build(ctx context.Context, client *ent.Client, docs documentSource) error {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	if err := e.fill(ctx, tx.Client(), docs); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// fill writes the index through tx, reading the nodes through it too: a
// second connection would fill a second page cache.
func (e sqliteEngine) fill(ctx context.Context, tx *ent.Client, docs documentSource) error {
	if err := e.Clear(ctx, tx); err != nil {
		return fmt.Errorf("clear the index: %w", err)
	}
	if err := recordLayout(ctx, tx); err != nil {
		return fmt.Errorf("record the index's layout: %w", err)
	}
	words := map[string]bool{}
	err := docs(tx, func(batch []Document) error {
		// FTS5 writes out what it holds in memory whenever a rowid is not
		// above the last; in ascending rowids (descending keys) it writes
		// once per batch instead of once per entry.
		// (A copy: docs pages on from the batch's last id.)
		batch = slices.Clone(batch)
		slices.SortFunc(batch, func(a, b Document) int { return cmp.Compare(b.Key, a.Key) })
		for start := 0; start < len(batch); start += sqliteRows {
			rows := batch[start:min(start+sqliteRows, len(batch))]
			var docArgs []any
			for _, d := range rows {
				docArgs = append(docArgs, d.Key, d.ID, string(d.Kind), d.PublicFrom)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO search_documents (doc_key, node_id, kind, public_from) VALUES `+placeholders(len(rows), 4), docArgs...); err != nil {
				return err
			}
			for i, t := range sqliteTables {
				var args []any
				for _, d := range rows {
					args = append(args, sqliteArgs(i, d)...)
				}
				if _, err := tx.ExecContext(ctx, `INSERT INTO `+t.name+` (`+t.columns+`) VALUES `+placeholders(len(rows), 4-i), args...); err != nil {
					return err
				}
			}
		}
		for _, d := range batch {
			for _, text := range []string{d.Title, d.Summary, d.Body} {
				for _, w := range strings.Fields(text) {
					words[w] = true
				}
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	sorted := make([]any, 0, len(words))
	for _, w := range slices.Sorted(maps.Keys(words)) {
		sorted = append(sorted, w)
	}
	for start := 0; start < len(sorted); start += sqliteRows {
		chunk := sorted[start:min(start+sqliteRows, len(sorted))]
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO search_terms (term) VALUES `+placeholders(len(chunk), 1), chunk...); err != nil {
			return fmt.Errorf("list the indexed words: %w", err)
		}
	}
	if err := e.Compact(ctx, tx); err != nil {
		return fmt.Errorf("compact the index: %w", err)
	}
	return nil
}

// placeholders returns "(?, ?), (?, ?)" for rows of columns arguments:
// positional, which the driver binds faster than numbered ones.
func placeholders(rows, columns int) string {
	row := "(" + strings.Repeat("?, ", columns-1) + "?)"
	return strings.Repeat(row+", ", rows-1) + row
}

// maxPrefixWords is the most words a prefix expands to; a shorter prefix
// ("g", "gi") stays an FTS5 prefix query.
const maxPrefixWords = 32

// ftsQuery is a query as FTS5 will read it: its words, the last one either
// a prefix or, when expanded, any of the words in last.
type ftsQuery struct {
	Query
	last []string // nil: the last term is a prefix
}

// expand looks up the words that begin with the last term of q. When there
// are too many, or none (the prefix matches nothing, or the index predates
// search_terms), the last term stays a prefix.
func expand(ctx context.Context, c Conn, q Query) (ftsQuery, error) {
	prefix := q.Terms[len(q.Terms)-1]
	rows, err := c.QueryContext(ctx, `SELECT term FROM search_terms WHERE term >= $1 AND term < $2 ORDER BY term LIMIT $3`,
		prefix, prefix+"\U0010FFFF", maxPrefixWords+1)
	if err != nil {
		return ftsQuery{}, err
	}
	defer rows.Close()
	var words []string
	for rows.Next() {
		var w string
		if err := rows.Scan(&w); err != nil {
			return ftsQuery{}, err
		}
		words = append(words, w)
	}
	if err := rows.Err(); err != nil {
		return ftsQuery{}, err
	}
	f := ftsQuery{Query: q}
	if len(words) > 0 && len(words) <= maxPrefixWords {
		f.last = words
	}
	return f, nil
}

// ftsMatch writes q as an FTS5 expression: every term a quoted string (terms
// are letters and digits only, so a quote never occurs in one), all required,
// the last a prefix or any of its expansions; within columns, if given.
func ftsMatch(q ftsQuery, columns string) string {
	quote := func(t string) string { return `"` + strings.ReplaceAll(t, `"`, `""`) + `"` }
	var b strings.Builder
	if columns != "" {
		b.WriteString("{" + columns + "} : (")
	}
	for i, t := range q.Terms {
		if i > 0 {
			b.WriteString(" AND ")
		}
		switch {
		case i < len(q.Terms)-1:
			b.WriteString(quote(t))
		case q.last == nil:
			b.WriteString(quote(t) + "*")
		default:
			b.WriteString("(")
			for j, w := range q.last {
				if j > 0 {
					b.WriteString(" OR ")
				}
				b.WriteString(quote(w))
			}
			b.WriteString(")")
		}
	}
	if columns != "" {
		b.WriteString(")")
	}
	return b.String()
}

// sqliteTier is the FTS5 table and expression of the hits of q in tier:
// all words in the title; in title and summary but not all in the title;
// anywhere but not all in title and summary. The positive side of each is
// unfiltered in its own table, so FTS5 walks it in rowid order and stops at
// the page; the column filter after NOT only tests the rows found.
func sqliteTier(q ftsQuery, tier int) (table, match string) {
	all, title, head := ftsMatch(q, ""), ftsMatch(q, "title"), ftsMatch(q, "title summary")
	switch tier {
	case TierTitle:
		return "search_title", all
	case TierSummary:
		return "search_head", "(" + all + ") NOT (" + title + ")"
	}
	return "search_fts", "(" + all + ") NOT (" + head + ")"
}

// sqliteFilter is the FROM and WHERE clauses shared by search and Count,
// with their arguments appended to args.
func sqliteFilter(r *Request, table, match string, args []any) (string, []any) {
	args = append(args, match)
	where := []string{fmt.Sprintf("%s MATCH $%d", table, len(args))}
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
	return `FROM ` + table + ` JOIN search_documents AS d ON d.doc_key = -` + table + `.rowid
WHERE ` + strings.Join(where, " AND "), args
}

// searchPage reads tier after tier, each in key order, until the page is
// full.
func (e sqliteEngine) searchPage(ctx context.Context, c Conn, r Request, _ *termStats) ([]Hit, error) {
	q, err := expand(ctx, c, r.Query)
	if err != nil {
		return nil, err
	}
	var hits []Hit
	for _, t := range r.tiers() {
		t.limit = r.Limit - len(hits)
		if t.limit <= 0 {
			break
		}
		more, err := e.search(ctx, c, q, t)
		if err != nil {
			return nil, err
		}
		hits = append(hits, more...)
	}
	return hits, nil
}

func (sqliteEngine) search(ctx context.Context, c Conn, q ftsQuery, t tierSearch) ([]Hit, error) {
	table, match := sqliteTier(q, t.tier)
	from, args := sqliteFilter(t.Request, table, match, nil)
	if t.after != nil {
		args = append(args, *t.after)
		from += fmt.Sprintf(" AND %s.rowid > -$%d", table, len(args))
	}
	args = append(args, t.limit)
	// No bm25: its first call counts the rows of every word of the query,
	// a pass over whole doclists that costs more than the page.
	return queryHits(ctx, c, t.tier, fmt.Sprintf(`
SELECT d.node_id, d.kind, -%[1]s.rowid
%[2]s
ORDER BY %[1]s.rowid
LIMIT $%[3]d`, table, from, len(args)), args)
}

func (sqliteEngine) Count(ctx context.Context, c Conn, r Request, _ *termStats) (int, error) {
	q, err := expand(ctx, c, r.Query)
	if err != nil {
		return 0, err
	}
	from, args := sqliteFilter(&r, "search_fts", ftsMatch(q, ""), nil)
	args = append(args, CountLimit)
	return countRow(ctx, c, fmt.Sprintf("SELECT count(*) FROM (SELECT 1 %s LIMIT $%d)", from, len(args)), args)
}

func (sqliteEngine) MatchArticles(q Query) func(*entsql.Selector) {
	match := ftsMatch(ftsQuery{Query: q}, "")
	return func(s *entsql.Selector) {
		s.Where(entsql.P(func(b *entsql.Builder) {
			b.Ident(s.C("id")).WriteString(" IN (SELECT d.node_id FROM search_fts JOIN search_documents AS d ON d.doc_key = -search_fts.rowid WHERE search_fts MATCH ").Arg(match).WriteString(")")
		}))
	}
}

func (sqliteEngine) Compact(ctx context.Context, c Conn) error {
	for _, t := range sqliteTables {
		if _, err := c.ExecContext(ctx, `INSERT INTO `+t.name+` (`+t.name+`) VALUES ('optimize')`); err != nil {
			return err
		}
	}
	return nil
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
