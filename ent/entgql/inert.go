//go:build !entgql

// Inert annotations, for every build but generation's: nothing reads them.

package entgql

import "entgo.io/ent/schema"

// SkipMode says which parts of the GraphQL schema leave out a type or a
// field.
type SkipMode int

// The parts of the GraphQL schema a type or a field can be left out of.
const (
	SkipType SkipMode = 1 << iota
	SkipOrderField
	SkipWhereInput
	SkipMutationCreateInput
	SkipMutationUpdateInput
	SkipAll = SkipType | SkipOrderField | SkipWhereInput | SkipMutationCreateInput | SkipMutationUpdateInput
)

// MutationOption is one of the mutation inputs a type gets.
type MutationOption struct{}

// inert stands for an annotation outside generation, where nothing reads
// it.
type inert struct{}

// Name implements schema.Annotation under a name no reader looks for.
func (inert) Name() string { return "EntGQLInert" }

// Skip leaves a type or a field out of the parts of the schema named (all
// of them when none is).
func Skip(...SkipMode) schema.Annotation { return inert{} }

// Type names the GraphQL type of a field.
func Type(string) schema.Annotation { return inert{} }

// OrderField makes a field a value of its type's order enum.
func OrderField(string) schema.Annotation { return inert{} }

// RelayConnection makes a type's list, or an edge, a Relay connection.
func RelayConnection() schema.Annotation { return inert{} }

// QueryField adds the type's list to Query, under name.
func QueryField(string) schema.Annotation { return inert{} }

// Mutations gives a type the mutation inputs named.
func Mutations(...MutationOption) schema.Annotation { return inert{} }

// MutationCreate is the Create<Type>Input.
func MutationCreate() MutationOption { return MutationOption{} }

// MutationUpdate is the Update<Type>Input.
func MutationUpdate() MutationOption { return MutationOption{} }
