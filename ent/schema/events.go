package schema

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent"
	"entgo.io/ent/dialect"

	gen "github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/ent/hook"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/events"
)

// announceArticle writes the publishing events of an article's saves and
// deletion in the same transaction, whichever path saved it: ARTICLE_PUBLISHED
// when a save makes it public, ARTICLE_UPDATED when a public article is saved
// again (a correction), ARTICLE_UNPUBLISHED or ARTICLE_ARCHIVED when a save
// takes a public one down, ARTICLE_DELETED when a public one is deleted.
// "Public" is the displayed status of internal/access; a publication time
// still to come is announced by events.Scheduler when it comes. Saves of an
// article that never was public write nothing: no event tells of a draft.
// Under BulkLoad only the announced flag is kept.
func announceArticle(next ent.Mutator) ent.Mutator {
	return hook.ArticleFunc(func(ctx context.Context, m *gen.ArticleMutation) (ent.Value, error) {
		if m.Op().Is(ent.OpDeleteOne) {
			return announceDeletion(ctx, m, next)
		}
		was := false
		if m.Op().Is(ent.OpUpdateOne) {
			old, err := announced(ctx, m)
			if err != nil {
				return nil, err // a missing article stays NOT_FOUND
			}
			was = old
		}
		status, publishedAt, err := savedStatus(ctx, m)
		if err != nil {
			return nil, err
		}
		public := access.Status(status, publishedAt, time.Now()) == article.StatusPUBLISHED
		m.SetAnnounced(public)
		v, err := next.Mutate(ctx, m)
		if err != nil || bulkLoad(ctx) {
			return v, err
		}
		var kind event.Kind
		switch {
		case public && !was:
			kind = event.KindARTICLE_PUBLISHED
		case public:
			kind = event.KindARTICLE_UPDATED
		case was && status == article.StatusARCHIVED:
			kind = event.KindARTICLE_ARCHIVED
		case was:
			kind = event.KindARTICLE_UNPUBLISHED
		default:
			return v, nil
		}
		a, ok := v.(*gen.Article)
		if !ok {
			return v, nil
		}
		snapshot, err := events.Snapshot(auth.System(ctx), m.Client(), a.ID)
		if err != nil {
			return nil, err
		}
		return v, record(ctx, m, snapshot.SetKind(kind))
	})
}

// announced reads whether the article m saves is announced. On PostgreSQL
// the read locks its row until commit, so that the scheduler announcing it
// at the same moment (events.AnnounceDue) and this save take turns and
// exactly one of them writes ARTICLE_PUBLISHED; SQLite's writers already
// take turns.
func announced(ctx context.Context, m *gen.ArticleMutation) (bool, error) {
	id, ok := m.ID()
	if !ok || m.Client().Dialect() != dialect.Postgres {
		return m.OldAnnounced(ctx)
	}
	a, err := m.Client().Article.Query().
		Where(article.ID(id)).
		Select(article.FieldAnnounced).
		ForUpdate().
		Only(auth.System(ctx))
	if err != nil {
		return false, err
	}
	return a.Announced, nil
}

// savedStatus is the status and publication time an article has once m is
// saved: what m sets, else what is stored.
func savedStatus(ctx context.Context, m *gen.ArticleMutation) (article.Status, *time.Time, error) {
	status, ok := m.Status()
	if !ok && m.Op().Is(ent.OpUpdateOne) {
		old, err := m.OldStatus(ctx)
		if err != nil {
			return "", nil, err
		}
		status = old
	}
	if at, ok := m.PublishedAt(); ok {
		return status, &at, nil
	}
	if m.PublishedAtCleared() || !m.Op().Is(ent.OpUpdateOne) {
		return status, nil, nil
	}
	old, err := m.OldPublishedAt(ctx)
	return status, old, err
}

// announceDeletion writes ARTICLE_DELETED for a public article's deletion,
// with what it was (read before it goes).
func announceDeletion(ctx context.Context, m *gen.ArticleMutation, next ent.Mutator) (ent.Value, error) {
	id, ok := m.ID()
	if !ok {
		return next.Mutate(ctx, m)
	}
	sys := auth.System(ctx)
	announced, err := m.Client().Article.Query().Where(article.ID(id), article.Announced(true)).Exist(sys)
	if err != nil {
		return nil, fmt.Errorf("read article %d before deleting it: %w", id, err)
	}
	if !announced {
		return next.Mutate(ctx, m)
	}
	snapshot, err := events.Snapshot(sys, m.Client(), id)
	if err != nil {
		return nil, err
	}
	v, err := next.Mutate(ctx, m)
	if err != nil {
		return v, err
	}
	return v, record(ctx, m, snapshot.SetKind(event.KindARTICLE_DELETED))
}

// announceFeedback writes FEEDBACK_APPROVED when feedback on a public
// article is approved; approval on an article that is not public tells
// the public nothing.
func announceFeedback(next ent.Mutator) ent.Mutator {
	return hook.FeedbackFunc(func(ctx context.Context, m *gen.FeedbackMutation) (ent.Value, error) {
		status, ok := m.Status()
		if !ok || status != feedback.StatusAPPROVED {
			return next.Mutate(ctx, m)
		}
		if m.Op().Is(ent.OpUpdateOne) {
			old, err := m.OldStatus(ctx)
			if err != nil {
				return nil, err
			}
			if old == feedback.StatusAPPROVED {
				return next.Mutate(ctx, m)
			}
		}
		v, err := next.Mutate(ctx, m)
		if err != nil || bulkLoad(ctx) {
			return v, err
		}
		f, ok := v.(*gen.Feedback)
		if !ok {
			return v, nil
		}
		sys := auth.System(ctx)
		a, err := m.Client().Feedback.QueryArticle(f).Only(sys)
		if err != nil {
			return nil, fmt.Errorf("read the article of feedback %d: %w", f.ID, err)
		}
		if !a.Announced {
			return v, nil
		}
		snapshot, err := events.Snapshot(sys, m.Client(), a.ID)
		if err != nil {
			return nil, err
		}
		return v, record(ctx, m, snapshot.SetKind(event.KindFEEDBACK_APPROVED).SetFeedbackID(f.ID))
	})
}

// record writes ev in m's transaction.
func record(ctx context.Context, m interface {
	Client() *gen.Client
	Tx() (*gen.Tx, error)
}, ev *gen.EventCreate) error {
	tx, err := m.Tx()
	if err != nil {
		tx = nil // a write outside a transaction: the event follows it
	}
	_, err = events.Record(auth.System(ctx), m.Client(), tx, ev)
	return err
}
