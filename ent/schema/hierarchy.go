package schema

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/dialect/sql/sqlgraph"

	"github.com/newsgraph/newsgraph/ent/privacy"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

// hierarchy is a tree a type forms with itself: each row's one parent
// (up, an M2O edge) and its children (down, the O2M edge back), both kept
// in the same foreign key column. Either edge may be missing from the
// schema; up is "parent" and down "children" for organizations and
// categories.
type hierarchy struct {
	up, down string
	column   string
}

// hierarchies finds the trees of node's type in the schema graph: every
// self-referencing edge held by one foreign key column. Many-to-many and
// one-to-one self references are not trees and are not checked.
func hierarchies(node *sqlgraph.Node) []hierarchy {
	byColumn := map[string]*hierarchy{}
	var columns []string
	for name, e := range node.Edges {
		if e.To != node || len(e.Spec.Columns) != 1 || e.Spec.Rel != sqlgraph.M2O && e.Spec.Rel != sqlgraph.O2M {
			continue
		}
		col := e.Spec.Columns[0]
		h, ok := byColumn[col]
		if !ok {
			h = &hierarchy{column: col}
			byColumn[col] = h
			columns = append(columns, col)
		}
		if e.Spec.Rel == sqlgraph.M2O {
			h.up = name
		} else {
			h.down = name
		}
	}
	slices.Sort(columns)
	out := make([]hierarchy, 0, len(columns))
	for _, col := range columns {
		out = append(out, *byColumn[col])
	}
	return out
}

// noCycles refuses a change that would make a row its own ancestor in a
// hierarchy of its type, by a new parent or by new children: each stays a
// tree. The check reads the whole tree, whatever the caller may read, and
// on PostgreSQL holds a lock on the tree until the transaction ends, so
// that two moves made at once cannot close a cycle between them.
func noCycles(next ent.Mutator) ent.Mutator {
	return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
		if bulkLoad(ctx) {
			return next.Mutate(ctx, m)
		}
		node := graphNode(m.Type())
		for _, h := range hierarchies(node) {
			if err := keepTree(ctx, m.(mutation), node, h); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}

// keepTree refuses m if it would close a cycle in hierarchy h.
func keepTree(ctx context.Context, m mutation, node *sqlgraph.Node, h hierarchy) error {
	parents := intIDs(m.AddedIDs(h.up))
	children := intIDs(m.AddedIDs(h.down))
	if len(parents) == 0 && len(children) == 0 {
		return nil
	}
	if err := lockUntilCommit(ctx, m, node.Table, "tree "+h.column); err != nil {
		return err
	}
	var self []int
	if !m.Op().Is(ent.OpCreate) {
		ids, err := m.IDs(privacy.DecisionContext(ctx, privacy.Allow))
		if err != nil {
			return fmt.Errorf("%s rows to update: %w", m.Type(), err)
		}
		self = ids
	}
	// What will be above the changed rows: the new parent and its
	// ancestors, or, with the parent kept, their current ancestors.
	tops := parents
	if len(parents) == 0 && !m.EdgeCleared(h.up) {
		tops = self
	}
	above, err := ancestors(ctx, m, node, h.column, tops)
	if err != nil {
		return fmt.Errorf("ancestors in %s: %w", node.Table, err)
	}
	kind := noun(m.Type())
	for _, id := range self {
		if len(parents) > 0 && above[id] {
			return apperr.Invalid(addField(m.Op(), h.up, node.Edges[h.up].Spec),
				"%s %d is this %s or below it: it cannot become its %s", kind, parents[0], kind, singular(h.up))
		}
		above[id] = true
	}
	for _, child := range children {
		if above[child] {
			return apperr.Invalid(addField(m.Op(), h.down, node.Edges[h.down].Spec),
				"%s %d is this %s or above it: it cannot become its %s", kind, child, kind, singular(h.down))
		}
	}
	return nil
}

// ancestors returns ids and every row above them in the tree kept in
// column, in one recursive query. UNION stops at a row seen before, so
// even a cycle written before this check existed ends the walk.
func ancestors(ctx context.Context, m mutation, node *sqlgraph.Node, column string, ids []int) (map[int]bool, error) {
	up := make(map[int]bool, len(ids))
	if len(ids) == 0 {
		return up, nil
	}
	in, args := inList(nil, ids)
	table, id, parent := ident(node.Table), ident(node.ID.Column), ident(column)
	query := fmt.Sprintf(`WITH RECURSIVE up(id) AS (SELECT %[2]s FROM %[1]s WHERE %[2]s IN (%[4]s) `+
		`UNION SELECT t.%[3]s FROM %[1]s t JOIN up ON t.%[2]s = up.id WHERE t.%[3]s IS NOT NULL) SELECT id FROM up`,
		table, id, parent, in)
	rows, err := m.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		up[id] = true
	}
	return up, rows.Err()
}
