package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/server"
)

// errorLogs records the error-level records logged while a test runs.
func errorLogs(t *testing.T) *bytes.Buffer {
	t.Helper()
	var logs bytes.Buffer
	old := slog.Default()
	slog.SetDefault(slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelError})))
	t.Cleanup(func() { slog.SetDefault(old) })
	return &logs
}

// A defect (an error no layer gave a code, a panic) is INTERNAL: answered
// without detail, and logged once, in full, for operators.
func TestDefectsAreInternalAndLoggedOnce(t *testing.T) {
	for _, tc := range []struct {
		name   string
		defect func()
	}{
		{"an uncoded error", func() {}},
		{"a panic", func() { panic(`near "SELECT secret": the defect`) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEdge(t, server.Options{})
			e.db.Client.Intercept(ent.InterceptFunc(func(next ent.Querier) ent.Querier {
				return ent.QuerierFunc(func(ctx context.Context, q ent.Query) (ent.Value, error) {
					if _, ok := q.(*ent.PersonQuery); ok {
						tc.defect()
						return nil, errors.New(`sql: near "SELECT secret": the defect`)
					}
					return next.Query(ctx, q)
				})
			}))
			logs := errorLogs(t)
			rec := e.post(t, `{ people(first: 1) { edges { node { fullName } } } }`, nil)
			a := decode(t, rec)
			if rec.Code != http.StatusOK || a.code() != apperr.Internal || a.Errors[0].Message != "internal error" {
				t.Fatalf("want 200 and INTERNAL beside data, got %d %s", rec.Code, rec.Body)
			}
			if strings.Contains(rec.Body.String(), "secret") {
				t.Errorf("the answer shows the defect: %s", rec.Body)
			}
			if n := strings.Count(logs.String(), "\n"); n != 1 || !strings.Contains(logs.String(), "the defect") {
				t.Errorf("want the defect logged once, got %d records:\n%s", n, logs)
			}
		})
	}
}

// What Authenticate returns decides the refusal through the one table:
// UNAUTHENTICATED is 401, a defect 500 and logged once; never a 200.
func TestAuthenticationRefusals(t *testing.T) {
	for _, tc := range []struct {
		name   string
		err    error
		status int
		code   string
		logged int
	}{
		{"a token that is not valid", apperr.Errorf(apperr.Unauthenticated, "unknown API token"), http.StatusUnauthorized, apperr.Unauthenticated, 0},
		{"a defect", errors.New("the token store is confused"), http.StatusInternalServerError, apperr.Internal, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := newEdge(t, server.Options{
				Authenticate: func(context.Context, string) (*auth.Caller, error) { return nil, tc.err },
			})
			logs := errorLogs(t)
			for _, accept := range []string{"application/json", "application/graphql-response+json"} {
				rec := e.post(t, `{ __typename }`, nil, "Authorization", "Bearer x", "Accept", accept)
				wantRefused(t, rec, tc.status, tc.code)
				if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, accept) {
					t.Errorf("Content-Type %q, want %s", ct, accept)
				}
			}
			if n := strings.Count(logs.String(), "\n"); n != 2*tc.logged {
				t.Errorf("want %d records, got:\n%s", 2*tc.logged, logs)
			}
		})
	}
}

// Every error of every answer carries a code of the one vocabulary.
func TestEveryCodeIsInTheTable(t *testing.T) {
	known := map[string]bool{}
	for _, c := range apperr.Codes() {
		known[c] = true
	}
	e := newEdge(t, server.Options{APQCacheSize: 10})
	for _, body := range []string{
		`{"query": "{ noSuchField }"}`,
		`{"query": "{"}`,
		`{"query": "{ articles(first: 1000) { totalCount } }"}`,
		`{"query": "{ node(id: \"x\") { id } }"}`,
		`{"query": "mutation { createTag(input: {name: \"x\"}) { id } }"}`,
		`{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}`,
		`{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}`,
		`{"query": "{ __typename }", "extensions": {"persistedQuery": {"version": 2}}}`,
	} {
		rec := e.request(t, http.MethodPost, "/query", body, "Content-Type", "application/json")
		var a struct {
			Errors []struct{ Extensions map[string]any }
		}
		json.Unmarshal(rec.Body.Bytes(), &a)
		if len(a.Errors) == 0 {
			t.Errorf("%s: no error: %s", body, rec.Body)
		}
		for _, err := range a.Errors {
			if code, _ := err.Extensions["code"].(string); !known[code] {
				t.Errorf("%s: code %q is not in apperr's table: %s", body, code, rec.Body)
			}
		}
	}
}
