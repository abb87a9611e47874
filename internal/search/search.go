// Package search owns full-text search over the content graph: what is
// indexed for each article, person, organization and award, how queries are
// read, and the two engines behind one interface (SQLite FTS5 and PostgreSQL
// tsvector). Both index text folded with textvi.Fold and fold the query the
// same way, so "vu duy hoang" finds "Vũ Duy Hoàng" and "dong chi" finds
// "Đồng chí" on either engine.
package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// MaxQueryLength is the longest query accepted, in characters.
const MaxQueryLength = 500

// Kind is a searchable type of node.
type Kind string

// The kinds of node the index holds.
const (
	KindArticle      Kind = "Article"
	KindPerson       Kind = "Person"
	KindOrganization Kind = "Organization"
	KindAward        Kind = "Award"
)

// Kinds lists every searchable kind.
var Kinds = []Kind{KindArticle, KindPerson, KindOrganization, KindAward}

// Query is a search query as the engines match it: the words of what the
// user typed, folded, the last one matched as a prefix so that results
// appear while the user types.
type Query struct {
	Terms []string // folded, distinct, in the order typed
}

// ParseQuery reads what a user typed. It refuses an empty query and one over
// MaxQueryLength characters as bad input; anything else is plain text, so
// quotes, '*', ':', '-', parentheses and AND/OR/NOT are searched as words (or
// dropped as punctuation) and never reach an engine as syntax.
func ParseQuery(raw string) (Query, error) {
	if strings.TrimSpace(raw) == "" {
		return Query{}, apperr.Invalid("query", "the search query is empty")
	}
	if n := utf8.RuneCountInString(raw); n > MaxQueryLength {
		return Query{}, apperr.Invalid("query", "the search query is %d characters long; the limit is %d", n, MaxQueryLength)
	}
	var q Query
	seen := map[string]bool{}
	for _, t := range strings.Fields(textvi.Fold(raw)) {
		if !seen[t] {
			seen[t] = true
			q.Terms = append(q.Terms, t)
		}
	}
	return q, nil
}

// Empty reports whether nothing searchable is left in q (a query of
// punctuation only): it matches nothing.
func (q Query) Empty() bool { return len(q.Terms) == 0 }

// Tiers of a hit: where all the words of the query were found.
const (
	TierTitle   = 3 // in the title or name
	TierSummary = 2 // in the title and the summary (lead, bio, citation)
	TierBody    = 1 // anywhere, the body included
)

// Request is one page of a search.
type Request struct {
	Query  Query
	Kinds  []Kind    // empty: every kind
	Drafts bool      // include articles anonymous callers may not see
	Now    time.Time // articles published after Now are unpublished
	After  *Position // the page starts after this hit; nil: the first page
	Limit  int
}

// Position is where a hit stands in the order of results: by tier, highest
// first, then by key (Document.Key), highest first.
type Position struct {
	Tier int
	Key  int64
}

// tierSearch is one tier's share of a request: the hits of tier, after the
// key after (when set), at most limit.
type tierSearch struct {
	tier     int
	after    *int64
	limit    int
	*Request // the rest of the request
}

// tiers splits r into searches of each tier in turn, the caller stopping
// when it has a page.
func (r *Request) tiers() []tierSearch {
	var out []tierSearch
	for tier := TierTitle; tier >= TierBody; tier-- {
		t := tierSearch{tier: tier, Request: r}
		if r.After != nil {
			if tier > r.After.Tier {
				continue
			}
			if tier == r.After.Tier {
				t.after = &r.After.Key
			}
		}
		out = append(out, t)
	}
	return out
}

// Hit is one result: the node and its position.
type Hit struct {
	ID   int
	Kind Kind
	Position
}

// Score is what clients see as an edge's score: the tier, plus how much of
// the title or name the query covers (Relevance), so a title match always
// scores above a body match and an exact name scores highest.
func (h Hit) Score(q Query, title string) float64 { return float64(h.Tier) + Relevance(q, title) }

// Conn is what engines run SQL on: the pool, an ent client or an ent
// transaction's client (ent's execquery feature gives both methods).
type Conn interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// Engine is one database's full-text machinery.
type Engine interface {
	// Migrate creates the index tables if they are missing. rebuild says
	// that the index must be rebuilt to fill them.
	Migrate(ctx context.Context, c Conn) (rebuild bool, err error)
	// Put replaces the index entry of d.
	Put(ctx context.Context, c Conn, d Document) error
	// Remove deletes the index entries of ids.
	Remove(ctx context.Context, c Conn, ids []int) error
	// Clear deletes every index entry.
	Clear(ctx context.Context, c Conn) error
	// build replaces every entry with the entries docs hands over, written
	// in bulk rather than through Put, and leaves the index compact.
	// Readers see the old index until the new one is complete. The entries
	// are those Put would write.
	build(ctx context.Context, client *ent.Client, docs documentSource) error
	// searchPage returns a page of hits of r (r.Limit at most), in the
	// order of results. st is what the index knows of how common words are.
	searchPage(ctx context.Context, c Conn, r Request, st *termStats) ([]Hit, error)
	// Count returns how many hits the request has in all, or CountLimit
	// when it has more.
	Count(ctx context.Context, c Conn, r Request, st *termStats) (int, error)
	// MatchArticles is an ent predicate: the article's id matches q.
	MatchArticles(q Query) func(*entsql.Selector)
	// Compact rewrites the index into its smallest form, without blocking
	// readers or writers. Indexes written entry by entry grow loose.
	Compact(ctx context.Context, c Conn) error
	// Size reports the bytes the index takes on disk.
	Size(ctx context.Context, c Conn) (int64, error)
}

// For returns the engine of an ent dialect.
func For(dia string) (Engine, error) {
	switch dia {
	case dialect.SQLite:
		return sqliteEngine{}, nil
	case dialect.Postgres:
		return postgresEngine{}, nil
	}
	return nil, fmt.Errorf("search: no engine for dialect %q", dia)
}

// Migrate creates the index tables of the engine of dia on c.
func Migrate(ctx context.Context, c Conn, dia string) error {
	e, err := For(dia)
	if err != nil {
		return err
	}
	rebuild, err := e.Migrate(ctx, c)
	if err != nil {
		return fmt.Errorf("migrate search index: %w", err)
	}
	if !rebuild {
		return nil
	}
	db, ok := c.(*sql.DB)
	if !ok {
		return errors.New("migrate search index: the index must be rebuilt: run newsgraph reindex")
	}
	if _, err := Rebuild(ctx, ent.NewClient(ent.Driver(entsql.OpenDB(dia, db)))); err != nil {
		return fmt.Errorf("migrate search index: %w", err)
	}
	return nil
}

// engineOf returns the engine client runs on.
func engineOf(client *ent.Client) (Engine, error) { return For(client.Dialect()) }

// CountLimit is the most hits Count counts: beyond it, a count would cost a
// pass over every match, which any caller could repeat at will. A count of
// CountLimit means "at least CountLimit".
const CountLimit = 1000

// Index searches the content of one ent client.
type Index struct {
	client *ent.Client
	stats  termStats
}

// New returns the index over client's database.
func New(client *ent.Client) *Index { return &Index{client: client} }

// Engine returns the engine behind the index.
func (x *Index) Engine() (Engine, error) { return engineOf(x.client) }

// Search returns one page of hits for r, in one statement where the engine
// can. Tiers are read in key order and reading stops as soon as the page is
// full: the first page costs about the same whether a query matches ten
// articles or ninety thousand.
func (x *Index) Search(ctx context.Context, r Request) ([]Hit, error) {
	if r.Query.Empty() || r.Limit <= 0 {
		return nil, nil
	}
	e, err := x.Engine()
	if err != nil {
		return nil, err
	}
	hits, err := e.searchPage(ctx, x.client, r, &x.stats)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", strings.Join(r.Query.Terms, " "), err)
	}
	return hits, nil
}

// pageStatementer is an engine that answers a page in one statement a
// caller can build on (PostgreSQL).
type pageStatementer interface {
	pageStatement(ctx context.Context, c Conn, r Request, st *termStats) (string, []any)
}

// OneStatement reports whether the engine answers a page of hits in one
// statement a caller can build on (PageStatement).
func (x *Index) OneStatement() bool {
	e, err := x.Engine()
	if err != nil {
		return false
	}
	_, ok := e.(pageStatementer)
	return ok
}

// PageStatement returns the one statement that answers Search(r), and its
// arguments, on an engine that has one (PostgreSQL; ok is false on SQLite,
// and for a request Search answers without a statement). It selects tier,
// node_id, kind, doc_key and covered, at most r.Limit rows in the order of
// results, and starts with a WITH clause, so a caller can read it as a
// subquery and join the hits' nodes in the same statement. covered is true
// when the hit's summary holds every word of the query as PostgreSQL reads
// words: then Snippet, which prefers the summary, cannot need the body (a
// caller checks with Covers, since the two readings of a text's words may
// differ at its edges).
func (x *Index) PageStatement(ctx context.Context, r Request) (query string, args []any, ok bool, err error) {
	if r.Query.Empty() || r.Limit <= 0 {
		return "", nil, false, nil
	}
	e, err := x.Engine()
	if err != nil {
		return "", nil, false, err
	}
	p, ok := e.(pageStatementer)
	if !ok {
		return "", nil, false, nil
	}
	query, args = p.pageStatement(ctx, x.client, r, &x.stats)
	return query, args, true, nil
}

// Count returns the number of hits of r in all pages, up to CountLimit.
func (x *Index) Count(ctx context.Context, r Request) (int, error) {
	if r.Query.Empty() {
		return 0, nil
	}
	e, err := x.Engine()
	if err != nil {
		return 0, err
	}
	n, err := e.Count(ctx, x.client, r, &x.stats)
	if err != nil {
		return 0, fmt.Errorf("count hits of %q: %w", strings.Join(r.Query.Terms, " "), err)
	}
	return n, nil
}

// MatchArticles returns an ent predicate keeping the articles that match q.
func (x *Index) MatchArticles(ctx context.Context, q Query) (func(*entsql.Selector), error) {
	if q.Empty() {
		return func(s *entsql.Selector) { s.Where(entsql.False()) }, nil
	}
	e, err := x.Engine()
	if err != nil {
		return nil, err
	}
	return e.MatchArticles(q), nil
}

// errNoRows is returned when a statement that must return one row returns none.
var errNoRows = errors.New("no row")

// micros is t as microseconds since 1970, the resolution both engines store.
func micros(t time.Time) int64 { return t.UnixMicro() }

// queryHits runs query, which selects node_id, kind and doc_key, and reads
// its rows as hits of tier.
func queryHits(ctx context.Context, c Conn, tier int, query string, args []any) ([]Hit, error) {
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
