package main

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

func TestMain(m *testing.M) { testnode.Main(m) }

// The harness itself: a node killed with SIGKILL and one stopped with
// SIGTERM (which it must survive with a clean exit) come back on their
// addresses, ready, and the other node serves meanwhile.
func TestNodesStopKillRestart(t *testing.T) {
	c := testnode.Start(t, testdb.PostgresURL(t), 2)
	a, b := c.Nodes[0], c.Nodes[1]
	if a.URL() == b.URL() {
		t.Fatalf("two nodes on one address %s", a.URL())
	}
	const count = `{ articles(first: 1) { totalCount } }`
	at := a.URL()
	a.Kill(t)
	if a.Running() {
		t.Fatal("killed, still running")
	}
	b.Query(t, "", count, nil, nil)
	a.Restart(t)
	if a.URL() != at {
		t.Errorf("restarted at %s, was %s", a.URL(), at)
	}
	b.Stop(t)
	b.Restart(t)
	a.Query(t, "", count, nil, nil)
	b.Query(t, "", count, nil, nil)
}

// A scheduled publication is announced once, whichever node's scheduler
// gets to it: one ARTICLE_PUBLISHED for one article with two nodes, and for
// each of fifty due at the same instant with three.
func TestScheduledPublicationIsAnnouncedOnceAcrossNodes(t *testing.T) {
	t.Run("one article, two nodes", func(t *testing.T) { scheduledOnce(t, 2, 1) })
	t.Run("fifty at once, three nodes", func(t *testing.T) { scheduledOnce(t, 3, 50) })
}

// scheduledOnce schedules articles for one instant through the first of
// nodes, and then a sentinel two seconds later. Every scheduler processes
// due articles in order of publication, so once the sentinel's event is
// written, every node has ticked with the articles due. The nodes are then
// stopped, and once PostgreSQL has no connection of theirs left (nothing
// more can commit) each article must have exactly one event.
func scheduledOnce(t *testing.T, nodes, articles int) {
	url := testdb.PostgresURL(t)
	c := testnode.Start(t, url, nodes)
	editor := c.Token(t, "editor")
	a := c.Nodes[0]

	create := func(title string) int {
		var out struct{ CreateArticle struct{ ID string } }
		a.Query(t, editor, `mutation($t: String!) { createArticle(input: {title: $t}) { id } }`, map[string]any{"t": title}, &out)
		id, err := strconv.Atoi(out.CreateArticle.ID)
		if err != nil {
			t.Fatalf("createArticle gave id %q", out.CreateArticle.ID)
		}
		return id
	}
	publish := func(id int, at time.Time) {
		var out struct{ PublishArticle struct{ Status string } }
		a.Query(t, editor, `mutation($id: ID!, $at: Time) { publishArticle(id: $id, at: $at) { status } }`,
			map[string]any{"id": strconv.Itoa(id), "at": at.Format(time.RFC3339Nano)}, &out)
		if out.PublishArticle.Status != "SCHEDULED" {
			t.Fatalf("article %d published for %s is %s, want SCHEDULED (the test took too long to schedule it)", id, at, out.PublishArticle.Status)
		}
	}
	ids := make([]int, articles)
	for i := range ids {
		ids[i] = create(fmt.Sprintf("Lịch đăng bài %d", i+1))
	}
	sentinel := create("Bài lính gác")
	// Two seconds from now, with time to schedule them all first.
	due := time.Now().Add(2*time.Second + time.Duration(articles)*40*time.Millisecond)
	for _, id := range ids {
		publish(id, due)
	}
	publish(sentinel, due.Add(2*time.Second))

	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one connection, so that it can leave out itself below
	ctx := context.Background()
	published := func() map[int]int {
		t.Helper()
		rows, err := db.QueryContext(ctx, `SELECT article_id, count(*) FROM events WHERE kind = 'ARTICLE_PUBLISHED' GROUP BY article_id`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		n := map[int]int{}
		for rows.Next() {
			var id, count int
			if err := rows.Scan(&id, &count); err != nil {
				t.Fatal(err)
			}
			n[id] = count
		}
		if err := rows.Err(); err != nil {
			t.Fatal(err)
		}
		return n
	}
	waitUntil(t, 30*time.Second, "every article's event", func() bool {
		n := published()
		for _, id := range ids {
			if n[id] == 0 {
				return false
			}
		}
		return true
	})
	waitUntil(t, 30*time.Second, "the sentinel's event", func() bool { return published()[sentinel] > 0 })

	for _, n := range c.Nodes {
		n.Stop(t)
	}
	waitUntil(t, 30*time.Second, "the nodes' connections to end", func() bool {
		var others int
		err := db.QueryRowContext(ctx, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`).Scan(&others)
		if err != nil {
			t.Fatal(err)
		}
		return others == 0
	})
	n := published()
	for _, id := range append(ids, sentinel) {
		if n[id] != 1 {
			t.Errorf("article %d: %d ARTICLE_PUBLISHED events, want 1", id, n[id])
		}
	}
	if len(n) != articles+1 {
		t.Errorf("ARTICLE_PUBLISHED for %d articles, want %d: %v", len(n), articles+1, n)
	}
}

// waitUntil polls done until it holds, failing t after within.
func waitUntil(t *testing.T, within time.Duration, what string, done func() bool) {
	t.Helper()
	deadline := time.NewTimer(within)
	defer deadline.Stop()
	poll := time.NewTicker(50 * time.Millisecond)
	defer poll.Stop()
	for !done() {
		select {
		case <-deadline.C:
			t.Fatalf("waited %s for %s", within, what)
		case <-poll.C:
		}
	}
}

// Replicas deployed together on an empty database all start: they take
// turns migrating it and loading the demo content, which is loaded once.
func TestNodesStartTogetherOnAnEmptyDatabase(t *testing.T) {
	url := testdb.PostgresURL(t)
	c := testnode.StartTogether(t, url, 4, "--demo=true")
	var counts []int
	for _, n := range c.Nodes {
		var got struct{ Articles struct{ TotalCount int } }
		n.Query(t, "", `{ articles(first: 1) { totalCount } }`, nil, &got)
		counts = append(counts, got.Articles.TotalCount)
	}
	db, err := sql.Open("postgres", url)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var published, events int
	if err := db.QueryRow(`SELECT (SELECT count(*) FROM articles WHERE announced), (SELECT count(*) FROM events)`).Scan(&published, &events); err != nil {
		t.Fatal(err)
	}
	if counts[0] == 0 || published != counts[0] || events != published {
		t.Errorf("nodes count %v public articles; %d announced, %d events: want the demo content once", counts, published, events)
	}
	for _, n := range counts[1:] {
		if n != counts[0] {
			t.Errorf("nodes count %v public articles, want the same on each", counts)
		}
	}
}
