package search

import (
	"context"
	"testing"
	"time"
)

// A tier is common when its words are expected in more than commonShare of
// the entries, whatever the index's size: walking the key order and
// fetching every match through GIN both grow with the index, so the share
// where one beats the other does not move with it. (A count did: at scale
// 10 it walked tiers GIN answered from a few hundred matches.)
func TestCommonIsAShare(t *testing.T) {
	st := &termStats{read: time.Now(), freqs: map[string]map[string]float64{
		"title": {"nguyen": 0.12, "van": 0.10, "an": 0.02, "anh": 0.03, "hoi": 0.05, "nghi": 0.04},
		"head":  {"nguyen": 0.20, "van": 0.18, "an": 0.05, "anh": 0.04, "hoi": 0.12, "nghi": 0.11},
		"doc":   {"nguyen": 0.60, "van": 0.55, "an": 0.20, "anh": 0.15, "hoi": 0.50, "nghi": 0.45, "nam": 0.80},
	}}
	for _, tc := range []struct {
		terms []string
		want  [4]bool // by tier: TierBody, TierSummary, TierTitle
	}{
		// 0.6 × 0.55 × (0.20 + 0.15) = 0.12 of the bodies; 0.0072 of the heads; 0.0006 of the titles.
		{[]string{"nguyen", "van", "an"}, [4]bool{TierBody: true}},
		// 0.0132 of the heads: just under 3,000 of scale 1's 172,000 entries.
		{[]string{"hoi", "nghi"}, [4]bool{TierBody: true}},
		{[]string{"nam"}, [4]bool{TierBody: true}},
		{[]string{"ng"}, [4]bool{TierBody: true, TierSummary: true, TierTitle: true}},
		// A word the statistics do not list counts as rare.
		{[]string{"nguyen", "xuyen"}, [4]bool{}},
	} {
		if got := st.common(context.Background(), nil, Query{Terms: tc.terms}); got != tc.want {
			t.Errorf("%v: common %v, want %v", tc.terms, got, tc.want)
		}
	}
}
