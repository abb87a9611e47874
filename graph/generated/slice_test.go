package generated

import (
	"context"
	"errors"
	"testing"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSlice keeps gqlgen's contract for lists: every element sees its
// index, in order, and a panicking element becomes null and an error while
// the others are kept.
func TestMarshalSlice(t *testing.T) {
	ctx := graphql.WithResponseContext(context.Background(), graphql.DefaultErrorPresenter,
		func(ctx context.Context, err any) error { return errors.New("internal error") })
	var seen []int
	ret := marshalSlice(ctx, 3, 0, false, func(ctx context.Context, i int) graphql.Marshaler {
		seen = append(seen, *graphql.GetFieldContext(ctx).Index)
		if i == 1 {
			panic("boom")
		}
		return graphql.MarshalInt(i)
	})
	if len(seen) != 3 || seen[0] != 0 || seen[1] != 1 || seen[2] != 2 {
		t.Errorf("indices seen %v, want [0 1 2]", seen)
	}
	if ret[0] == graphql.Null || ret[1] != graphql.Null || ret[2] == graphql.Null {
		t.Errorf("elements %v, want the panicking one null", ret)
	}
	if errs := graphql.GetErrors(ctx); len(errs) != 1 || errs[0].Message != "internal error" {
		t.Errorf("errors %v, want one internal error", errs)
	}
}
