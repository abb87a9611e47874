package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/Khan/genqlient/graphql"
)

// Settings are what the kit shows, besides where it connects.
type Settings struct {
	// PageSize is the number of articles in a feed page (1 to 100).
	PageSize int
	// Search is what to search for.
	Search string
	// Token is an editor's API token; without one the mutation is skipped.
	Token string
}

// NewClient returns a genqlient client of the GraphQL endpoint (e.g.
// http://localhost:8080/query) that sends token, when not empty, as a
// bearer token.
func NewClient(endpoint, token string) graphql.Client {
	return graphql.NewClient(endpoint, &bearer{token: token, client: &http.Client{Timeout: 30 * time.Second}})
}

// bearer adds the API token to each request.
type bearer struct {
	token  string
	client *http.Client
}

func (b *bearer) Do(req *http.Request) (*http.Response, error) {
	if b.token != "" {
		req = req.Clone(req.Context())
		req.Header.Set("Authorization", "Bearer "+b.token)
	}
	return b.client.Do(req)
}

// Run shows every example in turn and writes what it read to w: the feed's
// first two pages, the newest article, award recipients, search hits, and
// a draft written and deleted with the token.
func Run(ctx context.Context, client graphql.Client, s Settings, w io.Writer) error {
	newest, err := PrintFeed(ctx, client, w, s.PageSize)
	if err != nil {
		return err
	}
	if newest != "" {
		if err := PrintArticle(ctx, client, w, newest); err != nil {
			return err
		}
	}
	if err := PrintAwards(ctx, client, w); err != nil {
		return err
	}
	if err := PrintSearch(ctx, client, w, s.Search); err != nil {
		return err
	}
	if s.Token == "" {
		fmt.Fprintln(w, "mutation: skipped, no token")
		return nil
	}
	return WriteAndDeleteDraft(ctx, client, w)
}

// PrintFeed prints the titles of the feed's first two pages of pageSize
// articles, the second one read after the first one's endCursor, and
// returns the newest article's slug.
func PrintFeed(ctx context.Context, client graphql.Client, w io.Writer, pageSize int) (newest string, err error) {
	after := "" // the first page
	for page := 1; page <= 2; page++ {
		resp, err := Feed(ctx, client, pageSize, after)
		if err != nil {
			return "", fmt.Errorf("feed page %d: %w", page, err)
		}
		articles := resp.Articles
		for _, edge := range articles.Edges {
			if newest == "" {
				newest = edge.Node.Slug
			}
			fmt.Fprintf(w, "page %d: %s\n", page, edge.Node.Title)
		}
		if !articles.PageInfo.HasNextPage {
			fmt.Fprintf(w, "page %d: the last of %d articles\n", page, articles.TotalCount)
			break
		}
		after = articles.PageInfo.EndCursor
	}
	return newest, nil
}

// PrintArticle prints the article with slug: its title, dates and what it
// mentions.
func PrintArticle(ctx context.Context, client graphql.Client, w io.Writer, slug string) error {
	resp, err := Article(ctx, client, slug)
	if err != nil {
		return fmt.Errorf("article %s: %w", slug, err)
	}
	a := resp.Article
	if a.Slug == "" {
		fmt.Fprintf(w, "article: no article %s\n", slug)
		return nil
	}
	published, event := "not published", "no event date"
	if !a.PublishedAt.IsZero() {
		published = a.PublishedAt.Format(time.RFC3339Nano)
	}
	if !a.EventDate.IsZero() {
		event = a.EventDate.String()
	}
	fmt.Fprintf(w, "article: %s | published %s | event %s\n", a.Title, published, event)
	var mentions []string
	for _, p := range a.MentionedPeople {
		mentions = append(mentions, p.FullName)
	}
	for _, o := range a.MentionedOrganizations {
		mentions = append(mentions, o.Name)
	}
	fmt.Fprintf(w, "article mentions: %s\n", strings.Join(mentions, ", "))
	return nil
}

// PrintAwards prints who received each award, a person or an
// organization: the AwardRecipient union, one Go type per member.
func PrintAwards(ctx context.Context, client graphql.Client, w io.Writer) error {
	resp, err := Awards(ctx, client, 10)
	if err != nil {
		return fmt.Errorf("awards: %w", err)
	}
	for _, edge := range resp.Awards.Edges {
		award := edge.Node
		if len(award.Recipients) == 0 {
			fmt.Fprintf(w, "award: %s -> no recipients\n", award.Name)
		}
		for _, r := range award.Recipients {
			switch r := r.(type) {
			case *RecipientPerson:
				fmt.Fprintf(w, "award: %s -> Person: %s\n", award.Name, r.FullName)
			case *RecipientOrganization:
				fmt.Fprintf(w, "award: %s -> Organization: %s\n", award.Name, r.Name)
			default:
				return fmt.Errorf("award %s: a recipient of type %s", award.Name, r.GetTypename())
			}
		}
	}
	return nil
}

// PrintSearch prints what a search for query finds, whatever kind of
// thing each hit is.
func PrintSearch(ctx context.Context, client graphql.Client, w io.Writer, query string) error {
	resp, err := Search(ctx, client, query, 10)
	if err != nil {
		return fmt.Errorf("search %q: %w", query, err)
	}
	fmt.Fprintf(w, "search: %d results for %q\n", resp.Search.TotalCount, query)
	for _, edge := range resp.Search.Edges {
		switch hit := edge.Node.(type) {
		case *SearchHitArticle:
			fmt.Fprintf(w, "search: Article: %s\n", hit.Title)
		case *SearchHitPerson:
			fmt.Fprintf(w, "search: Person: %s\n", hit.FullName)
		case *SearchHitOrganization:
			fmt.Fprintf(w, "search: Organization: %s\n", hit.Name)
		case *SearchHitAward:
			fmt.Fprintf(w, "search: Award: %s\n", hit.Name)
		default:
			return fmt.Errorf("search %q: a hit of type %s", query, hit.GetTypename())
		}
	}
	return nil
}

// WriteAndDeleteDraft writes a draft article, with an event date (a Date),
// and deletes it again: what an editor's token may do.
func WriteAndDeleteDraft(ctx context.Context, client graphql.Client, w io.Writer) error {
	eventDate := Date{2024, time.July, 3}
	created, err := CreateDraft(ctx, client, "Bản nháp của bộ công cụ Go", "<p>Viết bằng client Go, rồi xoá.</p>", eventDate)
	if err != nil {
		return fmt.Errorf("createArticle: %w", err)
	}
	a := created.CreateArticle
	event := "none"
	if !a.EventDate.IsZero() {
		event = a.EventDate.String()
	}
	fmt.Fprintf(w, "created: %s %s %s event %s\n", a.Id, a.Slug, a.Status, event)
	deleted, err := DeleteArticle(ctx, client, a.Id)
	if err != nil {
		return fmt.Errorf("deleteArticle %s: %w", a.Id, err)
	}
	fmt.Fprintf(w, "deleted: %s\n", deleted.DeleteArticle)
	return nil
}
