package search

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

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
		doc tsvector NOT NULL,
		summary tsvector
	)`, name)
}

// postgresGIN lists the columns with GIN indexes.
var postgresGIN = []string{"title", "head", "doc"}

// ginIndex is one GIN index of the index table: the table's name, then
// _name, over column, of the entries where says (all when empty).
type ginIndex struct{ name, column, where string }

// postgresGINIndexes are the GIN indexes of the index table: per vector,
// one over every entry (table_column) and one over the people,
// organizations and awards alone (table_column_entities), the entries
// whose keys are entityKeys and above. A page reads a rare tier through
// the first; a common tier's entities through the second, while its
// articles are walked in key order from the newest article (searchPage).
var postgresGINIndexes = func() []ginIndex {
	var out []ginIndex
	for _, col := range postgresGIN {
		out = append(out, ginIndex{col, col, ""}, ginIndex{col + "_entities", col, entityRange})
	}
	return out
}()

// entityRange and articleRange are the conditions of the entities' and
// the articles' keys, with the bound written out: a partial index is only
// used by a generic plan whose condition implies its own as written.
var (
	entityRange  = fmt.Sprintf("doc_key >= %d", entityKeys)
	articleRange = fmt.Sprintf("doc_key < %d", entityKeys)
)

// postgresIndex creates the GIN index ix of table. fastupdate is off: with
// it on (PostgreSQL's default), writes append to a pending list that every
// search reads in full, unordered, until a vacuum or the list's size limit
// merges it into the index; under a steady trickle of writes searches slowed
// by half and more (docs/search.md). Off, each write inserts into the index
// itself, a few milliseconds more for an article of 2,000 words, which
// newsroom write rates afford.
func postgresIndex(table string, ix ginIndex) string {
	stmt := fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %[1]s_%[2]s ON %[1]s USING gin (%[3]s) WITH (fastupdate = off)`, table, ix.name, ix.column)
	if ix.where != "" {
		stmt += " WHERE " + ix.where
	}
	return stmt
}

// postgresTerms lists every word ever indexed, so that the last word of a
// query can be expanded to the words it begins (postgresQuery). C collation:
// a range of terms is a range of bytes. Words of deleted entries stay; they
// match nothing.
const postgresTerms = `CREATE TABLE IF NOT EXISTS search_terms (term text COLLATE "C" PRIMARY KEY)`

// postgresAddTerms adds the words of $1 (a text[]) to search_terms.
const postgresAddTerms = `INSERT INTO search_terms (term) SELECT DISTINCT unnest($1::text[]) ON CONFLICT DO NOTHING`

// postgresVectors is the SQL of the four vectors of an entry from its
// folded title, summary and body (SQL expressions of type text), in column
// order (title, head, doc, summary): Put and build write the same vectors.
// summary, the summary's words alone, is no tier's: a page tells by it
// whether a hit's summary holds every word of the query, and so whether a
// snippet needs the body (pageStatement).
func postgresVectors(title, summary, body string) string {
	return fmt.Sprintf(`strip(to_tsvector('simple', %[1]s)),
	strip(to_tsvector('simple', %[1]s || ' ' || %[2]s)),
	strip(to_tsvector('simple', %[1]s || ' ' || %[2]s || ' ' || %[3]s)),
	strip(to_tsvector('simple', %[2]s))`, title, summary, body)
}

func (postgresEngine) Migrate(ctx context.Context, c Conn) (rebuild bool, err error) {
	hadTerms, err := countRow(ctx, c, `SELECT count(*) FROM pg_class WHERE relname = 'search_terms' AND relnamespace = current_schema()::regnamespace`, nil)
	if err != nil {
		return false, err
	}
	stmts := []string{postgresTable("search_documents"), postgresTerms,
		// The summary's vector is new in December 2026. An entry written
		// before has none, and a page reads its body for a snippet, as it
		// did then, until the entry is written again or reindexed.
		`ALTER TABLE search_documents ADD COLUMN IF NOT EXISTS summary tsvector`}
	for _, ix := range postgresGINIndexes {
		stmts = append(stmts,
			// The entities' indexes are new in December 2026: an index
			// of an earlier release gets them here.
			postgresIndex("search_documents", ix),
			// An index created by an earlier release has fastupdate on; its
			// pending list is merged by the next vacuum.
			`ALTER INDEX search_documents_`+ix.name+` SET (fastupdate = off)`)
	}
	if hadTerms == 0 {
		// An index written by an earlier release, without its word list.
		stmts = append(stmts, `INSERT INTO search_terms (term) SELECT DISTINCT w FROM search_documents, unnest(tsvector_to_array(doc)) AS w ON CONFLICT DO NOTHING`)
	}
	for _, stmt := range stmts {
		if _, err := c.ExecContext(ctx, stmt); err != nil {
			return false, err
		}
	}
	return false, nil
}

func (postgresEngine) Put(ctx context.Context, c Conn, d Document) error {
	_, err := c.ExecContext(ctx, `
INSERT INTO search_documents (node_id, kind, public_from, doc_key, title, head, doc, summary)
VALUES ($1, $2, $3, $4,
	`+postgresVectors("$5", "$6", "$7")+`)
ON CONFLICT (node_id) DO UPDATE SET
	kind = excluded.kind, public_from = excluded.public_from, doc_key = excluded.doc_key,
	title = excluded.title, head = excluded.head, doc = excluded.doc, summary = excluded.summary`,
		d.ID, string(d.Kind), d.PublicFrom, d.Key, d.Title, d.Summary, d.Body)
	if err != nil {
		return err
	}
	_, err = c.ExecContext(ctx, postgresAddTerms, pq.Array(distinctWords(d.Title, d.Summary, d.Body)))
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
	insert := `INSERT INTO ` + next + ` (node_id, kind, public_from, doc_key, title, head, doc, summary)
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
	words := map[string]bool{}
	if err := parallel(ctx, postgresWriters, func(put func(func() error) error) error {
		return docs(client, func(batch []Document) error {
			for _, d := range batch {
				for _, text := range []string{d.Title, d.Summary, d.Body} {
					for _, w := range strings.Fields(text) {
						words[w] = true
					}
				}
			}
			return put(func() error { return write(batch) })
		})
	}); err != nil {
		return err
	}
	if err := exec(client, postgresAddTerms, pq.Array(slices.Collect(maps.Keys(words)))); err != nil {
		return err
	}
	if err := parallel(ctx, len(postgresGIN), func(put func(func() error) error) error {
		for _, ix := range postgresGINIndexes {
			if err := put(func() error { return exec(client, postgresIndex(next, ix)) }); err != nil {
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
	for _, ix := range postgresGINIndexes {
		stmts = append(stmts, `ALTER INDEX `+next+`_`+ix.name+` RENAME TO `+table+`_`+ix.name)
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
	for _, table := range []string{"search_documents", "search_terms"} {
		if _, err := c.ExecContext(ctx, `DELETE FROM `+table); err != nil {
			return err
		}
	}
	return nil
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

// postgresWhere returns the conditions of a search: match, the hits of q in
// tier (any tier when tier is 0), and scope, what the caller may see, with
// their arguments appended to args. q is the SQL of the tsquery.
func postgresWhere(r *Request, q string, tier int, args []any) (match, scope []string, _ []any) {
	arg := func(v any) string {
		args = append(args, v)
		return fmt.Sprintf("$%d", len(args))
	}
	m := func(column string) string { return "d." + column + " @@ " + q }
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
		kinds := make([]string, len(r.Kinds))
		for i, k := range r.Kinds {
			kinds[i] = string(k)
		}
		scope = append(scope, "d.kind = ANY("+arg(pq.Array(kinds))+")")
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

// postgresQuery is the common table expression x whose one row, q, is the
// query as a tsquery, the last word expanded to the indexed words it begins
// (search_terms) when they are between 1 and maxPrefixWords, else a prefix
// ('gi':*). A GIN index answers a prefix by merging the posting lists of
// every word with the prefix into one bitmap before it can intersect it with
// the other words'; a few words are intersected lazily like any other. The
// arguments are appended to args.
func postgresQuery(q Query, args []any) (string, []any) {
	var head strings.Builder
	for _, t := range q.Terms[:len(q.Terms)-1] {
		head.WriteString("'" + t + "' & ")
	}
	last := q.Terms[len(q.Terms)-1]
	n := len(args)
	args = append(args, head.String(), tsQuery(q), last, last+"\U0010FFFF", maxPrefixWords+1)
	return fmt.Sprintf(`x AS MATERIALIZED (
	SELECT CASE WHEN count(*) BETWEEN 1 AND %[6]d
		THEN to_tsquery('simple', $%[1]d || '(' || string_agg(quote_literal(term), ' | ' ORDER BY term) || ')')
		ELSE to_tsquery('simple', $%[2]d) END AS q
	FROM (SELECT term FROM search_terms WHERE term >= $%[3]d AND term < $%[4]d ORDER BY term LIMIT $%[5]d) AS t
)`, n+1, n+2, n+3, n+4, n+5, maxPrefixWords), args
}

// postgresQ is how a statement that starts with postgresQuery reads q.
const postgresQ = "(SELECT q FROM x)"

// searchPage answers a whole page in one statement: each tier from the
// cursor's down, in order, as branches of a UNION ALL under the page's
// LIMIT, so PostgreSQL runs a tier only while the page is not full.
//
// A tier is read in one of two ways, chosen from how many entries the
// planner's statistics say match it (termStats.walks). A rare tier is read
// through its GIN index, every match fetched and sorted by key. A common
// one, where GIN would fetch thousands of matches, has three branches:
// its people, organizations and awards (whose keys are all above the
// articles') through GIN indexes of the entities alone; its newest
// articles walked in key order, each tested, which stops at the page; and,
// if a bounded walk did not fill it, the older articles through GIN. A
// walk of the whole key order passed every entity before the first
// article, and a walk without a bound read every article when the
// statistics overestimated the tier. All branches have plans that do not
// depend on the words, so sessions keep their generic plans
// (database.Open).
func (e postgresEngine) searchPage(ctx context.Context, c Conn, r Request, st *termStats) ([]Hit, error) {
	query, args := e.pageStatement(ctx, c, r, st)
	rows, err := c.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	hits := make([]Hit, 0, r.Limit)
	for rows.Next() {
		var (
			h       Hit
			kind    string
			covered bool
		)
		if err := rows.Scan(&h.Tier, &h.ID, &kind, &h.Key, &covered); err != nil {
			return nil, err
		}
		h.Kind = Kind(kind)
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// pageStatement is searchPage's statement and its arguments: it selects
// tier, node_id, kind, doc_key and covered of a page of hits of r, in the
// order of results; covered is whether the hit's summary holds every word
// of the query (false when its entry has no summary vector). A caller may use it as a subquery, to read the hits' nodes in
// the same statement (Index.PageStatement).
func (postgresEngine) pageStatement(ctx context.Context, c Conn, r Request, st *termStats) (string, []any) {
	walks := st.walks(ctx, c, r.Query, r.Limit)
	with, args := postgresQuery(r.Query, nil)
	entities, articles := len(r.Kinds) == 0, len(r.Kinds) == 0
	for _, k := range r.Kinds {
		if k == KindArticle {
			articles = true
		} else {
			entities = true
		}
	}
	var branches []string
	tiers := r.tiers()
	if len(tiers) > 1 && tiers[0].tier == TierTitle && (!articles || walks[TierTitle] == 0 && walks[TierSummary] == 0) {
		var branch string
		branch, args = headBranch(&r, tiers[0].after, !articles, args)
		branches, tiers = append(branches, branch), tiers[2:]
	}
	for _, t := range tiers {
		match, scope, a := postgresWhere(&r, postgresQ, t.tier, args)
		args = a
		keys := []string{"d." + articleRange} // the walk's range
		if t.after != nil {
			args = append(args, *t.after)
			after := fmt.Sprintf("d.doc_key < $%d", len(args))
			scope = append(scope, after)
			keys = append(keys, after)
		}
		args = append(args, r.Limit)
		limit := len(args)
		// gin reads the tier's matches through a GIN index, every one
		// fetched and sorted by key; OFFSET 0 keeps the planner from
		// walking the key order instead.
		gin := func(conds ...string) string {
			return fmt.Sprintf(`(SELECT %d AS tier, d.node_id, d.kind, d.doc_key, d.summary
	FROM (SELECT d.node_id, d.kind, d.doc_key, d.summary FROM search_documents AS d WHERE %s OFFSET 0) AS d
	ORDER BY d.doc_key DESC LIMIT $%d)`, t.tier, and(conds), limit)
		}
		switch {
		case !articles:
			// The entities' own index.
			branches = append(branches, gin(slices.Concat(match, []string{"d." + entityRange}, scope)...))
			continue
		case walks[t.tier] == 0:
			branches = append(branches, gin(slices.Concat(match, scope)...))
			continue
		}
		// A common tier: its entities through their own index (unless the
		// cursor is past them), then its articles walked newest first: at
		// most walks[tier] of them, each tested (a column of the subquery
		// under its LIMIT, which no index answers), the outer LIMIT
		// stopping the walk at the page. Then, only if the page is still
		// not full, the older articles through GIN, below the key of the
		// last article the walk could reach (no key, so nothing, when the
		// range holds fewer).
		if entities && (t.after == nil || *t.after > entityKeys) {
			branches = append(branches, gin(slices.Concat(match, []string{"d." + entityRange}, scope)...))
		}
		args = append(args, walks[t.tier])
		walk := len(args)
		branches = append(branches, fmt.Sprintf(`(SELECT %d AS tier, d.node_id, d.kind, d.doc_key, d.summary
	FROM (SELECT d.node_id, d.kind, d.doc_key, d.summary, %s AS hit FROM search_documents AS d WHERE %s
		ORDER BY d.doc_key DESC LIMIT $%d) AS d
	WHERE d.hit ORDER BY d.doc_key DESC LIMIT $%d)`, t.tier, and(slices.Concat(match, scope)), and(keys), walk, limit),
			gin(slices.Concat(match, scope, []string{fmt.Sprintf(
				"d.doc_key < (SELECT d.doc_key FROM search_documents AS d WHERE %s ORDER BY d.doc_key DESC OFFSET $%d::bigint - 1 LIMIT 1)",
				and(keys), walk)})...))
	}
	args = append(args, r.Limit)
	// covered is tested on the page's hits alone, after its LIMIT.
	return fmt.Sprintf("WITH %s\nSELECT tier, node_id, kind, doc_key, coalesce(summary @@ %s, false) AS covered FROM (\n%s\n) AS h LIMIT $%d",
		with, postgresQ, strings.Join(branches, "\nUNION ALL\n"), len(args)), args
}

// headBranch reads the title and summary tiers, when neither is walked,
// in one scan of head's GIN index, each match's tier told by its title:
// every title match is a head match, so a second scan, of title's index,
// found nothing the first did not (a fifth of a name's search on the
// scale-1 data, docs/performance.md). after is the cursor's key in the
// title tier, if any; entities reads through the entities' own index.
func headBranch(r *Request, after *int64, entities bool, args []any) (string, []any) {
	match, scope, args := postgresWhere(r, postgresQ, 0, args)
	match[0] = "d.head @@ " + postgresQ
	if entities {
		match = append(match, "d."+entityRange)
	}
	if after != nil {
		args = append(args, *after)
		match = append(match, fmt.Sprintf("(d.doc_key < $%d OR NOT d.title @@ %s)", len(args), postgresQ))
	}
	args = append(args, r.Limit)
	return fmt.Sprintf(`(SELECT d.tier, d.node_id, d.kind, d.doc_key, d.summary
	FROM (SELECT CASE WHEN d.title @@ %s THEN %d ELSE %d END AS tier, d.node_id, d.kind, d.doc_key, d.summary
		FROM search_documents AS d WHERE %s OFFSET 0) AS d
	ORDER BY d.tier DESC, d.doc_key DESC LIMIT $%d)`, postgresQ, TierTitle, TierSummary, and(slices.Concat(match, scope)), len(args)), args
}

// Count counts at most CountLimit hits. A GIN index finds every match
// before the first is counted (for "nam", in nearly every entry, a bitmap of
// 150,000 entries, 40 ms), so a query expected in more than countShare of
// the entries is counted by reading entries in any order until CountLimit
// of them match, and a rarer one through GIN.
func (postgresEngine) Count(ctx context.Context, c Conn, r Request, st *termStats) (int, error) {
	with, args := postgresQuery(r.Query, nil)
	match, scope, args := postgresWhere(&r, postgresQ, 0, args)
	if st.countWalks(ctx, c, r.Query) {
		match[0] = "(" + match[0] + ") IS TRUE"
	}
	args = append(args, CountLimit)
	return countRow(ctx, c, fmt.Sprintf("WITH %s\nSELECT count(*) FROM (SELECT FROM search_documents AS d WHERE %s AND %s LIMIT $%d) AS d",
		with, and(match), and(scope), len(args)), args)
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

// termStats is what PostgreSQL's statistics say of how common the indexed
// words are: per vector column, the share of entries holding each of its
// most common words (pg_stats.most_common_elems, kept by autovacuum's
// ANALYZE), and how many entries the index holds (pg_class.reltuples),
// read again every statsAge. A search uses it to choose how to read each
// tier; it changes how fast a search is, never what it finds.
type termStats struct {
	mu      sync.Mutex
	read    time.Time
	freqs   map[string]wordShares // by column
	entries float64               // 0 when unknown
}

// statsAge is how long termStats trusts what it read.
const statsAge = 5 * time.Minute

// commonShare is the share of the entries whose matching makes a tier
// common at scale 1 (172,000 entries): then walking the articles' key
// order until the page is full reads fewer entries than fetching every
// match through GIN. A walk tests about limit/share articles, whatever
// the index's size; GIN fetches share × entries matches. So the share
// where they cost the same falls as the square root of the entries
// (commonAt). 0.3% was measured on the scale-1 data with the benchmark's
// names (docs/performance.md, "SEARCH on PostgreSQL: entities apart, a
// bounded walk"): lower than the cost model says, because the product of
// the words' shares underestimates a name's matches, two to four times
// in the bodies, where a person's words come together.
var commonShare = 0.003

// countShare is the share of the entries above which Count reads entries
// until CountLimit of them match rather than every match through GIN: the
// threshold tiers had before December 2026's walks of articles alone. A
// count's walk reads CountLimit/share entries, fifty times a page's, and
// reads the whole table when fewer match, so it keeps its own.
var countShare = 3000.0 / 172000

// commonAt is the share that makes a tier common in an index of entries.
func commonAt(entries float64) float64 {
	if entries <= 0 {
		return commonShare
	}
	return commonShare * math.Sqrt(172000/entries)
}

// walkMargin is how many times the entries a walk expects to test
// (limit/share) it may test, and at least a page, before the rest of the
// tier is read through GIN: the estimate may be too high, and a walk of a
// rare tier would read every article.
var walkMargin = 4.0

// maxWalk bounds a walk whose estimate is no bound (a share of 0).
const maxWalk = 1 << 30

// tierColumns is the vector whose matches estimate each tier.
var tierColumns = [...]string{TierTitle: "title", TierSummary: "head", TierBody: "doc"}

// walks says, by tier, how a page of limit hits of q reads the tier's
// articles: 0 through GIN, or by walking at most that many articles, the
// newest first. A tier is walked when q is likely to match more than
// commonAt of the entries in it: the shares of its words multiplied as if
// they were independent, the last word's share the sum of the common
// words it begins. A word not among the most common counts as rare.
func (st *termStats) walks(ctx context.Context, c Conn, q Query, limit int) (out [4]int) {
	shares, entries := st.shares(ctx, c, q)
	for tier, share := range shares {
		if tier >= TierBody && share > commonAt(entries) {
			out[tier] = maxWalk
			if share > 0 {
				out[tier] = int(min(maxWalk, max(float64(limit), walkMargin*float64(limit)/share)))
			}
		}
	}
	return out
}

// countWalks reports whether Count reads entries in any order until
// CountLimit of them match, rather than every match through GIN.
func (st *termStats) countWalks(ctx context.Context, c Conn, q Query) bool {
	shares, _ := st.shares(ctx, c, q)
	return shares[TierBody] > countShare
}

// shares estimates, by tier, the share of the entries q matches, and
// returns the entries of the index.
func (st *termStats) shares(ctx context.Context, c Conn, q Query) (out [4]float64, entries float64) {
	st.mu.Lock()
	defer st.mu.Unlock()
	if time.Since(st.read) > statsAge {
		st.load(ctx, c)
	}
	for tier := TierBody; tier <= TierTitle; tier++ {
		freqs := st.freqs[tierColumns[tier]]
		share := 1.0
		for i, t := range q.Terms {
			f := freqs.of(t)
			if i == len(q.Terms)-1 {
				f = freqs.prefixed(t)
			}
			share *= min(f, 1)
		}
		out[tier] = share
	}
	return out, st.entries
}

// load reads the statistics; on failure (no ANALYZE yet) every word counts
// as rare until the next try.
func (st *termStats) load(ctx context.Context, c Conn) {
	st.read, st.freqs, st.entries = time.Now(), map[string]wordShares{}, 0
	if n, err := countRow(ctx, c, `SELECT greatest(reltuples, 0)::bigint FROM pg_class WHERE oid = 'search_documents'::regclass`, nil); err == nil {
		st.entries = float64(n)
	}
	rows, err := c.QueryContext(ctx, `SELECT attname::text, most_common_elems::text::text[], most_common_elem_freqs
FROM pg_stats
WHERE schemaname = current_schema() AND tablename = 'search_documents' AND most_common_elems IS NOT NULL`)
	if err != nil {
		return
	}
	defer rows.Close()
	for rows.Next() {
		var (
			column string
			words  []string
			freqs  []float64
		)
		if err := rows.Scan(&column, pq.Array(&words), pq.Array(&freqs)); err != nil {
			return
		}
		st.freqs[column] = newWordShares(words, freqs)
	}
}

// wordShares is the share of entries holding each of a column's most
// common words, sorted by word with running sums, so that the share of
// the words a prefix begins is two binary searches, not a pass over them.
type wordShares struct {
	words []string
	sums  []float64 // sums[i] is the sum of the shares of words[:i]
}

// newWordShares sorts words (the extra shares of freqs, if any, are left
// out; a word without one counts as rare).
func newWordShares(words []string, freqs []float64) wordShares {
	words = words[:min(len(words), len(freqs))]
	order := make([]int, len(words))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return strings.Compare(words[a], words[b]) })
	ws := wordShares{words: make([]string, len(words)), sums: make([]float64, len(words)+1)}
	for i, j := range order {
		ws.words[i], ws.sums[i+1] = words[j], ws.sums[i]+freqs[j]
	}
	return ws
}

// of returns the share of w.
func (ws wordShares) of(w string) float64 {
	i, ok := slices.BinarySearch(ws.words, w)
	if !ok {
		return 0
	}
	return ws.sums[i+1] - ws.sums[i]
}

// prefixed returns the sum of the shares of the words that begin with p.
func (ws wordShares) prefixed(p string) float64 {
	if len(ws.words) == 0 {
		return 0 // no statistics (sums is empty too)
	}
	i, _ := slices.BinarySearch(ws.words, p)
	j := i + sort.Search(len(ws.words)-i, func(k int) bool { return !strings.HasPrefix(ws.words[i+k], p) })
	return ws.sums[j] - ws.sums[i]
}
