//go:build entgql

// The annotations as entgql has them, for generation (ent/entc.go).

package entgql

import (
	contrib "entgo.io/contrib/entgql"
	"entgo.io/ent/schema"
)

// SkipMode says which parts of the GraphQL schema leave out a type or a
// field.
type SkipMode = contrib.SkipMode

// The parts of the GraphQL schema a type or a field can be left out of.
const (
	SkipType                = contrib.SkipType
	SkipOrderField          = contrib.SkipOrderField
	SkipWhereInput          = contrib.SkipWhereInput
	SkipMutationCreateInput = contrib.SkipMutationCreateInput
	SkipMutationUpdateInput = contrib.SkipMutationUpdateInput
	SkipAll                 = contrib.SkipAll
)

// MutationOption is one of the mutation inputs a type gets.
type MutationOption = contrib.MutationOption

// Skip leaves a type or a field out of the parts of the schema named (all
// of them when none is).
func Skip(modes ...SkipMode) schema.Annotation { return contrib.Skip(modes...) }

// Type names the GraphQL type of a field.
func Type(name string) schema.Annotation { return contrib.Type(name) }

// OrderField makes a field a value of its type's order enum.
func OrderField(name string) schema.Annotation { return contrib.OrderField(name) }

// RelayConnection makes a type's list, or an edge, a Relay connection.
func RelayConnection() schema.Annotation { return contrib.RelayConnection() }

// QueryField adds the type's list to Query, under name.
func QueryField(name string) schema.Annotation { return contrib.QueryField(name) }

// Mutations gives a type the mutation inputs named.
func Mutations(inputs ...MutationOption) schema.Annotation { return contrib.Mutations(inputs...) }

// MutationCreate is the Create<Type>Input.
func MutationCreate() MutationOption { return contrib.MutationCreate() }

// MutationUpdate is the Update<Type>Input.
func MutationUpdate() MutationOption { return contrib.MutationUpdate() }
