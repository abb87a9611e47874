package events_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/ent/revision"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

var ctx = auth.System(context.Background())

// inTx runs f in one transaction, as every GraphQL mutation does.
func inTx(t testing.TB, client *ent.Client, f func(tx *ent.Client) error) error {
	t.Helper()
	tx, err := client.Tx(ctx)
	if err != nil {
		t.Fatalf("begin: %v", err)
	}
	if err := f(tx.Client()); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}

// deleteArticle deletes an article with its revisions, as deleteArticle does.
func deleteArticle(tx *ent.Client, id int) error {
	if _, err := tx.Revision.Delete().Where(revision.HasArticleWith(article.ID(id))).Exec(ctx); err != nil {
		return err
	}
	return tx.Article.DeleteOneID(id).Exec(ctx)
}

func kinds(t testing.TB, client *ent.Client, articleID int) []event.Kind {
	t.Helper()
	evs, err := client.Event.Query().Where(event.ArticleID(articleID)).Order(ent.Asc(event.FieldID)).All(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var out []event.Kind
	for _, e := range evs {
		out = append(out, e.Kind)
	}
	return out
}

// TestPublishingWritesItsEvents walks an article through its life and
// checks, after each step, the events written so far.
func TestPublishingWritesItsEvents(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		cat := c.Category.Create().SetName("Thời sự").SaveX(ctx)
		var id int
		steps := []struct {
			name string
			do   func(tx *ent.Client) error
			want []event.Kind
		}{
			{"a draft is created", func(tx *ent.Client) error {
				a, err := tx.Article.Create().SetTitle("Khai mạc kỳ họp").SetCategoryID(cat.ID).Save(ctx)
				if a != nil {
					id = a.ID
				}
				return err
			}, nil},
			{"the draft is edited", func(tx *ent.Client) error {
				return tx.Article.UpdateOneID(id).SetSummary("Tóm tắt").Exec(ctx)
			}, nil},
			{"it is scheduled for tomorrow", func(tx *ent.Client) error {
				return tx.Article.UpdateOneID(id).SetStatus(article.StatusSCHEDULED).SetPublishedAt(time.Now().Add(24 * time.Hour)).Exec(ctx)
			}, nil},
			{"it is published now", func(tx *ent.Client) error {
				return tx.Article.UpdateOneID(id).SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).Exec(ctx)
			}, []event.Kind{event.KindARTICLE_PUBLISHED}},
			{"it is corrected", func(tx *ent.Client) error {
				return tx.Article.UpdateOneID(id).SetTitle("Khai mạc kỳ họp thứ 20").Exec(ctx)
			}, []event.Kind{event.KindARTICLE_UPDATED}},
			{"a save that fails writes nothing", func(tx *ent.Client) error {
				if err := tx.Article.UpdateOneID(id).SetTitle("Bản nháp bị hủy").Exec(ctx); err != nil {
					return err
				}
				return errors.New("rolled back")
			}, nil},
			{"it is unpublished", func(tx *ent.Client) error {
				return tx.Article.UpdateOneID(id).SetStatus(article.StatusDRAFT).ClearPublishedAt().Exec(ctx)
			}, []event.Kind{event.KindARTICLE_UNPUBLISHED}},
			{"it is published again", func(tx *ent.Client) error {
				return tx.Article.UpdateOneID(id).SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).Exec(ctx)
			}, []event.Kind{event.KindARTICLE_PUBLISHED}},
			{"it is rescheduled to a time to come", func(tx *ent.Client) error {
				return tx.Article.UpdateOneID(id).SetStatus(article.StatusSCHEDULED).SetPublishedAt(time.Now().Add(time.Hour)).Exec(ctx)
			}, []event.Kind{event.KindARTICLE_UNPUBLISHED}},
			{"it is published and archived", func(tx *ent.Client) error {
				if err := tx.Article.UpdateOneID(id).SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).Exec(ctx); err != nil {
					return err
				}
				return tx.Article.UpdateOneID(id).SetStatus(article.StatusARCHIVED).Exec(ctx)
			}, []event.Kind{event.KindARTICLE_PUBLISHED, event.KindARTICLE_ARCHIVED}},
			{"an archived article is deleted", func(tx *ent.Client) error {
				return deleteArticle(tx, id)
			}, nil},
		}
		var want []event.Kind
		for _, s := range steps {
			err := inTx(t, c, s.do)
			if err != nil && err.Error() != "rolled back" {
				t.Fatalf("%s: %v", s.name, err)
			}
			want = append(want, s.want...)
			if got := kinds(t, c, id); !slices.Equal(got, want) {
				t.Fatalf("after %q the events are %v, want %v", s.name, got, want)
			}
		}
	})
}

func TestDeletingAPublicArticleTellsWhatItWas(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		tag := c.Tag.Create().SetName("Kinh tế").SaveX(ctx)
		a := c.Article.Create().SetTitle("Bài sẽ bị xóa").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).AddTagIDs(tag.ID).SaveX(ctx)
		if err := inTx(t, c, func(tx *ent.Client) error { return deleteArticle(tx, a.ID) }); err != nil {
			t.Fatal(err)
		}
		e, err := c.Event.Query().Where(event.ArticleID(a.ID), event.KindEQ(event.KindARTICLE_DELETED)).Only(ctx)
		if err != nil {
			t.Fatalf("the deletion's event: %v", err)
		}
		if e.Title != a.Title || e.Slug != a.Slug || !slices.Equal(e.TagIds, []int{tag.ID}) {
			t.Errorf("the deletion's event has title %q, slug %q, tags %v; want %q, %q, [%d]", e.Title, e.Slug, e.TagIds, a.Title, a.Slug, tag.ID)
		}
	})
}

func TestFeedbackApprovedOnlyOnPublicArticles(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		public := c.Article.Create().SetTitle("Công khai").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).SaveX(ctx)
		draft := c.Article.Create().SetTitle("Bản nháp").SaveX(ctx)
		for _, a := range []*ent.Article{public, draft} {
			f := c.Feedback.Create().SetArticleID(a.ID).SetName("Lan").SetEmail("lan@example.vn").SetContent("Cảm ơn").SaveX(ctx)
			for range 2 { // approving twice is one approval
				if err := inTx(t, c, func(tx *ent.Client) error {
					return tx.Feedback.UpdateOneID(f.ID).SetStatus(feedback.StatusAPPROVED).Exec(ctx)
				}); err != nil {
					t.Fatal(err)
				}
			}
		}
		if got, want := kinds(t, c, public.ID), []event.Kind{event.KindARTICLE_PUBLISHED, event.KindFEEDBACK_APPROVED}; !slices.Equal(got, want) {
			t.Errorf("public article: events %v, want %v", got, want)
		}
		if got := kinds(t, c, draft.ID); len(got) != 0 {
			t.Errorf("draft: events %v, want none", got)
		}
	})
}

func TestScheduledArticleAnnouncedOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		at := time.Now().Add(time.Second)
		a := c.Article.Create().SetTitle("Hẹn giờ").SaveX(ctx)
		if err := inTx(t, c, func(tx *ent.Client) error {
			return tx.Article.UpdateOneID(a.ID).SetStatus(article.StatusSCHEDULED).SetPublishedAt(at).Exec(ctx)
		}); err != nil {
			t.Fatal(err)
		}
		announce := func() int {
			t.Helper()
			n, err := events.AnnounceDue(ctx, c, time.Now())
			if err != nil {
				t.Fatal(err)
			}
			return n
		}
		if n := announce(); n != 0 {
			t.Fatalf("announced %d articles before their time", n)
		}
		for deadline := time.Now().Add(10 * time.Second); ; {
			if n := announce(); n == 1 {
				break
			} else if n != 0 || time.Now().After(deadline) {
				t.Fatalf("announced %d articles once the time came, want 1", n)
			}
		}
		if n := announce(); n != 0 {
			t.Fatalf("announced %d articles again", n)
		}
		if got, want := kinds(t, c, a.ID), []event.Kind{event.KindARTICLE_PUBLISHED}; !slices.Equal(got, want) {
			t.Errorf("events %v, want %v", got, want)
		}
		// Saved once announced: a correction, not a second publication.
		if err := inTx(t, c, func(tx *ent.Client) error { return tx.Article.UpdateOneID(a.ID).SetSummary("Đã sửa").Exec(ctx) }); err != nil {
			t.Fatal(err)
		}
		if got, want := kinds(t, c, a.ID), []event.Kind{event.KindARTICLE_PUBLISHED, event.KindARTICLE_UPDATED}; !slices.Equal(got, want) {
			t.Errorf("events %v, want %v", got, want)
		}
	})
}

// TestSchedulersRacingAnnounceOnce runs several schedulers at once over
// many articles coming due together: each gets exactly one event.
func TestSchedulersRacingAnnounceOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		c := db.Client
		at := time.Now().Add(time.Hour)
		const articles = 60
		for i := range articles {
			c.Article.Create().SetTitle(fmt.Sprintf("Hẹn giờ %d", i)).SetStatus(article.StatusSCHEDULED).SetPublishedAt(at).SaveX(ctx)
		}
		var wg sync.WaitGroup
		for range 4 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for {
					n, err := events.AnnounceDue(ctx, c, at.Add(time.Second))
					if err != nil {
						t.Error(err)
						return
					}
					if n == 0 {
						return
					}
				}
			}()
		}
		wg.Wait()
		evs := c.Event.Query().AllX(ctx)
		seen := map[int]int{}
		for _, e := range evs {
			seen[e.ArticleID]++
		}
		if len(evs) != articles || len(seen) != articles {
			t.Errorf("%d events for %d articles, want one each of %d", len(evs), len(seen), articles)
		}
	})
}
