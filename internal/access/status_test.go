package access_test

import (
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/access"
)

// PublicFrom, the rule the search index keeps, agrees with Status, the
// displayed status, for every stored status and publication time: an
// article is public at now exactly when it shows PUBLISHED.
func TestPublicFromAgreesWithStatus(t *testing.T) {
	now := time.Date(2024, time.August, 1, 8, 0, 0, 0, time.UTC)
	past, future := now.Add(-time.Second), now.Add(time.Second)
	for _, stored := range []article.Status{article.StatusDRAFT, article.StatusSCHEDULED, article.StatusPUBLISHED, article.StatusARCHIVED} {
		for _, at := range []*time.Time{nil, &past, &now, &future} {
			from, ok := access.PublicFrom(stored, at)
			public := ok && !from.After(now)
			if shown := access.Status(stored, at, now); public != (shown == article.StatusPUBLISHED) {
				t.Errorf("%s at %v: public %v, but shown %s", stored, at, public, shown)
			}
			if ok && (at == nil || !from.Equal(*at)) {
				t.Errorf("%s at %v: public from %v, not its publication time", stored, at, from)
			}
		}
	}
}
