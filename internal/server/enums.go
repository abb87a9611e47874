package server

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// exactEnums refuses, before anything runs, an enum value in a variable
// that is not exactly one of its type's values. gqlparser's validation lets
// "published" through for PUBLISHED, and then the executors disagree:
// gqlgen's refuses it, while a filter read by the compiled executor
// matched nothing. The error is BAD_USER_INPUT naming the variable, or the
// input field inside it.
type exactEnums struct{ schema *ast.Schema }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = exactEnums{}

func (exactEnums) ExtensionName() string                   { return "ExactEnums" }
func (exactEnums) Validate(graphql.ExecutableSchema) error { return nil }

func (x exactEnums) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	for _, def := range oc.Operation.VariableDefinitions {
		if err := x.check(def.Variable, def.Type, oc.Variables[def.Variable]); err != nil {
			return &gqlerror.Error{Err: err, Message: err.Error()}
		}
	}
	return nil
}

// check checks value v of type typ, given for field.
func (x exactEnums) check(field string, typ *ast.Type, v any) error {
	if v == nil || typ == nil {
		return nil
	}
	if typ.Elem != nil {
		list, ok := v.([]any)
		if !ok {
			return x.check(field, typ.Elem, v) // one value for a list of one
		}
		for _, e := range list {
			if err := x.check(field, typ.Elem, e); err != nil {
				return err
			}
		}
		return nil
	}
	def := x.schema.Types[typ.NamedType]
	if def == nil {
		return nil
	}
	switch def.Kind {
	case ast.Enum:
		if s, ok := v.(string); ok && def.EnumValues.ForName(s) == nil {
			names := make([]string, len(def.EnumValues))
			for i, ev := range def.EnumValues {
				names[i] = ev.Name
			}
			return apperr.Invalid(field, "%q is not a %s: the values are %s, in capitals", truncate(s), def.Name, strings.Join(names, ", "))
		}
	case ast.InputObject:
		m, _ := v.(map[string]any)
		for name, fv := range m {
			if fd := def.Fields.ForName(name); fd != nil {
				if err := x.check(name, fd.Type, fv); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
