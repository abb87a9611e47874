package ent

// This file is written by hand: ent generates schemaGraph (entql.go) for its
// own filters but does not export it.

import "entgo.io/ent/dialect/sql/sqlgraph"

// SchemaGraph is the content model as ent stores it: each type's table,
// columns and edges. internal/sqljson reads it to compile GraphQL
// selections into SQL. Callers must not change it.
func SchemaGraph() *sqlgraph.Schema { return schemaGraph }
