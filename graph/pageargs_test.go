package graph_test

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

// cursor writes a cursor as the server would, with any position value.
func cursor(id int, v any) string {
	var b strings.Builder
	entgql.Cursor[int]{ID: id, Value: v}.MarshalGQL(&b)
	return strings.Trim(b.String(), `"`)
}

// Every ordered connection of the schema is known to CheckPageArgs: for
// each of its order fields, a cursor whose position is of no order field's
// type is refused, naming the argument.
func TestCheckPageArgsKnowsEveryOrder(t *testing.T) {
	schema := graph.NewSchema(nil).Schema()
	checked := 0
	for _, typ := range schema.Types {
		for _, f := range typ.Fields {
			order := f.Arguments.ForName("orderBy")
			if order == nil || !strings.HasSuffix(f.Type.Name(), "Connection") {
				continue
			}
			fields := schema.Types[order.Type.Name()].Fields.ForName("field")
			for _, v := range schema.Types[fields.Type.Name()].EnumValues {
				args := map[string]any{
					"before":  cursor(1, true),
					"orderBy": map[string]any{"field": v.Name},
				}
				err := graph.CheckPageArgs(f.Type.Name(), args)
				if app, ok := apperr.As(err); !ok || app.Code != apperr.BadUserInput || app.Field != "before" {
					t.Errorf("%s.%s ordered by %s: a boolean cursor gave %v", typ.Name, f.Name, v.Name, err)
				}
				checked++
			}
		}
	}
	if checked < 20 {
		t.Errorf("only %d orders checked", checked)
	}
}

// Cursors the server writes pass; others are BAD_USER_INPUT on the
// argument; so are filter strings too long for a LIKE pattern.
func TestCheckPageArgs(t *testing.T) {
	long := strings.Repeat("ạ", graph.MaxFilterString+1)
	for _, tc := range []struct {
		name  string
		args  map[string]any
		field string // "" when the arguments pass
	}{
		{"default order", map[string]any{"after": cursor(3, nil)}, ""},
		{"by title", map[string]any{"after": cursor(3, "Bão số 3"), "orderBy": map[string]any{"field": "TITLE"}}, ""},
		{"by publication", map[string]any{"before": cursor(3, time.Date(2024, 7, 3, 0, 0, 0, 0, time.UTC)), "orderBy": map[string]any{"field": "PUBLISHED_AT", "direction": "DESC"}}, ""},
		{"garbage", map[string]any{"after": "garbage"}, "after"},
		{"id zero", map[string]any{"after": cursor(0, nil)}, "after"},
		{"a position under the default order", map[string]any{"after": cursor(3, "x")}, "after"},
		{"a string for a time", map[string]any{"after": cursor(3, "x"), "orderBy": map[string]any{"field": "CREATED_AT"}}, "after"},
		{"a number for a title", map[string]any{"after": cursor(3, 5), "orderBy": map[string]any{"field": "TITLE"}}, "after"},
		{"bytes", map[string]any{"before": cursor(3, []byte("x")), "orderBy": map[string]any{"field": "CREATED_AT"}}, "before"},
		{"a map", map[string]any{"after": cursor(3, map[string]any{"a": 1}), "orderBy": map[string]any{"field": "TITLE"}}, "after"},
		{"a list", map[string]any{"after": cursor(3, []any{1}), "orderBy": map[string]any{"field": "TITLE"}}, "after"},
		{"a filter string at the limit", map[string]any{"where": map[string]any{"titleContains": long[:len(long)-len("ạ")]}}, ""},
		{"a filter string over the limit", map[string]any{"where": map[string]any{"titleContains": long}}, "titleContains"},
		{"deep in the filter", map[string]any{"where": map[string]any{"or": []any{map[string]any{"not": map[string]any{"bodyContains": long}}}}}, "bodyContains"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := graph.CheckPageArgs("ArticleConnection", tc.args)
			if tc.field == "" {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if app, ok := apperr.As(err); !ok || app.Code != apperr.BadUserInput || app.Field != tc.field {
				t.Fatalf("want BAD_USER_INPUT on %s, got %v", tc.field, err)
			}
		})
	}
}
