package server_test

import (
	"fmt"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/schemadiff"
	"github.com/newsgraph/newsgraph/internal/server"
)

// docs/schema.graphql is the schema client teams generate code from and
// CI checks changes against: it must be what the server serves.
func TestCommittedSchemaIsServed(t *testing.T) {
	const fix = "run `go generate ./...` (or `go run ./cmd/newsgraph schema -o docs/schema.graphql`) and commit docs/schema.graphql"
	rec := newEdge(t, server.Options{}).request(t, http.MethodGet, "/schema.graphql", "")
	if rec.Code != http.StatusOK {
		t.Fatalf("GET /schema.graphql: status %d", rec.Code)
	}
	served := rec.Body.String()
	committed, err := os.ReadFile("../../docs/schema.graphql")
	if err != nil {
		t.Fatalf("%v: %s", err, fix)
	}
	if string(committed) == served {
		return
	}
	// Say what differs, as a client of the committed schema would see it.
	var what strings.Builder
	old, err := schemadiff.ParseSDL("docs/schema.graphql", string(committed))
	if err != nil {
		what.WriteString(err.Error())
	} else {
		newSchema, err := schemadiff.ParseSDL("/schema.graphql", served)
		if err != nil {
			t.Fatalf("the served SDL does not parse: %v", err)
		}
		changes := schemadiff.Diff(old, newSchema)
		for i, c := range changes {
			if i == 20 {
				fmt.Fprintf(&what, "… and %d more\n", len(changes)-i)
				break
			}
			fmt.Fprintf(&what, "%-9s  %s  %s\n", c.Criticality, c.Path, c.Message)
		}
		if len(changes) == 0 {
			what.WriteString("the same schema, written differently (order, comments or spacing)\n")
		}
	}
	t.Fatalf("docs/schema.graphql is not the schema the server serves at /schema.graphql: %s.\nFrom the committed schema to the served one:\n%s", fix, what.String())
}
