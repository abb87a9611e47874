package search_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

func TestCountedRecipients(t *testing.T) {
	n := func(v int) *int { return &v }
	for _, tt := range []struct {
		total, collectives, individuals *int
		want                            string
	}{
		{n(46), n(23), n(23), "23 tập thể, 23 cá nhân"},
		{n(5), n(5), nil, "5 tập thể"},
		{n(12), nil, n(12), "12 cá nhân"},
		{n(20), nil, nil, "20 tập thể, cá nhân"},
		{nil, nil, nil, ""},
	} {
		if got := search.CountedRecipients(tt.total, tt.collectives, tt.individuals); got != tt.want {
			t.Errorf("CountedRecipients(%v, %v, %v) = %q, want %q", tt.total, tt.collectives, tt.individuals, got, tt.want)
		}
	}
}

// An award's counted recipients are in its search document, and a change of
// the counts reindexes it.
func TestAwardDocumentCountsRecipients(t *testing.T) {
	ctx := auth.System(context.Background())
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		idx := search.New(db.Client)
		hits := func(query string) int {
			t.Helper()
			q, err := search.ParseQuery(query)
			if err != nil {
				t.Fatal(err)
			}
			n, err := idx.Count(ctx, search.Request{Query: q, Kinds: []search.Kind{search.KindAward}, Now: time.Now(), Limit: 10})
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		a := db.Client.Award.Create().SetName("Bằng khen của UBND tỉnh Vĩnh Long").SetYear(2024).
			SetRecipientCount(46).SetRecipientCollectives(23).SetRecipientIndividuals(23).SaveX(ctx)
		if n := hits("23 tap the"); n != 1 {
			t.Errorf(`"23 tap the": %d awards, want 1`, n)
		}
		if n := hits("17 ca nhan"); n != 0 {
			t.Errorf(`"17 ca nhan" before the update: %d awards, want 0`, n)
		}
		db.Client.Award.UpdateOne(a).SetRecipientCount(40).SetRecipientIndividuals(17).ExecX(ctx)
		if n := hits("17 ca nhan"); n != 1 {
			t.Errorf(`"17 ca nhan" after the update: %d awards, want 1`, n)
		}
	})
}
