package graph_test

import (
	"os"
	"regexp"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// Every GraphQL example in the README runs without errors over the demo
// content, so the README cannot drift from the API.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) < 3 {
		t.Fatalf("README has %d GraphQL examples, want at least 3", len(blocks))
	}
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if _, err := demo.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		a := newAPI(db.Client)
		for _, b := range blocks {
			var data map[string]any
			a.mustDo(t, b[1], nil, &data)
			for field, v := range data {
				if v == nil {
					t.Errorf("README example answered %s: null\n%s", field, b[1])
				}
			}
		}
	})
	// The filter quoted inline in the README works too.
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		a := newAPI(db.Client)
		a.mustDo(t, `{ articles(first: 5, where: {hasAuthorsWith: {hasPositionsWith: {hasOrganizationWith: {slug: "ban-tuyen-giao-tinh-uy-thai-nguyen"}}}}) { totalCount } }`, nil, nil)
	})
}
