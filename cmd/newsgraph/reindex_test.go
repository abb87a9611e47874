package main

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/testdb"
)

// reindex indexes every searchable node of the demo content: 8
// organizations, 3 people, 2 awards and 1 article.
func TestReindex(t *testing.T) {
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			url := e.URL(t)
			for _, args := range [][]string{{"seed"}, {"reindex"}} {
				var stdout, stderr bytes.Buffer
				if code := run(context.Background(), append(args, "--database-url", url), &stdout, &stderr); code != 0 {
					t.Fatalf("%s exit %d: %s", args[0], code, stderr.String())
				}
				if args[0] == "reindex" && !strings.Contains(stdout.String(), "indexed 14 nodes") {
					t.Errorf("reindex said %q", stdout.String())
				}
			}
		})
	}
}
