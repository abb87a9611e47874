package search

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Document is what the index holds for one node: its text in three fields of
// falling weight, folded, and what ordering and visibility need.
type Document struct {
	ID                   int
	Kind                 Kind
	Title, Summary, Body string // folded with textvi.Fold
	// PublicFrom is when anonymous callers may start to see the node, in
	// microseconds since 1970; not valid for an unpublished article.
	PublicFrom sql.NullInt64
	// Key orders the hits of one tier, highest first, and is unique: see
	// articleKey and entityKey.
	Key int64
}

// Keys put newer articles first. An article's key is the minute of its
// publication (since 2000, drafts at the bottom) in the high 32 bits and its
// id, unique among articles and below 2^32 (ent's global ids give each type
// its own 2^32 range), in the low 32 bits; so the engines walk a tier in key
// order and stop at a page, instead of ranking every match. People,
// organizations and awards sort above every article, newest first.
const (
	keyMinutesMax = 1<<30 - 1
	keyMinutesMin = -1 << 30
)

var keyEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func articleKey(published time.Time, id int) int64 {
	minutes := int64(keyMinutesMin)
	if !published.IsZero() {
		minutes = max(keyMinutesMin, min(keyMinutesMax, int64(published.Sub(keyEpoch)/time.Minute)))
	}
	return minutes<<32 | int64(id)&(1<<32-1)
}

func entityKey(id int) int64 { return entityKeys + int64(id) }

// entityKeys is the lowest key of a person, organization or award; every
// article's key is below it (its minutes take at most 31 bits above the
// id's 32). PostgreSQL reads a tier's entities and its articles as two
// ranges of keys.
const entityKeys = 1 << 62

// alwaysPublic is PublicFrom for the kinds of node everyone may see.
var alwaysPublic = sql.NullInt64{Int64: math.MinInt64, Valid: true}

// ArticleDocument is the index entry of a: title, lead, body text. It
// becomes public when access.PublicFrom says, the rule every other read
// follows: a scheduled article shows up by itself when its time comes.
func ArticleDocument(a *ent.Article) Document {
	d := Document{
		ID:      a.ID,
		Kind:    KindArticle,
		Title:   textvi.Fold(a.Title),
		Summary: textvi.Fold(a.Summary),
		Body:    textvi.Fold(a.BodyText),
		Key:     articleKey(a.PublishedSort, a.ID),
	}
	if from, ok := access.PublicFrom(a.Status, a.PublishedAt); ok {
		d.PublicFrom = sql.NullInt64{Int64: micros(from), Valid: true}
	}
	return d
}

// PersonDocument is the index entry of p: name, then bio.
func PersonDocument(p *ent.Person) Document {
	return Document{
		ID: p.ID, Kind: KindPerson,
		Title:      textvi.Fold(p.FullName),
		Summary:    textvi.Fold(p.Bio),
		PublicFrom: alwaysPublic, Key: entityKey(p.ID),
	}
}

// OrganizationDocument is the index entry of o: name and short name, then
// region.
func OrganizationDocument(o *ent.Organization) Document {
	return Document{
		ID: o.ID, Kind: KindOrganization,
		Title:      textvi.Fold(o.Name + " " + o.ShortName),
		Summary:    textvi.Fold(o.Region),
		PublicFrom: alwaysPublic, Key: entityKey(o.ID),
	}
}

// AwardDocument is the index entry of a: name, then citation, then the
// recipients it counts ("23 tập thể, 23 cá nhân").
func AwardDocument(a *ent.Award) Document {
	return Document{
		ID: a.ID, Kind: KindAward,
		Title:      textvi.Fold(a.Name),
		Summary:    textvi.Fold(a.Reason),
		Body:       textvi.Fold(CountedRecipients(a.RecipientCount, a.RecipientCollectives, a.RecipientIndividuals)),
		PublicFrom: alwaysPublic, Key: entityKey(a.ID),
	}
}

// CountedRecipients writes an award's counted recipients as a story does:
// "23 tập thể, 23 cá nhân" when the count is split, "20 tập thể, cá nhân"
// when only the total is known; empty when nothing is counted.
func CountedRecipients(total, collectives, individuals *int) string {
	var parts []string
	if collectives != nil {
		parts = append(parts, strconv.Itoa(*collectives)+" tập thể")
	}
	if individuals != nil {
		parts = append(parts, strconv.Itoa(*individuals)+" cá nhân")
	}
	if len(parts) == 0 && total != nil {
		return strconv.Itoa(*total) + " tập thể, cá nhân"
	}
	return strings.Join(parts, ", ")
}

// documentOf returns the index entry of an ent node of a searchable type.
func documentOf(v any) (Document, bool) {
	switch n := v.(type) {
	case *ent.Article:
		return ArticleDocument(n), true
	case *ent.Person:
		return PersonDocument(n), true
	case *ent.Organization:
		return OrganizationDocument(n), true
	case *ent.Award:
		return AwardDocument(n), true
	}
	return Document{}, false
}

// batchSize is how many nodes one read loads while indexing.
const batchSize = 500

// Columns each kind's documents read: the rest (an article's HTML body,
// the largest) is never loaded for indexing.
var (
	articleColumns      = []string{article.FieldTitle, article.FieldSummary, article.FieldBodyText, article.FieldStatus, article.FieldPublishedAt, article.FieldPublishedSort}
	personColumns       = []string{person.FieldFullName, person.FieldBio}
	organizationColumns = []string{organization.FieldName, organization.FieldShortName, organization.FieldRegion}
	awardColumns        = []string{award.FieldName, award.FieldReason, award.FieldRecipientCount, award.FieldRecipientCollectives, award.FieldRecipientIndividuals}
)

// load reads the nodes of kind through client (ids given, or at most limit
// nodes after the id after, in id order, when ids is nil) and returns their
// index entries. Nodes that are gone are left out. Reads bypass privacy
// rules: the index holds every node, and visibility is decided when it is
// searched.
func load(ctx context.Context, client *ent.Client, kind Kind, ids []int, after, limit int) ([]Document, error) {
	ctx = auth.System(ctx)
	var (
		nodes []any
		err   error
	)
	switch kind {
	case KindArticle:
		q := client.Article.Query()
		if ids != nil {
			q.Where(article.IDIn(ids...))
		} else {
			q.Where(article.IDGT(after)).Order(article.ByID()).Limit(limit)
		}
		q.Select(articleColumns...)
		nodes, err = anys(q.All(ctx))
	case KindPerson:
		q := client.Person.Query()
		if ids != nil {
			q.Where(person.IDIn(ids...))
		} else {
			q.Where(person.IDGT(after)).Order(person.ByID()).Limit(limit)
		}
		q.Select(personColumns...)
		nodes, err = anys(q.All(ctx))
	case KindOrganization:
		q := client.Organization.Query()
		if ids != nil {
			q.Where(organization.IDIn(ids...))
		} else {
			q.Where(organization.IDGT(after)).Order(organization.ByID()).Limit(limit)
		}
		q.Select(organizationColumns...)
		nodes, err = anys(q.All(ctx))
	case KindAward:
		q := client.Award.Query()
		if ids != nil {
			q.Where(award.IDIn(ids...))
		} else {
			q.Where(award.IDGT(after)).Order(award.ByID()).Limit(limit)
		}
		q.Select(awardColumns...)
		nodes, err = anys(q.All(ctx))
	default:
		return nil, fmt.Errorf("search: %s is not searchable", kind)
	}
	if err != nil {
		return nil, fmt.Errorf("load %s nodes to index: %w", kind, err)
	}
	docs := make([]Document, 0, len(nodes))
	for _, n := range nodes {
		if d, ok := documentOf(n); ok {
			docs = append(docs, d)
		}
	}
	return docs, nil
}

func anys[T any](ns []T, err error) ([]any, error) {
	out := make([]any, len(ns))
	for i, n := range ns {
		out[i] = n
	}
	return out, err
}
