package database_test

import (
	"context"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// Every join table can be read from its second side by an index (a
// person's awards, an organization's mentions), and migrating again keeps
// them without error.
func TestReverseJoinIndexes(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if err := db.Migrate(ctx); err != nil {
			t.Fatalf("second migration: %v", err)
		}
		list := `SELECT name FROM sqlite_master WHERE type = 'index' AND name = $1`
		if db.Dialect == "postgres" {
			list = `SELECT indexname FROM pg_indexes WHERE indexname = $1`
		}
		for _, name := range []string{
			"award_recipient_people_person_id",
			"award_recipient_organizations_organization_id",
			"article_authors_person_id",
			"article_mentioned_people_person_id",
			"article_mentioned_organizations_organization_id",
		} {
			var found string
			if err := db.SQL.QueryRowContext(ctx, list, name).Scan(&found); err != nil {
				t.Errorf("index %s: %v", name, err)
			}
		}
	})
}
