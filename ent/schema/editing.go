package schema

import (
	"context"
	"fmt"

	"entgo.io/ent"

	gen "github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/hook"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/richtext"
)

// sanitizeBody keeps only allowed markup in an article body (see package
// richtext) and derives bodyText from it, on every write that sets a body,
// so nothing unsafe is stored, whichever path wrote it.
func sanitizeBody(next ent.Mutator) ent.Mutator {
	return hook.ArticleFunc(func(ctx context.Context, m *gen.ArticleMutation) (ent.Value, error) {
		if body, ok := m.Body(); ok {
			clean := richtext.Sanitize(body)
			m.SetBody(clean)
			m.SetBodyText(richtext.PlainText(clean))
		}
		return next.Mutate(ctx, m)
	})
}

// keepRevision makes every save of one article a new version and stores a
// snapshot of what it saved, with who saved it, in the same transaction
// when the caller opened one (every GraphQL mutation does), or later in it
// under DeferRevisions. Bulk updates of many articles are not saves of an
// article and keep no revision.
func keepRevision(next ent.Mutator) ent.Mutator {
	return hook.ArticleFunc(func(ctx context.Context, m *gen.ArticleMutation) (ent.Value, error) {
		if m.Op().Is(ent.OpUpdateOne) {
			m.AddVersion(1)
		}
		v, err := next.Mutate(ctx, m)
		if err != nil {
			return nil, err
		}
		a, ok := v.(*gen.Article)
		if !ok {
			return v, nil
		}
		savedBy := ""
		if c := auth.FromContext(ctx); c != nil {
			savedBy = c.Name
		}
		create := m.Client().Revision.Create().
			SetArticleID(a.ID).
			SetVersion(a.Version).
			SetTitle(a.Title).
			SetSlug(a.Slug).
			SetSummary(a.Summary).
			SetBody(a.Body).
			SetStatus(string(a.Status)).
			SetNillablePublishedAt(a.PublishedAt).
			SetNillableEventDate(a.EventDate).
			SetLanguage(a.Language).
			SetSavedBy(savedBy)
		if p, ok := ctx.Value(pendingRevisionsKey{}).(*PendingRevisions); ok {
			p.creates = append(p.creates, create)
			return a, nil
		}
		if err := create.Exec(ctx); err != nil {
			return nil, fmt.Errorf("keep revision %d of article %d: %w", a.Version, a.ID, err)
		}
		return a, nil
	})
}

// pendingRevisionsKey is the context key of DeferRevisions.
type pendingRevisionsKey struct{}

// PendingRevisions are the revisions of the articles saved under a context
// from DeferRevisions, not written yet. It is not safe for concurrent use.
type PendingRevisions struct {
	creates []*gen.RevisionCreate
}

// DeferRevisions returns a context under which every article save adds its
// revision to the returned PendingRevisions instead of writing it at once,
// so that a bulk load (internal/synthetic) writes them with a few
// statements per batch (Write) instead of one per article. The caller must
// Write them in the articles' transaction.
func DeferRevisions(ctx context.Context) (context.Context, *PendingRevisions) {
	p := &PendingRevisions{}
	return context.WithValue(ctx, pendingRevisionsKey{}, p), p
}

// revisionsPerInsert keeps one insert of revisions, 13 columns a row, far
// under PostgreSQL's 65,535 parameters.
const revisionsPerInsert = 500

// Write writes the pending revisions through client, in the order the
// articles were saved, and forgets them.
func (p *PendingRevisions) Write(ctx context.Context, client *gen.Client) error {
	for start := 0; start < len(p.creates); start += revisionsPerInsert {
		batch := p.creates[start:min(start+revisionsPerInsert, len(p.creates))]
		if err := client.Revision.CreateBulk(batch...).Exec(ctx); err != nil {
			return fmt.Errorf("write %d revisions: %w", len(batch), err)
		}
	}
	p.creates = p.creates[:0]
	return nil
}

// Hooks of the Position.
func (Position) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(datesInOrder, ent.OpCreate|ent.OpUpdateOne),
	}
}

// datesInOrder refuses a position that ends before it starts, looking at
// the stored dates for the one an update leaves alone.
func datesInOrder(next ent.Mutator) ent.Mutator {
	return hook.PositionFunc(func(ctx context.Context, m *gen.PositionMutation) (ent.Value, error) {
		start, hasStart := m.StartDate()
		end, hasEnd := m.EndDate()
		if m.Op().Is(ent.OpUpdateOne) {
			if !hasStart && !m.StartDateCleared() {
				old, err := m.OldStartDate(ctx)
				if err != nil {
					return nil, fmt.Errorf("position's start date: %w", err)
				}
				if old != nil {
					start, hasStart = *old, true
				}
			}
			if !hasEnd && !m.EndDateCleared() {
				old, err := m.OldEndDate(ctx)
				if err != nil {
					return nil, fmt.Errorf("position's end date: %w", err)
				}
				if old != nil {
					end, hasEnd = *old, true
				}
			}
		}
		if hasStart && hasEnd && end.Before(start) {
			return nil, apperr.Invalid("endDate", "the position ends (%s) before it starts (%s)", end.Format("2006-01-02"), start.Format("2006-01-02"))
		}
		return next.Mutate(ctx, m)
	})
}
