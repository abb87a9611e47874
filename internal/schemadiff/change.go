package schemadiff

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Criticality says what a change does to the clients of the older schema.
type Criticality int

const (
	// Safe changes leave every valid operation valid and its answers as they
	// were (graphql-inspector's NON_BREAKING).
	Safe Criticality = iota
	// Dangerous changes keep operations valid but may change what a client
	// gets or must handle: a new enum value, a new union member, a changed
	// default value.
	Dangerous
	// Breaking changes make some valid operation invalid, or answer it with
	// something its client was not written for.
	Breaking
)

var criticalityNames = [...]string{Safe: "SAFE", Dangerous: "DANGEROUS", Breaking: "BREAKING"}

// String is the criticality's name: SAFE, DANGEROUS or BREAKING.
func (c Criticality) String() string {
	if c < 0 || int(c) >= len(criticalityNames) {
		return fmt.Sprintf("Criticality(%d)", int(c))
	}
	return criticalityNames[c]
}

// MarshalText writes the criticality's name, so JSON carries "BREAKING".
func (c Criticality) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText reads a criticality's name.
func (c *Criticality) UnmarshalText(b []byte) error {
	for i, name := range criticalityNames {
		if string(b) == name {
			*c = Criticality(i)
			return nil
		}
	}
	return fmt.Errorf("unknown criticality %q", b)
}

// Change is one difference between two schemas.
type Change struct {
	Criticality Criticality `json:"criticality"`
	// Type names the kind of change as graphql-inspector does, e.g.
	// FIELD_REMOVED or ENUM_VALUE_ADDED.
	Type string `json:"type"`
	// Path is the schema coordinate of what changed: Article, Article.title,
	// Query.articles(first:), ArticleStatus.DRAFT, @hasRole(role:); a
	// directive applied to an element is that element's coordinate followed
	// by the directive, as in Mutation.createArticle@hasRole.
	Path string `json:"path"`
	// Message says what changed, in one line.
	Message string `json:"message"`
	// Reason says why the change is dangerous or breaking, when it is.
	Reason string `json:"reason,omitempty"`
}

// Count is how many changes of each criticality a list holds.
type Count struct {
	Breaking  int `json:"breaking"`
	Dangerous int `json:"dangerous"`
	Safe      int `json:"safe"`
}

// Counts counts changes by criticality.
func Counts(changes []Change) Count {
	var n Count
	for _, c := range changes {
		switch c.Criticality {
		case Breaking:
			n.Breaking++
		case Dangerous:
			n.Dangerous++
		default:
			n.Safe++
		}
	}
	return n
}

// The reasons graphql-inspector gives for the dangerous and breaking changes.
const (
	reasonTypeRemoved        = "Removing a type is a breaking change. It is preferable to deprecate and remove all references to this type first."
	reasonKindChanged        = "Changing the kind of a type is a breaking change because it can cause existing queries to error. For example, turning an object type to a scalar type would break queries that define a selection set for this type."
	reasonFieldRemoved       = "Removing a field is a breaking change. It is preferable to deprecate the field before removing it."
	reasonDeprecatedRemoved  = "Removing a deprecated field is a breaking change. Before removing it, you may want to look at the field's usage to see the impact of removing the field."
	reasonFieldType          = "Changing the type of a field can cause existing queries that use this field to error or to receive values they were not written for."
	reasonArgRemoved         = "Removing a field argument is a breaking change because it will cause existing queries that use this argument to error."
	reasonArgType            = "Changing the type of a field's argument can cause existing queries that use this argument to error."
	reasonArgDefault         = "Changing the default value for an argument may change the runtime behaviour of a field if it was never provided."
	reasonArgRequired        = "Adding a required argument to an existing field is a breaking change because it will cause existing uses of this field to error."
	reasonArgOptional        = "Adding an argument to an existing field may change the way the field is resolved for clients that do not pass it."
	reasonInputRemoved       = "Removing an input field will cause existing queries that use this input field to error."
	reasonInputRequired      = "Adding a required input field to an existing input object type is a breaking change because it will cause existing uses of this input object type to error."
	reasonInputDefault       = "Adding a field with a default value can change runtime behavior for clients that previously omitted it."
	reasonInputType          = "Changing the type of an input field can cause existing queries that use this field to error."
	reasonInputDefaultChange = "Changing the default value of an input field may change the runtime behaviour for clients that do not set it."
	reasonEnumRemoved        = "Removing an enum value will cause existing queries that use this enum value to error."
	reasonEnumAdded          = "Adding an enum value may break existing clients that were not programming defensively against an added case when querying an enum."
	reasonUnionRemoved       = "Removing a union member from a union can cause existing queries that use this union member in a fragment spread to error."
	reasonUnionAdded         = "Adding a possible type to Unions may break existing clients that were not programming defensively against a new possible type."
	reasonInterfaceRemoved   = "Removing an interface from an object type can cause existing queries that use this in a fragment spread to error."
	reasonInterfaceAdded     = "Adding an interface to an object type may break existing clients that were not programming defensively against a new possible type."
	reasonRootChanged        = "Changing or removing a root operation type makes every operation of that kind invalid."
	reasonDirectiveRemoved   = "A directive could be in use of a client application. Removing it could break the client application."
	reasonDirectiveArg       = "A directive could be in use of a client application. Adding a non-nullable argument will break those clients."
	reasonDirectiveArgRemove = "A directive argument could be in use of a client application. Removing the argument can break the client application."
	reasonDirectiveArgType   = "A directive argument could be in use of a client application. Changing its type can break the client application."
	reasonDirectiveLocation  = "A directive could be in use of a client application. Removing a location can break the client application."
	reasonDirectiveRepeat    = "Removing repeatable from a directive can break client applications that use it more than once."
	reasonDirectiveDefault   = "Changing the default value of a directive argument may change the runtime behaviour where it is not given."
	reasonUsageAdded         = "Adding a directive to an element can change its runtime behavior."
	reasonUsageRemoved       = "Removing a directive from an element can change its runtime behavior."
	reasonUsageArgument      = "Changing an argument on a directive can change runtime behavior."
	reasonOneOfAdded         = "Adding @oneOf to an input object makes every use that sets more or fewer than one field invalid."
)

// quote shortens text for a one-line message: whitespace runs become one
// space, at most 60 characters are kept, and a quote is escaped the way
// graphql-inspector does.
func quote(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 60 {
		r := []rune(s)
		s = string(r[:59]) + "…"
	}
	return strings.ReplaceAll(s, "'", `\'`)
}
