package graph_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

const submitFeedback = `mutation($articleId: ID!, $name: String!, $email: String!, $content: String!) {
  submitFeedback(articleId: $articleId, name: $name, email: $email, content: $content) { id status name email content }
}`

type feedbackNode struct {
	ID      string
	Status  string
	Name    string
	Email   *string
	Content string
}

// articles makes one article in each state a reader may try to write about.
func articles(t *testing.T, client *ent.Client) (published, draft, scheduled, archived *ent.Article) {
	t.Helper()
	past, future := time.Now().Add(-time.Hour), time.Now().Add(time.Hour)
	mk := func(title string, status article.Status, at *time.Time) *ent.Article {
		return client.Article.Create().SetTitle(title).SetStatus(status).SetNillablePublishedAt(at).SaveX(ctx)
	}
	return mk("Hội nghị sơ kết công tác tuyên giáo", article.StatusPUBLISHED, &past),
		mk("Bản nháp", article.StatusDRAFT, nil),
		mk("Sắp đăng", article.StatusSCHEDULED, &future),
		mk("Lưu trữ", article.StatusARCHIVED, &past)
}

func feedbackVars(articleID int) map[string]any {
	return map[string]any{
		"articleId": fmt.Sprint(articleID),
		"name":      "Nguyễn Thị Hằng",
		"email":     "hang@example.vn",
		"content":   "Cảm ơn bài viết về Chỉ thị 38-CT/TW.",
	}
}

// fromAddr is a's handler for requests from the given client address.
func fromAddr(a *api, remoteAddr string) *api {
	return &api{h: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.RemoteAddr = remoteAddr
		a.h.ServeHTTP(w, r)
	})}
}

func TestSubmitFeedback(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		published, draft, scheduled, archived := articles(t, db.Client)
		anon := newAPI(db.Client)

		var out struct{ SubmitFeedback feedbackNode }
		vars := feedbackVars(published.ID)
		vars["content"] = "  Cảm ơn bài viết.\n"
		anon.mustDo(t, submitFeedback, vars, &out)
		got := out.SubmitFeedback
		if got.Status != "PENDING" || got.Email != nil || got.Content != "Cảm ơn bài viết." || got.Name != "Nguyễn Thị Hằng" {
			t.Errorf("submitted: %+v (want PENDING, no e-mail, trimmed content)", got)
		}
		stored := db.Client.Feedback.Query().OnlyX(auth.WithCaller(ctx, editor))
		if stored.Email != "hang@example.vn" || stored.QueryArticle().OnlyIDX(auth.WithCaller(ctx, editor)) != published.ID {
			t.Errorf("stored: %+v", stored)
		}

		// Only on an article a reader can see.
		for name, id := range map[string]int{"draft": draft.ID, "scheduled": scheduled.ID, "archived": archived.ID, "missing": 999999} {
			e := anon.wantCode(t, "NOT_FOUND", submitFeedback, feedbackVars(id))
			if e.Extensions["field"] != "articleId" {
				t.Errorf("%s: %+v", name, e)
			}
		}
	})
}

func TestSubmitFeedbackValidation(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		published, _, _, _ := articles(t, db.Client)
		anon := newAPI(db.Client)
		for _, tc := range []struct {
			field, value, wantField string
		}{
			{"name", "", "name"},
			{"name", "   ", "name"},
			{"name", strings.Repeat("Đ", 101), "name"},
			{"email", "", "email"},
			{"email", "hang", "email"},
			{"email", "hang@localhost", "email"},
			{"email", "hang@@example.vn", "email"},
			{"email", "Hằng <hang@example.vn>", "email"},
			{"email", strings.Repeat("a", 250) + "@example.vn", "email"},
			{"content", "", "content"},
			{"content", " \n\t ", "content"},
			{"content", "a\x00b", "content"},
			{"content", strings.Repeat("ễ", 5001), "content"},
		} {
			t.Run(tc.field+"="+truncate(tc.value), func(t *testing.T) {
				vars := feedbackVars(published.ID)
				vars[tc.field] = tc.value
				e := anon.wantCode(t, "BAD_USER_INPUT", submitFeedback, vars)
				if e.Extensions["field"] != tc.wantField {
					t.Errorf("field %v, want %s", e.Extensions["field"], tc.wantField)
				}
			})
		}
		// The longest accepted values, in Vietnamese letters of three bytes.
		vars := feedbackVars(published.ID)
		vars["name"] = strings.Repeat("ễ", 100)
		vars["content"] = strings.Repeat("ễ", 5000)
		anon.mustDo(t, submitFeedback, vars, nil)

		if n := db.Client.Feedback.Query().CountX(auth.WithCaller(ctx, editor)); n != 1 {
			t.Errorf("%d feedback stored, want only the valid one", n)
		}
	})
}

func truncate(s string) string {
	if r := []rune(s); len(r) > 12 {
		return string(r[:12])
	}
	return s
}

func TestFeedbackVisibility(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		published, draft, _, _ := articles(t, db.Client)
		mk := func(a *ent.Article, name string, s feedback.Status) *ent.Feedback {
			return db.Client.Feedback.Create().SetArticle(a).SetName(name).SetEmail(name + "@example.vn").
				SetContent("Ý kiến của " + name).SetStatus(s).SaveX(ctx)
		}
		approved := mk(published, "approved", feedback.StatusAPPROVED)
		pending := mk(published, "pending", feedback.StatusPENDING)
		rejected := mk(published, "rejected", feedback.StatusREJECTED)
		// Approved, but on a story readers cannot see.
		onDraft := mk(draft, "ondraft", feedback.StatusAPPROVED)

		const onArticle = `query($id: ID!) { node(id: $id) { ... on Article {
		  feedback(first: 10) { totalCount edges { node { id name status email } } }
		} } }`
		const queue = `query($where: FeedbackWhereInput) {
		  feedbacks(first: 10, where: $where) { totalCount edges { node { id name status email } } }
		}`
		type connection struct {
			TotalCount int
			Edges      []struct{ Node feedbackNode }
		}
		names := func(c connection) string {
			var s []string
			for _, e := range c.Edges {
				email := "-"
				if e.Node.Email != nil {
					email = *e.Node.Email
				}
				s = append(s, e.Node.Name+":"+email)
			}
			return fmt.Sprintf("%d %s", c.TotalCount, strings.Join(s, ","))
		}

		anon, viewer, editor := newAPI(db.Client), newAPIAs(db.Client, auth.Viewer), newAPIAs(db.Client, auth.Editor)
		for _, tc := range []struct {
			name  string
			api   *api
			where map[string]any // nil: article.feedback, else feedbacks(where:)
			want  string
		}{
			{"anonymous on the article", anon, nil, "1 approved:-"},
			{"viewer on the article", viewer, nil, "3 approved:approved@example.vn,pending:pending@example.vn,rejected:rejected@example.vn"},
			{"anonymous queue", anon, map[string]any{}, "1 approved:-"},
			{"anonymous asking for pending", anon, map[string]any{"status": "PENDING"}, "0 "},
			{"anonymous asking for rejected", anon, map[string]any{"statusIn": []string{"REJECTED", "PENDING"}}, "0 "},
			{"anonymous asking by content", anon, map[string]any{"contentContains": "ondraft"}, "0 "},
			{"editor queue", editor, map[string]any{"status": "PENDING"}, "1 pending:pending@example.vn"},
			{"editor, everything", editor, map[string]any{}, "4 approved:approved@example.vn,pending:pending@example.vn,rejected:rejected@example.vn,ondraft:ondraft@example.vn"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				var got string
				if tc.where == nil {
					var r struct{ Node struct{ Feedback connection } }
					tc.api.mustDo(t, onArticle, map[string]any{"id": fmt.Sprint(published.ID)}, &r)
					got = names(r.Node.Feedback)
				} else {
					var r struct{ Feedbacks connection }
					tc.api.mustDo(t, queue, map[string]any{"where": tc.where}, &r)
					got = names(r.Feedbacks)
				}
				if got != tc.want {
					t.Errorf("got %q, want %q", got, tc.want)
				}
			})
		}

		// node and nodes: an anonymous caller reaches only the approved one.
		ids := []string{fmt.Sprint(approved.ID), fmt.Sprint(pending.ID), fmt.Sprint(rejected.ID), fmt.Sprint(onDraft.ID)}
		const byID = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Feedback { name email } } }`
		var nodes struct {
			Nodes []*struct {
				Name  string
				Email *string
			}
		}
		newAPI(db.Client).do(t, byID, map[string]any{"ids": ids}, &nodes)
		if len(nodes.Nodes) != 4 || nodes.Nodes[0] == nil || nodes.Nodes[0].Email != nil ||
			nodes.Nodes[1] != nil || nodes.Nodes[2] != nil || nodes.Nodes[3] != nil {
			t.Errorf("anonymous nodes: %+v", nodes.Nodes)
		}
		for _, id := range ids[1:] {
			var node struct{ Node *struct{ ID string } }
			newAPI(db.Client).mustDo(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}, &node)
			if node.Node != nil {
				t.Errorf("anonymous node(%s) = %+v", id, node.Node)
			}
		}
		newAPIAs(db.Client, auth.Viewer).mustDo(t, byID, map[string]any{"ids": ids}, &nodes)
		for i, n := range nodes.Nodes {
			if n == nil || n.Email == nil {
				t.Errorf("viewer nodes[%d] = %+v", i, n)
			}
		}
	})
}

// TestFeedbackNotFilterableByHiddenFields: readers' addresses are hidden
// field by field (Feedback.email), not row by row, so the schema offers no
// filter on them.
func TestFeedbackNotFilterableByHiddenFields(t *testing.T) {
	sdl := server.SDL()
	for _, s := range []string{"emailContains", "emailEQ", "emailIn"} {
		if strings.Contains(sdl, s) {
			t.Errorf("the schema offers %q", s)
		}
	}
}

func TestModerateFeedback(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		published, _, _, _ := articles(t, db.Client)
		f := db.Client.Feedback.Create().SetArticle(published).SetName("Hằng").SetEmail("hang@example.vn").SetContent("Hay").SaveX(ctx)
		const moderate = `mutation($id: ID!, $status: FeedbackStatus!) { moderateFeedback(id: $id, status: $status) { id status email } }`
		vars := map[string]any{"id": fmt.Sprint(f.ID), "status": "APPROVED"}

		newAPI(db.Client).wantCode(t, "UNAUTHENTICATED", moderate, vars)
		newAPIAs(db.Client, auth.Viewer).wantCode(t, "FORBIDDEN", moderate, vars)
		if s := db.Client.Feedback.GetX(auth.WithCaller(ctx, editor), f.ID).Status; s != feedback.StatusPENDING {
			t.Fatalf("refused moderation changed the status to %s", s)
		}

		var out struct{ ModerateFeedback feedbackNode }
		newAPIAs(db.Client, auth.Editor).mustDo(t, moderate, vars, &out)
		if out.ModerateFeedback.Status != "APPROVED" || out.ModerateFeedback.Email == nil {
			t.Errorf("moderated: %+v", out.ModerateFeedback)
		}
		var node struct{ Node *feedbackNode }
		newAPI(db.Client).mustDo(t, `query($id: ID!) { node(id: $id) { ... on Feedback { id status email } } }`, map[string]any{"id": fmt.Sprint(f.ID)}, &node)
		if node.Node == nil || node.Node.Email != nil {
			t.Errorf("anonymous sees the approved feedback as %+v", node.Node)
		}

		newAPIAs(db.Client, auth.Editor).wantCode(t, "NOT_FOUND", moderate, map[string]any{"id": "999999", "status": "REJECTED"})
		newAPIAs(db.Client, auth.Editor).wantCode(t, "GRAPHQL_VALIDATION_FAILED", moderate, map[string]any{"id": fmt.Sprint(f.ID), "status": "SPAM"})
	})
}

func TestSubmitFeedbackRateLimited(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		published, _, _, _ := articles(t, db.Client)
		a := newAPI(db.Client) // one handler: one limiter
		reader, neighbour := fromAddr(a, "203.0.113.7:50000"), fromAddr(a, "198.51.100.9:40000")
		vars := feedbackVars(published.ID)

		// A typo costs no token.
		bad := feedbackVars(published.ID)
		bad["email"] = "not an address"
		for range graph.DefaultFeedbackBurst + 1 {
			reader.wantCode(t, "BAD_USER_INPUT", submitFeedback, bad)
		}
		for i := range graph.DefaultFeedbackBurst {
			if errs := reader.do(t, submitFeedback, vars, nil); len(errs) > 0 {
				t.Fatalf("submission %d: %+v", i+1, errs)
			}
		}
		e := reader.wantCode(t, "RATE_LIMITED", submitFeedback, vars)
		retry, _ := e.Extensions["retryAfter"].(float64)
		if retry < 1 || retry > graph.DefaultFeedbackInterval.Seconds() {
			t.Errorf("retryAfter %v, want 1..%v seconds", e.Extensions["retryAfter"], graph.DefaultFeedbackInterval.Seconds())
		}
		// Another address is not limited; a header naming another address
		// changes nothing, since no proxy is configured to be trusted.
		neighbour.mustDo(t, submitFeedback, vars, nil)
		spoofed := &api{h: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.Header.Set("X-Forwarded-For", "192.0.2.99")
			reader.h.ServeHTTP(w, r)
		})}
		spoofed.wantCode(t, "RATE_LIMITED", submitFeedback, vars)

		if n := db.Client.Feedback.Query().CountX(auth.WithCaller(ctx, editor)); n != graph.DefaultFeedbackBurst+1 {
			t.Errorf("%d feedback stored, want %d", n, graph.DefaultFeedbackBurst+1)
		}
	})
}

// TestSubmitFeedbackBehindProxy: with the proxy's header configured, readers
// behind one proxy are limited one by one.
func TestSubmitFeedbackBehindProxy(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	published, _, _, _ := articles(t, db.Client)
	a := &api{h: server.New(db.Client, server.Options{ClientIPHeader: "X-Forwarded-For"})}
	from := func(addr string) *api {
		return &api{h: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.RemoteAddr = "10.0.0.1:3000" // the proxy
			r.Header.Set("X-Forwarded-For", "192.0.2.1, "+addr)
			a.h.ServeHTTP(w, r)
		})}
	}
	vars := feedbackVars(published.ID)
	for range graph.DefaultFeedbackBurst {
		from("203.0.113.7").mustDo(t, submitFeedback, vars, nil)
	}
	from("203.0.113.7").wantCode(t, "RATE_LIMITED", submitFeedback, vars)
	from("203.0.113.8").mustDo(t, submitFeedback, vars, nil)
}
