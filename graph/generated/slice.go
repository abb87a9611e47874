package generated

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice marshals the elements of a list one after another. gqlgen
// marshals each element of a list of objects in its own goroutine
// (graphql.MarshalSliceConcurrently); graph/gqlgen.go points the generated
// code here instead, because the elements of newsgraph's lists are loaded
// with the page and marshalling one only reads memory: a goroutine, and
// the growth of its stack, cost more than the element (docs/performance.md).
// It keeps MarshalSliceConcurrently's contract: each element sees a field
// context with its index, and a panic in one is recovered as an error
// with null in its place.
func marshalSlice(ctx context.Context, length int, _ int64, omitPanicHandler bool, marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	for i := range length {
		index := i
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &index})
		if omitPanicHandler {
			ret[i] = marshalElement(childCtx, i)
			continue
		}
		func() {
			defer func() {
				if r := recover(); r != nil {
					graphql.AddError(childCtx, graphql.Recover(childCtx, r))
					ret[i] = graphql.Null
				}
			}()
			ret[i] = marshalElement(childCtx, i)
		}()
	}
	return ret
}
