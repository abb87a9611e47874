package bench

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// A response with GraphQL errors, or a failed HTTP status, counts as one
// error per request; answers without errors count none.
func TestErrorsAreCounted(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		status     int
		wantErrors bool
	}{
		{"data", `{"data":{"x":1}}`, 200, false},
		{"GraphQL errors", `{"errors":[{"message":"boom"}],"data":null}`, 200, true},
		{"HTTP 500", `internal error`, 500, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.WriteHeader(tc.status)
				w.Write([]byte(tc.body))
			}))
			defer srv.Close()
			r := runOne(context.Background(), newClient(srv.URL, 2), &pool{}, Operation{Name: "X", Query: "{ x }"},
				Config{Clients: 2, Duration: 50 * time.Millisecond})
			if r.Requests == 0 {
				t.Fatal("no requests")
			}
			if got := r.Errors == r.Requests; got != tc.wantErrors || (!tc.wantErrors && r.Errors != 0) {
				t.Fatalf("%d errors in %d requests (%s)", r.Errors, r.Requests, r.FirstError)
			}
		})
	}
}
