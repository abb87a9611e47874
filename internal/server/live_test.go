package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	entevent "github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/server"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// articleEvent is an ArticleEvent as the live tests select it.
type articleEvent struct {
	Cursor      string     `json:"cursor"`
	Kind        string     `json:"kind"`
	ArticleID   string     `json:"articleId"`
	Slug        string     `json:"slug"`
	Title       string     `json:"title"`
	PublishedAt *time.Time `json:"publishedAt"`
	Article     *struct {
		ID     string `json:"id"`
		Slug   string `json:"slug"`
		Status string `json:"status"`
	} `json:"article"`
	Feedback *struct {
		Content string  `json:"content"`
		Email   *string `json:"email"`
	} `json:"feedback"`
}

const (
	articleEventsQuery = `subscription($after: String, $filter: ArticleEventFilter) {
  articleEvents(after: $after, filter: $filter) {
    cursor kind occurredAt articleId slug title publishedAt
    article { id slug status }
    feedback { content email }
  }
}`
	liveArticleQuery = `subscription($id: ID!, $after: String) {
  liveArticle(id: $id, after: $after) {
    cursor kind occurredAt articleId slug title publishedAt
    article { id slug status }
    feedback { content email }
  }
}`
)

// event reads the next event of sub, failing t on an error or an end.
func event(t *testing.T, sub subscription) articleEvent {
	t.Helper()
	r, ok := sub.next(t)
	if !ok {
		t.Fatal("the subscription ended")
	}
	if len(r.Errors) > 0 {
		t.Fatalf("errors: %+v", r.Errors)
	}
	var data map[string]articleEvent
	if err := json.Unmarshal(r.Data, &data); err != nil || len(data) != 1 {
		t.Fatalf("data %s: %v", r.Data, err)
	}
	for _, e := range data {
		return e
	}
	panic("unreachable")
}

// said is what a list of events says, one "KIND slug" each.
func said(es []articleEvent) []string {
	out := make([]string, len(es))
	for i, e := range es {
		out[i] = e.Kind + " " + e.Slug
	}
	return out
}

// read reads n events of sub.
func read(t *testing.T, sub subscription, n int) []articleEvent {
	t.Helper()
	out := make([]articleEvent, n)
	for i := range out {
		out[i] = event(t, sub)
	}
	return out
}

// liveWorld is what the live tests publish about: categories, tags, an
// author, a person and an organization to mention. Their ids are the API's.
type liveWorld struct {
	c1, c2, t1, t2, author, person, org string
}

func newLiveWorld(t *testing.T, client *ent.Client) liveWorld {
	t.Helper()
	sys := auth.System(context.Background())
	id := func(n int) string { return strconv.Itoa(n) }
	return liveWorld{
		c1:     id(client.Category.Create().SetName("Thời sự").SaveX(sys).ID),
		c2:     id(client.Category.Create().SetName("Văn hóa").SaveX(sys).ID),
		t1:     id(client.Tag.Create().SetName("Tuyên giáo").SaveX(sys).ID),
		t2:     id(client.Tag.Create().SetName("Thi đua").SaveX(sys).ID),
		author: id(client.Person.Create().SetFullName("Nguyễn Văn An").SaveX(sys).ID),
		person: id(client.Person.Create().SetFullName("Vũ Duy Hoàng").SaveX(sys).ID),
		org:    id(client.Organization.Create().SetName("Ban Tuyên giáo Tỉnh ủy").SaveX(sys).ID),
	}
}

// editor writes through the API's mutations with an editor's token.
type editor struct {
	s        *liveServer
	token    string
	versions map[string]int // by article id
}

func (e *editor) create(t *testing.T, slug string, input map[string]any) string {
	t.Helper()
	in := map[string]any{"title": "Bài " + slug, "slug": slug, "body": "<p>Nội dung " + slug + "</p>"}
	for k, v := range input {
		in[k] = v
	}
	var out struct {
		CreateArticle struct {
			ID      string
			Version int
		}
	}
	e.s.do(t, e.token, `mutation($input: CreateArticleInput!) { createArticle(input: $input) { id version } }`, map[string]any{"input": in}, &out)
	e.versions[out.CreateArticle.ID] = out.CreateArticle.Version
	return out.CreateArticle.ID
}

// article runs a mutation returning the article of id, keeping its version.
func (e *editor) article(t *testing.T, mutation string, vars map[string]any) {
	t.Helper()
	var out map[string]struct {
		ID      string
		Version int
	}
	e.s.do(t, e.token, mutation, vars, &out)
	for _, a := range out {
		e.versions[a.ID] = a.Version
	}
}

func (e *editor) publish(t *testing.T, id string) {
	t.Helper()
	e.article(t, `mutation($id: ID!) { publishArticle(id: $id) { id version } }`, map[string]any{"id": id})
}

func (e *editor) schedule(t *testing.T, id string, at time.Time) {
	t.Helper()
	e.article(t, `mutation($id: ID!, $at: Time) { publishArticle(id: $id, at: $at) { id version } }`, map[string]any{"id": id, "at": at.UTC().Format(time.RFC3339)})
}

func (e *editor) unpublish(t *testing.T, id string) {
	t.Helper()
	e.article(t, `mutation($id: ID!) { unpublishArticle(id: $id) { id version } }`, map[string]any{"id": id})
}

func (e *editor) update(t *testing.T, id, summary string) {
	t.Helper()
	e.article(t, `mutation($id: ID!, $v: Int!, $input: UpdateArticleInput!) { updateArticle(id: $id, expectedVersion: $v, input: $input) { id version } }`,
		map[string]any{"id": id, "v": e.versions[id], "input": map[string]any{"summary": summary}})
}

func (e *editor) approve(t *testing.T, feedbackID string) {
	t.Helper()
	e.s.do(t, e.token, `mutation($id: ID!) { moderateFeedback(id: $id, status: APPROVED) { id } }`, map[string]any{"id": feedbackID}, nil)
}

// feedbackOn stores a reader's message on article id as the system (the
// public form refuses drafts) and returns its id.
func feedbackOn(t *testing.T, client *ent.Client, id string) string {
	t.Helper()
	n, _ := strconv.Atoi(id)
	f := client.Feedback.Create().SetArticleID(n).SetName("Lan").SetEmail("lan@example.vn").SetContent("Bài viết hay").
		SaveX(auth.System(context.Background()))
	return strconv.Itoa(f.ID)
}

// The whole live surface on both engines and both transports: what each
// filter receives, replayed from the start and live; that drafts (created,
// saved, scheduled, deleted, with approved feedback) produce nothing for
// anyone; and that an event's article and feedback are read as the
// subscriber may read them now.
func TestSubscriptionsFilterAndKeepDraftsOut(t *testing.T) {
	for _, tr := range liveTransports {
		t.Run(tr.name, func(t *testing.T) {
			testdb.Each(t, func(t *testing.T, db *database.DB) {
				s := newLiveServer(t, db, server.Options{})
				w := newLiveWorld(t, db.Client)
				_, secret := s.token(t, auth.Editor)
				ed := &editor{s: s, token: secret, versions: map[string]int{}}
				// g is a draft from the start, and stays one until the end.
				g := ed.create(t, "g", map[string]any{"categoryID": w.c1, "tagIDs": []string{w.t1}, "authorIDs": []string{w.author},
					"mentionedPersonIDs": []string{w.person}, "mentionedOrganizationIDs": []string{w.org}})

				// Live, from now: the public, the newsroom, and a live blog
				// of the draft, which must hear nothing before it is public.
				anonymousLive := tr.subscribe(t, s, "", articleEventsQuery, nil)
				editorLive := tr.subscribe(t, s, secret, articleEventsQuery, nil)
				draftBlog := tr.subscribe(t, s, "", liveArticleQuery, map[string]any{"id": g})
				s.awaitSubscribers(t, 3)

				a := ed.create(t, "a", map[string]any{"categoryID": w.c1, "tagIDs": []string{w.t1}})
				ed.publish(t, a) // PUBLISHED a
				b := ed.create(t, "b", map[string]any{"categoryID": w.c2, "tagIDs": []string{w.t2}, "authorIDs": []string{w.author}})
				ed.publish(t, b) // PUBLISHED b
				d := ed.create(t, "d", map[string]any{"mentionedPersonIDs": []string{w.person}})
				ed.publish(t, d) // PUBLISHED d
				f := ed.create(t, "f", map[string]any{"mentionedOrganizationIDs": []string{w.org}})
				ed.publish(t, f)              // PUBLISHED f
				ed.update(t, a, "Đính chính") // UPDATED a
				fb := feedbackOn(t, db.Client, b)
				ed.unpublish(t, b) // UNPUBLISHED b
				// Nothing of drafts: saves, feedback approved on them, a
				// publication still to come, a deletion.
				ed.update(t, g, "Bản nháp")
				ed.update(t, b, "Sửa khi đã gỡ")
				ed.approve(t, feedbackOn(t, db.Client, g))
				ed.approve(t, fb)
				sched := ed.create(t, "s", map[string]any{"categoryID": w.c1})
				ed.schedule(t, sched, time.Now().Add(time.Hour))
				h := ed.create(t, "h", map[string]any{"categoryID": w.c1})
				s.do(t, secret, `mutation($id: ID!) { deleteArticle(id: $id) }`, map[string]any{"id": h}, nil)
				var sent struct{ SubmitFeedback struct{ ID string } }
				s.do(t, "", `mutation($id: ID!) { submitFeedback(articleId: $id, name: "Lan", email: "lan@example.vn", content: "Cảm ơn") { id } }`,
					map[string]any{"id": d}, &sent)
				ed.approve(t, sent.SubmitFeedback.ID) // FEEDBACK_APPROVED d
				z := ed.create(t, "z", map[string]any{"categoryID": w.c1, "tagIDs": []string{w.t1}, "authorIDs": []string{w.author},
					"mentionedPersonIDs": []string{w.person}, "mentionedOrganizationIDs": []string{w.org}})
				ed.publish(t, z)            // PUBLISHED z
				ed.publish(t, g)            // PUBLISHED g
				ed.update(t, z, "Cập nhật") // UPDATED z, the last event
				all := []string{"ARTICLE_PUBLISHED a", "ARTICLE_PUBLISHED b", "ARTICLE_PUBLISHED d", "ARTICLE_PUBLISHED f",
					"ARTICLE_UPDATED a", "ARTICLE_UNPUBLISHED b", "FEEDBACK_APPROVED d", "ARTICLE_PUBLISHED z",
					"ARTICLE_PUBLISHED g", "ARTICLE_UPDATED z"}

				// Live: everyone hears the same events, and nothing else.
				for who, sub := range map[string]subscription{"anonymous": anonymousLive, "editor": editorLive} {
					got := read(t, sub, len(all))
					if !slices.Equal(said(got), all) {
						t.Errorf("%s, live: got\n%q\nwant\n%q", who, said(got), all)
					}
					unpublished := got[5]
					if who == "anonymous" && unpublished.Article != nil {
						t.Errorf("anonymous: ARTICLE_UNPUBLISHED came with the article: %+v", unpublished.Article)
					}
					if who == "editor" && (unpublished.Article == nil || unpublished.Article.Status != "DRAFT") {
						t.Errorf("editor: ARTICLE_UNPUBLISHED came with %+v, want the draft", unpublished.Article)
					}
				}
				if got := said(read(t, draftBlog, 1)); !slices.Equal(got, []string{"ARTICLE_PUBLISHED g"}) {
					t.Errorf("the live blog of a draft heard %q first, want its publication", got)
				}

				// Replayed from the start, each filter.
				start := events.FormatCursor(0)
				cases := []struct {
					name   string
					query  string
					filter map[string]any
					want   []string
				}{
					{"everything", articleEventsQuery, nil, all},
					{"a category", articleEventsQuery, map[string]any{"categoryIDs": []string{w.c1}},
						[]string{"ARTICLE_PUBLISHED a", "ARTICLE_UPDATED a", "ARTICLE_PUBLISHED z", "ARTICLE_PUBLISHED g", "ARTICLE_UPDATED z"}},
					{"either category", articleEventsQuery, map[string]any{"categoryIDs": []string{w.c2, w.c1}},
						[]string{"ARTICLE_PUBLISHED a", "ARTICLE_PUBLISHED b", "ARTICLE_UPDATED a", "ARTICLE_UNPUBLISHED b", "ARTICLE_PUBLISHED z", "ARTICLE_PUBLISHED g", "ARTICLE_UPDATED z"}},
					{"a tag", articleEventsQuery, map[string]any{"tagIDs": []string{w.t1}},
						[]string{"ARTICLE_PUBLISHED a", "ARTICLE_UPDATED a", "ARTICLE_PUBLISHED z", "ARTICLE_PUBLISHED g", "ARTICLE_UPDATED z"}},
					{"an author", articleEventsQuery, map[string]any{"authorIDs": []string{w.author}},
						[]string{"ARTICLE_PUBLISHED b", "ARTICLE_UNPUBLISHED b", "ARTICLE_PUBLISHED z", "ARTICLE_PUBLISHED g", "ARTICLE_UPDATED z"}},
					{"a person mentioned", articleEventsQuery, map[string]any{"personIDs": []string{w.person}},
						[]string{"ARTICLE_PUBLISHED d", "FEEDBACK_APPROVED d", "ARTICLE_PUBLISHED z", "ARTICLE_PUBLISHED g", "ARTICLE_UPDATED z"}},
					{"an organization mentioned", articleEventsQuery, map[string]any{"organizationIDs": []string{w.org}},
						[]string{"ARTICLE_PUBLISHED f", "ARTICLE_PUBLISHED z", "ARTICLE_PUBLISHED g", "ARTICLE_UPDATED z"}},
					{"kinds", articleEventsQuery, map[string]any{"kinds": []string{"ARTICLE_UPDATED", "FEEDBACK_APPROVED"}},
						[]string{"ARTICLE_UPDATED a", "FEEDBACK_APPROVED d", "ARTICLE_UPDATED z"}},
					{"a category and an author", articleEventsQuery, map[string]any{"categoryIDs": []string{w.c1}, "authorIDs": []string{w.author}},
						[]string{"ARTICLE_PUBLISHED z", "ARTICLE_PUBLISHED g", "ARTICLE_UPDATED z"}},
					{"a live blog", liveArticleQuery, nil, []string{"ARTICLE_PUBLISHED z", "ARTICLE_UPDATED z"}},
				}
				subs := make([]subscription, len(cases))
				for i, c := range cases {
					vars := map[string]any{"after": start}
					if c.filter != nil {
						vars["filter"] = c.filter
					}
					if c.query == liveArticleQuery {
						vars["id"] = z
					}
					subs[i] = tr.subscribe(t, s, "", c.query, vars)
				}
				editorReplay := tr.subscribe(t, s, secret, articleEventsQuery, map[string]any{"after": start})
				for i, c := range cases {
					// Every list ends with the last event written, so that
					// reading that many events would meet any extra one.
					if got := said(read(t, subs[i], len(c.want))); !slices.Equal(got, c.want) {
						t.Errorf("%s: got\n%q\nwant\n%q", c.name, got, c.want)
					}
				}

				// What the public reads of each event now, and the newsroom.
				anonymous := read(t, tr.subscribe(t, s, "", articleEventsQuery, map[string]any{"after": start}), len(all))
				newsroom := read(t, editorReplay, len(all))
				for i := range all {
					pub, ed := anonymous[i], newsroom[i]
					if pub.Cursor != ed.Cursor || pub.Title != ed.Title || pub.ArticleID != ed.ArticleID {
						t.Errorf("event %d differs by subscriber: %+v, %+v", i, pub, ed)
					}
					public := pub.Slug != "b" // b was unpublished
					if (pub.Article != nil) != public {
						t.Errorf("anonymous, %s: article %+v", all[i], pub.Article)
					}
					if ed.Article == nil {
						t.Errorf("editor, %s: no article", all[i])
					}
				}
				if pub := anonymous[1].PublishedAt; pub == nil {
					t.Error("ARTICLE_PUBLISHED b has no publishedAt: the snapshot keeps what was public")
				}
				approved, seen := anonymous[6], newsroom[6]
				if approved.Feedback == nil || approved.Feedback.Content != "Cảm ơn" || approved.Feedback.Email != nil {
					t.Errorf("anonymous: approved feedback %+v, want its content without the address", approved.Feedback)
				}
				if seen.Feedback == nil || seen.Feedback.Email == nil {
					t.Errorf("editor: approved feedback %+v, want the address", seen.Feedback)
				}
				if anonymous[0].Feedback != nil {
					t.Errorf("ARTICLE_PUBLISHED carries feedback %+v", anonymous[0].Feedback)
				}
			})
		})
	}
}

// lastCursor is the cursor of the newest event, read as the system.
func lastCursor(t *testing.T, db *database.DB) string {
	t.Helper()
	e, err := db.Client.Event.Query().Order(ent.Desc(entevent.FieldID)).First(auth.System(context.Background()))
	if ent.IsNotFound(err) {
		return events.FormatCursor(0)
	}
	if err != nil {
		t.Fatal(err)
	}
	return events.FormatCursor(e.ID)
}

// allCursors is the cursor of every event after the one of after, in order,
// read as the system.
func allCursors(t *testing.T, db *database.DB, after string) []string {
	t.Helper()
	seq, err := events.ParseCursor("after", after)
	if err != nil {
		t.Fatal(err)
	}
	ids, err := db.Client.Event.Query().Where(entevent.IDGT(seq)).Order(ent.Asc(entevent.FieldID)).IDs(auth.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = events.FormatCursor(id)
	}
	return out
}

// A subscriber that resumes from a cursor while several writers publish
// and correct articles at once receives every event after its cursor, in
// order, once: the replay and the live stream meet with no gap and no
// repeat. A subscriber from now receives an unbroken run of them.
func TestSubscriptionsResumeWithoutGapWhileWritersWrite(t *testing.T) {
	for _, tr := range liveTransports {
		t.Run(tr.name, func(t *testing.T) {
			testdb.Each(t, func(t *testing.T, db *database.DB) {
				s := newLiveServer(t, db, server.Options{})
				_, secret := s.token(t, auth.Editor)
				sys := auth.System(context.Background())
				publish := func(title string) int {
					tx, err := db.Client.Tx(sys)
					if err != nil {
						t.Error(err)
						return 0
					}
					a, err := tx.Article.Create().SetTitle(title).SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).Save(sys)
					if err == nil {
						err = tx.Commit()
					} else {
						tx.Rollback()
					}
					if err != nil {
						t.Error(err)
						return 0
					}
					return a.ID
				}
				correct := func(id int, summary string) {
					tx, err := db.Client.Tx(sys)
					if err != nil {
						t.Error(err)
						return
					}
					if err := tx.Article.UpdateOneID(id).SetSummary(summary).Exec(sys); err != nil {
						tx.Rollback()
						t.Error(err)
						return
					}
					if err := tx.Commit(); err != nil {
						t.Error(err)
					}
				}
				for i := range 3 {
					publish(fmt.Sprintf("Trước %d", i))
				}
				from := allCursors(t, db, events.FormatCursor(0))[0]

				// Three writers through ent in transactions, one through the
				// API's mutations: about sixty events.
				const rounds = 8
				var writers sync.WaitGroup
				for wr := range 3 {
					writers.Go(func() {
						for i := range rounds {
							if id := publish(fmt.Sprintf("Người viết %d, bài %d", wr, i)); id != 0 {
								correct(id, "Đính chính")
							}
						}
					})
				}
				writers.Go(func() {
					for i := range rounds {
						var created struct{ CreateArticle struct{ ID string } }
						var published struct{ PublishArticle struct{ Version int } }
						err := s.post(secret, `mutation($title: String!) { createArticle(input: {title: $title}) { id } }`,
							map[string]any{"title": fmt.Sprintf("Qua API, bài %d", i)}, &created)
						if err == nil {
							err = s.post(secret, `mutation($id: ID!) { publishArticle(id: $id) { version } }`,
								map[string]any{"id": created.CreateArticle.ID}, &published)
						}
						if err == nil {
							err = s.post(secret, `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, input: {summary: "Đính chính"}) { id } }`,
								map[string]any{"id": created.CreateArticle.ID, "v": published.PublishArticle.Version}, nil)
						}
						if err != nil {
							t.Error(err)
							return
						}
					}
				})

				// While they write: one subscriber resumes from the first
				// event, one from wherever the outbox is by then, one from now.
				eventually(t, "the writers to have written", func() bool { return len(allCursors(t, db, from)) >= 10 })
				fromStart := tr.subscribe(t, s, "", articleEventsQuery, map[string]any{"after": from})
				middle := lastCursor(t, db)
				fromMiddle := tr.subscribe(t, s, "", articleEventsQuery, map[string]any{"after": middle})
				fromNow := tr.subscribe(t, s, "", articleEventsQuery, nil)
				writers.Wait()
				if t.Failed() {
					return
				}

				for _, c := range []struct {
					name  string
					sub   subscription
					after string
				}{{"from the first event", fromStart, from}, {"from the middle", fromMiddle, middle}} {
					want := allCursors(t, db, c.after)
					got := make([]string, len(want))
					for i := range got {
						got[i] = event(t, c.sub).Cursor
					}
					if !slices.Equal(got, want) {
						t.Errorf("%s: got %d events\n%q\nwant %d\n%q", c.name, len(got), got, len(want), want)
					}
				}
				// From now: whatever it started with, then every event to the last.
				all := allCursors(t, db, events.FormatCursor(0))
				first := event(t, fromNow).Cursor
				i := slices.Index(all, first)
				if i < 0 {
					t.Fatalf("from now: first event %s is not in the outbox", first)
				}
				for _, want := range all[i+1:] {
					if got := event(t, fromNow).Cursor; got != want {
						t.Fatalf("from now: got %s, want %s", got, want)
					}
				}
			})
		})
	}
}

// A connection whose token is revoked is ended within a few seconds
// (here the check runs every 50 ms): a WebSocket is closed with 4403 and
// says why, an event stream ends. Anonymous connections stay. The revoked
// token is then refused at once, by either transport.
func TestRevokedTokensEndTheirSubscriptions(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		s := newLiveServer(t, db, server.Options{})
		_, admin := s.token(t, auth.Admin)
		revoke := func(id int) {
			s.do(t, admin, `mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, map[string]any{"id": strconv.Itoa(id)}, nil)
		}

		anonymous := tr(0).subscribe(t, s, "", articleEventsQuery, nil)

		wsID, wsToken := s.token(t, auth.Viewer)
		ws, err := dialWS(t, s, "graphql-transport-ws", initWith(wsToken), nil)
		if err != nil {
			t.Fatal(err)
		}
		ws.subscribe(t, "1", articleEventsQuery, nil)
		ws.subscribe(t, "2", liveArticleQuery, map[string]any{"id": "1"})
		sseID, sseToken := s.token(t, auth.Viewer)
		stream := tr(1).subscribe(t, s, sseToken, articleEventsQuery, nil)
		s.awaitSubscribers(t, 4)

		revoke(wsID)
		if code, reason := ws.closeStatus(t); code != 4403 || !strings.Contains(reason, "revoked") {
			t.Errorf("the revoked token's WebSocket closed with %d %q, want 4403 saying it was revoked", code, reason)
		}
		revoke(sseID)
		if r, ok := stream.next(t); ok {
			t.Errorf("the revoked token's event stream goes on: %+v", r)
		}
		s.awaitSubscribers(t, 1)

		// The anonymous subscription is still live.
		sys := auth.System(context.Background())
		db.Client.Article.Create().SetTitle("Sau khi thu hồi").SetSlug("sau").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).SaveX(sys)
		if got := event(t, anonymous); got.Slug != "sau" {
			t.Errorf("the anonymous subscriber got %+v", got)
		}

		// Refused at once afterwards.
		if _, err := dialWS(t, s, "graphql-transport-ws", initWith(wsToken), nil); err == nil {
			t.Error("a revoked token's connection_init was acknowledged")
		} else if code, reason := closeOf(err); code != 4403 || reason != "UNAUTHENTICATED: this API token was revoked" {
			t.Errorf("a revoked token's connection_init: closed with %d %q", code, reason)
		}
		if sub, r := openSSE(t, s, sseToken, articleEventsQuery, nil); sub != nil || r.status != http.StatusUnauthorized || r.response.code() != "UNAUTHENTICATED" {
			t.Errorf("a revoked token's event stream: %d %+v", r.status, r.response)
		}
	})
}

// tr is the i-th live transport.
func tr(i int) liveTransport { return liveTransports[i] }

// Refusals of subscriptions, by either transport, are coded: a bad cursor,
// a filter too long, a document over the limits, a node full of
// subscribers, a token that is not valid.
func TestSubscriptionRefusals(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	s := newLiveServer(t, db, server.Options{
		Limits: server.Limits{MaxDepth: 4},
		Live:   server.LiveLimits{MaxSubscribers: 2},
	})
	many := make([]string, 101)
	for i := range many {
		many[i] = strconv.Itoa(i + 1)
	}
	cases := []struct {
		name, query string
		vars        map[string]any
		code, field string
	}{
		{"a cursor the server did not write", articleEventsQuery, map[string]any{"after": "42"}, "BAD_USER_INPUT", "after"},
		{"a page cursor", articleEventsQuery, map[string]any{"after": "gaFpzwAAAAEAAAAB"}, "BAD_USER_INPUT", "after"},
		{"a negative cursor", liveArticleQuery, map[string]any{"id": "1", "after": "ev:-1"}, "BAD_USER_INPUT", "after"},
		{"too many ids", articleEventsQuery, map[string]any{"filter": map[string]any{"categoryIDs": many}}, "BAD_USER_INPUT", "categoryIDs"},
		{"a malformed id", liveArticleQuery, map[string]any{"id": "bài-a"}, "BAD_USER_INPUT", ""},
		{"an unknown kind", articleEventsQuery, map[string]any{"filter": map[string]any{"kinds": []string{"ARTICLE_DRAFTED"}}}, "GRAPHQL_VALIDATION_FAILED", ""},
		{"too deep", `subscription { articleEvents { article { category { articles(first: 1) { edges { node { id } } } } } } }`, nil, "DEPTH_LIMIT_EXCEEDED", ""},
		{"two streams", `subscription { a: articleEvents { cursor } b: articleEvents { cursor } }`, nil, "GRAPHQL_VALIDATION_FAILED", ""},
		{"no stream", `subscription { articleEvents @skip(if: true) { cursor } }`, nil, "GRAPHQL_VALIDATION_FAILED", ""},
		{"introspection", `subscription { __typename }`, nil, "GRAPHQL_VALIDATION_FAILED", ""},
	}
	for _, transport := range liveTransports {
		for _, c := range cases {
			t.Run(transport.name+"/"+c.name, func(t *testing.T) {
				r, ok := transport.subscribe(t, s, "", c.query, c.vars).next(t)
				if !ok || r.code() != c.code {
					t.Fatalf("got %+v (ok %v), want %s", r, ok, c.code)
				}
				if field, _ := r.Errors[0].Extensions["field"].(string); c.field != "" && field != c.field {
					t.Errorf("extensions.field = %q, want %q", field, c.field)
				}
			})
		}
	}

	t.Run("a node full of subscribers", func(t *testing.T) {
		tr(0).subscribe(t, s, "", articleEventsQuery, nil)
		tr(1).subscribe(t, s, "", articleEventsQuery, nil)
		s.awaitSubscribers(t, 2)
		for _, transport := range liveTransports {
			r, ok := transport.subscribe(t, s, "", articleEventsQuery, nil).next(t)
			if !ok || r.code() != "SUBSCRIBER_LIMIT_EXCEEDED" {
				t.Fatalf("%s: the third subscriber got %+v, want SUBSCRIBER_LIMIT_EXCEEDED", transport.name, r)
			}
			if after, _ := r.Errors[0].Extensions["retryAfter"].(float64); after <= 0 {
				t.Errorf("%s: no retryAfter: %+v", transport.name, r.Errors[0])
			}
			if n := s.stream.Subscribers(); n != 2 {
				t.Errorf("%s: the refused subscriber counts: %d subscribers", transport.name, n)
			}
		}
	})

	t.Run("credentials that are not valid", func(t *testing.T) {
		for _, payload := range []map[string]any{
			{"Authorization": "Bearer ngt_nothing"},
			{"authorization": "Bearer ngt_nothing"},
			{"Authorization": "Basic YWxhZGRpbjpvcGVuc2VzYW1l"},
			{"Authorization": 42},
		} {
			_, err := dialWS(t, s, "graphql-transport-ws", payload, nil)
			if code, reason := closeOf(err); code != 4403 || !strings.HasPrefix(reason, "UNAUTHENTICATED: ") {
				t.Errorf("init %v: closed with %d %q, want 4403 UNAUTHENTICATED", payload, code, reason)
			}
		}
		if sub, r := openSSE(t, s, "ngt_nothing", articleEventsQuery, nil); sub != nil || r.status != http.StatusUnauthorized || r.response.code() != "UNAUTHENTICATED" {
			t.Errorf("event stream with an unknown token: %d %+v", r.status, r.response)
		}
	})
}

// One WebSocket may start so many operations per second; past them each
// is RATE_LIMITED, and the connection goes on.
func TestOperationsPerConnectionAreLimited(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	s := newLiveServer(t, db, server.Options{Live: server.LiveLimits{SubscribeRate: 1, SubscribeBurst: 3}})
	c, err := dialWS(t, s, "graphql-transport-ws", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 3 {
		c.subscribe(t, strconv.Itoa(i), articleEventsQuery, nil)
	}
	refused := c.subscribe(t, "3", articleEventsQuery, nil)
	s.awaitSubscribers(t, 3)
	r, ok := refused.next(t)
	if !ok || r.code() != "RATE_LIMITED" {
		t.Fatalf("the fourth operation got %+v, want RATE_LIMITED", r)
	}
	if after, _ := r.Errors[0].Extensions["retryAfter"].(float64); after < 1 {
		t.Errorf("no retryAfter: %+v", r.Errors[0])
	}
	if n := s.stream.Subscribers(); n != 3 {
		t.Errorf("%d subscribers, want the first 3", n)
	}
}

// Browsers apply no CORS to WebSockets: the server refuses a handshake
// from an origin its CORS list does not allow, before the upgrade.
func TestWebSocketOriginsFollowCORS(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	s := newLiveServer(t, db, server.Options{CORSOrigins: []string{"https://*.example.vn"}})
	for _, c := range []struct {
		origin string
		ok     bool
	}{
		{"", true}, // not a browser
		{"https://news.example.vn", true},
		{s.url, true}, // the server's own
		{"https://evil.example.com", false},
		{"http://news.example.vn", false},
		{"null", false},
	} {
		h := http.Header{}
		if c.origin != "" {
			h.Set("Origin", c.origin)
		}
		_, err := dialWS(t, s, "graphql-transport-ws", nil, h)
		if c.ok != (err == nil) {
			t.Errorf("origin %q: allowed %v, want %v (%v)", c.origin, err == nil, c.ok, err)
		}
	}
	// The refusal is coded.
	req, _ := http.NewRequest(http.MethodGet, s.url+"/query", nil)
	for k, v := range map[string]string{"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
		"Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", "Origin": "https://evil.example.com"} {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r response
	json.NewDecoder(resp.Body).Decode(&r)
	if resp.StatusCode != http.StatusForbidden || r.code() != "ORIGIN_NOT_ALLOWED" {
		t.Errorf("a handshake from another origin: %d %+v", resp.StatusCode, r)
	}
}

// Subscriptions take the transports made for streams; the others say so.
func TestSubscriptionsNeedAStreamingTransport(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	for _, c := range []struct {
		name   string
		events bool
		method string
		accept string
		want   string
	}{
		{"a plain POST", true, http.MethodPost, "application/json", "subscriptions go over a WebSocket"},
		{"a GET for an event stream", true, http.MethodGet, "text/event-stream", "subscriptions go over a WebSocket"},
		{"an event stream from a server without subscriptions", false, http.MethodPost, "text/event-stream", "this server has no subscriptions"},
	} {
		t.Run(c.name, func(t *testing.T) {
			opts := server.Options{}
			if c.events {
				opts.Events = events.NewStream(db.Client, "")
			}
			e := &edge{db: db, h: server.New(db.Client, opts)}
			const query = "subscription { articleEvents { cursor } }"
			body, target := `{"query":"`+query+`"}`, "/query"
			if c.method == http.MethodGet {
				body, target = "", "/query?"+url.Values{"query": {query}}.Encode()
			}
			rec := e.request(t, c.method, target, body, "Content-Type", "application/json", "Accept", c.accept)
			a := decode(t, rec)
			if rec.Code != http.StatusBadRequest || a.code() != "BAD_REQUEST" || !strings.Contains(a.Errors[0].Message, c.want) {
				t.Errorf("got %d %s", rec.Code, rec.Body)
			}
		})
	}
}

// An event stream and a WebSocket outlive the server's request timeout
// and its read and write timeouts: they last as long as their
// subscriptions. A query sent over a WebSocket is still answered.
func TestSubscriptionsOutliveServerTimeouts(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	const timeout = 300 * time.Millisecond
	s := newLiveServer(t, db, server.Options{RequestTimeout: timeout}, func(srv *http.Server) {
		srv.ReadTimeout, srv.WriteTimeout = timeout, timeout
	})
	subs := map[string]subscription{}
	for _, transport := range liveTransports {
		subs[transport.name] = transport.subscribe(t, s, "", articleEventsQuery, nil)
	}
	s.awaitSubscribers(t, len(subs))
	// Written once every timeout has passed: the streams must still be there.
	published := make(chan struct{})
	time.AfterFunc(4*timeout, func() {
		defer close(published)
		db.Client.Article.Create().SetTitle("Muộn").SetSlug("muon").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).
			SaveX(auth.System(context.Background()))
	})
	for name, sub := range subs {
		if got := event(t, sub); got.Slug != "muon" {
			t.Errorf("%s: got %+v", name, got)
		}
	}
	<-published
	c, err := dialWS(t, s, "graphql-transport-ws", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	r, ok := c.subscribe(t, "q", `{ article(slug: "muon") { title } }`, nil).next(t)
	if !ok || len(r.Errors) > 0 || !strings.Contains(string(r.Data), "Muộn") {
		t.Errorf("a query over the WebSocket: %+v", r)
	}
}

// The legacy graphql-ws protocol comes with gqlgen's transport, and
// speaks the same subscriptions.
func TestLegacyGraphQLWS(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	s := newLiveServer(t, db, server.Options{})
	c, err := dialWS(t, s, "graphql-ws", nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := json.Marshal(map[string]any{"query": articleEventsQuery})
	c.send(t, wsMessage{ID: "1", Type: "start", Payload: payload})
	s.awaitSubscribers(t, 1)
	db.Client.Article.Create().SetTitle("Cũ").SetSlug("cu").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).
		SaveX(auth.System(context.Background()))
	m, ok := c.await(t, "1")
	if !ok || m.Type != "data" || !strings.Contains(string(m.Payload), `"slug":"cu"`) {
		t.Errorf("got %+v", m)
	}
}

// /metrics tells the event stream's figures under the names dashboards
// and the benchmark read.
func TestMetricsOfTheEventStream(t *testing.T) {
	db := testdb.Engines()[0].Open(t)
	s := newLiveServer(t, db, server.Options{})
	subs := []subscription{tr(0).subscribe(t, s, "", articleEventsQuery, nil), tr(1).subscribe(t, s, "", articleEventsQuery, nil)}
	s.awaitSubscribers(t, 2)
	db.Client.Article.Create().SetTitle("Đo").SetSlug("do").SetStatus(article.StatusPUBLISHED).SetPublishedAt(time.Now()).
		SaveX(auth.System(context.Background()))
	for _, sub := range subs {
		if e := event(t, sub); e.Article == nil {
			t.Fatalf("no article: %+v", e)
		}
	}
	resp, err := http.Get(s.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	for _, line := range []string{
		"newsgraph_subscribers 2",
		"newsgraph_events_delivered_total 2",
		// Two subscribers, one read of the article: both are anonymous.
		"newsgraph_event_article_loads_total 1",
		"newsgraph_events_total 1",
	} {
		if !strings.Contains(string(body), "\n"+line+"\n") {
			t.Errorf("/metrics lacks %q", line)
		}
	}
	for _, name := range []string{"newsgraph_event_stream_reads_total", "newsgraph_event_stream_head"} {
		if !strings.Contains(string(body), "\n"+name+" ") {
			t.Errorf("/metrics lacks %s", name)
		}
	}
}

// The operations docs/live.md and the browser example send are valid
// against the schema, so neither can drift from the API.
func TestLiveDocsAndExampleOperationsValidate(t *testing.T) {
	schema := graph.NewSchema(nil).Schema()
	var ops []string
	doc, err := os.ReadFile("../../docs/live.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile("(?s)```graphql\n(.*?)```").FindAllStringSubmatch(string(doc), -1) {
		if !strings.HasPrefix(m[1], "type ") { // the shape of ArticleEvent, in SDL
			ops = append(ops, m[1])
		}
	}
	page, err := os.ReadFile("../../examples/live/index.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile("(?s)query: `(.*?)`").FindAllStringSubmatch(string(page), -1) {
		ops = append(ops, m[1])
	}
	if len(ops) < 4 {
		t.Fatalf("found %d operations, want the docs' two and the example's two at least", len(ops))
	}
	for _, op := range ops {
		if _, errs := gqlparser.LoadQuery(schema, op); len(errs) > 0 {
			t.Errorf("%s\n%v", op, errs)
		}
	}
}
