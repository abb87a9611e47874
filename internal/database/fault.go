package database

import (
	"database/sql"
	"database/sql/driver"
	"errors"
	"net"
	"strings"

	"github.com/lib/pq"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// RetryAfter is how many seconds a client is told to wait when the database
// is out of reach: about as long as PostgreSQL takes to restart.
const RetryAfter = 5

// Fault returns the UNAVAILABLE error a client should see when err says the
// database is out of reach (a refused or lost connection, a server shutting
// down or starting up, a file that cannot be opened, a lock held too long):
// a fault that passes, not a defect of newsgraph or of the request. It
// returns nil for any other error. It is the one place that knows the
// drivers' errors.
//
// A transaction PostgreSQL broke off because it collided with a concurrent
// one (a deadlock, 40P01, or a serialization failure, 40001) wrote nothing
// and would succeed if sent again: that is CONFLICT, not a defect.
func Fault(err error) *apperr.Error {
	if err == nil {
		return nil
	}
	var pqErr *pq.Error
	if errors.As(err, &pqErr) && (pqErr.Code == "40P01" || pqErr.Code == "40001") {
		return apperr.Errorf(apperr.Conflict, "the change collided with a concurrent one and was not made; send it again")
	}
	if !unreachable(err) {
		return nil
	}
	return &apperr.Error{
		Code:       apperr.Unavailable,
		Message:    "the database cannot be reached at the moment; try again shortly",
		RetryAfter: RetryAfter,
	}
}

func unreachable(err error) bool {
	if errors.Is(err, driver.ErrBadConn) || errors.Is(err, sql.ErrConnDone) {
		return true
	}
	// Not net.Error: context.DeadlineExceeded is one, and a deadline is
	// the request's, not the database's.
	var opErr *net.OpError
	var dnsErr *net.DNSError
	if errors.As(err, &opErr) || errors.As(err, &dnsErr) {
		return true
	}
	var pqErr *pq.Error
	if errors.As(err, &pqErr) {
		return pqUnavailable(string(pqErr.Code))
	}
	var liteErr *sqlite.Error
	if errors.As(err, &liteErr) {
		switch liteErr.Code() & 0xff { // the primary result code
		case sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_BUSY:
			return true
		}
	}
	return false
}

// pqUnavailable tells whether a PostgreSQL SQLSTATE says the server cannot
// serve now: connection exceptions (class 08, but a protocol violation,
// 08P01, is a defect), an administrator's or a crash's shutdown (57P01,
// 57P02), a server starting up (57P03), or no connection slot left (53300).
func pqUnavailable(code string) bool {
	switch {
	case code == "08P01":
		return false
	case strings.HasPrefix(code, "08"):
		return true
	}
	switch code {
	case "57P01", "57P02", "57P03", "53300":
		return true
	}
	return false
}
