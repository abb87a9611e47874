package graph_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// With fields and lists resolved in order (graph/gqlgen.go), a fragment
// marked @defer is answered inline, in the one response, as the incremental
// delivery proposal lets a server do.
func TestDeferIsAnsweredInline(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		db.Person.Create().SetFullName("Vũ Duy Hoàng").ExecX(ctx)
		var out struct {
			People struct {
				Edges []struct {
					Node struct{ FullName, Slug string }
				}
			}
		}
		newAPI(db.Client).mustDo(t, `{ people(first: 5) { edges { node { fullName ... @defer { slug } } } } }`, nil, &out)
		if len(out.People.Edges) != 1 || out.People.Edges[0].Node.Slug != "vu-duy-hoang" {
			t.Errorf("people %+v, want Vũ Duy Hoàng with the deferred slug inline", out.People.Edges)
		}
	})
}
