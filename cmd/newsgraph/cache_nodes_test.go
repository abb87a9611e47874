package main

import (
	"bufio"
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// cacheBound is how long the test lets a write through one node take to
// reach another node's cached answers: far above the documented bound
// (the notification's way, milliseconds), for a busy CI machine; the
// nodes' own age limit (an hour here) is never what makes them fresh.
const cacheBound = 10 * time.Second

// metric reads one unlabelled figure of node n's /metrics.
func metric(t *testing.T, n *testnode.Node, name string) float64 {
	t.Helper()
	resp, err := http.Get(n.URL() + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), name+" "); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				t.Fatalf("%s: %q", name, sc.Text())
			}
			return f
		}
	}
	t.Fatalf("%s has no %s", n.Name, name)
	return 0
}

// Node A caches anonymous answers; publications, corrections,
// unpublications and writes that send no event, made through node B, are
// in node A's next answers within the bound, never later: A's cache is
// emptied by B's change notices, not by its age limit (an hour here).
func TestResponseCacheFollowsOtherNodes(t *testing.T) {
	c := testnode.Start(t, testdb.PostgresURL(t), 2, "--response-cache-max-age", "1h")
	a, b := c.Nodes[0], c.Nodes[1]
	editor := c.Token(t, "editor")

	var created struct{ CreateArticle struct{ ID string } }
	b.Query(t, editor, `mutation { createArticle(input: {title: "Tin qua nút B"}) { id } }`, nil, &created)
	id := created.CreateArticle.ID
	var person struct{ CreatePerson struct{ ID, Slug string } }
	b.Query(t, editor, `mutation { createPerson(input: {fullName: "Nguyễn Văn Bộ Nhớ"}) { id slug } }`, nil, &person)
	version := func() int {
		var v struct{ Node struct{ Version int } }
		b.Query(t, editor, `query($id: ID!) { node(id: $id) { ... on Article { version } } }`, map[string]any{"id": id}, &v)
		return v.Node.Version
	}

	const feed = `{ articles(first: 100) { edges { node { title } } } }`
	who := `{ person(slug: "` + person.CreatePerson.Slug + `") { fullName } }`
	ask := func(query string) string {
		var data json.RawMessage
		a.Query(t, "", query, nil, &data)
		return string(data)
	}
	for _, w := range []struct {
		name, query, write string
		vars               func() map[string]any
		want, gone         string
	}{
		{"publication", feed, `mutation($id: ID!) { publishArticle(id: $id) { id } }`,
			func() map[string]any { return map[string]any{"id": id} }, "Tin qua nút B", ""},
		{"correction", feed, `mutation($id: ID!, $v: Int!) { updateArticle(id: $id, expectedVersion: $v, input: {title: "Tin đính chính qua nút B"}) { id } }`,
			func() map[string]any { return map[string]any{"id": id, "v": version()} }, "Tin đính chính qua nút B", ""},
		{"unpublication", feed, `mutation($id: ID!) { unpublishArticle(id: $id) { id } }`,
			func() map[string]any { return map[string]any{"id": id} }, "", "Tin đính chính"},
		{"a person's name, no event", who, `mutation($id: ID!) { updatePerson(id: $id, input: {fullName: "Nguyễn Văn Bộ Nhớ Mới"}) { id } }`,
			func() map[string]any { return map[string]any{"id": person.CreatePerson.ID} }, "Bộ Nhớ Mới", ""},
	} {
		vars := w.vars()
		// Until node A answers from its cache: the notices of the writes
		// before may still be on their way.
		for start := time.Now(); ; {
			hits := metric(t, a, "newsgraph_response_cache_hits_total")
			ask(w.query)
			if metric(t, a, "newsgraph_response_cache_hits_total") > hits {
				break
			}
			if time.Since(start) > cacheBound {
				t.Fatalf("%s: node A does not answer from its cache", w.name)
			}
		}
		b.Query(t, editor, w.write, vars, nil)
		start := time.Now()
		for {
			got := ask(w.query)
			if (w.want == "" || strings.Contains(got, w.want)) && (w.gone == "" || !strings.Contains(got, w.gone)) {
				t.Logf("%s: on node A after %v", w.name, time.Since(start))
				break
			}
			if time.Since(start) > cacheBound {
				t.Fatalf("%s: node A still answers %s after %v", w.name, got, cacheBound)
			}
		}
	}
	if n := metric(t, a, "newsgraph_response_cache_invalidations_total"); n < 4 {
		t.Errorf("node A's cache was emptied %v times", n)
	}
}
