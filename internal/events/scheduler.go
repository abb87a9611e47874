package events

import (
	"context"
	"fmt"
	"log/slog"
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
	q := dueArticles(tx.Client(), now)
	if client.Dialect() == dialect.Postgres {
		q.ForUpdate(entsql.WithLockAction(entsql.SkipLocked))
	}
	ids, err := q.IDs(ctx)
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

// dueArticles are the first announceBatch articles public at now and not
// announced yet, oldest first. The condition is "announced = false", not
// ent's article.Announced(false), which it writes "NOT announced": SQLite
// cannot seek an index with that, so it walked every article in
// published_sort order, 0.4-2 s of CPU each second at scale 1 while
// holding the write lock (docs/performance.md, "SQLite and memory").
// "= false" seeks article_announced_status_published_sort on both engines.
func dueArticles(c *ent.Client, now time.Time) *ent.ArticleQuery {
	return c.Article.Query().
		Where(notAnnounced, access.PublicArticle(now)).
		Order(ent.Asc(article.FieldPublishedSort), ent.Asc(article.FieldID)).
		Limit(announceBatch)
}

func notAnnounced(s *entsql.Selector) {
	s.Where(entsql.ExprP(s.C(article.FieldAnnounced) + " = false"))
}
