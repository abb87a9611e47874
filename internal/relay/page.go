package relay

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// MaxPageSize is the most items one connection field returns at once.
const MaxPageSize = 100

// PageSize is a gqlgen handler extension that checks every connection field
// of an operation before anything runs: each must ask for `first` or `last`
// items, between 0 and MaxPageSize. A page too large is an error, never a
// silent truncation, and a request without a size never reads a whole table.
type PageSize struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = PageSize{}

// ExtensionName implements graphql.HandlerExtension.
func (PageSize) ExtensionName() string { return "PageSize" }

// Validate implements graphql.HandlerExtension.
func (PageSize) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (PageSize) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	return checkSelections(oc.Operation.SelectionSet, oc.Variables, map[string]bool{})
}

func checkSelections(set ast.SelectionSet, vars map[string]any, seenFragments map[string]bool) *gqlerror.Error {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if err := checkField(sel, vars); err != nil {
				return err
			}
			if err := checkSelections(sel.SelectionSet, vars, seenFragments); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := checkSelections(sel.SelectionSet, vars, seenFragments); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			if sel.Definition == nil || seenFragments[sel.Name] {
				continue
			}
			seenFragments[sel.Name] = true
			if err := checkSelections(sel.Definition.SelectionSet, vars, seenFragments); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkField(f *ast.Field, vars map[string]any) *gqlerror.Error {
	if f.Definition == nil || f.Definition.Type == nil || !strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		return nil
	}
	if f.Definition.Arguments.ForName("first") == nil {
		return nil
	}
	args := f.ArgumentMap(vars)
	first, hasFirst := PageArg(args["first"])
	last, hasLast := PageArg(args["last"])
	var msg, arg string
	switch {
	case !hasFirst && !hasLast:
		arg, msg = "first", fmt.Sprintf("%s: pass first or last (at most %d)", f.Name, MaxPageSize)
	case hasFirst && (first < 0 || first > MaxPageSize):
		arg, msg = "first", fmt.Sprintf("%s: first must be between 0 and %d, got %d", f.Name, MaxPageSize, first)
	case hasLast && (last < 0 || last > MaxPageSize):
		arg, msg = "last", fmt.Sprintf("%s: last must be between 0 and %d, got %d", f.Name, MaxPageSize, last)
	default:
		return nil
	}
	err := &gqlerror.Error{
		Message:    msg,
		Extensions: map[string]any{"code": apperr.BadUserInput, "field": arg},
	}
	if f.Position != nil {
		err.Locations = []gqlerror.Location{{Line: f.Position.Line, Column: f.Position.Column}}
	}
	return err
}

// PageArg reads a first/last argument as the executor would see it.
func PageArg(v any) (int64, bool) {
	switch v := v.(type) {
	case int64:
		return v, true
	case int:
		return int64(v), true
	case float64:
		return int64(v), true
	case json.Number:
		n, err := v.Int64()
		return n, err == nil
	}
	return 0, false
}
