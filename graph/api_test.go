package graph_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"sync"
	"testing"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// statementLog records the SQL statements ent sends through it, reads and
// writes, for tests that count or inspect them.
type statementLog struct {
	dialect.Driver
	mu         sync.Mutex
	statements []string
}

// logStatements returns a client over db that records its statements in log.
func logStatements(db *database.DB) (_ *ent.Client, log *statementLog) {
	log = &statementLog{Driver: entsql.OpenDB(db.Dialect, db.SQL)}
	return ent.NewClient(ent.Driver(log)), log
}

func (l *statementLog) Query(ctx context.Context, query string, args, v any) error {
	l.add(query)
	return l.Driver.Query(ctx, query, args, v)
}

// QueryContext records and runs SQL that ent does not build (the compiled
// executor's lookups).
func (l *statementLog) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	l.add(query)
	return l.Driver.(*entsql.Driver).QueryContext(ctx, query, args...)
}

func (l *statementLog) Exec(ctx context.Context, query string, args, v any) error {
	l.add(query)
	return l.Driver.Exec(ctx, query, args, v)
}

func (l *statementLog) add(query string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.statements = append(l.statements, query)
}

// take returns the statements recorded since the last take.
func (l *statementLog) take() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.statements
	l.statements = nil
	return s
}

// api drives the full HTTP handler in-process, as a client would.
type api struct {
	h http.Handler
}

func newAPI(client *ent.Client) *api {
	return &api{h: server.New(client, server.Options{})}
}

// newInterpretedAPI is newAPI answering every query with gqlgen's executor.
func newInterpretedAPI(client *ent.Client) *api {
	return &api{h: server.New(client, server.Options{InterpretedQueries: true})}
}

// newAPIAs is newAPI for a caller who presents a valid token with role.
func newAPIAs(client *ent.Client, role auth.Role) *api {
	caller := &auth.Caller{TokenID: 1, Name: "test " + string(role), Role: role}
	return &api{h: server.New(client, server.Options{
		Authenticate: func(context.Context, string) (*auth.Caller, error) { return caller, nil },
	})}
}

// gqlError is one entry of a GraphQL response's errors.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string { s, _ := e.Extensions["code"].(string); return s }

// do posts query with vars and decodes data into out; it returns the errors.
func (a *api) do(t *testing.T, query string, vars map[string]any, out any) []gqlError {
	t.Helper()
	data, errs := a.send(t, query, vars, nil)
	decodeData(t, data, out)
	return errs
}

// roundTrip posts body to /query, the one way the tests drive the handler,
// and decodes the GraphQL answer; a 5xx fails the test.
func (a *api) roundTrip(t *testing.T, contentType string, body io.Reader) (status int, data json.RawMessage, errs []gqlError) {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, "/query", body)
	req.Header.Set("Content-Type", contentType)
	rec := httptest.NewRecorder()
	a.h.ServeHTTP(rec, req)
	if rec.Code >= 500 {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		t.Fatalf("decode response %q: %v", rec.Body, err)
	}
	return rec.Code, resp.Data, resp.Errors
}

// decodeData decodes a response's data into out, when both are there.
func decodeData(t *testing.T, data json.RawMessage, out any) {
	t.Helper()
	if out != nil && len(data) > 0 && string(data) != "null" {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("decode data %s: %v", data, err)
		}
	}
}

// mustDo is do for queries that must not fail.
func (a *api) mustDo(t *testing.T, query string, vars map[string]any, out any) {
	t.Helper()
	if errs := a.do(t, query, vars, out); len(errs) > 0 {
		t.Fatalf("query failed: %+v", errs)
	}
}

// wantCode asserts that query fails with exactly one error of code.
func (a *api) wantCode(t *testing.T, code, query string, vars map[string]any) gqlError {
	t.Helper()
	errs := a.do(t, query, vars, nil)
	if len(errs) == 0 {
		t.Fatalf("want a %s error, got none", code)
	}
	if errs[0].code() != code {
		t.Fatalf("want code %s, got %+v", code, errs)
	}
	return errs[0]
}

var ctx = auth.System(context.Background()) // tests set up their data as the system

// TestMain keeps the access log of every request out of test output; warnings
// and errors still show.
func TestMain(m *testing.M) {
	slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	testdb.Main(m)
}
