package graph

import (
	"reflect"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/99designs/gqlgen/graphql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/relay"
)

// MaxFilterString is the longest string, in characters, a where filter
// takes. Contains, HasPrefix and the like become LIKE patterns, and SQLite
// refuses a pattern over 50,000 bytes (three bytes a Vietnamese letter,
// doubled by escaping at worst); no title or name is that long anyway.
const MaxFilterString = 10000

// CheckPageArgs checks the arguments of a connection field before any SQL
// is sent (relay.PageSize calls it for every connection of an operation):
// each cursor must be one the server could have written for the page's
// order, its position of the type the order's field has, so that a crafted
// cursor cannot reach the database as a value of another type; and each
// string in the where filter must be at most MaxFilterString characters.
// An empty filter inside where (not: {}, hasTagsWith: [{}]) is refused too.
// Its errors are BAD_USER_INPUT naming the argument or input field.
func CheckPageArgs(connection string, args map[string]any) error {
	node := strings.TrimSuffix(connection, "Connection")
	for _, name := range []string{"after", "before"} {
		if args[name] == nil {
			continue
		}
		c, err := relay.UnmarshalCursor(args[name])
		if err != nil {
			return apperr.Invalid(name, "malformed cursor")
		}
		if !cursorFits(node, args["orderBy"], c.Value) {
			return apperr.Invalid(name, "this cursor does not belong to a page of %s in this order; use the cursors the same query answered with", node)
		}
	}
	return checkFilterStrings("where", args["where"])
}

// cursorFits tells whether a cursor's position value fits the order: none
// for the default order (by id, carried by the cursor's id), a value of the
// order field's type otherwise. For a connection without a known order
// (search), any plain value fits: its resolver reads its own cursors.
func cursorFits(node string, orderBy any, v any) bool {
	values, ordered := orderValues[node]
	if !ordered {
		return v == nil || kindOf(reflect.TypeOf(v)) != ""
	}
	field := ""
	if m, ok := orderBy.(map[string]any); ok {
		field, _ = m["field"].(string)
	}
	if field == "" {
		return v == nil
	}
	want, err := values(field)
	if err != nil {
		return false // the executor reports the unknown order field
	}
	return v == nil || kindOf(reflect.TypeOf(v)) == kindOf(reflect.TypeOf(want))
}

// kindOf is the family of a position value's type as it travels in a
// cursor: "" for anything a cursor never carries.
func kindOf(t reflect.Type) string {
	for t != nil && t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch {
	case t == nil:
		return ""
	case t == reflect.TypeOf(time.Time{}):
		return "time"
	}
	switch t.Kind() {
	case reflect.String:
		return "string"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "int"
	case reflect.Float32, reflect.Float64:
		return "float"
	case reflect.Bool:
		return "bool"
	}
	return ""
}

// orderValues gives, for each node type with an order, the value its order
// field (by GraphQL name, TITLE) has on an empty node: a value of the type
// the page's cursors carry.
var orderValues = map[string]func(field string) (ent.Value, error){
	"ApiToken":     orderValue(func(f *ent.ApiTokenOrderField) (ent.Value, error) { return f.Value(&ent.ApiToken{}) }),
	"Article":      orderValue(func(f *ent.ArticleOrderField) (ent.Value, error) { return f.Value(&ent.Article{}) }),
	"Award":        orderValue(func(f *ent.AwardOrderField) (ent.Value, error) { return f.Value(&ent.Award{}) }),
	"Category":     orderValue(func(f *ent.CategoryOrderField) (ent.Value, error) { return f.Value(&ent.Category{}) }),
	"Document":     orderValue(func(f *ent.DocumentOrderField) (ent.Value, error) { return f.Value(&ent.Document{}) }),
	"Feedback":     orderValue(func(f *ent.FeedbackOrderField) (ent.Value, error) { return f.Value(&ent.Feedback{}) }),
	"Media":        orderValue(func(f *ent.MediaOrderField) (ent.Value, error) { return f.Value(&ent.Media{}) }),
	"Organization": orderValue(func(f *ent.OrganizationOrderField) (ent.Value, error) { return f.Value(&ent.Organization{}) }),
	"Person":       orderValue(func(f *ent.PersonOrderField) (ent.Value, error) { return f.Value(&ent.Person{}) }),
	"Position":     orderValue(func(f *ent.PositionOrderField) (ent.Value, error) { return f.Value(&ent.Position{}) }),
	"Revision":     orderValue(func(f *ent.RevisionOrderField) (ent.Value, error) { return f.Value(&ent.Revision{}) }),
	"Tag":          orderValue(func(f *ent.TagOrderField) (ent.Value, error) { return f.Value(&ent.Tag{}) }),
}

func orderValue[F any, PF interface {
	*F
	graphql.Unmarshaler
}](value func(PF) (ent.Value, error)) func(string) (ent.Value, error) {
	return func(name string) (ent.Value, error) {
		f := PF(new(F))
		if err := f.UnmarshalGQL(name); err != nil {
			return nil, err
		}
		return value(f)
	}
}

// checkFilterStrings refuses a string over MaxFilterString characters
// anywhere in a where filter v, naming its input field.
func checkFilterStrings(field string, v any) error {
	switch v := v.(type) {
	case string:
		if len(v) <= MaxFilterString { // a character takes at least a byte
			return nil
		}
		if n := utf8.RuneCountInString(v); n > MaxFilterString {
			return apperr.Invalid(field, "a filter string holds at most %d characters; this one holds %d", MaxFilterString, n)
		}
	case map[string]any:
		given := 0
		for k, x := range v {
			if x != nil {
				given++
			}
			if err := checkFilterStrings(k, x); err != nil {
				return err
			}
		}
		if given == 0 && field != "where" {
			// ent cannot make a predicate of it, and a filter that says
			// nothing is a mistake worth naming.
			return apperr.Invalid(field, "an empty filter in %s: give it a condition or leave it out", field)
		}
	case []any:
		for _, x := range v {
			if err := checkFilterStrings(field, x); err != nil {
				return err
			}
		}
	}
	return nil
}

// defaultListSize is how many items a first-bounded list returns when
// first is null.
const defaultListSize = 10

// listSize is how many items a list bounded by first (not a connection:
// the webhook log) returns: first, from 0 to relay.MaxPageSize, like a
// page. Beyond it is BAD_USER_INPUT on first, never a silent truncation.
func listSize(first *int) (int, error) {
	if first == nil {
		return defaultListSize, nil
	}
	if *first < 0 || *first > relay.MaxPageSize {
		return 0, apperr.Invalid("first", "first must be between 0 and %d, not %d", relay.MaxPageSize, *first)
	}
	return *first, nil
}
