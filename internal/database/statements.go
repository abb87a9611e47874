package database

import (
	"context"
	"database/sql/driver"
	"errors"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Statement timing: every statement of a pool, ent's and the raw pool's
// alike (search, migrations, archives), passes through the database/sql
// driver that Open puts between the pool and the engine's driver, which
// times it into one histogram by kind. A query is timed until the engine
// hands back its first rows, not while the caller reads them: that is the
// database's time, not the caller's. Preparing a statement and pinging are
// not statements and are not timed.

// The kinds a statement is counted under: its first keyword, the one after
// the common table expressions of a WITH, and a transaction's begin, commit
// and rollback. A fixed few, so the label stays bounded.
const (
	kindSelect = iota
	kindInsert
	kindUpdate
	kindDelete
	kindBegin
	kindCommit
	kindRollback
	kindOther
	kinds
)

var kindNames = [kinds]string{"select", "insert", "update", "delete", "begin", "commit", "rollback", "other"}

// statementTimes is the histogram of one pool's statements, with the
// observer of each kind looked up once.
type statementTimes struct {
	hist   *prometheus.HistogramVec
	byKind [kinds]prometheus.Observer
}

func newStatementTimes() *statementTimes {
	t := &statementTimes{hist: prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "newsgraph_db_statement_duration_seconds",
		Help: "Time the database took to run a SQL statement, by kind (select, insert, update, delete, begin, commit, rollback, other); a query until its first rows are ready.",
		// From an index lookup on a warm PostgreSQL (~100µs) to a
		// statement that waited for SQLite's write lock (seconds).
		Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
	}, []string{"kind"})}
	for k, name := range kindNames {
		t.byKind[k] = t.hist.WithLabelValues(name)
	}
	return t
}

// since records a statement of kind that started at start, unless err is
// driver.ErrSkip: then the driver ran nothing and database/sql runs the
// statement another way, through a call that is timed in its turn.
func (t *statementTimes) since(kind int, start time.Time, err error) {
	if err == driver.ErrSkip {
		return
	}
	t.byKind[kind].Observe(time.Since(start).Seconds())
}

// timedConnector opens connections of the engine's driver that time their
// statements.
type timedConnector struct {
	driver.Connector
	times *statementTimes
}

func (c timedConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &timedConn{Conn: conn, times: c.times}, nil
}

// dsnConnector is what database/sql makes of a driver without a connector
// of its own (lib/pq's and modernc's): Open(dsn) for every connection.
type dsnConnector struct {
	dsn string
	drv driver.Driver
}

func (c dsnConnector) Connect(context.Context) (driver.Conn, error) { return c.drv.Open(c.dsn) }
func (c dsnConnector) Driver() driver.Driver                        { return c.drv }

// timedConn is a connection whose statements are timed. It has every
// optional interface database/sql looks for, and answers as database/sql
// expects when the engine's connection lacks one (driver.ErrSkip, or the
// legacy method), so that the pool behaves as it would on the bare driver.
type timedConn struct {
	driver.Conn
	times *statementTimes
}

var _ interface {
	driver.ConnPrepareContext
	driver.ConnBeginTx
	driver.ExecerContext
	driver.QueryerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
	driver.NamedValueChecker
} = (*timedConn)(nil)

func (c *timedConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (res driver.Result, err error) {
	execer, ok := c.Conn.(driver.ExecerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	start := time.Now()
	res, err = execer.ExecContext(ctx, query, args)
	c.times.since(statementKind(query), start, err)
	return res, err
}

func (c *timedConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (rows driver.Rows, err error) {
	queryer, ok := c.Conn.(driver.QueryerContext)
	if !ok {
		return nil, driver.ErrSkip
	}
	start := time.Now()
	rows, err = queryer.QueryContext(ctx, query, args)
	c.times.since(statementKind(query), start, err)
	return rows, err
}

func (c *timedConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	var stmt driver.Stmt
	var err error
	if preparer, ok := c.Conn.(driver.ConnPrepareContext); ok {
		stmt, err = preparer.PrepareContext(ctx, query)
	} else {
		stmt, err = c.Conn.Prepare(query)
	}
	if err != nil {
		return nil, err
	}
	return &timedStmt{Stmt: stmt, conn: c, kind: statementKind(query)}, nil
}

func (c *timedConn) Prepare(query string) (driver.Stmt, error) {
	return c.PrepareContext(context.Background(), query)
}

func (c *timedConn) BeginTx(ctx context.Context, opts driver.TxOptions) (tx driver.Tx, err error) {
	start := time.Now()
	if beginner, ok := c.Conn.(driver.ConnBeginTx); ok {
		tx, err = beginner.BeginTx(ctx, opts)
	} else {
		if opts.Isolation != 0 || opts.ReadOnly {
			return nil, errors.New("database: the driver supports no isolation level or read-only transactions")
		}
		tx, err = c.Conn.Begin() //nolint:staticcheck // the driver has nothing else
	}
	c.times.since(kindBegin, start, err)
	if err != nil {
		return nil, err
	}
	return timedTx{tx: tx, times: c.times}, nil
}

func (c *timedConn) Ping(ctx context.Context) error {
	if pinger, ok := c.Conn.(driver.Pinger); ok {
		return pinger.Ping(ctx)
	}
	return nil
}

func (c *timedConn) ResetSession(ctx context.Context) error {
	if resetter, ok := c.Conn.(driver.SessionResetter); ok {
		return resetter.ResetSession(ctx)
	}
	return nil
}

func (c *timedConn) IsValid() bool {
	if v, ok := c.Conn.(driver.Validator); ok {
		return v.IsValid()
	}
	return true
}

func (c *timedConn) CheckNamedValue(v *driver.NamedValue) error {
	if checker, ok := c.Conn.(driver.NamedValueChecker); ok {
		return checker.CheckNamedValue(v)
	}
	return driver.ErrSkip
}

// Raw is the engine's own connection, for code that needs what only the
// driver offers (modernc's backup API, say) through sql.Conn.Raw: it
// unwraps there with Raw, as it would under otelsql.
func (c *timedConn) Raw() driver.Conn { return c.Conn }

// timedTx times a transaction's end.
type timedTx struct {
	tx    driver.Tx
	times *statementTimes
}

func (t timedTx) Commit() error {
	start := time.Now()
	err := t.tx.Commit()
	t.times.since(kindCommit, start, err)
	return err
}

func (t timedTx) Rollback() error {
	start := time.Now()
	err := t.tx.Rollback()
	t.times.since(kindRollback, start, err)
	return err
}

// timedStmt is a prepared statement whose runs are timed.
type timedStmt struct {
	driver.Stmt
	conn *timedConn
	kind int
}

var _ interface {
	driver.StmtExecContext
	driver.StmtQueryContext
	driver.NamedValueChecker
} = (*timedStmt)(nil)

func (s *timedStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (res driver.Result, err error) {
	start := time.Now()
	if execer, ok := s.Stmt.(driver.StmtExecContext); ok {
		res, err = execer.ExecContext(ctx, args)
	} else {
		var values []driver.Value
		if values, err = plainValues(args); err == nil {
			res, err = s.Stmt.Exec(values) //nolint:staticcheck // the driver has nothing else
		}
	}
	s.conn.times.since(s.kind, start, err)
	return res, err
}

func (s *timedStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (rows driver.Rows, err error) {
	start := time.Now()
	if queryer, ok := s.Stmt.(driver.StmtQueryContext); ok {
		rows, err = queryer.QueryContext(ctx, args)
	} else {
		var values []driver.Value
		if values, err = plainValues(args); err == nil {
			rows, err = s.Stmt.Query(values) //nolint:staticcheck // the driver has nothing else
		}
	}
	s.conn.times.since(s.kind, start, err)
	return rows, err
}

// CheckNamedValue is the statement's own check, or else its connection's:
// database/sql asks a statement that has one instead of its connection.
func (s *timedStmt) CheckNamedValue(v *driver.NamedValue) error {
	if checker, ok := s.Stmt.(driver.NamedValueChecker); ok {
		return checker.CheckNamedValue(v)
	}
	return s.conn.CheckNamedValue(v)
}

// plainValues are args for a driver that takes positional values only.
func plainValues(args []driver.NamedValue) ([]driver.Value, error) {
	values := make([]driver.Value, len(args))
	for i, a := range args {
		if a.Name != "" {
			return nil, errors.New("database: the driver takes no named arguments")
		}
		values[i] = a.Value
	}
	return values, nil
}

// statementKind reads the kind of a statement from its first keyword,
// past blanks, comments and opening parentheses; for WITH, from the first
// keyword after its common table expressions.
func statementKind(query string) int {
	word, rest := firstKeyword(query)
	if strings.EqualFold(word, "with") {
		return mainKeyword(rest)
	}
	return keywordKind(word)
}

func keywordKind(word string) int {
	switch {
	case strings.EqualFold(word, "select"), strings.EqualFold(word, "values"):
		return kindSelect
	case strings.EqualFold(word, "insert"):
		return kindInsert
	case strings.EqualFold(word, "update"):
		return kindUpdate
	case strings.EqualFold(word, "delete"):
		return kindDelete
	}
	return kindOther
}

// firstKeyword is the first word of query and what follows it.
func firstKeyword(query string) (word, rest string) {
	i := 0
	for i < len(query) {
		switch c := query[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(':
			i++
		case strings.HasPrefix(query[i:], "--"):
			end := strings.IndexByte(query[i:], '\n')
			if end < 0 {
				return "", ""
			}
			i += end + 1
		case strings.HasPrefix(query[i:], "/*"):
			end := strings.Index(query[i+2:], "*/")
			if end < 0 {
				return "", ""
			}
			i += 2 + end + 2
		default:
			j := i
			for j < len(query) && isWordByte(query[j]) {
				j++
			}
			return query[i:j], query[j:]
		}
	}
	return "", ""
}

// mainKeyword is the kind of the first SELECT, INSERT, UPDATE or DELETE
// outside parentheses and quotes in what follows a WITH: the statement
// its common table expressions are for.
func mainKeyword(s string) int {
	depth := 0
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '(':
			depth++
			i++
		case c == ')':
			depth--
			i++
		case c == '\'' || c == '"':
			end := strings.IndexByte(s[i+1:], c)
			if end < 0 {
				return kindOther
			}
			i += end + 2
		case isWordByte(c):
			j := i
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			if depth == 0 {
				if k := keywordKind(s[i:j]); k != kindOther {
					return k
				}
			}
			i = j
		default:
			i++
		}
	}
	return kindOther
}

func isWordByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
