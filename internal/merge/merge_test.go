package merge_test

import (
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/merge"
)

// TestMergeMovesEveryEdge fails when the content model has an edge to or
// from a person or an organization that merge.Edges does not list: the
// merge would leave it behind (or lose it with the deleted entity). Add the
// edge to merge.People or merge.Organizations, and to Edges.
func TestMergeMovesEveryEdge(t *testing.T) {
	for _, n := range ent.SchemaGraph().Nodes {
		for name, e := range n.Edges {
			if e.Spec.Inverse {
				continue // the declaring side names it
			}
			for _, typ := range []string{ent.TypePerson, ent.TypeOrganization} {
				if n.Type != typ && e.To.Type != typ {
					continue
				}
				if !slices.Contains(merge.Edges[typ], n.Type+"."+name) {
					t.Errorf("edge %s.%s reaches a %s, and merge.Edges[%q] does not list it: a merge would not move it", n.Type, name, typ, typ)
				}
			}
		}
	}
}
