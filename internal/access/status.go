package access

import (
	"slices"
	"time"

	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/predicate"
)

// An article's displayed status is its stored one, except that a published
// or scheduled article is PUBLISHED once its publication time has come and
// SCHEDULED before: a scheduled article becomes public by itself, with no
// job to flip it, and reads, filters and is shown as PUBLISHED from then on.

// publicStatuses are the stored statuses of the articles that are public
// from their publication time on.
var publicStatuses = []article.Status{article.StatusPUBLISHED, article.StatusSCHEDULED}

// PublicFrom is when an article stored with status stored and publication
// time publishedAt becomes public, the time from which Status shows it
// PUBLISHED; ok is false for one that never becomes public by itself (a
// draft, an archived article, or one without a publication time). For
// copies of the rule kept outside the database's rows, such as the search
// index.
func PublicFrom(stored article.Status, publishedAt *time.Time) (from time.Time, ok bool) {
	if !slices.Contains(publicStatuses, stored) || publishedAt == nil {
		return time.Time{}, false
	}
	return *publishedAt, true
}

// Status is the status article a shows at now.
func Status(stored article.Status, publishedAt *time.Time, now time.Time) article.Status {
	switch from, ok := PublicFrom(stored, publishedAt); {
	case ok && !from.After(now):
		return article.StatusPUBLISHED
	case slices.Contains(publicStatuses, stored):
		return article.StatusSCHEDULED
	}
	return stored
}

// StatusIs is the condition of the articles whose displayed status at now
// is s: the filter that agrees with Status. PUBLISHED is a bound on the
// publication time, which the feed's index (published_sort, id) serves in
// its order.
func StatusIs(s article.Status, now time.Time) predicate.Article {
	switch s {
	case article.StatusPUBLISHED:
		return article.And(
			article.StatusIn(publicStatuses...),
			article.PublishedAtLTE(now.UTC()),
		)
	case article.StatusSCHEDULED:
		return article.And(
			article.StatusIn(publicStatuses...),
			article.Or(article.PublishedAtIsNil(), article.PublishedAtGT(now.UTC())),
		)
	}
	return article.StatusEQ(s)
}

// statusIn is the condition of the articles whose displayed status at now
// is one of ss, which is not empty.
func statusIn(ss []article.Status, now time.Time) predicate.Article {
	ps := make([]predicate.Article, len(ss))
	for i, s := range ss {
		ps[i] = StatusIs(s, now)
	}
	return article.Or(ps...)
}
