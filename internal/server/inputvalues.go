package server

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// inputValues settles, before anything runs, two things about the values a
// client gives in variables:
//
//   - An enum value must be exactly one of its type's values. gqlparser's
//     validation lets "published" through for PUBLISHED, and then the
//     executors disagree: gqlgen's refuses it, while a filter read by the
//     compiled executor matched nothing. The error is BAD_USER_INPUT naming
//     the variable, or the input field inside it.
//   - An empty string where an optional ID or Cursor goes means none, as
//     null does. Generated clients (genqlient, for one) send a field's zero
//     value for every optional argument the caller left out: after: "" on
//     the first page, categoryID: "" for no category. Only variables: an
//     argument written in the operation says what it means, and the parsed
//     operation is cached and shared between requests.
type inputValues struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = inputValues{}

func (inputValues) ExtensionName() string                   { return "InputValues" }
func (inputValues) Validate(graphql.ExecutableSchema) error { return nil }

func (x inputValues) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	for _, def := range oc.Operation.VariableDefinitions {
		v, err := x.settle(def.Variable, def.Type, oc.Variables[def.Variable])
		if err != nil {
			return &gqlerror.Error{Err: err, Message: err.Error()}
		}
		if v == nil && oc.Variables[def.Variable] != nil {
			oc.Variables[def.Variable] = nil
		}
	}
	return nil
}

// settle checks value v of type typ, given for field, and returns it with
// every empty optional ID or Cursor in it made null.
func (x inputValues) settle(field string, typ *ast.Type, v any) (any, error) {
	if v == nil || typ == nil {
		return v, nil
	}
	if typ.Elem != nil {
		list, ok := v.([]any)
		if !ok {
			return x.settle(field, typ.Elem, v) // one value for a list of one
		}
		for i, e := range list {
			s, err := x.settle(field, typ.Elem, e)
			if err != nil {
				return nil, err
			}
			list[i] = s
		}
		return list, nil
	}
	if emptyMeansNull(typ) && v == "" {
		return nil, nil
	}
	def := x.schema.Types[typ.NamedType]
	if def == nil {
		return v, nil
	}
	switch def.Kind {
	case ast.Enum:
		if s, ok := v.(string); ok && def.EnumValues.ForName(s) == nil {
			names := make([]string, len(def.EnumValues))
			for i, ev := range def.EnumValues {
				names[i] = ev.Name
			}
			return nil, apperr.Invalid(field, "%q is not a %s: the values are %s, in capitals", truncate(s), def.Name, strings.Join(names, ", "))
		}
	case ast.InputObject:
		m, _ := v.(map[string]any)
		for name, fv := range m {
			if fd := def.Fields.ForName(name); fd != nil {
				s, err := x.settle(name, fd.Type, fv)
				if err != nil {
					return nil, err
				}
				m[name] = s
			}
		}
	}
	return v, nil
}

// emptyMeansNull tells whether "" given for typ means null: an optional ID
// or Cursor, never a meaningful empty string.
func emptyMeansNull(typ *ast.Type) bool {
	return !typ.NonNull && typ.Elem == nil && (typ.NamedType == "ID" || typ.NamedType == "Cursor")
}
