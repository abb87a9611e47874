package events_test

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// An event keeps the lists of IDs it was written with, on every engine (on
// PostgreSQL, sent as binary parameters).
func TestRecordKeepsTheIDLists(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		ctx := auth.System(context.Background())
		e, err := events.Record(ctx, db.Client, nil, db.Event.Create().
			SetKind(event.KindARTICLE_PUBLISHED).SetArticleID(7).
			SetTagIds([]int{1, 2}).SetAuthorIds([]int{3}).SetPersonIds([]int{}).SetOrganizationIds([]int{4, 5, 6}))
		if err != nil {
			t.Fatal(err)
		}
		got := db.Event.GetX(ctx, e.ID)
		for _, l := range []struct {
			name      string
			got, want []int
		}{
			{"tag", got.TagIds, []int{1, 2}}, {"author", got.AuthorIds, []int{3}},
			{"person", got.PersonIds, []int{}}, {"organization", got.OrganizationIds, []int{4, 5, 6}},
		} {
			if !slices.Equal(l.got, l.want) {
				t.Errorf("%s IDs %v, want %v", l.name, l.got, l.want)
			}
		}
	})
}
