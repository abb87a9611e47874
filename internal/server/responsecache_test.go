package server_test

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	entevent "github.com/newsgraph/newsgraph/ent/event"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/events"
	"github.com/newsgraph/newsgraph/internal/responsecache"
	"github.com/newsgraph/newsgraph/internal/server"
)

// cachedEdge is the full HTTP handler over the demo content with its event
// stream running and a response cache emptied by it, as `newsgraph serve`
// wires them, and an editor's token.
type cachedEdge struct {
	*edge
	cache  *responsecache.Cache
	stream *events.Stream
	editor string
}

func newCachedEdge(t *testing.T, interpreted bool) *cachedEdge {
	t.Helper()
	e := openEdge(t)
	db := e.db
	stream := events.NewStream(db.Client, db.ListenDSN())
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		stream.Run(ctx)
	}()
	t.Cleanup(func() { cancel(); <-stopped })
	cache := responsecache.New(1<<20, time.Hour, stream.Listening)
	stream.Watch(cache.Invalidate)
	_, editor, err := auth.CreateToken(context.Background(), db.Client, "cache editor", auth.Editor)
	if err != nil {
		t.Fatal(err)
	}
	e.h = server.New(db.Client, server.Options{
		DB: db.SQL, Events: stream, ResponseCache: cache, InterpretedQueries: interpreted,
		Authenticate: auth.NewTokens(db.Client).Bearer,
	})
	return &cachedEdge{edge: e, cache: cache, stream: stream, editor: editor}
}

// ask sends query over POST or GET as the holder of token ("" for none),
// failing t on errors, and returns the data.
func (e *cachedEdge) ask(t *testing.T, method, token, query string, vars map[string]any) string {
	t.Helper()
	var headers []string
	if token != "" {
		headers = []string{"Authorization", "Bearer " + token}
	}
	var rec *httptest.ResponseRecorder
	if method == "GET" {
		v, _ := json.Marshal(vars)
		rec = e.get(t, []string{"query", query, "variables", string(v)}, headers...)
	} else {
		rec = e.post(t, query, vars, headers...)
	}
	a := decode(t, rec)
	if rec.Code != 200 || len(a.Errors) > 0 {
		t.Fatalf("%s %s: %d %s", method, query, rec.Code, rec.Body)
	}
	return string(a.Data)
}

// The second anonymous asking of a query is answered from the cache,
// without the database, over POST and GET and whichever executor; token
// holders' questions are neither answered from it nor kept in it.
func TestResponseCacheAnswersAnonymousCallers(t *testing.T) {
	const query = `query Person($slug: String!) { person(slug: $slug) { fullName } }`
	vars := map[string]any{"slug": "vu-duy-hoang"}
	for _, interpreted := range []bool{false, true} {
		e := newCachedEdge(t, interpreted)
		for _, method := range []string{"POST", "GET"} {
			e.cache.Invalidate()
			first := e.ask(t, method, "", query, vars)
			before, hits := e.queries.Load(), e.cache.Stats().Hits
			if again := e.ask(t, method, "", query, vars); again != first {
				t.Errorf("interpreted %v, %s: from the cache %s, computed %s", interpreted, method, again, first)
			}
			if e.queries.Load() != before || e.cache.Stats().Hits != hits+1 {
				t.Errorf("interpreted %v, %s: the second asking was not a hit (%d queries, %+v)", interpreted, method, e.queries.Load()-before, e.cache.Stats())
			}

			e.cache.Invalidate()
			hits = e.cache.Stats().Hits
			for range 2 {
				e.ask(t, method, e.editor, query, vars)
			}
			if e.cache.Stats().Hits != hits {
				t.Errorf("interpreted %v, %s: a token holder was answered from the cache", interpreted, method)
			}
			if s := e.cache.Stats(); s.Entries != 0 {
				t.Errorf("interpreted %v, %s: a token holder's answer was kept: %+v", interpreted, method, s)
			}
		}
	}
}

// A draft never enters the cache: what an editor reads (drafts included)
// is not kept, and the anonymous answer to the same question has no draft.
func TestResponseCacheHoldsNoDraft(t *testing.T) {
	const feed = `{ articles(first: 100) { totalCount edges { node { title } } } }`
	for _, interpreted := range []bool{false, true} {
		e := newCachedEdge(t, interpreted)
		e.ask(t, "POST", e.editor, `mutation { createArticle(input: {title: "Bản nháp chưa đăng"}) { id } }`, nil)
		if got := e.ask(t, "POST", e.editor, feed, nil); !strings.Contains(got, "Bản nháp chưa đăng") {
			t.Fatalf("the editor does not see the draft: %s", got)
		}
		if s := e.cache.Stats(); s.Entries != 0 {
			t.Fatalf("interpreted %v: the editor's answer was kept: %+v", interpreted, s)
		}
		for range 2 {
			if got := e.ask(t, "GET", "", feed, nil); strings.Contains(got, "Bản nháp") {
				t.Fatalf("interpreted %v: an anonymous caller got the draft: %s", interpreted, got)
			}
		}
		if s := e.cache.Stats(); s.Hits != 1 {
			t.Errorf("interpreted %v: the anonymous answer was not cached: %+v", interpreted, s)
		}
	}
}

// Every committed write that changes what anonymous readers see empties
// the cache before the writer is answered: a publication, a correction, an
// unpublication, and writes that send no event (a person's name, a tag's).
func TestResponseCacheFollowsWrites(t *testing.T) {
	e := newCachedEdge(t, false)
	var created struct{ CreateArticle struct{ ID string } }
	jsonInto(t, json.RawMessage(e.ask(t, "POST", e.editor,
		`mutation { createArticle(input: {title: "Tin sắp đăng", tagIDs: []}) { id } }`, nil)), &created)
	id := created.CreateArticle.ID
	var person struct{ Person struct{ ID string } }
	jsonInto(t, json.RawMessage(e.ask(t, "POST", "", `{ person(slug: "vu-duy-hoang") { id } }`, nil)), &person)

	const feed = `{ articles(first: 100) { edges { node { title } } } }`
	const who = `{ person(slug: "vu-duy-hoang") { fullName } }`
	version := func() int {
		var a struct{ Node struct{ Version int } }
		jsonInto(t, json.RawMessage(e.ask(t, "POST", e.editor, `query($id: ID!) { node(id: $id) { ... on Article { version } } }`, map[string]any{"id": id})), &a)
		return a.Node.Version
	}
	for _, c := range []struct {
		name, query, write string
		vars               func() map[string]any
		want, gone         string
	}{
		{"publication", feed, `mutation($id: ID!) { publishArticle(id: $id) { id } }`,
			func() map[string]any { return map[string]any{"id": id} }, "Tin sắp đăng", ""},
		{"correction", feed, `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, input: {title: "Tin đã đính chính"}) { id } }`,
			func() map[string]any { return map[string]any{"id": id, "v": version()} }, "Tin đã đính chính", "Tin sắp đăng"},
		{"unpublication", feed, `mutation($id: ID!) { unpublishArticle(id: $id) { id } }`,
			func() map[string]any { return map[string]any{"id": id} }, "", "Tin đã đính chính"},
		{"a person's name, no event", who, `mutation($id: ID!) { updatePerson(id: $id, input: {fullName: "Vũ Duy Hoàng (sửa)"}) { id } }`,
			func() map[string]any { return map[string]any{"id": person.Person.ID} }, "Vũ Duy Hoàng (sửa)", ""},
	} {
		for range 2 {
			e.ask(t, "POST", "", c.query, nil) // cached
		}
		invalidations := e.cache.Stats().Invalidations
		e.ask(t, "POST", e.editor, c.write, c.vars())
		if e.cache.Stats().Invalidations == invalidations {
			t.Errorf("%s: the cache was not emptied", c.name)
		}
		got := e.ask(t, "POST", "", c.query, nil)
		if c.want != "" && !strings.Contains(got, c.want) || c.gone != "" && strings.Contains(got, c.gone) {
			t.Errorf("%s: the next anonymous answer is stale: %s", c.name, got)
		}
	}

	// Writes no anonymous reader can see leave the cache alone: tokens are
	// used (lastUsedAt) all the time, and a reader's feedback waits for an
	// editor's approval.
	var article struct {
		Articles struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	jsonInto(t, json.RawMessage(e.ask(t, "POST", "", `{ articles(first: 1) { edges { node { id } } } }`, nil)), &article)
	// The stream empties the cache again when it reads the events of the
	// writes above, whenever it gets to them: wait until it has.
	last, err := e.db.Client.Event.Query().Order(ent.Desc(entevent.FieldID)).First(auth.System(context.Background()))
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, "the stream to read the outbox", func() bool { return e.stream.Head() >= last.ID })
	e.ask(t, "POST", "", who, nil)
	invalidations := e.cache.Stats().Invalidations
	e.ask(t, "POST", e.editor, `{ __typename }`, nil)
	if _, _, err := auth.CreateToken(context.Background(), e.db.Client, "another", auth.Viewer); err != nil {
		t.Fatal(err)
	}
	e.ask(t, "POST", "", `mutation($id: ID!) { submitFeedback(articleId: $id, name: "Bạn đọc", email: "ban.doc@example.vn", content: "Cảm ơn tòa soạn") { id } }`,
		map[string]any{"id": article.Articles.Edges[0].Node.ID})
	if n := e.cache.Stats().Invalidations; n != invalidations {
		t.Errorf("writes to tokens and a reader's feedback emptied the cache %d times", n-invalidations)
	}
}
