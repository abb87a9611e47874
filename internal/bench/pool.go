package bench

import (
	"context"
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// pool holds the values the operations' variables are drawn from, so that
// requests differ (different slugs, years, cursors) and no cache can answer
// them all.
type pool struct {
	slugs   []any // $slug: articles all over the archive
	years   []any // $year: every year that has awards
	cursors []any // $after: cursors about halfway down the feed
	terms   []any // $query: people's names, some folded
}

func (p *pool) values(variable string) []any {
	switch variable {
	case "slug":
		return p.slugs
	case "year":
		return p.years
	case "after":
		return p.cursors
	case "query":
		return p.terms
	}
	return nil
}

// Samples of the pool: how many points of the feed are visited.
const (
	slugPages   = 20
	cursorCount = 32
)

// feedAt finds articles of the feed (newest first) published at or before at.
const feedAt = `query($at: Time!, $first: Int!) {
  articles(first: $first, orderBy: {field: PUBLISHED_AT, direction: DESC},
           where: {status: PUBLISHED, publishedAtLTE: $at}) {
    edges { cursor node { slug publishedAt authors { fullName } } }
  }
}`

type feedPage struct {
	Articles struct {
		Edges []struct {
			Cursor string
			Node   struct {
				Slug        string
				PublishedAt time.Time
				Authors     []struct{ FullName string }
			}
		}
	}
}

// fetchPool asks the API for the dates of the feed, then samples it: pages
// anywhere for slugs and names, single articles halfway down for cursors
// (about 50,000 articles deep at scale 1). Sampling is seeded: every run
// asks for the same values.
func fetchPool(ctx context.Context, c *client) (*pool, error) {
	rnd := rand.New(rand.NewPCG(7, 7))
	var newest, oldest feedPage
	if err := c.do(ctx, feedAt, map[string]any{"at": time.Now().AddDate(100, 0, 0), "first": 1}, &newest); err != nil {
		return nil, err
	}
	if len(newest.Articles.Edges) == 0 {
		return nil, fmt.Errorf("the feed is empty: seed the database first (newsgraph seed --scale 1)")
	}
	const oldestQ = `{ articles(first: 1, orderBy: {field: PUBLISHED_AT, direction: ASC}, where: {status: PUBLISHED}) { edges { cursor node { slug publishedAt authors { fullName } } } } }`
	if err := c.do(ctx, oldestQ, nil, &oldest); err != nil {
		return nil, err
	}
	last, first := newest.Articles.Edges[0].Node.PublishedAt, oldest.Articles.Edges[0].Node.PublishedAt
	span := last.Sub(first)
	at := func(frac float64) time.Time { return last.Add(-time.Duration(frac * float64(span))) }

	p := &pool{}
	for i := 0; i < slugPages; i++ {
		var page feedPage
		if err := c.do(ctx, feedAt, map[string]any{"at": at(rnd.Float64()), "first": 50}, &page); err != nil {
			return nil, err
		}
		for _, e := range page.Articles.Edges {
			p.slugs = append(p.slugs, e.Node.Slug)
			for _, a := range e.Node.Authors {
				p.terms = append(p.terms, a.FullName, textvi.Fold(a.FullName))
			}
		}
	}
	for i := 0; i < cursorCount; i++ {
		var page feedPage
		if err := c.do(ctx, feedAt, map[string]any{"at": at(0.5 + 0.1*rnd.Float64()), "first": 1}, &page); err != nil {
			return nil, err
		}
		for _, e := range page.Articles.Edges {
			p.cursors = append(p.cursors, e.Cursor)
		}
	}

	if len(p.terms) == 0 {
		// No article has authors (the demo content of an older release, a
		// newsroom that does not record them): people's names will do.
		if err := addPeopleNames(ctx, c, p); err != nil {
			return nil, err
		}
	}

	var years struct {
		Lo struct {
			Edges []struct{ Node struct{ Year int } }
		}
		Hi struct {
			Edges []struct{ Node struct{ Year int } }
		}
	}
	const yearsQ = `{
  lo: awards(first: 1, orderBy: {field: YEAR, direction: ASC}) { edges { node { year } } }
  hi: awards(first: 1, orderBy: {field: YEAR, direction: DESC}) { edges { node { year } } }
}`
	if err := c.do(ctx, yearsQ, nil, &years); err != nil {
		return nil, err
	}
	if len(years.Lo.Edges) > 0 && len(years.Hi.Edges) > 0 {
		for y := years.Lo.Edges[0].Node.Year; y <= years.Hi.Edges[0].Node.Year; y++ {
			p.years = append(p.years, y)
		}
	} else {
		// No awards at all: AWARDS asks for the newest year the feed has,
		// an empty page, but a request like any other.
		p.years = append(p.years, last.Year())
	}
	return p, nil
}

// addPeopleNames adds the names of the first people, as written and
// folded, to the pool's search terms.
func addPeopleNames(ctx context.Context, c *client, p *pool) error {
	var people struct {
		People struct {
			Edges []struct{ Node struct{ FullName string } }
		}
	}
	if err := c.do(ctx, `{ people(first: 50) { edges { node { fullName } } } }`, nil, &people); err != nil {
		return err
	}
	for _, e := range people.People.Edges {
		p.terms = append(p.terms, e.Node.FullName, textvi.Fold(e.Node.FullName))
	}
	return nil
}
