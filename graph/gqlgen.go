//go:build ignore

// gqlgen.go runs gqlgen (go generate, from the module root) with one plugin
// of newsgraph's: the fields of the API's objects are resolved one after
// another instead of each in its own goroutine.
package main

import (
	"fmt"
	"os"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
)

func main() {
	cfg, err := config.LoadConfig("gqlgen.yml")
	if err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(2)
	}
	if err := api.Generate(cfg, api.AddPlugin(sequentialFields{})); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(3)
	}
}

// sequentialFields turns off gqlgen's concurrent resolution of the fields of
// every object but the root ones. gqlgen starts a goroutine for each field
// that is a resolver or a method taking a context, which is every ent edge;
// but the edges a request selects are loaded with the page (entgql's field
// collection, one statement per edge for the whole page), so those fields
// only read memory, and a goroutine costs more than the read
// (docs/performance.md). Query's fields stay concurrent: each is its own
// lookup.
type sequentialFields struct{}

func (sequentialFields) Name() string { return "newsgraph-sequential-fields" }

func (sequentialFields) GenerateCode(data *codegen.Data) error {
	for _, o := range data.Objects {
		if !o.Root {
			o.DisableConcurrency = true
		}
	}
	return nil
}
