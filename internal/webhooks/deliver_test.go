package webhooks_test

import (
	"context"
	"net/http"
	"net/netip"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil"
	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/ent/webhookattempt"
	"github.com/newsgraph/newsgraph/ent/webhookdelivery"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

// An endpoint receives the events after its registration, of the kinds it
// asked for, in order, each in Standard Webhooks' envelope and signed with
// its secret: the library verifies every one.
func TestDeliversSignedEventsInOrder(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		publish(t, db, "Trước khi đăng ký") // history: not delivered
		all := newReceiver(t, nil)
		feedbackOnly := newReceiver(t, nil)
		ep, secret := register(t, db, all.URL)
		_, fbSecret := register(t, db, feedbackOnly.URL, "FEEDBACK_APPROVED")

		a := publish(t, db, "Hội nghị sơ kết công tác tuyên giáo")
		b := publish(t, db, "Trao Bằng khen")
		fb := db.Feedback.Create().SetArticle(a).SetName("Bạn đọc").SetEmail("ban.doc@example.org").
			SetContent("Cảm ơn").SetStatus(feedback.StatusAPPROVED).SaveX(ctx)

		d := newDeliverer(db, newClock(), local, webhooks.Options{})
		if n := deliverDue(t, d); n != 4 {
			t.Errorf("DeliverDue made %d attempts, want 4", n)
		}
		got := all.requests()
		if len(got) != 3 {
			t.Fatalf("the endpoint got %d requests, want 3", len(got))
		}
		for _, r := range got {
			verify(t, secret, r)
			if !strings.HasPrefix(r.id(), "msg_") || r.header.Get("Content-Type") != "application/json" {
				t.Errorf("headers %v", r.header)
			}
		}
		if cs := cursors(got); !inOrder(t, cs) || cs[0] == cs[1] || cs[1] == cs[2] {
			t.Errorf("cursors %v, want three, increasing", cs)
		}
		first := got[0].env
		if first.Type != "article.published" || first.Data.ArticleID != strconv.Itoa(a.ID) ||
			first.Data.Slug != a.Slug || first.Data.Title != a.Title ||
			first.Data.PublishedAt == nil || !first.Data.PublishedAt.Equal(*a.PublishedAt) ||
			first.Data.CategoryID != nil || first.Data.FeedbackID != nil || first.Timestamp.IsZero() {
			t.Errorf("first envelope %+v, data %+v", first, first.Data)
		}
		if got[1].env.Data.ArticleID != strconv.Itoa(b.ID) {
			t.Errorf("second delivery is about %s, want %d", got[1].env.Data.ArticleID, b.ID)
		}
		third := got[2].env
		if third.Type != "feedback.approved" || third.Data.FeedbackID == nil || *third.Data.FeedbackID != strconv.Itoa(fb.ID) {
			t.Errorf("third envelope %+v", third)
		}

		fbGot := feedbackOnly.requests()
		if len(fbGot) != 1 || fbGot[0].env.Type != "feedback.approved" {
			t.Fatalf("the FEEDBACK_APPROVED endpoint got %d requests: %+v", len(fbGot), fbGot)
		}
		verify(t, fbSecret, fbGot[0])
		if fbGot[0].id() == got[2].id() {
			t.Error("two endpoints got the same webhook-id for one event")
		}

		for _, del := range deliveries(t, db, ep) {
			if del.Status != webhookdelivery.StatusDELIVERED || del.AttemptCount != 1 || del.DeliveredAt == nil ||
				del.NextAttemptAt != nil || len(del.Edges.Attempts) != 1 {
				t.Errorf("delivery %+v", del)
				continue
			}
			if at := del.Edges.Attempts[0]; at.Outcome != webhookattempt.OutcomeDELIVERED || at.StatusCode == nil || *at.StatusCode != 204 {
				t.Errorf("attempt %+v", at)
			}
		}
		if n := deliverDue(t, d); n != 0 {
			t.Errorf("a second DeliverDue made %d attempts", n)
		}
	})
}

// A failed attempt is made again after the backoff with the same
// webhook-id, and the endpoint's later events wait for it: the receiver
// sees each event's attempts together, in the order of the events. Another
// endpoint is not held up.
func TestRetriesKeepTheWebhookIDAndTheOrder(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		flaky := newReceiver(t, failFirst)
		steady := newReceiver(t, nil)
		ep, secret := register(t, db, flaky.URL)
		register(t, db, steady.URL)
		for _, title := range []string{"Tin một", "Tin hai", "Tin ba"} {
			publish(t, db, title)
		}
		clk := newClock()
		d := newDeliverer(db, clk, local, webhooks.Options{})

		deliverDue(t, d)
		if n := len(flaky.requests()); n != 1 {
			t.Fatalf("the failing endpoint got %d requests before its retry was due, want 1", n)
		}
		if n := len(steady.requests()); n != 3 {
			t.Errorf("the other endpoint got %d requests, want 3", n)
		}
		del := deliveries(t, db, ep)[0]
		if del.Status != webhookdelivery.StatusRETRYING || del.AttemptCount != 1 || del.LastStatusCode == nil || *del.LastStatusCode != 500 ||
			del.NextAttemptAt == nil || !del.NextAttemptAt.Equal(clk.Now().Add(time.Minute)) {
			t.Fatalf("after a 500: %+v", del)
		}
		if n := deliverDue(t, d); n != 0 {
			t.Fatalf("DeliverDue made %d attempts before the retry was due", n)
		}
		for range 3 {
			clk.Advance(time.Minute)
			deliverDue(t, d)
		}

		got := flaky.requests()
		ids := ids(got)
		if len(ids) != 6 || ids[0] != ids[1] || ids[2] != ids[3] || ids[4] != ids[5] || ids[1] == ids[2] || ids[3] == ids[4] {
			t.Fatalf("webhook-ids %v, want each of three twice in a row", ids)
		}
		if cs := cursors(got); !inOrder(t, cs) {
			t.Errorf("cursors %v go back", cs)
		}
		for _, r := range got {
			verify(t, secret, r)
		}
		for _, del := range deliveries(t, db, ep) {
			if del.Status != webhookdelivery.StatusDELIVERED || del.AttemptCount != 2 || len(del.Edges.Attempts) != 2 {
				t.Errorf("delivery %+v", del)
			}
		}
	})
}

// A 410 Gone disables the endpoint: nothing more is attempted until an
// admin resumes it, and then the same delivery goes first.
func TestGoneDisablesTheEndpoint(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		gone := true
		var mu sync.Mutex
		rc := newReceiver(t, func(received, int) (int, http.Header) {
			mu.Lock()
			defer mu.Unlock()
			if gone {
				return http.StatusGone, nil
			}
			return http.StatusOK, nil
		})
		ep, _ := register(t, db, rc.URL)
		publish(t, db, "Tin một")
		publish(t, db, "Tin hai")
		clk := newClock()
		d := newDeliverer(db, clk, local, webhooks.Options{})
		deliverDue(t, d)
		clk.Advance(24 * time.Hour)
		deliverDue(t, d)
		if n := len(rc.requests()); n != 1 {
			t.Fatalf("the endpoint got %d requests after its 410, want 1", n)
		}
		ep = db.WebhookEndpoint.GetX(ctx, ep.ID)
		if ep.DisabledAt == nil || ep.DisabledReason == nil || !strings.Contains(*ep.DisabledReason, "410") {
			t.Fatalf("after a 410 the endpoint is %+v", ep)
		}
		if at := deliveries(t, db, ep)[0].Edges.Attempts[0]; at.Outcome != webhookattempt.OutcomeGONE {
			t.Errorf("attempt %+v, want GONE", at)
		}

		mu.Lock()
		gone = false
		mu.Unlock()
		resume := false
		if _, err := webhooks.Update(ctx, db.Client, local, ep.ID, nil, nil, &resume); err != nil {
			t.Fatal(err)
		}
		deliverDue(t, d)
		got := rc.requests()
		if len(got) != 3 || got[1].id() != got[0].id() {
			t.Fatalf("after resuming: %v, want the first delivery again, then the second", ids(got))
		}
	})
}

// A Retry-After in a failed answer sets the next attempt, in place of the
// backoff, within MaxRetryAfter.
func TestRetryAfterIsHonoured(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		rc := newReceiver(t, func(_ received, seen int) (int, http.Header) {
			if seen == 0 {
				return http.StatusServiceUnavailable, http.Header{"Retry-After": {"300"}}
			}
			return http.StatusOK, nil
		})
		ep, _ := register(t, db, rc.URL)
		publish(t, db, "Tin một")
		clk := newClock()
		d := newDeliverer(db, clk, local, webhooks.Options{})
		deliverDue(t, d)
		del := deliveries(t, db, ep)[0]
		if del.NextAttemptAt == nil || !del.NextAttemptAt.Equal(clk.Now().Add(300*time.Second)) {
			t.Fatalf("next attempt at %v, want 300 s after %v", del.NextAttemptAt, clk.Now())
		}
		clk.Advance(299 * time.Second)
		if n := deliverDue(t, d); n != 0 {
			t.Fatalf("%d attempts before Retry-After passed", n)
		}
		clk.Advance(time.Second)
		if n := deliverDue(t, d); n != 1 {
			t.Fatalf("%d attempts once Retry-After passed, want 1", n)
		}
	})
}

func TestRetryAfterValues(t *testing.T) {
	now := time.Date(2024, 7, 3, 8, 0, 0, 0, time.UTC)
	tests := []struct {
		header string
		want   time.Duration
		ok     bool
	}{
		{"120", 2 * time.Minute, true},
		{" 0 ", 0, true},
		{"-5", 0, true},
		{"999999999", webhooks.MaxRetryAfter, true},
		{now.Add(90 * time.Second).Format(http.TimeFormat), 90 * time.Second, true},
		{now.Add(-time.Hour).Format(http.TimeFormat), 0, true},
		{now.Add(48 * time.Hour).Format(http.TimeFormat), webhooks.MaxRetryAfter, true},
		{"", 0, false},
		{"soon", 0, false},
	}
	for _, tt := range tests {
		got, ok := webhooks.RetryAfter(tt.header, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("Retry-After %q = %v, %v; want %v, %v", tt.header, got, ok, tt.want, tt.ok)
		}
	}
}

// The schedule doubles from 2 seconds to 6 hours, so that the default 17
// attempts span about a day, and jitter keeps each delay within 25%.
func TestBackoffSpansADay(t *testing.T) {
	if webhooks.NominalBackoff(1) != 2*time.Second || webhooks.NominalBackoff(2) != 4*time.Second || webhooks.NominalBackoff(15) != 6*time.Hour {
		t.Errorf("schedule starts %v, %v and ends %v", webhooks.NominalBackoff(1), webhooks.NominalBackoff(2), webhooks.NominalBackoff(15))
	}
	var total time.Duration
	for n := 1; n < webhooks.DefaultMaxAttempts; n++ {
		total += webhooks.NominalBackoff(n)
		for range 20 {
			if b, nominal := webhooks.Backoff(n), webhooks.NominalBackoff(n); b < nominal*3/4 || b > nominal*5/4 {
				t.Fatalf("Backoff(%d) = %v, nominal %v", n, b, nominal)
			}
		}
	}
	if total < 20*time.Hour || total > 28*time.Hour {
		t.Errorf("the last attempt comes %v after the first, want about a day", total)
	}
}

// After its last attempt a delivery is DEAD and the endpoint goes on with
// its next event; an admin can redeliver it, with the same webhook-id.
func TestDeadAfterTheLastAttemptThenRedelivered(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		var (
			mu     sync.Mutex
			broken string // the cursor the receiver cannot take
		)
		rc := newReceiver(t, func(r received, _ int) (int, http.Header) {
			mu.Lock()
			defer mu.Unlock()
			if r.env.Data.Cursor == broken {
				return http.StatusBadRequest, nil
			}
			return http.StatusOK, nil
		})
		ep, secret := register(t, db, rc.URL)
		publish(t, db, "Tin một")
		publish(t, db, "Tin hai")
		mu.Lock()
		broken = events.FormatCursor(mustHead(t, db) - 1)
		mu.Unlock()
		clk := newClock()
		d := newDeliverer(db, clk, local, webhooks.Options{MaxAttempts: 3})
		for range 5 {
			deliverDue(t, d)
			clk.Advance(time.Hour)
		}
		got := rc.requests()
		if cs := cursors(got); len(cs) != 4 || cs[0] != broken || cs[2] != broken || cs[3] == broken {
			t.Fatalf("cursors %v, want %s three times, then the next", cs, broken)
		}
		dels := deliveries(t, db, ep)
		dead, next := dels[0], dels[1]
		if dead.Status != webhookdelivery.StatusDEAD || dead.AttemptCount != 3 || dead.NextAttemptAt != nil || len(dead.Edges.Attempts) != 3 ||
			dead.LastStatusCode == nil || *dead.LastStatusCode != 400 {
			t.Errorf("the failing delivery %+v", dead)
		}
		if next.Status != webhookdelivery.StatusDELIVERED {
			t.Errorf("the next delivery %+v", next)
		}
		attempts, deadCount := d.Counters()
		if testutil.ToFloat64(attempts.WithLabelValues("http_error")) != 3 || testutil.ToFloat64(attempts.WithLabelValues("delivered")) != 1 ||
			testutil.ToFloat64(deadCount) != 1 {
			t.Errorf("counters: http_error %v, delivered %v, dead %v", testutil.ToFloat64(attempts.WithLabelValues("http_error")),
				testutil.ToFloat64(attempts.WithLabelValues("delivered")), testutil.ToFloat64(deadCount))
		}

		// Fixed on the receiver's side; the admin redelivers.
		mu.Lock()
		broken = ""
		mu.Unlock()
		again, err := webhooks.Redeliver(ctx, db.Client, dead.ID, clk.Now())
		if err != nil {
			t.Fatal(err)
		}
		if again.Status != webhookdelivery.StatusPENDING || again.AttemptCount != 0 {
			t.Errorf("redelivered: %+v", again)
		}
		if n := deliverDue(t, d); n != 1 {
			t.Fatalf("%d attempts after the redelivery, want 1", n)
		}
		got = rc.requests()
		last := got[len(got)-1]
		if last.id() != dead.WebhookID || last.env.Data.Cursor != events.FormatCursor(dead.EventID) {
			t.Errorf("redelivered %s (%s), want %s", last.id(), last.env.Data.Cursor, dead.WebhookID)
		}
		verify(t, secret, last)
		if del := db.WebhookDelivery.GetX(ctx, dead.ID); del.Status != webhookdelivery.StatusDELIVERED || del.AttemptCount != 1 {
			t.Errorf("after redelivery %+v", del)
		}
		if _, err := webhooks.Redeliver(ctx, db.Client, 12345, clk.Now()); apperr.Code(err) != apperr.NotFound {
			t.Errorf("redeliver of nothing: %v", err)
		}
	})
}

func mustAddr(t *testing.T, s string) netip.Addr {
	t.Helper()
	ip, err := netip.ParseAddr(s)
	if err != nil {
		t.Fatal(err)
	}
	return ip
}

func mustHead(t *testing.T, db *database.DB) int {
	t.Helper()
	head, err := webhooks.Head(ctx, db.Client)
	if err != nil {
		t.Fatal(err)
	}
	return head
}

// Loopback, private, link-local, unspecified and multicast addresses are
// refused unless the policy allows them: at registration, by the URL's
// address or the addresses its name resolves to, and again on every
// connection, so that a name that resolves elsewhere later (DNS
// rebinding) gets nowhere.
func TestPrivateAddressesAreRefused(t *testing.T) {
	for _, ip := range []string{"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "100.64.0.1",
		"224.0.0.1", "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "ff02::1", "::ffff:127.0.0.1", "64:ff9b::a00:1"} {
		if (webhooks.Policy{}).Allowed(mustAddr(t, ip)) {
			t.Errorf("%s is allowed", ip)
		}
		if !local.Allowed(mustAddr(t, ip)) {
			t.Errorf("%s is refused with AllowPrivate", ip)
		}
	}
	for _, ip := range []string{"8.8.8.8", "203.113.131.1", "2001:4860:4860::8888"} {
		if !(webhooks.Policy{}).Allowed(mustAddr(t, ip)) {
			t.Errorf("public %s is refused", ip)
		}
	}

	for _, url := range []string{"http://127.0.0.1:8080/hook", "http://10.0.0.7/hook", "http://169.254.169.254/latest/meta-data",
		"http://[::1]:9000/", "http://localhost:3000/", "https://api.localhost/", "http://0.0.0.0/"} {
		_, err := (webhooks.Policy{}).CheckURL(ctx, "url", url)
		if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Field != "url" {
			t.Errorf("%s: err = %v, want BAD_USER_INPUT on url", url, err)
		}
		if _, err := local.CheckURL(ctx, "url", url); err != nil {
			t.Errorf("%s with AllowPrivate: %v", url, err)
		}
	}
	for _, url := range []string{"", "hooks.example.org/x", "ftp://hooks.example.org/", "https://", "javascript:alert(1)", "http://%zz"} {
		_, err := local.CheckURL(ctx, "url", url)
		if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Field != "url" {
			t.Errorf("%q: err = %v, want BAD_USER_INPUT on url", url, err)
		}
	}
	if u, err := (webhooks.Policy{}).CheckURL(ctx, "url", " HTTPS://hooks.example.org/newsgraph "); err != nil || u != "https://hooks.example.org/newsgraph" {
		t.Errorf("a public URL: %q, %v", u, err)
	}

	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if _, _, err := webhooks.Create(ctx, db.Client, webhooks.Policy{}, "http://127.0.0.1/hook", nil); apperr.Code(err) != apperr.BadUserInput {
			t.Errorf("registering a loopback URL: %v", err)
		}
		rc := newReceiver(t, nil)
		byAddress, _ := register(t, db, rc.URL) // allowed when registered
		byName, _ := register(t, db, strings.Replace(rc.URL, "127.0.0.1", "localhost", 1))
		publish(t, db, "Tin một")
		clk := newClock()
		if n := deliverDue(t, newDeliverer(db, clk, webhooks.Policy{}, webhooks.Options{})); n != 2 {
			t.Fatalf("%d attempts, want 2", n)
		}
		if n := len(rc.requests()); n != 0 {
			t.Fatalf("the receiver on 127.0.0.1 got %d requests", n)
		}
		for _, ep := range []*ent.WebhookEndpoint{byAddress, byName} {
			at := deliveries(t, db, ep)[0].Edges.Attempts[0]
			if at.Outcome != webhookattempt.OutcomeREFUSED || at.StatusCode != nil || at.Error == nil || !strings.Contains(*at.Error, "not public") {
				t.Errorf("%s: attempt %+v", ep.URL, at)
			}
		}
		// The operator allows private addresses: the retries go through.
		clk.Advance(time.Hour)
		deliverDue(t, newDeliverer(db, clk, local, webhooks.Options{}))
		if n := len(rc.requests()); n != 2 {
			t.Errorf("with AllowPrivate the receiver got %d requests, want 2", n)
		}
	})
}

// A redirect is not followed: it is a failed attempt.
func TestRedirectsAreNotFollowed(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		target := newReceiver(t, nil)
		rc := newReceiver(t, func(received, int) (int, http.Header) {
			return http.StatusTemporaryRedirect, http.Header{"Location": {target.URL}}
		})
		ep, _ := register(t, db, rc.URL)
		publish(t, db, "Tin một")
		deliverDue(t, newDeliverer(db, newClock(), local, webhooks.Options{}))
		if n := len(target.requests()); n != 0 {
			t.Errorf("the redirect was followed")
		}
		del := deliveries(t, db, ep)[0]
		if del.Status != webhookdelivery.StatusRETRYING || del.LastError == nil || !strings.Contains(*del.LastError, "redirect") {
			t.Errorf("after a 307: %+v", del)
		}
	})
}

// An attempt that takes longer than the attempt timeout fails as TIMEOUT.
func TestAttemptTimeout(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		release := make(chan struct{})
		rc := newReceiver(t, func(received, int) (int, http.Header) {
			<-release
			return http.StatusOK, nil
		})
		defer close(release)
		ep, _ := register(t, db, rc.URL)
		publish(t, db, "Tin một")
		deliverDue(t, newDeliverer(db, newClock(), local, webhooks.Options{AttemptTimeout: 50 * time.Millisecond}))
		if at := deliveries(t, db, ep)[0].Edges.Attempts[0]; at.Outcome != webhookattempt.OutcomeTIMEOUT {
			t.Errorf("attempt %+v, want TIMEOUT", at)
		}
	})
}

// Two deliverers on one database (two nodes on one PostgreSQL) deliver
// every event to every endpoint once, in order.
func TestTwoDeliverersDeliverEachEventOnce(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		const endpoints, perEndpoint = 3, 20
		var rcs []*receiver
		wake := make(chan struct{}, 1)
		for range endpoints {
			rc := newReceiver(t, nil)
			register(t, db, rc.URL)
			rcs = append(rcs, rc)
			go func() {
				for range rc.hit {
					select {
					case wake <- struct{}{}:
					default:
					}
				}
			}()
		}
		runCtx, stop := context.WithCancel(ctx)
		var wg sync.WaitGroup
		for _, node := range []string{"node-a", "node-b"} {
			d := webhooks.NewDeliverer(db.Client, webhooks.Options{Policy: local, Node: node, Poll: 5 * time.Millisecond, Concurrency: 2})
			wg.Add(1)
			go func() {
				defer wg.Done()
				d.Run(runCtx)
			}()
		}
		for i := range perEndpoint {
			publish(t, db, "Tin số "+strconv.Itoa(i))
		}
		waitFor(t, "every endpoint gets every event", wake, func() bool {
			for _, rc := range rcs {
				if len(rc.requests()) < perEndpoint {
					return false
				}
			}
			return true
		})
		stop()
		wg.Wait()
		for i, rc := range rcs {
			got := rc.requests()
			ids := ids(got)
			slices.Sort(ids)
			if len(got) != perEndpoint || len(slices.Compact(ids)) != perEndpoint {
				t.Errorf("endpoint %d got %d requests, %d webhook-ids, want %d of each", i, len(got), len(slices.Compact(ids)), perEndpoint)
			}
			cs := cursors(got)
			if !inOrder(t, cs) || len(slices.Compact(slices.Clone(cs))) != len(cs) {
				t.Errorf("endpoint %d: cursors %v", i, cs)
			}
		}
	})
}

// A deliverer that dies holding an endpoint (kill -9: no lease given
// back) holds it up only until its lease expires; then another delivers
// the same delivery, with the same webhook-id.
func TestALeaseOutlivesItsDelivererOnlyUntilItExpires(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		rc := newReceiver(t, nil)
		ep, _ := register(t, db, rc.URL)
		publish(t, db, "Tin một")
		clk := newClock()
		dead := newDeliverer(db, clk, local, webhooks.Options{Node: "dead", Lease: time.Minute})
		claimed, err := dead.Claim(ctx, 10)
		if err != nil || len(claimed) != 1 {
			t.Fatalf("claimed %v, %v", claimed, err)
		}
		if err := dead.Enqueue(ctx, ep.ID); err != nil {
			t.Fatal(err)
		}
		queued := deliveries(t, db, ep)[0]

		other := newDeliverer(db, clk, local, webhooks.Options{Node: "other"})
		if n := deliverDue(t, other); n != 0 {
			t.Fatalf("another deliverer made %d attempts while the lease held", n)
		}
		clk.Advance(time.Minute)
		if n := deliverDue(t, other); n != 1 {
			t.Fatalf("%d attempts once the lease expired, want 1", n)
		}
		if got := rc.requests(); len(got) != 1 || got[0].id() != queued.WebhookID {
			t.Errorf("got %v, want %s", ids(got), queued.WebhookID)
		}
	})
}

// A deliverer that stalls past its lease (a long pause, not a death) and
// then finishes its attempt does not record it: the deliverer that took
// the lease over makes the attempt again, with the same webhook-id, and
// only that one is in the log. The receiver got it twice, which is what
// at-least-once and deduplication by webhook-id are for.
func TestAnAttemptAfterTheLeaseIsLostIsNotRecorded(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		rc := newReceiver(t, nil)
		ep, _ := register(t, db, rc.URL)
		publish(t, db, "Tin một")
		clk := newClock()
		stalled := newDeliverer(db, clk, local, webhooks.Options{Node: "stalled", Lease: time.Minute})
		if ids, err := stalled.Claim(ctx, 10); err != nil || len(ids) != 1 {
			t.Fatalf("claimed %v, %v", ids, err)
		}
		if err := stalled.Enqueue(ctx, ep.ID); err != nil {
			t.Fatal(err)
		}
		clk.Advance(time.Minute)
		other := newDeliverer(db, clk, local, webhooks.Options{Node: "other"})
		if ids, err := other.Claim(ctx, 10); err != nil || len(ids) != 1 {
			t.Fatalf("the other deliverer claimed %v, %v", ids, err)
		}
		goOn, err := stalled.AttemptNext(ctx, ep.ID)
		if err != nil || goOn {
			t.Fatalf("the stalled deliverer's attempt: go on %v, %v", goOn, err)
		}
		del := deliveries(t, db, ep)[0]
		if del.Status != webhookdelivery.StatusPENDING || del.AttemptCount != 0 || len(del.Edges.Attempts) != 0 {
			t.Fatalf("after the stalled attempt: %+v, attempts %v", del, del.Edges.Attempts)
		}
		if goOn, err := other.AttemptNext(ctx, ep.ID); err != nil || !goOn {
			t.Fatalf("the lease holder's attempt: go on %v, %v", goOn, err)
		}
		got := rc.requests()
		if len(got) != 2 || got[0].id() != del.WebhookID || got[1].id() != del.WebhookID {
			t.Errorf("the receiver got %v, want %s twice", ids(got), del.WebhookID)
		}
		if del := deliveries(t, db, ep)[0]; del.Status != webhookdelivery.StatusDELIVERED || len(del.Edges.Attempts) != 1 {
			t.Errorf("after the holder's attempt: %+v, attempts %v", del, del.Edges.Attempts)
		}
	})
}

// Pausing stops deliveries and keeps the endpoint's place; resuming
// delivers what came meanwhile. Deleting removes the log with it.
func TestPauseResumeDelete(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		rc := newReceiver(t, nil)
		ep, _ := register(t, db, rc.URL)
		d := newDeliverer(db, newClock(), local, webhooks.Options{})
		pause, resume := true, false
		if _, err := webhooks.Update(ctx, db.Client, local, ep.ID, nil, nil, &pause); err != nil {
			t.Fatal(err)
		}
		publish(t, db, "Tin một")
		if n := deliverDue(t, d); n != 0 {
			t.Fatalf("%d attempts to a paused endpoint", n)
		}
		if _, err := webhooks.Update(ctx, db.Client, local, ep.ID, nil, nil, &resume); err != nil {
			t.Fatal(err)
		}
		if n := deliverDue(t, d); n != 1 {
			t.Fatalf("%d attempts after resuming, want 1", n)
		}
		if err := webhooks.Delete(ctx, db.Client, ep.ID); err != nil {
			t.Fatal(err)
		}
		if n := db.WebhookDelivery.Query().CountX(ctx) + db.WebhookAttempt.Query().CountX(ctx); n != 0 {
			t.Errorf("%d deliveries and attempts outlive their endpoint", n)
		}
		if err := webhooks.Delete(ctx, db.Client, ep.ID); apperr.Code(err) != apperr.NotFound {
			t.Errorf("deleting it again: %v", err)
		}
		if _, err := webhooks.Update(ctx, db.Client, local, ep.ID, nil, nil, &pause); apperr.Code(err) != apperr.NotFound {
			t.Errorf("updating a deleted endpoint: %v", err)
		}
	})
}

// The backlog counts what active endpoints have not had delivered.
func TestBacklog(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		rc := newReceiver(t, func(received, int) (int, http.Header) { return http.StatusInternalServerError, nil })
		register(t, db, rc.URL)
		clk := newClock()
		if b, err := webhooks.ReadBacklog(ctx, db.Client, clk.Now()); err != nil || b != (webhooks.Backlog{}) {
			t.Fatalf("backlog with nothing to deliver: %+v, %v", b, err)
		}
		publish(t, db, "Tin một")
		publish(t, db, "Tin hai")
		deliverDue(t, newDeliverer(db, clk, local, webhooks.Options{}))
		clk.Advance(time.Hour)
		b, err := webhooks.ReadBacklog(ctx, db.Client, clk.Now())
		if err != nil || b.LagEvents != 2 || b.Oldest < 59*time.Minute {
			t.Errorf("backlog %+v, %v; want 2 events, about an hour old", b, err)
		}
	})
}

// Create checks what an admin gives it, and a new endpoint starts at the
// head of the outbox with a secret the library reads.
func TestCreateChecksItsInput(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		publish(t, db, "Tin một")
		ep, secret, err := webhooks.Create(ctx, db.Client, local, "http://127.0.0.1:9/x", []event.Kind{"ARTICLE_DELETED", "ARTICLE_DELETED", "ARTICLE_PUBLISHED"})
		if err != nil {
			t.Fatal(err)
		}
		if ep.Position != mustHead(t, db) || !slices.Equal(ep.Events, []string{"ARTICLE_DELETED", "ARTICLE_PUBLISHED"}) {
			t.Errorf("endpoint %+v", ep)
		}
		if !strings.HasPrefix(secret, "whsec_") || secret != ep.Secret {
			t.Errorf("secret %q", secret)
		}
		if _, err := standardwebhooks.NewWebhook(secret); err != nil {
			t.Errorf("the library does not read the secret: %v", err)
		}
		_, _, err = webhooks.Create(ctx, db.Client, local, "https://hooks.example.org/", []event.Kind{"ARTICLE_EATEN"})
		if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Field != "events" {
			t.Errorf("an unknown kind: %v", err)
		}
	})
}
