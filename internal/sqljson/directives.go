package sqljson

import (
	"github.com/vektah/gqlparser/v2/ast"
)

// The directives the compiler understands: on a field's definition, those
// that change nothing a field's value is (@deprecated; @specifiedBy is
// for scalars); in a query, those graphql.CollectFields applies. Any other
// directive (an authorization rule such as @hasRole, @defer, whatever is
// declared next) means something that gqlgen's executor does around the
// field and compiled SQL would silently skip, so a selection that carries
// one is not compiled.
var (
	definitionDirectives = map[string]bool{"deprecated": true, "specifiedBy": true}
	queryDirectives      = map[string]bool{"skip": true, "include": true}
)

// CheckOperation returns ErrUnsupported, wrapped with the reason, when op
// carries a directive the compiler does not understand: on the operation,
// its variables, any field, fragment spread, inline fragment or fragment
// it selects, or on the definition of any field it selects. A caller that
// compiles part of an operation checks the whole of it first, so that the
// operation goes to gqlgen's executor whole.
func CheckOperation(op *ast.OperationDefinition) error {
	if err := known(op.Directives, queryDirectives, "the operation"); err != nil {
		return err
	}
	for _, v := range op.VariableDefinitions {
		if err := known(v.Directives, queryDirectives, "$"+v.Variable); err != nil {
			return err
		}
	}
	return checkSelection(op.SelectionSet, map[string]bool{})
}

// checkSelection checks set and everything below it; seen holds the
// fragments already checked, each checked once however often it is spread.
func checkSelection(set ast.SelectionSet, seen map[string]bool) error {
	for _, sel := range set {
		switch sel := sel.(type) {
		case *ast.Field:
			if err := known(sel.Directives, queryDirectives, sel.Name); err != nil {
				return err
			}
			if d := sel.Definition; d != nil {
				if err := known(d.Directives, definitionDirectives, sel.Name+"'s definition"); err != nil {
					return err
				}
			}
			if err := checkSelection(sel.SelectionSet, seen); err != nil {
				return err
			}
		case *ast.FragmentSpread:
			if err := known(sel.Directives, queryDirectives, "..."+sel.Name); err != nil {
				return err
			}
			f := sel.Definition
			if f == nil || seen[f.Name] {
				continue
			}
			seen[f.Name] = true
			if err := known(f.Directives, queryDirectives, "fragment "+f.Name); err != nil {
				return err
			}
			if err := checkSelection(f.SelectionSet, seen); err != nil {
				return err
			}
		case *ast.InlineFragment:
			if err := known(sel.Directives, queryDirectives, "... on "+sel.TypeCondition); err != nil {
				return err
			}
			if err := checkSelection(sel.SelectionSet, seen); err != nil {
				return err
			}
		}
	}
	return nil
}

// known returns ErrUnsupported for the first of ds that understood does
// not name.
func known(ds ast.DirectiveList, understood map[string]bool, where string) error {
	for _, d := range ds {
		if !understood[d.Name] {
			return unsupported("@%s on %s", d.Name, where)
		}
	}
	return nil
}
