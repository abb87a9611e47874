package search

import (
	"context"
	"math"
	"testing"
	"time"
)

// A tier's articles are walked when its words are expected in more than
// commonAt of the entries, a share that falls as the square root of the
// index grows: a walk tests about limit/share articles whatever the
// index's size, GIN fetches every match. A walk stops, and GIN reads the
// rest, after walkMargin times the articles it expects to test.
func TestWalkWhenCommon(t *testing.T) {
	shares := map[string]map[string]float64{
		"title": {"nguyen": 0.12, "van": 0.10, "an": 0.02, "anh": 0.03, "hoi": 0.05, "nghi": 0.04},
		"head":  {"nguyen": 0.20, "van": 0.18, "an": 0.05, "anh": 0.04, "hoi": 0.12, "nghi": 0.11},
		"doc":   {"nguyen": 0.60, "van": 0.55, "an": 0.20, "anh": 0.15, "hoi": 0.50, "nghi": 0.45, "nam": 0.80},
	}
	for _, tc := range []struct {
		entries float64
		terms   []string
		want    [4]float64 // the share walked, by tier: TierBody, TierSummary, TierTitle; 0 through GIN
	}{
		// 0.6 × 0.55 × (0.20 + 0.15) = 0.1155 of the bodies; 0.00324 of the
		// heads; 0.0006 of the titles: at scale 1 (0.3%) the bodies and
		// heads are walked, the titles read through GIN.
		{172000, []string{"nguyen", "van", "an"}, [4]float64{TierBody: 0.1155, TierSummary: 0.00324}},
		// At scale 10 the threshold is 0.3% / √10, 0.095%: titles too.
		{1720000, []string{"nguyen", "van", "an"}, [4]float64{TierBody: 0.1155, TierSummary: 0.00324}},
		{1720000, []string{"nguyen", "van"}, [4]float64{TierBody: (0.6 * 0.55), TierSummary: (0.2 * 0.18), TierTitle: (0.12 * 0.10)}},
		// 0.002 of the titles: under 0.3% at scale 1, over 0.095% at 10.
		{172000, []string{"hoi", "nghi"}, [4]float64{TierBody: (0.5 * 0.45), TierSummary: (0.12 * 0.11)}},
		{1720000, []string{"hoi", "nghi"}, [4]float64{TierBody: (0.5 * 0.45), TierSummary: (0.12 * 0.11), TierTitle: 0.002}},
		// One word, in 80% of the bodies: a walk of at most 105 articles.
		{172000, []string{"nam"}, [4]float64{TierBody: 0.8}},
		// A word the statistics do not list counts as rare.
		{172000, []string{"nguyen", "xuyen"}, [4]float64{}},
	} {
		st := &termStats{read: time.Now(), freqs: map[string]wordShares{}, entries: tc.entries}
		for column, m := range shares {
			var (
				words []string
				freqs []float64
			)
			for w, f := range m {
				words, freqs = append(words, w), append(freqs, f)
			}
			st.freqs[column] = newWordShares(words, freqs)
		}
		got := st.walks(context.Background(), nil, Query{Terms: tc.terms}, 21)
		for tier, share := range tc.want {
			want := 0
			if share > 0 {
				want = int(walkMargin * 21 / share)
			}
			if got[tier] < want-1 || got[tier] > want+1 {
				t.Errorf("%v in %.0f entries: walks %v, want %d in tier %d", tc.terms, tc.entries, got, want, tier)
			}
		}
	}
}

// The share of a prefix sums the shares of the words it begins; a word
// not listed has none, nor does any word of a column without statistics.
func TestWordShares(t *testing.T) {
	ws := newWordShares([]string{"nguyen", "an", "nghi", "anh", "van", "extra"}, []float64{0.12, 0.02, 0.04, 0.03, 0.10})
	for _, tc := range []struct {
		prefix bool
		w      string
		want   float64
	}{
		{false, "an", 0.02}, {true, "an", 0.05}, {true, "ng", 0.16}, {true, "nguyen", 0.12},
		{false, "ng", 0}, {true, "x", 0}, {true, "zz", 0}, {false, "extra", 0}, {true, "", 0.31},
	} {
		got := ws.of(tc.w)
		if tc.prefix {
			got = ws.prefixed(tc.w)
		}
		if math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%q (prefix %v): %v, want %v", tc.w, tc.prefix, got, tc.want)
		}
	}
	var none wordShares
	if none.of("an") != 0 || none.prefixed("an") != 0 {
		t.Errorf("no statistics: %v, %v, want 0", none.of("an"), none.prefixed("an"))
	}
}

// A count walks from 1.7% of the entries, as before pages' walks of
// articles alone: its walk reads until CountLimit entries match, and the
// whole table when fewer do, so the pages' 0.3% would read the whole
// table for a count of a few hundred.
func TestCountKeepsItsThreshold(t *testing.T) {
	st := &termStats{read: time.Now(), entries: 172000, freqs: map[string]wordShares{
		"doc": newWordShares([]string{"hoi", "nghi", "nam"}, []float64{0.1, 0.1, 0.8}),
	}}
	ctx := context.Background()
	for _, tc := range []struct {
		terms []string
		pages bool // the bodies walked by a page
		count bool // and by a count
	}{
		{[]string{"hoi", "nghi"}, true, false}, // 1%
		{[]string{"nam"}, true, true},
		{[]string{"hoi", "xuyen"}, false, false},
	} {
		q := Query{Terms: tc.terms}
		if pages, count := st.walks(ctx, nil, q, 21)[TierBody] > 0, st.countWalks(ctx, nil, q); pages != tc.pages || count != tc.count {
			t.Errorf("%v: a page walks %v, a count %v; want %v, %v", tc.terms, pages, count, tc.pages, tc.count)
		}
	}
}
