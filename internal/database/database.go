// Package database owns the connection to the one store: it turns
// DATABASE_URL into an ent client on embedded SQLite (modernc.org/sqlite) or
// PostgreSQL (lib/pq), with the settings each engine needs, migrates the
// schema, and tells a database out of reach from other errors (Fault).
package database

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"runtime"
	"strings"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"
	"github.com/XSAM/otelsql"
	_ "github.com/lib/pq" // registers "postgres"
	"github.com/prometheus/client_golang/prometheus"
	"go.opentelemetry.io/otel/trace"
	_ "modernc.org/sqlite" // registers "sqlite"

	"github.com/newsgraph/newsgraph/ent"
	_ "github.com/newsgraph/newsgraph/ent/runtime" // schema hooks and defaults
	"github.com/newsgraph/newsgraph/internal/events"
)

// DefaultURL is where newsgraph keeps its data when DATABASE_URL is not set.
const DefaultURL = "sqlite:newsgraph.db"

// DB is an open store: the ent client over it, and the raw pool for the few
// things ent does not do (engine-specific search, health checks).
type DB struct {
	*ent.Client
	SQL      *sql.DB
	Dialect  string // dialect.SQLite or dialect.Postgres
	dsn      string
	times    *statementTimes
	cacheMiB int // SQLite's page cache per connection
}

// Collectors are the Prometheus figures of the pool's statements
// (newsgraph_db_statement_duration_seconds), for /metrics.
func (db *DB) Collectors() []prometheus.Collector {
	return []prometheus.Collector{db.times.hist}
}

// EngineMemory bounds the memory the database engine holds in the server
// process outside Go's heap: on SQLite each connection's page cache at
// twice its cache_size (modernc's allocator hands each cached page, 4 KiB
// of the file and SQLite's few hundred bytes about it, an 8 KiB slot), with
// 2 MiB for its copy of the schema, its prepared statements and the
// allocator's slack (docs/performance.md, "Memory"); on PostgreSQL nothing.
func (db *DB) EngineMemory() int64 {
	if db.Dialect != dialect.SQLite {
		return 0
	}
	return int64(db.SQL.Stats().MaxOpenConnections) * int64(2*db.cacheMiB+2) << 20
}

// ListenDSN is the connection string for a PostgreSQL notification
// listener (events.Stream), empty on SQLite, which has no other processes
// to hear from.
func (db *DB) ListenDSN() string {
	if db.Dialect != dialect.Postgres {
		return ""
	}
	return db.dsn
}

// preparedStatements is how many statement texts stay prepared on
// PostgreSQL: every statement the benchmark's operations run, with room for
// the IN lists of every page size (see docs/performance.md).
const preparedStatements = 256

// InTx runs f in the request's transaction when ctx has one (a GraphQL
// mutation, opened by entgql.Transactioner), else in a transaction of its
// own that commits when f succeeds: writes that touch several rows are
// never left half done.
func InTx(ctx context.Context, client *ent.Client, f func(*ent.Client) error) error {
	if tx := ent.TxFromContext(ctx); tx != nil {
		return f(tx.Client())
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	if err := f(tx.Client()); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// Close closes the client and the pool.
func (db *DB) Close() error { return db.Client.Close() }

// Option changes how Open connects.
type Option func(*options)

type options struct {
	bulkLoad bool
	maxConns int
	tracing  trace.TracerProvider
}

// WithMaxConns sets how many connections the pool opens; 0 (the default)
// sizes it to the machine and the database (PoolSize).
func WithMaxConns(n int) Option { return func(o *options) { o.maxConns = n } }

// WithTracing makes each SQL statement that runs within a trace a span of
// it, a child of the span it runs under (internal/telemetry). Nil: none.
func WithTracing(tp trace.TracerProvider) Option { return func(o *options) { o.tracing = tp } }

// ForBulkLoad sets up the connections for one process writing a large
// dataset (newsgraph seed --scale): on SQLite each connection keeps a page
// cache of bulkLoadCacheMiB instead of SQLite's 2 MiB, so that inserts into
// indexes in random order (join tables, the search index) find their pages
// in memory instead of reading and writing them back again and again. It
// costs that much memory per connection in use, which a server with many
// connections should not pay.
func ForBulkLoad() Option { return func(o *options) { o.bulkLoad = true } }

// The page cache of each SQLite connection: serverCacheMiB for a server,
// whose pool holds a few connections (PoolSize), bulkLoadCacheMiB under
// ForBulkLoad. SQLite's memory is outside Go's heap and its memory limit,
// so the server's is bounded here: connections × serverCacheMiB, plus
// each connection's copy of the schema and its prepared statements
// (EngineMemory). A cached page takes 8 KiB of the process, not 4: 2 MiB
// caches held about 16 MB on four connections, and 1 MiB took the peak of
// the mixed benchmark from 101-105 MB to 81-84 MB, for about 30% more page
// reads from the kernel's cache on FEED and AWARDS (280 → 370 and 320 →
// 430 per request; docs/performance.md, "Memory"), each a copy from memory.
// Pages are read with pread, not mmap: mapped
// pages of the database file would count in the server's resident memory
// as DETAIL reads its way through the archive, and reads from the kernel's
// page cache are cheap next to the statement.
const (
	serverCacheMiB   = 1
	bulkLoadCacheMiB = 64
)

// Open connects to rawURL ("sqlite:PATH" or "postgres://...") and checks that
// the database answers. Errors name the host, never the password.
func Open(ctx context.Context, rawURL string, opts ...Option) (*DB, error) {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	t, err := parse(rawURL)
	if err != nil {
		return nil, err
	}
	dia := t.dialect
	cache := 0
	if dia == dialect.SQLite {
		cache = serverCacheMiB
		if o.bulkLoad {
			cache = bulkLoadCacheMiB
		}
		// A negative cache_size is in KiB.
		t.dsn += "&" + url.Values{"_pragma": {fmt.Sprintf("cache_size(%d)", -cache*1024)}}.Encode()
	}
	if dia == dialect.Postgres && o.bulkLoad {
		t.dsn = bulkLoadSession(t.dsn)
	}
	engine, err := connector(t.driver, t.dsn)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", Redact(rawURL), err)
	}
	// Every statement, ent's and the raw pool's, passes through here.
	times := newStatementTimes()
	timed := timedConnector{Connector: engine, times: times}
	var pool *sql.DB
	if o.tracing != nil {
		pool = otelsql.OpenDB(timed, sqlTracing(o.tracing, dia)...)
	} else {
		pool = sql.OpenDB(timed)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := pool.PingContext(pingCtx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("cannot reach database %s: %s", Redact(rawURL), oneLine(err))
	}
	if dia == dialect.SQLite {
		// Before the pool opens a second connection: each loads the
		// statistics once, when it first reads the schema.
		if err := dropSamples(ctx, pool); err != nil {
			pool.Close()
			return nil, fmt.Errorf("open %s: %w", Redact(rawURL), err)
		}
	}
	size := o.maxConns
	if size == 0 {
		size = PoolSize(dia, runtime.GOMAXPROCS(0), connectionLimit(pingCtx, pool, dia))
	}
	// Idle equals open: under load no connection is closed and opened
	// again (a PostgreSQL backend is a fork; a SQLite connection parses
	// the schema and starts with a cold page cache). PostgreSQL's are
	// recycled, so that a failover or a pooler restart is picked up
	// within half an hour; SQLite's live as long as the process.
	pool.SetMaxOpenConns(size)
	pool.SetMaxIdleConns(size)
	if dia == dialect.Postgres {
		pool.SetConnMaxIdleTime(5 * time.Minute)
		pool.SetConnMaxLifetime(30 * time.Minute)
	}
	var drv dialect.Driver = entsql.OpenDB(dia, pool)
	if t.prepare {
		// On SQLite too: preparing a statement parses and compiles its
		// SQL, a tenth of a compiled page's CPU (docs/performance.md).
		drv = preparedDriver{Driver: drv.(*entsql.Driver), stmts: newStmtCache(pool, preparedStatements)}
	}
	client := ent.NewClient(ent.Driver(drv))
	// Every process that writes tells every node's response cache
	// (internal/responsecache) what it committed, whatever the command.
	events.TrackChanges(client)
	return &DB{Client: client, SQL: pool, Dialect: dia, dsn: t.dsn, times: times, cacheMiB: cache}, nil
}

// connector is the connector of the database/sql driver registered as
// name, for dsn.
func connector(name, dsn string) (driver.Connector, error) {
	registered, err := sql.Open(name, dsn) // opens no connection
	if err != nil {
		return nil, err
	}
	drv := registered.Driver()
	registered.Close()
	if dc, ok := drv.(driver.DriverContext); ok {
		return dc.OpenConnector(dsn)
	}
	return dsnConnector{dsn: dsn, drv: drv}, nil
}

// target is where a DATABASE_URL points: a database/sql driver and its
// DSN, ent's dialect, and whether reads run as prepared statements.
type target struct {
	driver, dsn, dialect string
	prepare              bool
}

// parse maps a DATABASE_URL to its target.
func parse(rawURL string) (target, error) {
	switch {
	case strings.HasPrefix(rawURL, "sqlite:"):
		path := strings.TrimPrefix(strings.TrimPrefix(rawURL, "sqlite:"), "//")
		if path == "" {
			return target{}, errors.New("DATABASE_URL sqlite: names no file (use sqlite:newsgraph.db)")
		}
		q := url.Values{}
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "busy_timeout(10000)")
		q.Add("_pragma", "synchronous(NORMAL)")
		// Without these, times with an offset cannot be read back, and
		// SQLite would hand out times in the machine's zone.
		q.Set("_time_format", "sqlite")
		q.Set("_timezone", "UTC")
		// A deferred transaction that later writes fails at once with
		// SQLITE_BUSY, ignoring the busy timeout; taking the write lock at
		// BEGIN makes concurrent writers wait their turn instead.
		q.Set("_txlock", "immediate")
		// The path is a URI's: "#" and "?" would end it ("a#1/newsgraph.db"
		// would open "a"), so they travel escaped, as SQLite reads them.
		uriPath := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23").Replace(path)
		return target{driver: "sqlite", dsn: "file:" + uriPath + "?" + q.Encode(), dialect: dialect.SQLite, prepare: true}, nil
	case strings.HasPrefix(rawURL, "postgres://"), strings.HasPrefix(rawURL, "postgresql://"):
		u, perr := url.Parse(rawURL)
		if perr != nil {
			return target{}, fmt.Errorf("DATABASE_URL is not a valid postgres URL")
		}
		q := u.Query()
		// prepare is newsgraph's own parameter: off sends every statement
		// unprepared, for a pooler that does not keep prepared statements
		// (docs/performance.md). lib/pq must not see it.
		prepare := q.Get("prepare")
		if prepare != "" && prepare != "on" && prepare != "off" {
			return target{}, fmt.Errorf("DATABASE_URL prepare=%q: use prepare=on or prepare=off", prepare)
		}
		q.Del("prepare")
		if q.Get("timezone") == "" {
			q.Set("timezone", "UTC") // times round-trip in UTC on both engines
		}
		if q.Get("random_page_cost") == "" {
			// The API's reads fetch a few rows by key from a working set
			// that stays in memory. At PostgreSQL's default of 4 (a page
			// read from a spinning disk) the planner hash-joined all 2,000
			// organizations to find the recipients of 50 awards, a tenth of
			// the speed of 50 index lookups (docs/performance.md). 1.1 is
			// the usual setting for SSDs and cached data.
			q.Set("random_page_cost", "1.1")
		}
		if q.Get("plan_cache_mode") == "" {
			// The API's statements are a few texts run thousands of times
			// whose best plan does not depend on the values. PostgreSQL's
			// default re-plans a prepared statement whenever its generic
			// plan's estimate looks worse than a plan for the values: the
			// compiled feed spent 0.45 ms planning for 1.3 ms running, on
			// every request, for the same plan. Search, whose plans do
			// depend on the words, asks for its own (internal/search).
			q.Set("plan_cache_mode", "force_generic_plan")
		}
		if q.Get("binary_parameters") == "" {
			// lib/pq then sends parse, bind and execute of a statement with
			// arguments in one round trip instead of two (see
			// docs/performance.md).
			q.Set("binary_parameters", "yes")
		}
		if q.Get("sslmode") == "" && isLocal(u.Hostname()) {
			q.Set("sslmode", "disable")
		}
		u.RawQuery = q.Encode()
		return target{driver: "postgres", dsn: u.String(), dialect: dialect.Postgres, prepare: prepare != "off"}, nil
	}
	return target{}, fmt.Errorf("DATABASE_URL %q: use sqlite:PATH or postgres://HOST/DB", Redact(rawURL))
}

// bulkLoadSession adds to a PostgreSQL DSN the maintenance_work_mem of a
// bulk load's own sessions (ForBulkLoad), unless the URL sets it: the
// search index's GIN indexes are built over the whole table once it is
// full (internal/search), and with PostgreSQL's 64 MB a build writes its
// entries out in many more, smaller runs. The server's own settings
// (postgresql.conf) are left alone.
func bulkLoadSession(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return dsn // parse built it; it parses
	}
	q := u.Query()
	if q.Get("maintenance_work_mem") == "" {
		q.Set("maintenance_work_mem", fmt.Sprintf("%dMB", bulkLoadMaintenanceMiB))
	}
	u.RawQuery = q.Encode()
	return u.String()
}

// bulkLoadMaintenanceMiB is a bulk load's maintenance_work_mem per
// connection: the search index's three GIN builds run at once, so 768 MiB
// at most in all.
const bulkLoadMaintenanceMiB = 256

func isLocal(host string) bool {
	return host == "" || host == "localhost" || strings.HasPrefix(host, "127.") || host == "::1"
}

// Redact returns rawURL without its password, for messages and logs.
func Redact(rawURL string) string {
	u, err := url.Parse(rawURL)
	if err != nil {
		if strings.Contains(rawURL, "@") {
			return "(an unparseable URL)"
		}
		return rawURL
	}
	return u.Redacted()
}

func oneLine(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}
