package database_test

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/lib/pq"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/database"
)

// A database out of reach is UNAVAILABLE, with a retry delay; any other
// error is not Fault's to classify.
func TestFault(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"bad connection", driver.ErrBadConn, true},
		{"wrapped bad connection", fmt.Errorf("query articles: %w", driver.ErrBadConn), true},
		{"connection done", sql.ErrConnDone, true},
		{"connection refused", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, true},
		{"connection failure 08006", &pq.Error{Code: "08006"}, true},
		{"cannot connect 08001", &pq.Error{Code: "08001"}, true},
		{"admin shutdown 57P01", &pq.Error{Code: "57P01"}, true},
		{"crash shutdown 57P02", &pq.Error{Code: "57P02"}, true},
		{"cannot connect now 57P03", &pq.Error{Code: "57P03"}, true},
		{"too many connections 53300", &pq.Error{Code: "53300"}, true},
		{"protocol violation 08P01 is a defect", &pq.Error{Code: "08P01"}, false},
		{"unique violation", &pq.Error{Code: "23505"}, false},
		{"undefined table", &pq.Error{Code: "42P01"}, false},
		{"deadline", context.DeadlineExceeded, false},
		{"anything else", errors.New("boom"), false},
		{"nil", nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := database.Fault(tc.err)
			if (got != nil) != tc.want {
				t.Fatalf("Fault(%v) = %v, want UNAVAILABLE: %v", tc.err, got, tc.want)
			}
			if got != nil && (got.Code != apperr.Unavailable || got.RetryAfter <= 0) {
				t.Errorf("Fault(%v) = %+v, want UNAVAILABLE with a retry delay", tc.err, got)
			}
		})
	}
}

// A transaction PostgreSQL broke off for a concurrent one wrote nothing:
// CONFLICT, so the client sends it again, not INTERNAL.
func TestFaultOfConcurrency(t *testing.T) {
	for _, code := range []pq.ErrorCode{"40P01", "40001"} {
		got := database.Fault(fmt.Errorf("create article: %w", &pq.Error{Code: code}))
		if got == nil || got.Code != apperr.Conflict {
			t.Errorf("Fault(%s) = %+v, want CONFLICT", code, got)
		}
	}
}

// The drivers' own errors for a database that cannot be reached: a
// PostgreSQL port nobody listens on, a SQLite file in a missing directory.
func TestFaultFromDrivers(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	for _, tc := range []struct{ driver, dsn string }{
		{"postgres", "postgres://postgres@" + closed + "/newsgraph?sslmode=disable"},
		{"sqlite", "file:" + filepath.Join(t.TempDir(), "missing", "newsgraph.db")},
	} {
		t.Run(tc.driver, func(t *testing.T) {
			pool, err := sql.Open(tc.driver, tc.dsn)
			if err != nil {
				t.Fatal(err)
			}
			defer pool.Close()
			_, err = pool.ExecContext(context.Background(), "SELECT 1")
			if err == nil {
				t.Fatal("the query ran")
			}
			if database.Fault(err) == nil {
				t.Errorf("Fault(%v) = nil, want UNAVAILABLE", err)
			}
		})
	}
}
