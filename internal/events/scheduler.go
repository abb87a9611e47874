package events

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"slices"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// scheduleTick is how often a node looks for articles whose publication
// time has come: the longest a scheduled article is public before its
// ARTICLE_PUBLISHED event is written.
const scheduleTick = time.Second

// announceBatch is the most articles one transaction announces.
const announceBatch = 100

// Schedule announces, until ctx ends, every article whose publication time
// comes: it writes the article's ARTICLE_PUBLISHED event, exactly once
// however many nodes run it (each claims the articles it announces with
// FOR UPDATE SKIP LOCKED on PostgreSQL; SQLite has one writer).
func Schedule(ctx context.Context, client *ent.Client) {
	tick := time.NewTicker(scheduleTick)
	defer tick.Stop()
	for {
		for {
			n, err := AnnounceDue(ctx, client, time.Now())
			if err != nil {
				if ctx.Err() == nil {
					slog.WarnContext(ctx, "announce scheduled articles", "err", err)
				}
				break
			}
			if n < announceBatch {
				break
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// AnnounceDue writes ARTICLE_PUBLISHED for up to announceBatch articles
// that are public at now but not announced yet, in one transaction, and
// returns how many it announced.
func AnnounceDue(ctx context.Context, client *ent.Client, now time.Time) (n int, err error) {
	ctx = auth.System(ctx)
	tx, err := client.Tx(ctx)
	if err != nil {
		return 0, fmt.Errorf("begin: %w", err)
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	ids, err := dueArticles(ctx, tx.Client(), now)
	if err != nil || len(ids) == 0 {
		if err == nil {
			err = tx.Rollback()
		}
		return 0, err
	}
	// Not through ent's update: becoming due is not a save (no revision,
	// no new version, no updatedAt).
	query, args := entsql.Dialect(client.Dialect()).
		Update(article.Table).
		Set(article.FieldAnnounced, true).
		Where(entsql.InInts(article.FieldID, ids...)).
		Query()
	if _, err := tx.ExecContext(ctx, query, args...); err != nil {
		return 0, fmt.Errorf("mark %d articles announced: %w", len(ids), err)
	}
	for _, id := range ids {
		ev, err := Snapshot(ctx, tx.Client(), id)
		if err != nil {
			return 0, err
		}
		if _, err := Record(ctx, tx.Client(), tx, ev.SetKind(event.KindARTICLE_PUBLISHED)); err != nil {
			return 0, err
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("commit: %w", err)
	}
	return len(ids), nil
}

// dueArticles are the ids of the first announceBatch articles public at now
// and not announced yet, oldest first, locked on PostgreSQL.
//
// The condition is "announced = false", not ent's article.Announced(false),
// which it writes "NOT announced": SQLite cannot seek an index with that,
// so it walked every article in published_sort order, 0.4-2 s of CPU each
// second at scale 1 while holding the write lock (docs/performance.md,
// "The scheduler's scan"). And it asks one stored status at a time: given
// "status IN (...)", PostgreSQL expects thousands of matches among the
// never-announced drafts and archived articles and walks published_sort
// until it has a batch, reading the whole table (1-2 s every second on
// every node at scale 1, with nothing due); with "status = S" the index
// (announced, status, published_sort) gives the order and ends at once.
// The visibility rule stays access.PublicArticle's: a status it does not
// make public finds nothing.
func dueArticles(ctx context.Context, c *ent.Client, now time.Time) ([]int, error) {
	var due []*ent.Article
	for _, status := range []article.Status{article.StatusPUBLISHED, article.StatusSCHEDULED} {
		q := dueArticlesIn(c, status, now)
		if c.Dialect() == dialect.Postgres {
			q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
		}
		some, err := q.Select(article.FieldID, article.FieldPublishedSort).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("due %s articles: %w", status, err)
		}
		due = append(due, some...)
	}
	slices.SortFunc(due, func(a, b *ent.Article) int {
		return cmp.Or(a.PublishedSort.Compare(b.PublishedSort), cmp.Compare(a.ID, b.ID))
	})
	due = due[:min(len(due), announceBatch)]
	ids := make([]int, len(due))
	for i, a := range due {
		ids[i] = a.ID
	}
	return ids, nil
}

// dueArticlesIn is dueArticles' query for the articles stored with status.
func dueArticlesIn(c *ent.Client, status article.Status, now time.Time) *ent.ArticleQuery {
	return c.Article.Query().
		Where(notAnnounced, article.StatusEQ(status), access.PublicArticle(now)).
		Order(ent.Asc(article.FieldPublishedSort), ent.Asc(article.FieldID)).
		Limit(announceBatch)
}

func notAnnounced(s *entsql.Selector) {
	s.Where(entsql.ExprP(s.C(article.FieldAnnounced) + " = false"))
}
