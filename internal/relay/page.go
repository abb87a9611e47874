package relay

import (
	"context"
	"encoding/json"
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
// items, between 0 and MaxPageSize, and not both when it selects more than
// totalCount. A page too large is an error, never a silent truncation, and a
// request without a size never reads a whole table. Check, when set, then
// checks the rest of each connection's arguments (cursors, filters), so
// that what is wrong with them is said before any SQL is sent.
type PageSize struct {
	// Check is given the connection's type name (ArticleConnection) and
	// its arguments, variables resolved.
	Check func(connection string, args map[string]any) error
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = PageSize{}

// ExtensionName implements graphql.HandlerExtension.
func (PageSize) ExtensionName() string { return "PageSize" }

// Validate implements graphql.HandlerExtension.
func (PageSize) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationContext implements graphql.OperationContextMutator.
func (p PageSize) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	return p.checkSelections(oc.Operation.SelectionSet, oc.Variables, map[string]bool{})
}

func (p PageSize) checkSelections(set ast.SelectionSet, vars map[string]any, seenFragments map[string]bool) *gqlerror.Error {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if err := p.checkField(sel, vars); err != nil {
				return err
			}
			if err := p.checkSelections(sel.SelectionSet, vars, seenFragments); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := p.checkSelections(sel.SelectionSet, vars, seenFragments); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			if sel.Definition == nil || seenFragments[sel.Name] {
				continue
			}
			seenFragments[sel.Name] = true
			if err := p.checkSelections(sel.Definition.SelectionSet, vars, seenFragments); err != nil {
				return err
			}
		}
	}
	return nil
}

func (p PageSize) checkField(f *ast.Field, vars map[string]any) *gqlerror.Error {
	if f.Definition == nil || f.Definition.Type == nil || !strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		return nil
	}
	if f.Definition.Arguments.ForName("first") == nil {
		return nil
	}
	args := f.ArgumentMap(vars)
	first, hasFirst := PageArg(args["first"])
	last, hasLast := PageArg(args["last"])
	var err error
	switch {
	case !hasFirst && !hasLast:
		err = apperr.Invalid("first", "%s: pass first or last (at most %d)", f.Name, MaxPageSize)
	case hasFirst && (first < 0 || first > MaxPageSize):
		err = apperr.Invalid("first", "%s: first must be between 0 and %d, got %d", f.Name, MaxPageSize, first)
	case hasLast && (last < 0 || last > MaxPageSize):
		err = apperr.Invalid("last", "%s: last must be between 0 and %d, got %d", f.Name, MaxPageSize, last)
	case hasFirst && hasLast && selectsItems(f.SelectionSet):
		err = apperr.Invalid("last", "%s: pass first or last, not both: a page starts at one end", f.Name)
	case p.Check != nil:
		err = p.Check(f.Definition.Type.Name(), args)
	}
	if err == nil {
		return nil
	}
	gerr := &gqlerror.Error{Err: err, Message: err.Error()}
	if f.Position != nil {
		gerr.Locations = []gqlerror.Location{{Line: f.Position.Line, Column: f.Position.Column}}
	}
	return gerr
}

// selectsItems tells whether a connection's selection asks for more than
// its totalCount (edges, pageInfo).
func selectsItems(set ast.SelectionSet) bool {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if sel.Name != "totalCount" && sel.Name != "__typename" {
				return true
			}
		case *ast.InlineFragment:
			if selectsItems(sel.SelectionSet) {
				return true
			}
		case *ast.FragmentSpread:
			if sel.Definition != nil && selectsItems(sel.Definition.SelectionSet) {
				return true
			}
		}
	}
	return false
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
