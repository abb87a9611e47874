package events

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/apperr"
)

// Event is an event as a Stream hands it out: the outbox row, and the
// article it is about as it is now, read at most once per node and
// visibility for every subscriber that asks (Article).
type Event struct {
	*ent.Event
	client *ent.Client
	loads  *atomic.Uint64 // the stream's count of article reads

	mu       sync.Mutex
	articles map[bool]loaded // by whether the reader sees drafts
	feedback map[bool]*ent.Feedback
}

type loaded struct{ a *ent.Article }

// Cursor is the event's place in the stream, for a client to resume after.
func (e *Event) Cursor() string { return FormatCursor(e.ID) }

// cursorPrefix marks newsgraph event cursors; the rest is the sequence
// number. Clients treat cursors as opaque.
const cursorPrefix = "ev:"

// FormatCursor is the cursor of the event with sequence number seq.
func FormatCursor(seq int) string { return cursorPrefix + strconv.Itoa(seq) }

// ParseCursor is the sequence number of a cursor FormatCursor made, or a
// BAD_USER_INPUT error naming field.
func ParseCursor(field, cursor string) (int, error) {
	n, err := strconv.Atoi(strings.TrimPrefix(cursor, cursorPrefix))
	if !strings.HasPrefix(cursor, cursorPrefix) || err != nil || n < 0 {
		return 0, apperr.Invalid(field, "%q is not an event cursor: pass the cursor of an event you received", cursor)
	}
	return n, nil
}

// Article is the article the event is about as ctx's caller may read it
// now, or nil (deleted, or no longer visible to them). Its category, tags,
// authors, cover and the people and organizations it mentions come loaded,
// so that a subscriber's selection of them reads nothing more.
func (e *Event) Article(ctx context.Context) (*ent.Article, error) {
	drafts := access.SeesDrafts(ctx)
	e.mu.Lock()
	defer e.mu.Unlock()
	if l, ok := e.articles[drafts]; ok {
		return l.a, nil
	}
	if e.loads != nil {
		e.loads.Add(1)
	}
	a, err := e.client.Article.Query().
		Where(article.ID(e.ArticleID)).
		WithCategory().WithTags().WithAuthors().WithCover().
		WithMentionedPeople().WithMentionedOrganizations().
		Only(ctx)
	if ent.IsNotFound(err) {
		a, err = nil, nil
	}
	if err != nil {
		// Not kept: it may be the first reader's cancelled context.
		return nil, fmt.Errorf("read article %d of event %d: %w", e.ArticleID, e.ID, err)
	}
	if e.articles == nil {
		e.articles = map[bool]loaded{}
	}
	e.articles[drafts] = loaded{a}
	return a, nil
}

// Feedback is the feedback a FEEDBACK_APPROVED event is about as ctx's
// caller may read it now, or nil (another kind of event, or feedback
// since rejected, deleted or no longer visible to them). Like Article, it
// is read at most once per visibility, whatever the number of subscribers.
func (e *Event) Feedback(ctx context.Context) (*ent.Feedback, error) {
	if e.FeedbackID == nil {
		return nil, nil
	}
	drafts := access.SeesDrafts(ctx)
	e.mu.Lock()
	defer e.mu.Unlock()
	if f, ok := e.feedback[drafts]; ok {
		return f, nil
	}
	f, err := e.client.Feedback.Query().Where(feedback.ID(*e.FeedbackID)).Only(ctx)
	if ent.IsNotFound(err) {
		f, err = nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read feedback %d of event %d: %w", *e.FeedbackID, e.ID, err)
	}
	if e.feedback == nil {
		e.feedback = map[bool]*ent.Feedback{}
	}
	e.feedback[drafts] = f
	return f, nil
}
