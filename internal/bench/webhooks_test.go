package bench

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"
)

const testSecret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"

// deliver posts one attempt of a delivery to rec, signed with secret.
func deliver(t *testing.T, rec http.Handler, secret, id, payload string) int {
	t.Helper()
	wh, err := standardwebhooks.NewWebhook(secret)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	sig, err := wh.Sign(id, now, []byte(payload))
	if err != nil {
		t.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/", strings.NewReader(payload))
	req.Header.Set("webhook-id", id)
	req.Header.Set("webhook-timestamp", strconv.FormatInt(now.Unix(), 10))
	req.Header.Set("webhook-signature", sig)
	w := httptest.NewRecorder()
	rec.ServeHTTP(w, req)
	return w.Code
}

func eventPayload(seq int) string {
	return fmt.Sprintf(`{"type":"article.updated","timestamp":"2026-12-06T06:00:00Z","data":{"cursor":"ev:%d","articleId":"7"}}`, seq)
}

// The receiver fails the first attempt of every tenth delivery and takes
// its second; it takes each webhook-id once, counts the rest as
// redeliveries, and refuses a signature made with another secret.
func TestReceiverFailsTheFirstAttemptOfEveryTenth(t *testing.T) {
	rec := NewReceiver(10)
	if err := rec.SetSecret(testSecret); err != nil {
		t.Fatal(err)
	}
	for n := 1; n <= 25; n++ {
		id := fmt.Sprintf("msg_%d", n)
		want := http.StatusNoContent
		if n%10 == 0 {
			want = http.StatusInternalServerError
		}
		if got := deliver(t, rec, testSecret, id, eventPayload(n)); got != want {
			t.Errorf("delivery %d, first attempt: %d, want %d", n, got, want)
		}
		if n%10 == 0 {
			if got := deliver(t, rec, testSecret, id, eventPayload(n)); got != http.StatusNoContent {
				t.Errorf("delivery %d, second attempt: %d, want 204", n, got)
			}
		}
	}
	if got := deliver(t, rec, testSecret, "msg_3", eventPayload(3)); got != http.StatusNoContent {
		t.Errorf("a redelivery: %d, want 204", got)
	}
	if got := deliver(t, rec, "whsec_"+strings.Repeat("A", 32), "msg_26", eventPayload(26)); got != http.StatusUnauthorized {
		t.Errorf("a forged delivery: %d, want 401", got)
	}
	st := rec.Stats()
	if st.Attempts != 29 || st.Injected != 2 || st.Redelivered != 1 || st.BadSignatures != 1 || st.BadPayloads != 0 {
		t.Errorf("stats %+v", st)
	}
	acc := rec.Accepted()
	if len(acc) != 25 {
		t.Fatalf("%d accepted, want 25", len(acc))
	}
	for i, d := range acc {
		if d.Seq != i+1 || d.WebhookID != fmt.Sprintf("msg_%d", i+1) || d.Kind != "ARTICLE_UPDATED" || d.ArticleID != "7" {
			t.Errorf("accepted #%d: %+v", i+1, d)
		}
	}
}

// The event is found at the top of the payload or under data, its kind in
// data or in the envelope's type.
func TestParsePayload(t *testing.T) {
	for _, body := range []string{
		`{"cursor":"ev:12","kind":"ARTICLE_PUBLISHED","articleId":"5"}`,
		`{"type":"article.published","timestamp":"2026-12-06T06:00:00Z","data":{"cursor":"ev:12","articleId":"5"}}`,
		`{"type":"x","data":{"cursor":"ev:12","kind":"ARTICLE_PUBLISHED","articleId":"5","title":"T"}}`,
	} {
		d, err := parsePayload([]byte(body))
		if err != nil || d.Seq != 12 || d.Cursor != "ev:12" || d.Kind != "ARTICLE_PUBLISHED" || d.ArticleID != "5" {
			t.Errorf("%s: %+v, %v", body, d, err)
		}
	}
	for _, body := range []string{`[]`, `{"data":{"articleId":"5"}}`, `{"cursor":"12"}`} {
		if _, err := parsePayload([]byte(body)); err == nil {
			t.Errorf("%s: no error", body)
		}
	}
}

func TestCheckDeliveries(t *testing.T) {
	t0 := time.Date(2026, 12, 6, 6, 0, 0, 0, time.UTC)
	ms := func(n int) time.Time { return t0.Add(time.Duration(n) * time.Millisecond) }
	wrote := []Wrote{
		{"1", "ARTICLE_PUBLISHED", ms(0)}, {"1", "ARTICLE_UPDATED", ms(10)}, {"1", "ARTICLE_UPDATED", ms(20)},
		{"2", "ARTICLE_PUBLISHED", ms(30)},
	}
	d := func(id string, seq int, article, kind string, at int) Delivery {
		return Delivery{WebhookID: id, Cursor: fmt.Sprintf("ev:%d", seq), Seq: seq, Kind: kind, ArticleID: article, At: ms(at)}
	}
	good := []Delivery{
		d("a", 1, "1", "ARTICLE_PUBLISHED", 5), d("b", 2, "1", "ARTICLE_UPDATED", 12),
		d("x", 3, "9", "ARTICLE_PUBLISHED", 13),                                        // someone else's article
		d("c", 4, "1", "ARTICLE_UPDATED", 40), d("e", 5, "2", "ARTICLE_PUBLISHED", 29), // before the answer: 0
	}
	cases := []struct {
		name     string
		accepted []Delivery
		want     DeliveryCheck
	}{
		{"all, once, in order", good, DeliveryCheck{Foreign: 1,
			Latency: Latencies{N: 4, P50: Millis(2 * time.Millisecond), P99: Millis(20 * time.Millisecond), Max: Millis(20 * time.Millisecond)}}},
		{"one missing", good[:4], DeliveryCheck{Missing: 1, Foreign: 1}},
		{"out of order", []Delivery{good[1], good[0], good[2], good[3], good[4]}, DeliveryCheck{OutOfOrder: 1, Foreign: 1}},
		{"one event under two webhook-ids", append(append([]Delivery{}, good...), d("z", 5, "2", "ARTICLE_PUBLISHED", 50)), DeliveryCheck{Duplicates: 1, Foreign: 1}},
		{"more than written", append(append([]Delivery{}, good...), d("y", 6, "2", "ARTICLE_PUBLISHED", 50)), DeliveryCheck{Unexpected: 1, Foreign: 1}},
	}
	for _, c := range cases {
		got := CheckDeliveries(c.accepted, wrote)
		if (got.FirstProblem == "") != (c.want.Missing+c.want.Duplicates+c.want.OutOfOrder+c.want.Unexpected == 0) {
			t.Errorf("%s: first problem %q", c.name, got.FirstProblem)
		}
		got.FirstProblem = ""
		if c.want.Latency.N == 0 {
			got.Latency = Latencies{}
		}
		if got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

// The webhook benchmark against a stand-in server that delivers in order
// and retries: 95 events (ten articles, the last with four), each
// delivered once, nine first attempts failed on purpose and retried, the
// endpoint removed at the end.
func TestRunWebhooks(t *testing.T) {
	fake := newFakeServer(t)
	srv := httptest.NewServer(fake)
	defer srv.Close()
	defer fake.close()
	var progress bytes.Buffer
	res, err := RunWebhooks(context.Background(), WebhookConfig{
		URL: srv.URL + "/query", Token: "ngt_fake", Events: 95, FailEvery: 10, Timeout: 10 * time.Second, Progress: &progress,
	})
	if err != nil {
		t.Fatalf("%v\n%s", err, progress.String())
	}
	if !res.OK() || res.Events != 95 || res.Delivered != 95 || res.Injected != 9 || res.Attempts != 104 || res.Redelivered != 0 || res.Latency.N != 95 {
		t.Errorf("%+v\n%s", res, progress.String())
	}
	fake.mu.Lock()
	defer fake.mu.Unlock()
	if fake.articles != 10 || fake.endpoints != 0 {
		t.Errorf("%d articles written, %d endpoints left; want 10 and 0", fake.articles, fake.endpoints)
	}
}
