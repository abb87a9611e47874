package server_test

import (
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/server"
)

// operationLabels reads the operation labels of the request counter on
// /metrics, with their counts summed over the outcomes.
func operationLabels(t *testing.T, e *edge) map[string]int {
	t.Helper()
	body := e.request(t, http.MethodGet, "/metrics", "").Body.String()
	line := regexp.MustCompile(`(?m)^newsgraph_graphql_requests_total\{operation="([^"]*)",outcome="[a-z]+"\} (\d+)$`)
	labels := map[string]int{}
	for _, m := range line.FindAllStringSubmatch(body, -1) {
		var n int
		fmt.Sscan(m[2], &n)
		labels[m[1]] += n
	}
	return labels
}

// maxOperationLabels is the cap docs/operations.md promises.
const maxOperationLabels = 200

// The operation label of the request figures is bounded: a name becomes a
// label only when an operation that validated brings it, and only the first
// 200 of them; later names, and names sent with documents that fail, are
// "other". An anonymous operation of a trusted document is labelled by the
// document's short id.
func TestOperationLabelsAreBounded(t *testing.T) {
	e := newEdge(t, server.Options{})
	post := func(name, query string) answer {
		t.Helper()
		b, _ := json.Marshal(map[string]any{"query": query, "operationName": name})
		return decode(t, e.request(t, http.MethodPost, "/query", string(b), "Content-Type", "application/json"))
	}

	// A document that fails names what it likes: no label for it.
	for i := range 5 {
		post(fmt.Sprintf("Junk%d", i), fmt.Sprintf("query Junk%d { nope }", i))
	}
	if got := operationLabels(t, e); got["other"] != 5 || len(got) != 1 {
		t.Fatalf("failing documents' names: labels %v, want only other: 5", got)
	}

	for i := range maxOperationLabels + 10 {
		if a := post("", fmt.Sprintf("query Op%d { __typename }", i)); len(a.Errors) > 0 {
			t.Fatalf("Op%d: %v", i, a.Errors)
		}
	}
	post("", "query Op0 { __typename }")      // a label kept is kept
	post("Op1", "query Op1 { nope }")         // and counts its failures too
	post("", "{ __typename }")                // anonymous is no name
	post("", "query Op999 { __typename }")    // past the cap
	post("1-bad", "query Op2 { __typename }") // operationName that is no name, unknown operation

	got := operationLabels(t, e)
	names := 0
	for label := range got {
		if strings.HasPrefix(label, "Op") {
			names++
		}
	}
	if names != maxOperationLabels {
		t.Errorf("%d operation names are labels, want the first %d", names, maxOperationLabels)
	}
	for label, want := range map[string]int{
		"Op0":       2,
		"Op1":       2,
		"Op199":     1,
		"anonymous": 1,
		"invalid":   1,
		"other":     5 + 10 + 1,
	} {
		if got[label] != want {
			t.Errorf("label %s counted %d, want %d", label, got[label], want)
		}
	}
	for _, absent := range []string{"Op200", "Op999", "Junk0"} {
		if _, ok := got[absent]; ok {
			t.Errorf("%s is a label past the cap", absent)
		}
	}
}

// With a manifest of trusted documents, a named document is labelled by
// its name and an anonymous one by "sha256:" and the first 12 hex digits of
// its id, however it was named (documentId, or its exact text).
func TestOperationLabelsOfTrustedDocuments(t *testing.T) {
	const anonymous = `{ people(first: 1) { totalCount } }`
	raw, _ := json.Marshal(map[string]string{documentID(anonymous): anonymous, documentID(feedDocument): feedDocument})
	manifest, err := server.ParseManifest(raw)
	if err != nil {
		t.Fatal(err)
	}
	e := newEdge(t, server.Options{Documents: manifest})
	e.request(t, http.MethodPost, "/query", `{"documentId":"`+documentID(anonymous)+`"}`, "Content-Type", "application/json")
	e.post(t, anonymous, nil)
	e.request(t, http.MethodPost, "/query", `{"documentId":"`+documentID(feedDocument)+`"}`, "Content-Type", "application/json")
	got := operationLabels(t, e)
	short := "sha256:" + hashOf(anonymous)[:12]
	if got[short] != 2 || got["Feed"] != 1 || len(got) != 2 {
		t.Errorf("labels %v, want %s: 2 and Feed: 1", got, short)
	}
}
