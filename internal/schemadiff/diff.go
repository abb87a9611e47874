// Package schemadiff compares two GraphQL schemas and classifies every
// change as BREAKING, DANGEROUS or SAFE for the clients of the older one,
// following graphql-inspector's rules and criticality levels
// (https://the-guild.dev/graphql/inspector/docs/essentials/diff). It owns
// newsgraph's schema contract check: reading a schema (SDL, an
// introspection result, or a running server) and the comparison, so that
// `newsgraph schema diff` and CI need no Node.js.
//
// Where it departs from graphql-inspector, on purpose:
//   - An addition is reported once, where it happens: a new type, not also
//     each of its fields (inspector's simplifyChanges rule, always on).
//     Everything nested in an addition is safe anyway.
//   - @deprecated is reported as a deprecation, not also as a directive
//     usage; a changed argument of an applied directive is one DANGEROUS
//     change, not a removal and an addition.
//   - A schema read by introspection does not say where directives are
//     applied (beyond @deprecated, @specifiedBy and @oneOf), so when either
//     side comes from introspection only those usages are compared.
//   - Paths are schema coordinates: Query.articles(first:), not
//     Query.articles.first.
package schemadiff

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
)

// Diff lists the changes from old to new: breaking ones first, then
// dangerous, then safe, each group in schema order (directives, root
// types, then types by name).
func Diff(old, new *Schema) []Change {
	d := &differ{usages: old.usages && new.usages}
	d.directives(old.ast, new.ast)
	d.roots(old.ast, new.ast)
	d.types(old.ast, new.ast)
	d.usagesOn("schema", ast.LocationSchema, old.ast.SchemaDirectives, new.ast.SchemaDirectives)
	sort.SliceStable(d.changes, func(i, j int) bool {
		return d.changes[i].Criticality > d.changes[j].Criticality
	})
	return d.changes
}

// differ collects changes as the two schemas are walked side by side.
type differ struct {
	usages  bool // compare every applied directive, not only the built-in ones
	changes []Change
}

func (d *differ) add(c Criticality, typ, path, reason, format string, args ...any) {
	if c == Safe {
		reason = ""
	}
	d.changes = append(d.changes, Change{Criticality: c, Type: typ, Path: path, Message: fmt.Sprintf(format, args...), Reason: reason})
}

// directives compares the directive definitions the schemas declare.
func (d *differ) directives(old, new *ast.Schema) {
	for _, name := range sortedKeys(old.Directives) {
		od := old.Directives[name]
		if builtInDirective(od) {
			continue
		}
		nd := new.Directives[name]
		if nd == nil || builtInDirective(nd) {
			d.add(Breaking, "DIRECTIVE_REMOVED", "@"+name, reasonDirectiveRemoved, "Directive '%s' was removed", name)
			continue
		}
		d.directive(od, nd)
	}
	for _, name := range sortedKeys(new.Directives) {
		if nd := new.Directives[name]; !builtInDirective(nd) && (old.Directives[name] == nil || builtInDirective(old.Directives[name])) {
			d.add(Safe, "DIRECTIVE_ADDED", "@"+name, "", "Directive '%s' was added", name)
		}
	}
}

func (d *differ) directive(od, nd *ast.DirectiveDefinition) {
	name, path := nd.Name, "@"+nd.Name
	d.description("DIRECTIVE_DESCRIPTION_CHANGED", path, od.Description, nd.Description,
		"Directive '"+name+"' description '%s' was added",
		"Directive '"+name+"' description '%s' was removed",
		"Directive '"+name+"' description changed from '%s' to '%s'")
	switch {
	case od.IsRepeatable && !nd.IsRepeatable:
		d.add(Dangerous, "DIRECTIVE_REPEATABLE_REMOVED", path, reasonDirectiveRepeat, "Directive '%s' removed repeatable.", name)
	case !od.IsRepeatable && nd.IsRepeatable:
		d.add(Safe, "DIRECTIVE_REPEATABLE_ADDED", path, "", "Directive '%s' added repeatable.", name)
	}
	for _, l := range nd.Locations {
		if !slices.Contains(od.Locations, l) {
			d.add(Safe, "DIRECTIVE_LOCATION_ADDED", path, "", "Location '%s' was added to directive '%s'", l, name)
		}
	}
	for _, l := range od.Locations {
		if !slices.Contains(nd.Locations, l) {
			d.add(Breaking, "DIRECTIVE_LOCATION_REMOVED", path, reasonDirectiveLocation, "Location '%s' was removed from directive '%s'", l, name)
		}
	}
	for _, oa := range od.Arguments {
		na := nd.Arguments.ForName(oa.Name)
		apath := fmt.Sprintf("@%s(%s:)", name, oa.Name)
		if na == nil {
			d.add(Breaking, "DIRECTIVE_ARGUMENT_REMOVED", apath, reasonDirectiveArgRemove, "Argument '%s' was removed from directive '%s'", oa.Name, name)
			continue
		}
		d.description("DIRECTIVE_ARGUMENT_DESCRIPTION_CHANGED", apath, oa.Description, na.Description,
			"Description '%s' was added to argument '"+oa.Name+"' on directive '"+name+"'",
			"Description '%s' was removed from argument '"+oa.Name+"' on directive '"+name+"'",
			"Description for argument '"+oa.Name+"' on directive '"+name+"' changed from '%s' to '%s'")
		if o, n := valueString(oa.DefaultValue), valueString(na.DefaultValue); o != n {
			d.add(Dangerous, "DIRECTIVE_ARGUMENT_DEFAULT_VALUE_CHANGED", apath, reasonDirectiveDefault, "%s", defaultChanged(o, n, "argument '"+oa.Name+"' on directive '"+name+"'"))
		}
		if o, n := oa.Type.String(), na.Type.String(); o != n {
			c := Breaking
			if safeInputChange(oa.Type, na.Type) {
				c = Safe
			}
			d.add(c, "DIRECTIVE_ARGUMENT_TYPE_CHANGED", apath, reasonDirectiveArgType, "Type for argument '%s' on directive '%s' changed from '%s' to '%s'", oa.Name, name, o, n)
		}
	}
	for _, na := range nd.Arguments {
		if od.Arguments.ForName(na.Name) == nil {
			c := Safe
			if na.Type.NonNull {
				c = Breaking
			}
			d.add(c, "DIRECTIVE_ARGUMENT_ADDED", fmt.Sprintf("@%s(%s:)", name, na.Name), reasonDirectiveArg, "Argument '%s' was added to directive '%s'", na.Name, name)
		}
	}
}

// roots compares the query, mutation and subscription types.
func (d *differ) roots(old, new *ast.Schema) {
	for _, r := range []struct {
		kind, typ, label string
		old, new         *ast.Definition
	}{
		{"query", "SCHEMA_QUERY_TYPE_CHANGED", "query root type", old.Query, new.Query},
		{"mutation", "SCHEMA_MUTATION_TYPE_CHANGED", "mutation type", old.Mutation, new.Mutation},
		{"subscription", "SCHEMA_SUBSCRIPTION_TYPE_CHANGED", "subscription type", old.Subscription, new.Subscription},
	} {
		o, n := defName(r.old), defName(r.new)
		switch {
		case o == n:
		case o == "":
			d.add(Safe, r.typ, "schema", "", "Schema %s was set to '%s'.", r.label, n)
		case n == "":
			d.add(Breaking, r.typ, "schema", reasonRootChanged, "Schema %s '%s' was removed.", r.label, o)
		default:
			d.add(Breaking, r.typ, "schema", reasonRootChanged, "Schema %s was changed from '%s' to '%s'", r.label, o, n)
		}
	}
}

// types compares the named types, built-in scalars and introspection
// types left out.
func (d *differ) types(old, new *ast.Schema) {
	for _, name := range sortedKeys(old.Types) {
		ot := old.Types[name]
		if ot.BuiltIn {
			continue
		}
		nt := new.Types[name]
		if nt == nil || nt.BuiltIn {
			d.add(Breaking, "TYPE_REMOVED", name, reasonTypeRemoved, "Type '%s' was removed", name)
			continue
		}
		d.typ(ot, nt)
	}
	for _, name := range sortedKeys(new.Types) {
		if nt := new.Types[name]; !nt.BuiltIn && (old.Types[name] == nil || old.Types[name].BuiltIn) {
			d.add(Safe, "TYPE_ADDED", name, "", "Type '%s' was added", name)
		}
	}
}

func (d *differ) typ(ot, nt *ast.Definition) {
	name := nt.Name
	if ot.Kind != nt.Kind {
		d.add(Breaking, "TYPE_KIND_CHANGED", name, reasonKindChanged, "'%s' kind changed from '%s' to '%s'", name, ot.Kind, nt.Kind)
	} else {
		switch nt.Kind {
		case ast.Enum:
			d.enum(ot, nt)
		case ast.Union:
			d.union(ot, nt)
		case ast.InputObject:
			d.input(ot, nt)
		case ast.Object, ast.Interface:
			d.object(ot, nt)
		}
		d.usagesOn(name, typeLocation(nt.Kind), ot.Directives, nt.Directives)
	}
	d.description("TYPE_DESCRIPTION_CHANGED", name, ot.Description, nt.Description,
		"Object type '"+name+"' has description '%s'",
		"Description '%s' was removed from object type '"+name+"'",
		"Description '%s' on type '"+name+"' has changed to '%s'")
}

func (d *differ) enum(ot, nt *ast.Definition) {
	name := nt.Name
	for _, ov := range ot.EnumValues {
		nv := nt.EnumValues.ForName(ov.Name)
		path := name + "." + ov.Name
		if nv == nil {
			d.add(Breaking, "ENUM_VALUE_REMOVED", path, reasonEnumRemoved, "Enum value '%s' %swas removed from enum '%s'", ov.Name, deprecatedNote(ov.Directives), name)
			continue
		}
		d.description("ENUM_VALUE_DESCRIPTION_CHANGED", path, ov.Description, nv.Description,
			"Description '%s' was added to enum value '"+path+"'",
			"Description '%s' was removed from enum value '"+path+"'",
			"Description for enum value '"+path+"' changed from '%s' to '%s'")
		d.deprecation("ENUM_VALUE", path, ov.Directives, nv.Directives,
			"Enum value '"+path+"' was deprecated with reason '%s'",
			"Deprecation reason was removed from enum value '"+path+"'",
			"Enum value '"+path+"' deprecation reason changed from '%s' to '%s'")
		d.usagesOn(path, ast.LocationEnumValue, ov.Directives, nv.Directives)
	}
	for _, nv := range nt.EnumValues {
		if ot.EnumValues.ForName(nv.Name) == nil {
			d.add(Dangerous, "ENUM_VALUE_ADDED", name+"."+nv.Name, reasonEnumAdded, "Enum value '%s' was added to enum '%s'", nv.Name, name)
		}
	}
}

func (d *differ) union(ot, nt *ast.Definition) {
	name := nt.Name
	for _, m := range ot.Types {
		if !slices.Contains(nt.Types, m) {
			d.add(Breaking, "UNION_MEMBER_REMOVED", name, reasonUnionRemoved, "Member '%s' was removed from Union type '%s'", m, name)
		}
	}
	for _, m := range nt.Types {
		if !slices.Contains(ot.Types, m) {
			d.add(Dangerous, "UNION_MEMBER_ADDED", name, reasonUnionAdded, "Member '%s' was added to Union type '%s'", m, name)
		}
	}
}

func (d *differ) input(ot, nt *ast.Definition) {
	name := nt.Name
	for _, of := range ot.Fields {
		nf := nt.Fields.ForName(of.Name)
		path := name + "." + of.Name
		if nf == nil {
			d.add(Breaking, "INPUT_FIELD_REMOVED", path, reasonInputRemoved, "Input field '%s' %swas removed from input object type '%s'", of.Name, deprecatedNote(of.Directives), name)
			continue
		}
		d.description("INPUT_FIELD_DESCRIPTION_CHANGED", path, of.Description, nf.Description,
			"Input field '"+path+"' has description '%s'",
			"Description '%s' was removed from input field '"+path+"'",
			"Input field '"+path+"' description changed from '%s' to '%s'")
		if o, n := valueString(of.DefaultValue), valueString(nf.DefaultValue); o != n {
			d.add(Dangerous, "INPUT_FIELD_DEFAULT_VALUE_CHANGED", path, reasonInputDefaultChange, "Input field '%s' default value changed from '%s' to '%s'", path, orNone(o), orNone(n))
		}
		if o, n := of.Type.String(), nf.Type.String(); o != n {
			c := Breaking
			if safeInputChange(of.Type, nf.Type) {
				c = Safe
			}
			d.add(c, "INPUT_FIELD_TYPE_CHANGED", path, reasonInputType, "Input field '%s' changed type from '%s' to '%s'", path, o, n)
		}
		d.deprecation("INPUT_FIELD", path, of.Directives, nf.Directives,
			"Input field '"+path+"' is deprecated with reason '%s'",
			"Input field '"+path+"' is no longer deprecated",
			"Deprecation reason on input field '"+path+"' has changed from '%s' to '%s'")
		d.usagesOn(path, ast.LocationInputFieldDefinition, of.Directives, nf.Directives)
	}
	for _, nf := range nt.Fields {
		if ot.Fields.ForName(nf.Name) != nil {
			continue
		}
		c, reason, def := Safe, "", ""
		switch {
		case nf.DefaultValue != nil:
			c, reason, def = Dangerous, reasonInputDefault, " with default value '"+valueString(nf.DefaultValue)+"'"
		case nf.Type.NonNull:
			c, reason = Breaking, reasonInputRequired
		}
		d.add(c, "INPUT_FIELD_ADDED", name+"."+nf.Name, reason, "Input field '%s' of type '%s'%s was added to input object type '%s'", nf.Name, nf.Type, def, name)
	}
}

// object compares object and interface types: the interfaces they
// implement and their fields.
func (d *differ) object(ot, nt *ast.Definition) {
	name, kind := nt.Name, "object type"
	if nt.Kind == ast.Interface {
		kind = "interface"
	}
	for _, i := range ot.Interfaces {
		if !slices.Contains(nt.Interfaces, i) {
			d.add(Breaking, "OBJECT_TYPE_INTERFACE_REMOVED", name, reasonInterfaceRemoved, "'%s' object type no longer implements '%s' interface", name, i)
		}
	}
	for _, i := range nt.Interfaces {
		if !slices.Contains(ot.Interfaces, i) {
			d.add(Dangerous, "OBJECT_TYPE_INTERFACE_ADDED", name, reasonInterfaceAdded, "'%s' object implements '%s' interface", name, i)
		}
	}
	for _, of := range ot.Fields {
		if introspectionField(of.Name) {
			continue
		}
		nf := nt.Fields.ForName(of.Name)
		if nf == nil {
			reason := reasonFieldRemoved
			if deprecated(of.Directives) {
				reason = reasonDeprecatedRemoved
			}
			d.add(Breaking, "FIELD_REMOVED", name+"."+of.Name, reason, "Field '%s' %swas removed from %s '%s'", of.Name, deprecatedNote(of.Directives), kind, name)
			continue
		}
		d.field(name, of, nf)
	}
	for _, nf := range nt.Fields {
		if !introspectionField(nf.Name) && ot.Fields.ForName(nf.Name) == nil {
			d.add(Safe, "FIELD_ADDED", name+"."+nf.Name, "", "Field '%s' was added to %s '%s'", nf.Name, kind, name)
		}
	}
}

func (d *differ) field(typeName string, of, nf *ast.FieldDefinition) {
	path := typeName + "." + nf.Name
	d.description("FIELD_DESCRIPTION_CHANGED", path, of.Description, nf.Description,
		"Field '"+path+"' description '%s' was added",
		"Field '"+path+"' description '%s' was removed",
		"Field '"+path+"' description changed from '%s' to '%s'")
	d.deprecation("FIELD", path, of.Directives, nf.Directives,
		"Field '"+path+"' is deprecated with reason '%s'",
		"Field '"+path+"' is no longer deprecated",
		"Deprecation reason on field '"+path+"' has changed from '%s' to '%s'")
	if o, n := of.Type.String(), nf.Type.String(); o != n {
		c := Breaking
		if safeOutputChange(of.Type, nf.Type) {
			c = Safe
		}
		d.add(c, "FIELD_TYPE_CHANGED", path, reasonFieldType, "Field '%s' changed type from '%s' to '%s'", path, o, n)
	}
	for _, oa := range of.Arguments {
		na := nf.Arguments.ForName(oa.Name)
		apath := fmt.Sprintf("%s(%s:)", path, oa.Name)
		if na == nil {
			d.add(Breaking, "FIELD_ARGUMENT_REMOVED", apath, reasonArgRemoved, "Argument '%s: %s' was removed from field '%s'", oa.Name, oa.Type, path)
			continue
		}
		on := fmt.Sprintf("argument '%s' on field '%s'", oa.Name, path)
		d.description("FIELD_ARGUMENT_DESCRIPTION_CHANGED", apath, oa.Description, na.Description,
			"Description '%s' was added to "+on,
			"Description '%s' was removed from "+on,
			"Description for "+on+" changed from '%s' to '%s'")
		if o, n := valueString(oa.DefaultValue), valueString(na.DefaultValue); o != n {
			d.add(Dangerous, "FIELD_ARGUMENT_DEFAULT_CHANGED", apath, reasonArgDefault, "%s", defaultChanged(o, n, on))
		}
		if o, n := oa.Type.String(), na.Type.String(); o != n {
			c := Breaking
			if safeInputChange(oa.Type, na.Type) {
				c = Safe
			}
			d.add(c, "FIELD_ARGUMENT_TYPE_CHANGED", apath, reasonArgType, "Type for %s changed from '%s' to '%s'", on, o, n)
		}
		d.deprecation("FIELD_ARGUMENT", apath, oa.Directives, na.Directives,
			"Argument '"+apath+"' is deprecated with reason '%s'",
			"Argument '"+apath+"' is no longer deprecated",
			"Deprecation reason on argument '"+apath+"' has changed from '%s' to '%s'")
		d.usagesOn(apath, ast.LocationArgumentDefinition, oa.Directives, na.Directives)
	}
	for _, na := range nf.Arguments {
		if of.Arguments.ForName(na.Name) != nil {
			continue
		}
		c, reason, with := Dangerous, reasonArgOptional, " "
		if na.DefaultValue != nil {
			with = " (with default value) "
		} else if na.Type.NonNull {
			c, reason = Breaking, reasonArgRequired
		}
		d.add(c, "FIELD_ARGUMENT_ADDED", fmt.Sprintf("%s(%s:)", path, na.Name), reason, "Argument '%s: %s'%sadded to field '%s'", na.Name, na.Type, with, path)
	}
	d.usagesOn(path, ast.LocationFieldDefinition, of.Directives, nf.Directives)
}

// description reports a description added, removed or changed; each
// format takes the quoted description(s).
func (d *differ) description(typ, path, old, new, added, removed, changed string) {
	switch {
	case old == new:
	case old == "":
		d.add(Safe, strings.Replace(typ, "_CHANGED", "_ADDED", 1), path, "", added, quote(new))
	case new == "":
		d.add(Safe, strings.Replace(typ, "_CHANGED", "_REMOVED", 1), path, "", removed, quote(old))
	default:
		d.add(Safe, typ, path, "", changed, quote(old), quote(new))
	}
}

// deprecation reports an element deprecated, no longer deprecated, or
// deprecated for another reason: all safe.
func (d *differ) deprecation(what, path string, old, new ast.DirectiveList, added, removed, changed string) {
	o, n := old.ForName("deprecated"), new.ForName("deprecated")
	switch {
	case o == nil && n != nil:
		d.add(Safe, what+"_DEPRECATION_ADDED", path, "", added, quote(deprecationReason(n)))
	case o != nil && n == nil:
		d.add(Safe, what+"_DEPRECATION_REMOVED", path, "", "%s", removed)
	case o != nil && n != nil && deprecationReason(o) != deprecationReason(n):
		d.add(Safe, what+"_DEPRECATION_REASON_CHANGED", path, "", changed, quote(deprecationReason(o)), quote(deprecationReason(n)))
	}
}

// usagesOn compares the directives applied to one element. Without
// usages from both sides, only @specifiedBy and @oneOf are compared:
// introspection tells those and nothing else.
func (d *differ) usagesOn(path string, loc ast.DirectiveLocation, old, new ast.DirectiveList) {
	compared := func(name string) bool {
		return name != "deprecated" && (d.usages || name == "specifiedBy" || name == "oneOf")
	}
	typ := "DIRECTIVE_USAGE_" + string(loc)
	on := locationNoun(loc) + " '" + path + "'"
	if loc == ast.LocationSchema {
		on = "the schema"
	}
	seen := map[string]int{}
	for _, od := range old {
		if !compared(od.Name) {
			continue
		}
		// Repeated directives pair up in order: the second @x with the second @x.
		i := seen[od.Name]
		seen[od.Name]++
		nd := nth(new.ForNames(od.Name), i)
		upath := path + "@" + od.Name
		if nd == nil {
			c := Dangerous
			if od.Name == "oneOf" {
				c = Safe
			}
			d.add(c, typ+"_REMOVED", upath, reasonUsageRemoved, "Directive '%s' was removed from %s", od.Name, on)
			continue
		}
		for _, oa := range od.Arguments {
			na := nd.Arguments.ForName(oa.Name)
			switch {
			case na == nil:
				d.add(Dangerous, "DIRECTIVE_USAGE_ARGUMENT_REMOVED", upath, reasonUsageArgument, "Argument '%s' was removed from '@%s' on %s", oa.Name, od.Name, on)
			case valueString(oa.Value) != valueString(na.Value):
				d.add(Dangerous, "DIRECTIVE_USAGE_ARGUMENT_CHANGED", upath, reasonUsageArgument, "Argument '%s' of '@%s' on %s changed from '%s' to '%s'", oa.Name, od.Name, on, valueString(oa.Value), valueString(na.Value))
			}
		}
		for _, na := range nd.Arguments {
			if od.Arguments.ForName(na.Name) == nil {
				d.add(Safe, "DIRECTIVE_USAGE_ARGUMENT_ADDED", upath, "", "Argument '%s' was added to '@%s' on %s", na.Name, od.Name, on)
			}
		}
	}
	seen = map[string]int{}
	for _, nd := range new {
		if !compared(nd.Name) {
			continue
		}
		i := seen[nd.Name]
		seen[nd.Name]++
		if nth(old.ForNames(nd.Name), i) == nil {
			c, reason := Dangerous, reasonUsageAdded
			if nd.Name == "oneOf" {
				c, reason = Breaking, reasonOneOfAdded
			}
			d.add(c, typ+"_ADDED", path+"@"+nd.Name, reason, "Directive '%s' was added to %s", nd.Name, on)
		}
	}
}

// safeOutputChange reports whether a field's type can change from old to
// new without breaking a client: only by becoming non-null, at any depth.
// It is graphql-inspector's safeChangeForField.
func safeOutputChange(old, new *ast.Type) bool {
	if !wrapped(old) && !wrapped(new) {
		return old.NamedType == new.NamedType
	}
	if new.NonNull {
		return safeOutputChange(nullable(old), nullable(new))
	}
	if !old.NonNull && old.Elem != nil {
		return new.Elem != nil && safeOutputChange(old.Elem, new.Elem)
	}
	return false
}

// safeInputChange reports whether an argument's or input field's type can
// change from old to new without breaking a client: only by becoming
// nullable, at any depth. It is graphql-inspector's safeChangeForInputValue.
func safeInputChange(old, new *ast.Type) bool {
	if !wrapped(old) && !wrapped(new) {
		return old.NamedType == new.NamedType
	}
	if !old.NonNull && !new.NonNull && old.Elem != nil && new.Elem != nil {
		return safeInputChange(old.Elem, new.Elem)
	}
	if old.NonNull {
		return safeInputChange(nullable(old), nullable(new))
	}
	return false
}

func wrapped(t *ast.Type) bool { return t.NonNull || t.Elem != nil }

func nullable(t *ast.Type) *ast.Type {
	c := *t
	c.NonNull = false
	return &c
}

// valueString is a default or argument value in GraphQL syntax, with the
// fields of input objects in name order (their order does not matter);
// "" when there is none.
func valueString(v *ast.Value) string {
	if v == nil {
		return ""
	}
	switch v.Kind {
	case ast.ListValue:
		items := make([]string, len(v.Children))
		for i, c := range v.Children {
			items[i] = valueString(c.Value)
		}
		return "[" + strings.Join(items, ", ") + "]"
	case ast.ObjectValue:
		fields := make([]string, len(v.Children))
		for i, c := range v.Children {
			fields[i] = c.Name + ": " + valueString(c.Value)
		}
		sort.Strings(fields)
		return "{" + strings.Join(fields, ", ") + "}"
	case ast.BlockValue:
		c := *v
		c.Kind = ast.StringValue
		return c.String()
	}
	return v.String()
}

func defaultChanged(old, new, on string) string {
	if old == "" {
		return fmt.Sprintf("Default value '%s' was added to %s", new, on)
	}
	return fmt.Sprintf("Default value for %s changed from '%s' to '%s'", on, old, orNone(new))
}

func orNone(v string) string {
	if v == "" {
		return "none"
	}
	return v
}

func deprecated(l ast.DirectiveList) bool { return l.ForName("deprecated") != nil }

func deprecatedNote(l ast.DirectiveList) string {
	if deprecated(l) {
		return "(deprecated) "
	}
	return ""
}

// deprecationReason is the reason @deprecated gives, or the default one.
func deprecationReason(d *ast.Directive) string {
	if a := d.Arguments.ForName("reason"); a != nil && a.Value != nil && a.Value.Kind != ast.NullValue {
		return a.Value.Raw
	}
	return "No longer supported"
}

// introspectionField: __schema and __type, which gqlparser adds to Query.
func introspectionField(name string) bool { return strings.HasPrefix(name, "__") }

func builtInDirective(d *ast.DirectiveDefinition) bool {
	return d.Position != nil && d.Position.Src != nil && d.Position.Src.BuiltIn
}

func typeLocation(k ast.DefinitionKind) ast.DirectiveLocation {
	switch k {
	case ast.Scalar:
		return ast.LocationScalar
	case ast.Object:
		return ast.LocationObject
	case ast.Interface:
		return ast.LocationInterface
	case ast.Union:
		return ast.LocationUnion
	case ast.Enum:
		return ast.LocationEnum
	default:
		return ast.LocationInputObject
	}
}

func locationNoun(l ast.DirectiveLocation) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSuffix(string(l), "_DEFINITION")), "_", " ")
}

func defName(d *ast.Definition) string {
	if d == nil {
		return ""
	}
	return d.Name
}

func nth(l []*ast.Directive, i int) *ast.Directive {
	if i < len(l) {
		return l[i]
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
