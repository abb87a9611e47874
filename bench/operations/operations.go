// Package operations holds the named GraphQL operations that `newsgraph
// bench` drives, one per .graphql file, embedded in the binary so that the
// benchmark needs nothing beside it.
package operations

import "embed"

// Files are the operations: NAME.graphql holds the query NAME.
//
//go:embed *.graphql
var Files embed.FS
