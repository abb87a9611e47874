// Package kittest is what the client kits' tests share: a real newsgraph
// server on the demo content, with what each kit example needs to show
// something made sure of, and a check of what a kit printed against what
// the server holds. Each kit prints the same lines, so one check serves
// both.
package kittest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/testdb"
	"github.com/newsgraph/newsgraph/internal/testnode"
)

// PageSize is the feed page size the kits are run with: one article, so
// that two pages exist.
const PageSize = 1

// Search is what the kits search for, and SearchHit a line it must print:
// a person of the demo content, found without diacritics.
const (
	Search    = "vu duy hoang"
	SearchHit = "search: Person: Vũ Duy Hoàng"
)

// Server is one newsgraph node on the demo content.
type Server struct {
	// Endpoint is the node's GraphQL endpoint, http://127.0.0.1:PORT/query.
	Endpoint string
	// Token is an editor's API token, for the kit.
	Token string
	// admin is an admin's token, for the test's own setup and checks: a
	// server with a manifest of trusted documents lets it send any text
	// with --adhoc-roles admin, and still holds the kit to the manifest.
	admin string
	node  *testnode.Node
}

// Start starts a node on a fresh database of engine e with the demo
// content, then makes sure it holds what the kits show: one more published
// article, older than the demo's, so a feed of one article a page has two
// pages, and an award that went to a person and to an organization.
func Start(t *testing.T, e testdb.Engine, args ...string) *Server {
	t.Helper()
	c := testnode.Start(t, e.URL(t), 1, append([]string{"--demo=true"}, args...)...)
	s := &Server{Endpoint: c.Nodes[0].Endpoint(), Token: c.Token(t, "editor"), admin: c.Token(t, "admin"), node: c.Nodes[0]}
	s.publishArticle(t)
	s.awardRecipients(t)
	return s
}

// publishArticle publishes one more article than the demo content has,
// dated before it, so that the newest article is still the demo's.
func (s *Server) publishArticle(t *testing.T) {
	var created struct{ CreateArticle struct{ ID string } }
	s.node.Query(t, s.admin, `mutation($title: String!) { createArticle(input: {title: $title, body: "<p>Bài thứ hai.</p>"}) { id } }`,
		map[string]any{"title": "Bài thứ hai của trang tin"}, &created)
	s.node.Query(t, s.admin, `mutation($id: ID!) { publishArticle(id: $id, at: "2024-01-15T08:00:00Z") { status } }`,
		map[string]any{"id": created.CreateArticle.ID}, nil)
}

// awardRecipients gives the first award a person and an organization as
// recipients, unless some award of the demo content has both already.
func (s *Server) awardRecipients(t *testing.T) {
	var out struct {
		Awards struct {
			Edges []struct {
				Node struct {
					ID         string
					Recipients []struct {
						Typename string `json:"__typename"`
					}
				}
			}
		}
		People struct {
			Edges []struct{ Node struct{ ID string } }
		}
		Organizations struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	s.node.Query(t, s.admin, `{
		awards(first: 10) { edges { node { id recipients { __typename } } } }
		people(first: 1) { edges { node { id } } }
		organizations(first: 1) { edges { node { id } } }
	}`, nil, &out)
	for _, e := range out.Awards.Edges {
		var kinds []string
		for _, r := range e.Node.Recipients {
			kinds = append(kinds, r.Typename)
		}
		if slices.Contains(kinds, "Person") && slices.Contains(kinds, "Organization") {
			return
		}
	}
	if len(out.Awards.Edges) == 0 || len(out.People.Edges) == 0 || len(out.Organizations.Edges) == 0 {
		t.Fatal("the demo content has no award, person or organization")
	}
	s.node.Query(t, s.admin, `mutation($id: ID!, $person: ID!, $org: ID!) {
		updateAward(id: $id, input: {addRecipientPersonIDs: [$person], addRecipientOrganizationIDs: [$org]}) { id }
	}`, map[string]any{
		"id":     out.Awards.Edges[0].Node.ID,
		"person": out.People.Edges[0].Node.ID,
		"org":    out.Organizations.Edges[0].Node.ID,
	}, nil)
}

// Check fails t unless output, what a kit printed, shows each example as
// the server holds it: the titles of the feed's first two pages of one
// article (not the same), the newest article read by its slug, every
// award recipient as a person or an organization, the search hit, and a
// draft created with its event date and deleted (and gone).
func (s *Server) Check(t *testing.T, output string) {
	t.Helper()
	lines := strings.Split(strings.TrimRight(output, "\n"), "\n")
	has := func(line string) bool { return slices.Contains(lines, line) }
	missing := func(what, line string) {
		t.Errorf("%s: no line %q in the kit's output:\n%s", what, line, output)
	}

	var feed struct {
		Articles struct {
			Edges []struct {
				Node struct {
					Title, PublishedAt string
					EventDate          *string
				}
			}
		}
	}
	s.node.Query(t, s.admin, `{ articles(first: 2, orderBy: {field: PUBLISHED_AT, direction: DESC}, where: {status: PUBLISHED}) { edges { node { title publishedAt eventDate } } } }`, nil, &feed)
	if len(feed.Articles.Edges) != 2 {
		t.Fatalf("the server has %d published articles, want at least 2", len(feed.Articles.Edges))
	}
	newest := feed.Articles.Edges[0].Node
	first, second := newest.Title, feed.Articles.Edges[1].Node.Title
	for page, title := range map[int]string{1: first, 2: second} {
		if line := fmt.Sprintf("page %d: %s", page, title); !has(line) {
			missing("the feed", line)
		}
	}
	if pageLines(lines, 1) == pageLines(lines, 2) {
		t.Errorf("page 2 is page 1 again:\n%s", output)
	}
	event := "no event date"
	if newest.EventDate != nil {
		event = *newest.EventDate
	}
	if line := fmt.Sprintf("article: %s | published %s | event %s", first, newest.PublishedAt, event); !has(line) {
		missing("the article by slug", line)
	}

	var awards struct {
		Awards struct {
			Edges []struct {
				Node struct {
					Name       string
					Recipients []struct {
						Typename string `json:"__typename"`
						FullName string
						Name     string
					}
				}
			}
		}
	}
	s.node.Query(t, s.admin, `{ awards(first: 10) { edges { node { name recipients { __typename ... on Person { fullName } ... on Organization { name } } } } } }`, nil, &awards)
	recipients := 0
	for _, e := range awards.Awards.Edges {
		for _, r := range e.Node.Recipients {
			name := r.Name
			if r.Typename == "Person" {
				name = r.FullName
			}
			recipients++
			if line := fmt.Sprintf("award: %s -> %s: %s", e.Node.Name, r.Typename, name); !has(line) {
				missing("the award recipients", line)
			}
		}
	}
	if recipients == 0 {
		t.Error("no award has recipients: the test's content is wrong")
	}

	if !has(SearchHit) {
		missing("search", SearchHit)
	}

	var created, deleted string
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, "created: "); ok {
			created = rest
		}
		if rest, ok := strings.CutPrefix(l, "deleted: "); ok {
			deleted = rest
		}
	}
	// The kits write the draft with the event date 2024-07-03 (a Date),
	// which must come back as that day.
	id, _, _ := strings.Cut(created, " ")
	if created == "" || !strings.HasSuffix(created, " DRAFT event 2024-07-03") || deleted != id {
		t.Errorf("the mutation: want created: ID SLUG DRAFT event 2024-07-03, then deleted: ID; got %q and %q:\n%s", created, deleted, output)
	} else {
		var gone struct{ Node *struct{ ID string } }
		s.node.Query(t, s.admin, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}, &gone)
		if gone.Node != nil {
			t.Errorf("article %s is still there after the kit deleted it", id)
		}
	}
}

// pageLines is the feed lines of one page, joined.
func pageLines(lines []string, page int) string {
	prefix := fmt.Sprintf("page %d: ", page)
	var titles []string
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, prefix); ok {
			titles = append(titles, rest)
		}
	}
	return strings.Join(titles, "\n")
}
