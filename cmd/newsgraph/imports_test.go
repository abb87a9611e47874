package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The server is built without the code generators of ent, entgql and
// gqlgen: their packages start with the program (templates parsed at
// initialisation) and keep their pages resident (docs/performance.md, "A
// serve binary without the code generators"). They come back if a package
// the server imports uses entgo.io/contrib/entgql directly (ent/entgql
// says how to do without) or entc/gen at run time.
func TestServeLinksNoCodeGenerator(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Fatalf("go list -deps: %v", err)
	}
	generators := []string{
		"entgo.io/ent/entc",
		"entgo.io/contrib/entgql",
		"github.com/99designs/gqlgen/api",
		"github.com/99designs/gqlgen/codegen",
		"github.com/99designs/gqlgen/plugin",
	}
	for _, pkg := range strings.Fields(string(out)) {
		for _, g := range generators {
			if pkg == g || strings.HasPrefix(pkg, g+"/") {
				t.Errorf("the server links %s; `go list -deps ./cmd/newsgraph` and `go mod why %s` say through what", pkg, pkg)
			}
		}
	}
}
