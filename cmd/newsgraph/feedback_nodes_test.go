package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"

	"github.com/newsgraph/newsgraph/graph"
	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// The feedback limit holds per client address across nodes on PostgreSQL:
// a reader who spends the burst on two nodes, one message on one, the next
// on the other, is refused the next message with RATE_LIMITED, whichever
// node it goes to. (Both nodes see the test's 127.0.0.1.)
func TestFeedbackLimitHoldsAcrossNodes(t *testing.T) {
	c := testnode.Start(t, testdb.PostgresURL(t), 2)
	editor := c.Token(t, "editor")
	a := c.Nodes[0]
	var created struct{ CreateArticle struct{ ID string } }
	a.Query(t, editor, `mutation { createArticle(input: {title: "Hội nghị sơ kết công tác tuyên giáo"}) { id } }`, nil, &created)
	a.Query(t, editor, `mutation($id: ID!) { publishArticle(id: $id) { status } }`, map[string]any{"id": created.CreateArticle.ID}, nil)

	const submit = `mutation($article: ID!, $n: String!) {
  submitFeedback(articleId: $article, name: "Nguyễn Thị Hằng", email: "hang@example.vn", content: $n) { status }
}`
	send := func(i int) (status string, errs []gqlErr) {
		n := c.Nodes[i%len(c.Nodes)]
		var out struct {
			Data   struct{ SubmitFeedback *struct{ Status string } }
			Errors []gqlErr
		}
		post(t, n.Endpoint(), submit, map[string]any{"article": created.CreateArticle.ID, "n": fmt.Sprintf("Ý kiến số %d", i+1)}, &out)
		if out.Data.SubmitFeedback != nil {
			status = out.Data.SubmitFeedback.Status
		}
		return status, out.Errors
	}
	for i := range graph.DefaultFeedbackBurst {
		if status, errs := send(i); status != "PENDING" || len(errs) > 0 {
			t.Fatalf("message %d of the burst, to %s: %q %+v", i+1, c.Nodes[i%2].Name, status, errs)
		}
	}
	for i := graph.DefaultFeedbackBurst; i < graph.DefaultFeedbackBurst+2; i++ {
		_, errs := send(i)
		if len(errs) != 1 || errs[0].Extensions.Code != "RATE_LIMITED" || errs[0].Extensions.RetryAfter <= 0 {
			t.Fatalf("message %d, to %s after the burst was spent on both nodes: %+v, want RATE_LIMITED with retryAfter", i+1, c.Nodes[i%2].Name, errs)
		}
	}
}

type gqlErr struct {
	Message    string
	Extensions struct {
		Code       string
		RetryAfter int
	}
}

// post sends a GraphQL request anonymously and decodes the whole answer.
func post(t *testing.T, endpoint, query string, vars map[string]any, out any) {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := http.Post(endpoint, "application/json", bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatalf("%s: HTTP %d: %v", endpoint, resp.StatusCode, err)
	}
}
