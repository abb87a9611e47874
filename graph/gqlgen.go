//go:build ignore

// gqlgen.go runs gqlgen (go generate, from the module root) so that the
// API resolves the fields of its objects and the elements of its lists one
// after another, where gqlgen would start a goroutine for each
// (docs/performance.md): a plugin turns off concurrent fields, and the
// generated lists call generated/slice.go's marshalSlice.
package main

import (
	"bytes"
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
	if err := sequentialLists(cfg.Exec.Filename); err != nil {
		fmt.Fprintln(os.Stderr, "gqlgen:", err)
		os.Exit(4)
	}
}

// sequentialLists rewrites, in the generated executor, the calls that
// marshal a list concurrently into calls of marshalSlice, and drops the
// @defer bookkeeping each object allocates (its path, a field set, a map)
// that no object uses once its fields are sequential. It fails if gqlgen's
// output no longer has the shape it rewrites, so that an upgrade of gqlgen
// cannot silently bring the goroutines back.
func sequentialLists(filename string) error {
	src, err := os.ReadFile(filename)
	if err != nil {
		return err
	}
	for _, r := range []struct{ old, new string }{
		{"graphql.MarshalSliceConcurrently(", "marshalSlice("},
		{"deferred := graphql.NewDeferredGroup(ctx)", "var deferred graphql.DeferredGroup // graph/gqlgen.go: no object defers"},
	} {
		if !bytes.Contains(src, []byte(r.old)) {
			return fmt.Errorf("%s: no %q to rewrite: has gqlgen changed?", filename, r.old)
		}
		src = bytes.ReplaceAll(src, []byte(r.old), []byte(r.new))
	}
	if bytes.Contains(src, []byte("&deferred")) {
		return fmt.Errorf("%s: an object resolves a field concurrently with deferred fragments; it needs its deferred group", filename)
	}
	return os.WriteFile(filename, src, 0o644)
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
