package database_test

import (
	"context"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// A database from before the outbox adopts its published articles as
// announced, so that the scheduler does not announce them as new, and
// leaves drafts and articles scheduled for later to be announced when
// their time comes.
func TestMigrateAdoptsWhatIsAlreadyPublic(t *testing.T) {
	ctx := auth.System(context.Background())
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		public := c.Article.Create().SetTitle("Đã đăng").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now().Add(-time.Hour)).SaveX(ctx)
		later := c.Article.Create().SetTitle("Hẹn giờ").SetStatus(article.StatusSCHEDULED).SetPublishedAt(time.Now().Add(time.Hour)).SaveX(ctx)
		draft := c.Article.Create().SetTitle("Bản nháp").SaveX(ctx)
		// As the database was before: no outbox, nothing announced.
		for _, stmt := range []string{`DROP TABLE events`, `UPDATE articles SET announced = false`} {
			if _, err := db.SQL.ExecContext(ctx, stmt); err != nil {
				t.Fatal(err)
			}
		}
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			id   int
			want bool
		}{{public.ID, true}, {later.ID, false}, {draft.ID, false}} {
			if got := c.Article.GetX(ctx, tc.id).Announced; got != tc.want {
				t.Errorf("article %d: announced %v, want %v", tc.id, got, tc.want)
			}
		}
		if n, err := events.AnnounceDue(ctx, c, time.Now()); err != nil || n != 0 {
			t.Errorf("announced %d articles after adoption (%v), want 0", n, err)
		}
		// A second migration leaves what the stream has done alone.
		c.Article.UpdateOneID(public.ID).SetStatus(article.StatusDRAFT).ClearPublishedAt().ExecX(ctx)
		if err := db.Migrate(ctx); err != nil {
			t.Fatal(err)
		}
		if c.Article.GetX(ctx, public.ID).Announced {
			t.Error("a second migration marked an unpublished article announced")
		}
	})
}
