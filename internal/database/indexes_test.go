package database_test

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// Every join table can be read from its second side by an index (a
// person's awards, an organization's mentions) that holds both columns, so
// that the lookup never visits the table (DETAIL reads five people's awards
// per request); migrating again keeps them without error.
func TestReverseJoinIndexes(t *testing.T) {
	ctx := context.Background()
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if err := db.Migrate(ctx); err != nil {
			t.Fatalf("second migration: %v", err)
		}
		columns := `SELECT name FROM pragma_index_info($1) ORDER BY seqno`
		if db.Dialect == "postgres" {
			columns = `SELECT a.attname FROM pg_index AS i, unnest(i.indkey) WITH ORDINALITY AS k(attnum, n), pg_attribute AS a
WHERE i.indexrelid = $1::regclass AND a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n`
		}
		for _, tc := range []struct {
			index string
			want  []string
		}{
			{"award_recipient_people_person_id", []string{"person_id", "award_id"}},
			{"award_recipient_organizations_organization_id", []string{"organization_id", "award_id"}},
			{"article_authors_person_id", []string{"person_id", "article_id"}},
			{"article_mentioned_people_person_id", []string{"person_id", "article_id"}},
			{"article_mentioned_organizations_organization_id", []string{"organization_id", "article_id"}},
		} {
			rows, err := db.SQL.QueryContext(ctx, columns, tc.index)
			if err != nil {
				t.Fatalf("columns of %s: %v", tc.index, err)
			}
			var got []string
			for rows.Next() {
				var c string
				if err := rows.Scan(&c); err != nil {
					t.Fatal(err)
				}
				got = append(got, c)
			}
			if err := rows.Close(); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("index %s has columns %v, want %v", tc.index, got, tc.want)
			}
		}
	})
}
