package database

import (
	"context"
	"slices"

	"entgo.io/ent/dialect/sql/schema"
)

// reverseJoinIndexes gives every join table of a many-to-many edge an index
// on its second key column. ent keys a join table by (from, to), which finds
// the targets of one source (an article's authors) but not the sources of one
// target: a person's awards, articles and mentions would scan the whole
// table. The ent schema cannot declare indexes on join tables without turning
// each edge into an edge schema, so they are added here, on both engines.
func reverseJoinIndexes(next schema.Creator) schema.Creator {
	return schema.CreateFunc(func(ctx context.Context, tables ...*schema.Table) error {
		out := make([]*schema.Table, len(tables))
		for i, t := range tables {
			out[i] = t
			if len(t.PrimaryKey) != 2 || len(t.Columns) != 2 {
				continue
			}
			// A copy: ent's table descriptions are package globals, shared
			// by every migration of the process.
			joined := *t
			to := t.PrimaryKey[1]
			joined.Indexes = append(slices.Clone(t.Indexes), &schema.Index{
				Name:    t.Name + "_" + to.Name,
				Columns: []*schema.Column{to},
			})
			out[i] = &joined
		}
		return next.Create(ctx, out...)
	})
}
