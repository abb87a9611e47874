package schema

import (
	"context"
	stdsql "database/sql"
	"fmt"
	"maps"
	"slices"
	"strings"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql/sqlgraph"
	"entgo.io/ent/schema/mixin"

	gen "github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/migrate"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

// EdgeMixin keeps a type's edges sound, whoever writes them (the API, the
// importer, the command line):
//
//   - every id a mutation links or unlinks names an existing row of the
//     edge's type (refIDsExist);
//   - an edge the other side cannot do without is never cleared
//     (requiredEdgesKept);
//   - a self-referencing edge such as parent never closes a cycle
//     (noCycles, in hierarchy.go).
//
// The hooks read the edges from the generated schema graph, so a new edge
// or a new hierarchy is covered without a line here; every type carries the
// mixin (TestEveryEdgeChecksItsIDs fails for one that does not). A refusal
// is BAD_USER_INPUT naming the field of entgql's mutation input that sets
// the edge (addField, removeField, clearField).
type EdgeMixin struct{ mixin.Schema }

// Hooks of the EdgeMixin.
func (EdgeMixin) Hooks() []ent.Hook {
	return []ent.Hook{refIDsExist, requiredEdgesKept, noCycles}
}

// bulkLoadKey is the context key of BulkLoad.
type bulkLoadKey struct{}

// BulkLoad returns a context under which writes skip the checks of the
// model that cost a statement per row: that the ids a row links exist,
// that a tree stays a tree, and the locks that make slug writers take
// turns. It is for a loader that makes every id, slug and tree it writes
// itself (internal/synthetic, where these statements made the load about
// 60% slower); the database's foreign keys and unique indexes still hold,
// and text is still checked.
func BulkLoad(ctx context.Context) context.Context {
	return context.WithValue(ctx, bulkLoadKey{}, true)
}

// bulkLoad reports whether ctx comes from BulkLoad.
func bulkLoad(ctx context.Context) bool {
	b, _ := ctx.Value(bulkLoadKey{}).(bool)
	return b
}

// mutation is what every generated mutation offers beyond ent.Mutation:
// its client and raw SQL through its driver, which is the transaction's
// when it runs in one (every GraphQL mutation does).
type mutation interface {
	ent.Mutation
	Client() *gen.Client
	IDs(ctx context.Context) ([]int, error)
	QueryContext(ctx context.Context, query string, args ...any) (*stdsql.Rows, error)
}

// refIDsExist refuses a mutation that links or unlinks an id that is not
// the id of a row of the edge's type, with one query for all its edges.
func refIDsExist(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if bulkLoad(ctx) {
			return next.Mutate(ctx, m)
		}
		node := graphNode(m.Type())
		type link struct {
			field, target string
			ids           []int
		}
		var links []link
		wanted := map[*sqlgraph.Node][]int{}
		for _, name := range edgeNames(m) {
			e := node.Edges[name]
			added, removed := intIDs(m.AddedIDs(name)), intIDs(m.RemovedIDs(name))
			links = append(links, link{addField(m.Op(), name, e.Spec), e.To.Type, added}, link{removeField(name), e.To.Type, removed})
			wanted[e.To] = slices.Concat(wanted[e.To], added, removed)
		}
		if len(links) == 0 {
			return next.Mutate(ctx, m)
		}
		found, err := existing(ctx, m.(mutation), wanted)
		if err != nil {
			return nil, fmt.Errorf("check the ids %s links: %w", m.Type(), err)
		}
		for _, l := range links {
			for _, id := range l.ids {
				if !found[l.target][id] {
					return nil, apperr.Invalid(l.field, "%d is not the id of %s", id, aNoun(l.target))
				}
			}
		}
		return next.Mutate(ctx, m)
	})
}

// edgeNames lists the edges m adds or removes ids on, in a fixed order so
// that of several bad ids the same one is named every time.
func edgeNames(m ent.Mutation) []string {
	names := append(m.AddedEdges(), m.RemovedEdges()...)
	slices.Sort(names)
	return slices.Compact(names)
}

// existing returns, by type, which of the wanted ids are rows of that
// type's table, in one query. It reads the tables directly: the check is
// about the data, whatever the caller may read.
func existing(ctx context.Context, m mutation, wanted map[*sqlgraph.Node][]int) (map[string]map[int]bool, error) {
	found := map[string]map[int]bool{}
	var (
		types   []string // of each SELECT, by its number
		selects []string
		args    []any
	)
	for _, node := range slices.SortedFunc(maps.Keys(wanted), func(a, b *sqlgraph.Node) int { return strings.Compare(a.Type, b.Type) }) {
		found[node.Type] = map[int]bool{}
		if len(wanted[node]) == 0 {
			continue
		}
		var in string
		in, args = inList(args, wanted[node])
		selects = append(selects, fmt.Sprintf(`SELECT %d, %s FROM %s WHERE %s IN (%s)`,
			len(types), ident(node.ID.Column), ident(node.Table), ident(node.ID.Column), in))
		types = append(types, node.Type)
	}
	if len(selects) == 0 {
		return found, nil
	}
	rows, err := m.QueryContext(ctx, strings.Join(selects, " UNION ALL "), args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var n, id int
		if err := rows.Scan(&n, &id); err != nil {
			return nil, err
		}
		found[types[n]][id] = true
	}
	return found, rows.Err()
}

// ident quotes a table or column name for both engines.
func ident(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

// inList returns the placeholders of ids for an IN list, numbered after
// the args a statement has so far ($n numbers them alike on both engines),
// and the args with ids added.
func inList(args []any, ids []int) (string, []any) {
	marks := make([]string, len(ids))
	for i, id := range ids {
		args = append(args, id)
		marks[i] = fmt.Sprintf("$%d", len(args))
	}
	return strings.Join(marks, ", "), args
}

// requiredEdgesKept refuses to clear an edge, or remove ids from it, when
// that would leave a row without a link its table requires (a NOT NULL
// foreign key): feedback without its article, a position without its
// person. Deleting the row is the way to part with it.
func requiredEdgesKept(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		node := graphNode(m.Type())
		for _, name := range m.ClearedEdges() {
			e := node.Edges[name]
			if !required(e.Spec) {
				continue
			}
			if ownsKey(e.Spec) {
				return nil, apperr.Invalid(clearField(name), "%s needs its %s: set another one instead of clearing it", aNoun(m.Type()), noun(e.To.Type))
			}
			return nil, apperr.Invalid(clearField(name), "%s cannot be left without its %s: delete it instead", aNoun(e.To.Type), noun(m.Type()))
		}
		for _, name := range m.RemovedEdges() {
			if e := node.Edges[name]; required(e.Spec) && !ownsKey(e.Spec) {
				return nil, apperr.Invalid(removeField(name), "%s cannot be left without its %s: delete it instead", aNoun(e.To.Type), noun(m.Type()))
			}
		}
		return next.Mutate(ctx, m)
	})
}

// ownsKey reports whether the foreign key of an edge lives in the rows of
// the edge's own type (an M2O edge, or the inverse side of an O2O edge)
// rather than in the rows it points to.
func ownsKey(e *sqlgraph.EdgeSpec) bool {
	return e.Rel == sqlgraph.M2O || e.Rel == sqlgraph.O2O && e.Inverse
}

// required reports whether the foreign key column of edge e is NOT NULL.
// Join tables (M2M) hold no such column.
func required(e *sqlgraph.EdgeSpec) bool {
	if e.Rel == sqlgraph.M2M || len(e.Columns) != 1 {
		return false
	}
	return notNull[e.Table+"."+e.Columns[0]]
}

// notNull holds "table.column" for every NOT NULL column of the schema.
var notNull = func() map[string]bool {
	cols := map[string]bool{}
	for _, t := range migrate.Tables {
		for _, c := range t.Columns {
			if !c.Nullable {
				cols[t.Name+"."+c.Name] = true
			}
		}
	}
	return cols
}()

// graphNode returns the node of type typ in the generated schema graph.
func graphNode(typ string) *sqlgraph.Node {
	for _, n := range gen.SchemaGraph().Nodes {
		if n.Type == typ {
			return n
		}
	}
	panic(fmt.Sprintf("schema: no type %q in the schema graph: run go generate", typ))
}

// addField names the input field that links ids on edge name:
// categoryID, authorIDs on create, addAuthorIDs on update.
func addField(op ent.Op, name string, e *sqlgraph.EdgeSpec) string {
	switch {
	case e.Rel == sqlgraph.M2O || e.Rel == sqlgraph.O2O:
		return camel(name) + "ID"
	case op.Is(ent.OpCreate):
		return camel(singular(name)) + "IDs"
	default:
		return "add" + pascal(singular(name)) + "IDs"
	}
}

// removeField names the input field that unlinks ids on edge name.
func removeField(name string) string { return "remove" + pascal(singular(name)) + "IDs" }

// clearField names the input field that clears edge name.
func clearField(name string) string { return camel("clear_" + name) }

// noun is how messages name a type: "person", "api token".
func noun(typ string) string {
	var b strings.Builder
	for i, r := range typ {
		if i > 0 && 'A' <= r && r <= 'Z' {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

// aNoun is noun with its indefinite article: "a person", "an award".
func aNoun(typ string) string {
	n := noun(typ)
	if strings.ContainsRune("aeiou", rune(n[0])) {
		return "an " + n
	}
	return "a " + n
}

// intIDs converts the ids ent hands out as values; every id here is an int.
func intIDs(vs []ent.Value) []int {
	ids := make([]int, 0, len(vs))
	for _, v := range vs {
		ids = append(ids, v.(int))
	}
	slices.Sort(ids)
	return ids
}
