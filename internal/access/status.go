package access

import (
	"time"

	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/predicate"
)

// An article's displayed status is its stored one, except that a published
// or scheduled article is PUBLISHED once its publication time has come and
// SCHEDULED before: a scheduled article becomes public by itself, with no
// job to flip it, and reads, filters and is shown as PUBLISHED from then on.

// Status is the status article a shows at now.
func Status(stored article.Status, publishedAt *time.Time, now time.Time) article.Status {
	if stored != article.StatusPUBLISHED && stored != article.StatusSCHEDULED {
		return stored
	}
	if publishedAt != nil && !publishedAt.After(now) {
		return article.StatusPUBLISHED
	}
	return article.StatusSCHEDULED
}

// StatusIs is the condition of the articles whose displayed status at now
// is s: the filter that agrees with Status. PUBLISHED is a bound on the
// publication time, which the feed's index (published_sort, id) serves in
// its order.
func StatusIs(s article.Status, now time.Time) predicate.Article {
	switch s {
	case article.StatusPUBLISHED:
		return article.And(
			article.StatusIn(article.StatusPUBLISHED, article.StatusSCHEDULED),
			article.PublishedAtLTE(now.UTC()),
		)
	case article.StatusSCHEDULED:
		return article.And(
			article.StatusIn(article.StatusPUBLISHED, article.StatusSCHEDULED),
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
