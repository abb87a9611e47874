package graph_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	standardwebhooks "github.com/standard-webhooks/standard-webhooks/libraries/go"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/webhooks"
)

// webhookAPI is the API for role, with webhook URLs checked against p.
func webhookAPI(client *ent.Client, role auth.Role, p webhooks.Policy) *api {
	opts := server.Options{Webhooks: p}
	if role != anonymous {
		c := &auth.Caller{TokenID: 1, Name: "test " + string(role), Role: role}
		opts.Authenticate = func(context.Context, string) (*auth.Caller, error) { return c, nil }
	}
	return &api{h: server.New(client, opts)}
}

const createWebhook = `mutation($url: String!, $events: [ArticleEventKind!]) {
  createWebhookEndpoint(url: $url, events: $events) { secret endpoint { id url events paused disabledAt } }
}`

const listWebhooks = `{
  webhookEndpoints {
    id url events paused disabledAt disabledReason
    deliveries(first: 5) {
      id webhookId eventKind eventCursor status attemptCount nextAttemptAt lastStatusCode lastError deliveredAt
      attempts { outcome statusCode latencyMs attemptedAt error }
    }
  }
}`

type webhookList struct {
	WebhookEndpoints []struct {
		ID, URL    string
		Events     []string
		Paused     bool
		DisabledAt *string
		Deliveries []struct {
			ID, WebhookID, EventKind, EventCursor, Status string
			AttemptCount                                  int
			LastStatusCode                                *int
			DeliveredAt                                   *string
			Attempts                                      []struct {
				Outcome    string
				StatusCode *int
				LatencyMs  int
			}
		}
	}
}

// An admin registers an endpoint and gets its secret once; deliveries are
// signed with it; the admin reads the log, pauses, redelivers and deletes.
func TestWebhookEndpointsThroughTheAPI(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		var (
			mu     sync.Mutex
			secret string
			got    []*http.Request
		)
		rc := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			mu.Lock()
			defer mu.Unlock()
			wh, err := standardwebhooks.NewWebhook(secret)
			if err != nil {
				t.Errorf("the secret: %v", err)
			} else if err := wh.Verify(body, r.Header); err != nil {
				t.Errorf("a delivery does not verify: %v", err)
			}
			got = append(got, r)
		}))
		defer rc.Close()

		// By default an endpoint must be public; a URL that is no http URL
		// is refused on any server.
		strict := webhookAPI(db.Client, auth.Admin, webhooks.Policy{})
		for _, url := range []string{rc.URL, "http://10.0.0.7/hook", "http://169.254.169.254/", "http://[::1]/", "ftp://hooks.example.org/"} {
			if e := strict.wantCode(t, "BAD_USER_INPUT", createWebhook, map[string]any{"url": url}); e.Extensions["field"] != "url" {
				t.Errorf("%s: error %+v, want one on url", url, e)
			}
		}
		admin := webhookAPI(db.Client, auth.Admin, webhooks.Policy{AllowPrivate: true})
		admin.wantCode(t, "BAD_USER_INPUT", createWebhook, map[string]any{"url": "not a url"})

		var created struct {
			CreateWebhookEndpoint struct {
				Secret   string
				Endpoint struct {
					ID, URL string
					Events  []string
					Paused  bool
				}
			}
		}
		admin.mustDo(t, createWebhook, map[string]any{"url": rc.URL + "/newsgraph", "events": []string{"ARTICLE_PUBLISHED"}}, &created)
		ep := created.CreateWebhookEndpoint
		if !strings.HasPrefix(ep.Secret, "whsec_") || ep.Endpoint.URL != rc.URL+"/newsgraph" ||
			len(ep.Endpoint.Events) != 1 || ep.Endpoint.Events[0] != "ARTICLE_PUBLISHED" || ep.Endpoint.Paused {
			t.Fatalf("created %+v", ep)
		}
		mu.Lock()
		secret = ep.Secret
		mu.Unlock()
		if apiSchema.Types["WebhookEndpoint"].Fields.ForName("secret") != nil {
			t.Error("the API reads an endpoint's secret after its creation")
		}

		// A publication goes out, signed.
		db.Article.Create().SetTitle("Hội nghị sơ kết").SetStatus(article.StatusPUBLISHED).
			SetPublishedAt(time.Now().Add(-time.Minute)).SaveX(ctx)
		d := webhooks.NewDeliverer(db.Client, webhooks.Options{Policy: webhooks.Policy{AllowPrivate: true}})
		if n, err := d.DeliverDue(ctx); err != nil || n != 1 {
			t.Fatalf("DeliverDue: %d, %v", n, err)
		}
		var list webhookList
		admin.mustDo(t, listWebhooks, nil, &list)
		if len(list.WebhookEndpoints) != 1 || len(list.WebhookEndpoints[0].Deliveries) != 1 {
			t.Fatalf("webhookEndpoints %+v", list)
		}
		del := list.WebhookEndpoints[0].Deliveries[0]
		if del.Status != "DELIVERED" || del.EventKind != "ARTICLE_PUBLISHED" || !strings.HasPrefix(del.EventCursor, "ev:") ||
			!strings.HasPrefix(del.WebhookID, "msg_") || del.AttemptCount != 1 || del.DeliveredAt == nil ||
			len(del.Attempts) != 1 || del.Attempts[0].Outcome != "DELIVERED" || *del.Attempts[0].StatusCode != 200 {
			t.Errorf("delivery %+v", del)
		}
		mu.Lock()
		if len(got) != 1 || got[0].Header.Get("webhook-id") != del.WebhookID {
			t.Errorf("the receiver got %d requests", len(got))
		}
		mu.Unlock()
		admin.wantCode(t, "BAD_USER_INPUT", `{ webhookEndpoints { deliveries(first: 101) { id } } }`, nil)

		// Redelivered, with the same webhook-id.
		var redelivered struct{ RedeliverWebhook struct{ Status string } }
		admin.mustDo(t, `mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { status } }`, map[string]any{"id": del.ID}, &redelivered)
		if redelivered.RedeliverWebhook.Status != "PENDING" {
			t.Errorf("redelivered: %+v", redelivered)
		}
		if n, err := d.DeliverDue(ctx); err != nil || n != 1 {
			t.Fatalf("DeliverDue after redelivery: %d, %v", n, err)
		}
		mu.Lock()
		if len(got) != 2 || got[1].Header.Get("webhook-id") != del.WebhookID {
			t.Errorf("after redelivery the receiver got %d requests", len(got))
		}
		mu.Unlock()
		if e := admin.wantCode(t, "NOT_FOUND", `mutation { redeliverWebhook(deliveryId: "12345") { status } }`, nil); e.Extensions["field"] != "deliveryId" {
			t.Errorf("redeliver of nothing: %+v", e)
		}

		// Paused, every kind, then deleted.
		var updated struct {
			UpdateWebhookEndpoint struct {
				Paused bool
				Events []string
			}
		}
		admin.mustDo(t, `mutation($id: ID!) { updateWebhookEndpoint(id: $id, paused: true, events: []) { paused events } }`,
			map[string]any{"id": ep.Endpoint.ID}, &updated)
		if !updated.UpdateWebhookEndpoint.Paused || len(updated.UpdateWebhookEndpoint.Events) != 0 {
			t.Errorf("updated %+v", updated)
		}
		if e := admin.wantCode(t, "BAD_USER_INPUT", `mutation($id: ID!) { updateWebhookEndpoint(id: $id, url: "gopher://x") { id } }`,
			map[string]any{"id": ep.Endpoint.ID}); e.Extensions["field"] != "url" {
			t.Errorf("a bad URL on update: %+v", e)
		}
		var node struct{ Node *struct{ URL string } }
		admin.mustDo(t, `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { url } } }`, map[string]any{"id": ep.Endpoint.ID}, &node)
		if node.Node == nil || node.Node.URL != ep.Endpoint.URL {
			t.Errorf("an admin's node(id:) = %+v", node.Node)
		}

		// Nobody else sees or does anything.
		for _, who := range []caller{anonymous, auth.Viewer, auth.Editor} {
			a := webhookAPI(db.Client, who, webhooks.Policy{AllowPrivate: true})
			want := "FORBIDDEN"
			if who == anonymous {
				want = "UNAUTHENTICATED"
			}
			for _, q := range []string{
				`{ webhookEndpoints { id } }`,
				`mutation { createWebhookEndpoint(url: "https://hooks.example.org/") { secret } }`,
				`mutation($id: ID!) { updateWebhookEndpoint(id: $id, paused: false) { id } }`,
				`mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id } }`,
				`mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`,
			} {
				id := ep.Endpoint.ID
				if strings.Contains(q, "redeliver") {
					id = del.ID
				}
				a.wantCode(t, want, q, map[string]any{"id": id})
			}
			var nodes struct{ Nodes []*struct{ ID string } }
			a.mustDo(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{ep.Endpoint.ID, del.ID}}, &nodes)
			if len(nodes.Nodes) != 2 || nodes.Nodes[0] != nil || nodes.Nodes[1] != nil {
				t.Errorf("%q reads webhook rows through nodes(ids:): %+v", who, nodes.Nodes)
			}
		}

		var deleted struct{ DeleteWebhookEndpoint string }
		admin.mustDo(t, `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, map[string]any{"id": ep.Endpoint.ID}, &deleted)
		if deleted.DeleteWebhookEndpoint != ep.Endpoint.ID {
			t.Errorf("deleted %q", deleted.DeleteWebhookEndpoint)
		}
		admin.mustDo(t, listWebhooks, nil, &list)
		if len(list.WebhookEndpoints) != 0 || db.WebhookDelivery.Query().CountX(ctx) != 0 {
			t.Errorf("after deletion: %+v", list)
		}
		admin.wantCode(t, "NOT_FOUND", `mutation($id: ID!) { deleteWebhookEndpoint(id: $id) }`, map[string]any{"id": ep.Endpoint.ID})
	})
}
