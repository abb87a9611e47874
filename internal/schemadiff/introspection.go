package schemadiff

import (
	"encoding/json"
	"strings"
	"sync"

	"github.com/vektah/gqlparser/v2/validator"
)

// introspectionQuery is graphql-js's getIntrospectionQuery with every
// option on: descriptions, specifiedByURL, repeatable directives,
// deprecated arguments and input fields, and @oneOf.
const introspectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives {
      name description isRepeatable locations
      args(includeDeprecated: true) { ...InputValue }
    }
  }
}
fragment FullType on __Type {
  kind name description specifiedByURL isOneOf
  fields(includeDeprecated: true) {
    name description
    args(includeDeprecated: true) { ...InputValue }
    type { ...TypeRef }
    isDeprecated deprecationReason
  }
  inputFields(includeDeprecated: true) { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name description type { ...TypeRef } defaultValue isDeprecated deprecationReason
}
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}`

// basicIntrospectionQuery is the query older servers answer: no
// specifiedByURL, isOneOf, isRepeatable or deprecated input values.
const basicIntrospectionQuery = `query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description
    args { ...InputValue }
    type { ...TypeRef }
    isDeprecated deprecationReason
  }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType {
  kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}`

type introspection struct {
	Schema *introSchema `json:"__schema"`
}

type introSchema struct {
	QueryType        *introName       `json:"queryType"`
	MutationType     *introName       `json:"mutationType"`
	SubscriptionType *introName       `json:"subscriptionType"`
	Types            []introType      `json:"types"`
	Directives       []introDirective `json:"directives"`
}

type introName struct {
	Name string `json:"name"`
}

type introType struct {
	Kind           string           `json:"kind"`
	Name           string           `json:"name"`
	Description    string           `json:"description"`
	SpecifiedByURL string           `json:"specifiedByURL"`
	IsOneOf        bool             `json:"isOneOf"`
	Fields         []introField     `json:"fields"`
	InputFields    []introValue     `json:"inputFields"`
	Interfaces     []introTypeRef   `json:"interfaces"`
	EnumValues     []introEnumValue `json:"enumValues"`
	PossibleTypes  []introTypeRef   `json:"possibleTypes"`
}

type introTypeRef struct {
	Kind   string        `json:"kind"`
	Name   string        `json:"name"`
	OfType *introTypeRef `json:"ofType"`
}

type introField struct {
	Name              string       `json:"name"`
	Description       string       `json:"description"`
	Args              []introValue `json:"args"`
	Type              introTypeRef `json:"type"`
	IsDeprecated      bool         `json:"isDeprecated"`
	DeprecationReason *string      `json:"deprecationReason"`
}

type introValue struct {
	Name              string       `json:"name"`
	Description       string       `json:"description"`
	Type              introTypeRef `json:"type"`
	DefaultValue      *string      `json:"defaultValue"`
	IsDeprecated      bool         `json:"isDeprecated"`
	DeprecationReason *string      `json:"deprecationReason"`
}

type introEnumValue struct {
	Name              string  `json:"name"`
	Description       string  `json:"description"`
	IsDeprecated      bool    `json:"isDeprecated"`
	DeprecationReason *string `json:"deprecationReason"`
}

type introDirective struct {
	Name         string       `json:"name"`
	Description  string       `json:"description"`
	IsRepeatable bool         `json:"isRepeatable"`
	Locations    []string     `json:"locations"`
	Args         []introValue `json:"args"`
}

// prelude names the types and directives every schema has, which an
// introspection result lists and SDL leaves out.
var prelude = sync.OnceValue(func() map[string]bool {
	doc := validator.PreludeDocument()
	names := map[string]bool{}
	for _, d := range doc.Definitions {
		names[d.Name] = true
	}
	for _, d := range doc.Directives {
		names["@"+d.Name] = true
	}
	return names
})

// sdl writes the introspected schema as SDL, for gqlparser to read.
func (s *introSchema) sdl() string {
	var b strings.Builder
	b.WriteString("schema {")
	for _, r := range []struct {
		op   string
		name *introName
	}{{"query", s.QueryType}, {"mutation", s.MutationType}, {"subscription", s.SubscriptionType}} {
		if r.name != nil && r.name.Name != "" {
			b.WriteString(" " + r.op + ": " + r.name.Name)
		}
	}
	b.WriteString(" }\n")
	for _, d := range s.Directives {
		if prelude()["@"+d.Name] {
			continue
		}
		description(&b, "", d.Description)
		b.WriteString("directive @" + d.Name)
		arguments(&b, d.Args)
		if d.IsRepeatable {
			b.WriteString(" repeatable")
		}
		b.WriteString(" on " + strings.Join(d.Locations, " | ") + "\n")
	}
	for _, t := range s.Types {
		if prelude()[t.Name] {
			continue
		}
		description(&b, "", t.Description)
		switch t.Kind {
		case "SCALAR":
			b.WriteString("scalar " + t.Name)
			if t.SpecifiedByURL != "" {
				b.WriteString(" @specifiedBy(url: " + stringValue(t.SpecifiedByURL) + ")")
			}
			b.WriteString("\n")
		case "OBJECT", "INTERFACE":
			if t.Kind == "OBJECT" {
				b.WriteString("type " + t.Name)
			} else {
				b.WriteString("interface " + t.Name)
			}
			for i, in := range t.Interfaces {
				if i == 0 {
					b.WriteString(" implements ")
				} else {
					b.WriteString(" & ")
				}
				b.WriteString(in.Name)
			}
			b.WriteString(" {\n")
			for _, f := range t.Fields {
				description(&b, "  ", f.Description)
				b.WriteString("  " + f.Name)
				arguments(&b, f.Args)
				b.WriteString(": " + f.Type.String())
				deprecation(&b, f.IsDeprecated, f.DeprecationReason)
				b.WriteString("\n")
			}
			b.WriteString("}\n")
		case "UNION":
			b.WriteString("union " + t.Name)
			for i, m := range t.PossibleTypes {
				if i == 0 {
					b.WriteString(" = ")
				} else {
					b.WriteString(" | ")
				}
				b.WriteString(m.Name)
			}
			b.WriteString("\n")
		case "ENUM":
			b.WriteString("enum " + t.Name + " {\n")
			for _, v := range t.EnumValues {
				description(&b, "  ", v.Description)
				b.WriteString("  " + v.Name)
				deprecation(&b, v.IsDeprecated, v.DeprecationReason)
				b.WriteString("\n")
			}
			b.WriteString("}\n")
		case "INPUT_OBJECT":
			b.WriteString("input " + t.Name)
			if t.IsOneOf {
				b.WriteString(" @oneOf")
			}
			b.WriteString(" {\n")
			for _, f := range t.InputFields {
				b.WriteString("  ")
				inputValue(&b, f)
				b.WriteString("\n")
			}
			b.WriteString("}\n")
		}
	}
	return b.String()
}

func (r introTypeRef) String() string {
	switch {
	case r.Kind == "NON_NULL" && r.OfType != nil:
		return r.OfType.String() + "!"
	case r.Kind == "LIST" && r.OfType != nil:
		return "[" + r.OfType.String() + "]"
	}
	return r.Name
}

func arguments(b *strings.Builder, args []introValue) {
	if len(args) == 0 {
		return
	}
	b.WriteString("(")
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		inputValue(b, a)
	}
	b.WriteString(")")
}

func inputValue(b *strings.Builder, v introValue) {
	if v.Description != "" {
		b.WriteString(stringValue(v.Description) + " ")
	}
	b.WriteString(v.Name + ": " + v.Type.String())
	if v.DefaultValue != nil {
		b.WriteString(" = " + *v.DefaultValue)
	}
	deprecation(b, v.IsDeprecated, v.DeprecationReason)
}

func description(b *strings.Builder, indent, d string) {
	if d != "" {
		b.WriteString(indent + stringValue(d) + "\n")
	}
}

func deprecation(b *strings.Builder, deprecated bool, reason *string) {
	if !deprecated {
		return
	}
	b.WriteString(" @deprecated")
	if reason != nil {
		b.WriteString("(reason: " + stringValue(*reason) + ")")
	}
}

// stringValue quotes s as a GraphQL string: JSON's escapes are GraphQL's.
func stringValue(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}
