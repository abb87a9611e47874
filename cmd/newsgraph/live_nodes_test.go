package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/bench"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// liveEvent is what the tests subscribe to of an event.
type liveEvent struct {
	Cursor    string `json:"cursor"`
	Kind      string `json:"kind"`
	ArticleID string `json:"articleId"`
	Title     string `json:"title"`
}

// subscribe opens articleEvents over graphql-sse on node n, after cursor
// (none: from now), and returns its events until ctx ends.
func subscribe(ctx context.Context, t *testing.T, n *testnode.Node, after string) <-chan liveEvent {
	t.Helper()
	vars := map[string]any{}
	if after != "" {
		vars["after"] = after
	}
	body, _ := json.Marshal(map[string]any{
		"query":     `subscription($after: String) { articleEvents(after: $after) { cursor kind articleId title } }`,
		"variables": vars,
	})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, n.Endpoint(), bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("subscribe on %s: %v", n.URL(), err)
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		t.Fatalf("subscribe on %s: HTTP %d", n.URL(), resp.StatusCode)
	}
	out := make(chan liveEvent, 100)
	go func() {
		defer resp.Body.Close()
		defer close(out)
		bench.ReadSSE(resp.Body, func(e bench.SSEEvent) error {
			if e.Type != "next" {
				return nil
			}
			var r struct {
				Data   struct{ ArticleEvents liveEvent }
				Errors []any
			}
			if err := json.Unmarshal([]byte(e.Data), &r); err != nil || len(r.Errors) > 0 {
				t.Errorf("subscription answered %s", e.Data)
				return nil
			}
			out <- r.Data.ArticleEvents
			return nil
		})
	}()
	return out
}

// next waits for the next event on events.
func next(t *testing.T, events <-chan liveEvent) liveEvent {
	t.Helper()
	select {
	case e, ok := <-events:
		if !ok {
			t.Fatal("the subscription ended")
		}
		return e
	case <-time.After(30 * time.Second):
		t.Fatal("no event within 30 s")
	}
	return liveEvent{}
}

// publishOn creates and publishes an article through node n.
func publishOn(t *testing.T, n *testnode.Node, token, title string) string {
	t.Helper()
	var created struct{ CreateArticle struct{ ID string } }
	n.Query(t, token, `mutation($t: String!) { createArticle(input: {title: $t}) { id } }`, map[string]any{"t": title}, &created)
	n.Query(t, token, `mutation($id: ID!) { publishArticle(id: $id) { id } }`, map[string]any{"id": created.CreateArticle.ID}, nil)
	return created.CreateArticle.ID
}

// Nodes are stateless: a subscriber on node B hears of what is published
// through node A; when B dies (SIGKILL) the subscriber resumes on B
// restarted, or on A, from the last cursor it got, and receives what was
// published meanwhile, once each, in order.
func TestSubscribersFollowEventsAcrossNodes(t *testing.T) {
	c := testnode.Start(t, testdb.PostgresURL(t), 2)
	a, b := c.Nodes[0], c.Nodes[1]
	editor := c.Token(t, "editor")
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()

	onB := subscribe(ctx, t, b, "")
	first := publishOn(t, a, editor, "Đăng qua nút A")
	got := next(t, onB)
	if got.ArticleID != first || got.Kind != "ARTICLE_PUBLISHED" {
		t.Fatalf("on B: %+v, want ARTICLE_PUBLISHED of %s", got, first)
	}

	b.Kill(t)
	var missed []string
	for i := range 3 {
		missed = append(missed, publishOn(t, a, editor, fmt.Sprintf("Đăng khi nút B ngừng %c", 'a'+i)))
	}
	b.Restart(t)
	for _, n := range []*testnode.Node{b, a} {
		resumed := subscribe(ctx, t, n, got.Cursor)
		for _, id := range missed {
			if e := next(t, resumed); e.ArticleID != id || e.Kind != "ARTICLE_PUBLISHED" {
				t.Errorf("resumed on %s: %+v, want ARTICLE_PUBLISHED of %s", n.URL(), e, id)
			}
		}
		// Nothing more: the next event is the next one written.
		last := publishOn(t, a, editor, "Sau khi nối lại "+n.URL())
		if e := next(t, resumed); e.ArticleID != last {
			t.Errorf("resumed on %s: then %+v, want %s", n.URL(), e, last)
		}
		missed = append(missed, last)
	}
}
