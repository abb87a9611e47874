package schemadiff_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/schemadiff"
)

// parse reads an SDL snippet, giving it a Query type when it has none.
func parse(t *testing.T, name, sdl string) *schemadiff.Schema {
	t.Helper()
	if !strings.Contains(sdl, "type Query") {
		sdl += "\ntype Query { hello: String }"
	}
	s, err := schemadiff.ParseSDL(name, sdl)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return s
}

// One case per rule: an old and a new snippet, and every change expected,
// as "CRITICALITY TYPE path", in the order Diff gives them.
func TestDiffRules(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           []string
	}{
		// Types.
		{"type removed", `type A { x: Int }`, ``,
			[]string{"BREAKING TYPE_REMOVED A"}},
		{"type added, its fields with it", ``, `type A { x: Int y(first: Int!): Int }`,
			[]string{"SAFE TYPE_ADDED A"}},
		{"type kind changed", `type A { x: Int }`, `input A { x: Int }`,
			[]string{"BREAKING TYPE_KIND_CHANGED A"}},
		{"type description added", `type A { x: Int }`, `"An A." type A { x: Int }`,
			[]string{"SAFE TYPE_DESCRIPTION_ADDED A"}},
		{"type description changed", `"An A." type A { x: Int }`, `"The A." type A { x: Int }`,
			[]string{"SAFE TYPE_DESCRIPTION_CHANGED A"}},
		{"type description removed", `"An A." type A { x: Int }`, `type A { x: Int }`,
			[]string{"SAFE TYPE_DESCRIPTION_REMOVED A"}},

		// Fields of object types and interfaces.
		{"field removed", `type A { x: Int y: Int }`, `type A { x: Int }`,
			[]string{"BREAKING FIELD_REMOVED A.y"}},
		{"deprecated field removed", `type A { x: Int y: Int @deprecated }`, `type A { x: Int }`,
			[]string{"BREAKING FIELD_REMOVED A.y"}},
		{"interface field removed", `interface I { x: Int y: Int }`, `interface I { x: Int }`,
			[]string{"BREAKING FIELD_REMOVED I.y"}},
		{"field added", `type A { x: Int }`, `type A { x: Int y(first: Int!): Int }`,
			[]string{"SAFE FIELD_ADDED A.y"}},
		{"field made non-null", `type A { x: Int }`, `type A { x: Int! }`,
			[]string{"SAFE FIELD_TYPE_CHANGED A.x"}},
		{"field list items made non-null", `type A { x: [Int]! }`, `type A { x: [Int!]! }`,
			[]string{"SAFE FIELD_TYPE_CHANGED A.x"}},
		{"field made nullable", `type A { x: Int! }`, `type A { x: Int }`,
			[]string{"BREAKING FIELD_TYPE_CHANGED A.x"}},
		{"field list items made nullable", `type A { x: [Int!] }`, `type A { x: [Int] }`,
			[]string{"BREAKING FIELD_TYPE_CHANGED A.x"}},
		{"field type changed", `type A { x: Int }`, `type A { x: String }`,
			[]string{"BREAKING FIELD_TYPE_CHANGED A.x"}},
		{"field made a list", `type A { x: Int }`, `type A { x: [Int] }`,
			[]string{"BREAKING FIELD_TYPE_CHANGED A.x"}},
		{"field description added", `type A { x: Int }`, `type A { "The x." x: Int }`,
			[]string{"SAFE FIELD_DESCRIPTION_ADDED A.x"}},
		{"field description changed", `type A { "The x." x: Int }`, `type A { "An x." x: Int }`,
			[]string{"SAFE FIELD_DESCRIPTION_CHANGED A.x"}},
		{"field deprecated", `type A { x: Int }`, `type A { x: Int @deprecated(reason: "Use y.") }`,
			[]string{"SAFE FIELD_DEPRECATION_ADDED A.x"}},
		{"field no longer deprecated", `type A { x: Int @deprecated }`, `type A { x: Int }`,
			[]string{"SAFE FIELD_DEPRECATION_REMOVED A.x"}},
		{"field deprecation reason changed", `type A { x: Int @deprecated }`, `type A { x: Int @deprecated(reason: "Use y.") }`,
			[]string{"SAFE FIELD_DEPRECATION_REASON_CHANGED A.x"}},

		// Arguments.
		{"argument removed", `type Query { a(first: Int): Int }`, `type Query { a: Int }`,
			[]string{"BREAKING FIELD_ARGUMENT_REMOVED Query.a(first:)"}},
		{"required argument added", `type Query { a: Int }`, `type Query { a(first: Int!): Int }`,
			[]string{"BREAKING FIELD_ARGUMENT_ADDED Query.a(first:)"}},
		{"optional argument added", `type Query { a: Int }`, `type Query { a(first: Int): Int }`,
			[]string{"DANGEROUS FIELD_ARGUMENT_ADDED Query.a(first:)"}},
		{"non-null argument with a default added", `type Query { a: Int }`, `type Query { a(first: Int! = 10): Int }`,
			[]string{"DANGEROUS FIELD_ARGUMENT_ADDED Query.a(first:)"}},
		{"argument made non-null", `type Query { a(first: Int): Int }`, `type Query { a(first: Int!): Int }`,
			[]string{"BREAKING FIELD_ARGUMENT_TYPE_CHANGED Query.a(first:)"}},
		{"argument made nullable", `type Query { a(first: Int!): Int }`, `type Query { a(first: Int): Int }`,
			[]string{"SAFE FIELD_ARGUMENT_TYPE_CHANGED Query.a(first:)"}},
		{"argument list items made non-null", `type Query { a(ids: [ID]): Int }`, `type Query { a(ids: [ID!]): Int }`,
			[]string{"BREAKING FIELD_ARGUMENT_TYPE_CHANGED Query.a(ids:)"}},
		{"argument type changed", `type Query { a(first: Int): Int }`, `type Query { a(first: String): Int }`,
			[]string{"BREAKING FIELD_ARGUMENT_TYPE_CHANGED Query.a(first:)"}},
		{"argument default changed", `type Query { a(first: Int = 10): Int }`, `type Query { a(first: Int = 20): Int }`,
			[]string{"DANGEROUS FIELD_ARGUMENT_DEFAULT_CHANGED Query.a(first:)"}},
		{"argument default added", `type Query { a(first: Int): Int }`, `type Query { a(first: Int = 20): Int }`,
			[]string{"DANGEROUS FIELD_ARGUMENT_DEFAULT_CHANGED Query.a(first:)"}},
		{"argument description added", `type Query { a(first: Int): Int }`, `type Query { a("At most 100." first: Int): Int }`,
			[]string{"SAFE FIELD_ARGUMENT_DESCRIPTION_ADDED Query.a(first:)"}},

		// Input objects.
		{"input field removed", `input I { a: Int b: Int }`, `input I { a: Int }`,
			[]string{"BREAKING INPUT_FIELD_REMOVED I.b"}},
		{"required input field added", `input I { a: Int }`, `input I { a: Int b: Int! }`,
			[]string{"BREAKING INPUT_FIELD_ADDED I.b"}},
		{"optional input field added", `input I { a: Int }`, `input I { a: Int b: Int }`,
			[]string{"SAFE INPUT_FIELD_ADDED I.b"}},
		{"input field with a default added", `input I { a: Int }`, `input I { a: Int b: Int! = 1 }`,
			[]string{"DANGEROUS INPUT_FIELD_ADDED I.b"}},
		{"input field made non-null", `input I { a: Int }`, `input I { a: Int! }`,
			[]string{"BREAKING INPUT_FIELD_TYPE_CHANGED I.a"}},
		{"input field made nullable", `input I { a: Int! }`, `input I { a: Int }`,
			[]string{"SAFE INPUT_FIELD_TYPE_CHANGED I.a"}},
		{"input field default changed", `input I { a: Int = 1 }`, `input I { a: Int = 2 }`,
			[]string{"DANGEROUS INPUT_FIELD_DEFAULT_VALUE_CHANGED I.a"}},
		{"input field default reordered is no change", `input J { x: Int y: Int } input I { a: J = {x: 1, y: 2} }`, `input J { x: Int y: Int } input I { a: J = {y: 2, x: 1} }`,
			nil},
		{"input field description changed", `input I { "An a." a: Int }`, `input I { "The a." a: Int }`,
			[]string{"SAFE INPUT_FIELD_DESCRIPTION_CHANGED I.a"}},
		{"input made oneOf", `input I { a: Int b: Int }`, `input I @oneOf { a: Int b: Int }`,
			[]string{"BREAKING DIRECTIVE_USAGE_INPUT_OBJECT_ADDED I@oneOf"}},
		{"input no longer oneOf", `input I @oneOf { a: Int b: Int }`, `input I { a: Int b: Int }`,
			[]string{"SAFE DIRECTIVE_USAGE_INPUT_OBJECT_REMOVED I@oneOf"}},

		// Enums.
		{"enum value removed", `enum E { A B }`, `enum E { A }`,
			[]string{"BREAKING ENUM_VALUE_REMOVED E.B"}},
		{"enum value added", `enum E { A }`, `enum E { A B }`,
			[]string{"DANGEROUS ENUM_VALUE_ADDED E.B"}},
		{"enum value deprecated", `enum E { A B }`, `enum E { A B @deprecated(reason: "Use A.") }`,
			[]string{"SAFE ENUM_VALUE_DEPRECATION_ADDED E.B"}},
		{"enum value description added", `enum E { A }`, `enum E { "The A." A }`,
			[]string{"SAFE ENUM_VALUE_DESCRIPTION_ADDED E.A"}},

		// Unions and interfaces.
		{"union member removed", `type A { x: Int } type B { x: Int } union U = A | B`, `type A { x: Int } type B { x: Int } union U = A`,
			[]string{"BREAKING UNION_MEMBER_REMOVED U"}},
		{"union member added", `type A { x: Int } type B { x: Int } union U = A`, `type A { x: Int } type B { x: Int } union U = A | B`,
			[]string{"DANGEROUS UNION_MEMBER_ADDED U"}},
		{"interface removed from object", `interface I { x: Int } type A implements I { x: Int }`, `interface I { x: Int } type A { x: Int }`,
			[]string{"BREAKING OBJECT_TYPE_INTERFACE_REMOVED A"}},
		{"interface added to object", `interface I { x: Int } type A { x: Int }`, `interface I { x: Int } type A implements I { x: Int }`,
			[]string{"DANGEROUS OBJECT_TYPE_INTERFACE_ADDED A"}},

		// Root types.
		{"mutation type removed", `type Mutation { a: Int }`, ``,
			[]string{"BREAKING SCHEMA_MUTATION_TYPE_CHANGED schema", "BREAKING TYPE_REMOVED Mutation"}},
		{"mutation type added", ``, `type Mutation { a: Int }`,
			[]string{"SAFE SCHEMA_MUTATION_TYPE_CHANGED schema", "SAFE TYPE_ADDED Mutation"}},

		// Directive definitions.
		{"directive removed", `directive @auth on FIELD_DEFINITION`, ``,
			[]string{"BREAKING DIRECTIVE_REMOVED @auth"}},
		{"directive added", ``, `directive @auth(role: String!) on FIELD_DEFINITION`,
			[]string{"SAFE DIRECTIVE_ADDED @auth"}},
		{"directive location removed", `directive @auth on FIELD_DEFINITION | OBJECT`, `directive @auth on FIELD_DEFINITION`,
			[]string{"BREAKING DIRECTIVE_LOCATION_REMOVED @auth"}},
		{"directive location added", `directive @auth on FIELD_DEFINITION`, `directive @auth on FIELD_DEFINITION | OBJECT`,
			[]string{"SAFE DIRECTIVE_LOCATION_ADDED @auth"}},
		{"required directive argument added", `directive @auth on FIELD_DEFINITION`, `directive @auth(role: String!) on FIELD_DEFINITION`,
			[]string{"BREAKING DIRECTIVE_ARGUMENT_ADDED @auth(role:)"}},
		{"optional directive argument added", `directive @auth on FIELD_DEFINITION`, `directive @auth(role: String) on FIELD_DEFINITION`,
			[]string{"SAFE DIRECTIVE_ARGUMENT_ADDED @auth(role:)"}},
		{"directive argument removed", `directive @auth(role: String) on FIELD_DEFINITION`, `directive @auth on FIELD_DEFINITION`,
			[]string{"BREAKING DIRECTIVE_ARGUMENT_REMOVED @auth(role:)"}},
		{"directive no longer repeatable", `directive @tag repeatable on OBJECT`, `directive @tag on OBJECT`,
			[]string{"DANGEROUS DIRECTIVE_REPEATABLE_REMOVED @tag"}},

		// Directives applied.
		{"directive usage removed",
			`directive @auth on FIELD_DEFINITION type Query { a: Int @auth }`, `directive @auth on FIELD_DEFINITION type Query { a: Int }`,
			[]string{"DANGEROUS DIRECTIVE_USAGE_FIELD_DEFINITION_REMOVED Query.a@auth"}},
		{"directive usage added",
			`directive @auth on FIELD_DEFINITION type Query { a: Int }`, `directive @auth on FIELD_DEFINITION type Query { a: Int @auth }`,
			[]string{"DANGEROUS DIRECTIVE_USAGE_FIELD_DEFINITION_ADDED Query.a@auth"}},
		{"directive usage argument changed",
			`directive @auth(role: String) on FIELD_DEFINITION type Query { a: Int @auth(role: "EDITOR") }`,
			`directive @auth(role: String) on FIELD_DEFINITION type Query { a: Int @auth(role: "ADMIN") }`,
			[]string{"DANGEROUS DIRECTIVE_USAGE_ARGUMENT_CHANGED Query.a@auth"}},
		{"specifiedBy added to a scalar", `scalar Time`, `scalar Time @specifiedBy(url: "https://www.rfc-editor.org/rfc/rfc3339")`,
			[]string{"DANGEROUS DIRECTIVE_USAGE_SCALAR_ADDED Time@specifiedBy"}},

		// Several at once: breaking first.
		{"breaking changes come first", `type A { x: Int y: Int } enum E { A }`, `type A { x: Int z: Int } enum E { A B }`,
			[]string{"BREAKING FIELD_REMOVED A.y", "DANGEROUS ENUM_VALUE_ADDED E.B", "SAFE FIELD_ADDED A.z"}},
		{"no change", `type A { x: Int }`, `type A { x: Int }`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changes := schemadiff.Diff(parse(t, "old", tt.old), parse(t, "new", tt.new))
			var got []string
			for _, c := range changes {
				got = append(got, fmt.Sprintf("%s %s %s", c.Criticality, c.Type, c.Path))
				if c.Message == "" || strings.Contains(c.Message, "\n") || strings.Contains(c.Message, "%!") {
					t.Errorf("%s: message %q is not one line of text", c.Type, c.Message)
				}
				if (c.Criticality == schemadiff.Safe) != (c.Reason == "") {
					t.Errorf("%s %s: reason %q", c.Criticality, c.Type, c.Reason)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// Messages follow graphql-inspector's wording, so that its documentation
// reads for ours.
func TestDiffMessages(t *testing.T) {
	old := parse(t, "old", `type Query { articles(first: Int, after: String): [String] title: String! }
		enum Status { DRAFT PUBLISHED }`)
	new := parse(t, "new", `type Query { articles(first: Int!): [String!] }
		enum Status { DRAFT PUBLISHED REVIEW }`)
	var got []string
	for _, c := range schemadiff.Diff(old, new) {
		got = append(got, c.Message)
	}
	want := []string{
		"Type for argument 'first' on field 'Query.articles' changed from 'Int' to 'Int!'",
		"Argument 'after: String' was removed from field 'Query.articles'",
		"Field 'title' was removed from object type 'Query'",
		"Enum value 'REVIEW' was added to enum 'Status'",
		"Field 'Query.articles' changed type from '[String]' to '[String!]'",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("messages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestParseSDLRefusesWhatIsNotASchema(t *testing.T) {
	for _, sdl := range []string{
		`type Query { a: Missing }`,
		`type Query {`,
		`<!doctype html><html></html>`,
		``,
	} {
		if _, err := schemadiff.ParseSDL("x.graphql", sdl); err == nil {
			t.Errorf("%q: parsed", sdl)
		}
	}
}
