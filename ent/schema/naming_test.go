package schema

import (
	"testing"

	entc "entgo.io/ent/entc/gen"

	gen "github.com/newsgraph/newsgraph/ent"
)

// The copies of entc/gen's naming functions name every field and edge of
// the model as the originals do, and so as entgql names the fields of its
// mutation inputs.
func TestNamingAsEntc(t *testing.T) {
	original := map[string]func(string) string{
		"camel":    entc.Funcs["camel"].(func(string) string),
		"pascal":   entc.Funcs["pascal"].(func(string) string),
		"singular": entc.Funcs["singular"].(func(string) string),
	}
	copied := map[string]func(string) string{"camel": camel, "pascal": pascal, "singular": singular}
	// Names of the model and words that exercise the rules: initialisms,
	// irregular plurals, separators.
	names := []string{"user_id", "clear_parent", "api_tokens", "html_url", "people", "children", "full-name", "awards_received"}
	for _, n := range gen.SchemaGraph().Nodes {
		for name := range n.Fields {
			names = append(names, name, "clear_"+name)
		}
		for name := range n.Edges {
			names = append(names, name, "clear_"+name)
		}
	}
	for fn, f := range copied {
		for _, name := range names {
			if got, want := f(name), original[fn](name); got != want {
				t.Errorf("%s(%q) = %q, entc/gen's gives %q", fn, name, got, want)
			}
		}
	}
}
