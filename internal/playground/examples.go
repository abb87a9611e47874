package playground

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// exampleFiles are the examples GraphiQL offers, one operation per file,
// in the order of their names. They are the README's examples, word for
// word (the docs test holds them to it and runs each over the demo content).
//
//go:embed examples/*.graphql
var exampleFiles embed.FS

// Example is one operation the playground offers: a tab on the first visit
// and an entry of its Examples pane.
type Example struct {
	Name        string `json:"name"`        // the operation's name, the tab's title
	Description string `json:"description"` // what it shows: the file's leading comment
	Query       string `json:"query"`       // the document, without that comment
	Variables   string `json:"variables"`   // JSON for the Variables pane: each variable, null
}

// Examples returns the examples, the first one the feed the page opens on.
func Examples() ([]Example, error) {
	names, err := fs.Glob(exampleFiles, "examples/*.graphql")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	out := make([]Example, 0, len(names))
	for _, name := range names {
		src, err := fs.ReadFile(exampleFiles, name)
		if err != nil {
			return nil, err
		}
		ex, err := parseExample(name, string(src))
		if err != nil {
			return nil, err
		}
		out = append(out, ex)
	}
	return out, nil
}

// parseExample splits a file into its leading comment and its one named
// operation.
func parseExample(name, src string) (Example, error) {
	var desc []string
	rest := src
	for strings.HasPrefix(rest, "#") {
		line, after, _ := strings.Cut(rest, "\n")
		desc = append(desc, strings.TrimSpace(strings.TrimPrefix(line, "#")))
		rest = after
	}
	doc, gerr := parser.ParseQuery(&ast.Source{Name: name, Input: rest})
	if gerr != nil {
		return Example{}, fmt.Errorf("%s: %w", name, gerr)
	}
	if len(doc.Operations) != 1 || doc.Operations[0].Name == "" {
		return Example{}, fmt.Errorf("%s: want one named operation", name)
	}
	op := doc.Operations[0]
	vars := map[string]any{}
	for _, v := range op.VariableDefinitions {
		vars[v.Variable] = nil
	}
	variables := ""
	if len(vars) > 0 {
		b, err := json.MarshalIndent(vars, "", "  ")
		if err != nil {
			return Example{}, err
		}
		variables = string(b)
	}
	return Example{
		Name:        op.Name,
		Description: strings.Join(desc, " "),
		Query:       strings.TrimSpace(rest) + "\n",
		Variables:   variables,
	}, nil
}
