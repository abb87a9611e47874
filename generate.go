// Package newsgraph is the root of the module; it holds the code-generation
// steps. `go generate ./...` regenerates ent/ (and graph/ent.graphql) from
// ent/schema, then graph/generated from graph/*.graphql, then
// docs/schema.graphql, the SDL as the server serves it (docs/schema.md).
package newsgraph

//go:generate go run ./ent/entc.go
//go:generate go run ./graph/gqlgen.go
//go:generate go run ./cmd/newsgraph schema -o docs/schema.graphql
