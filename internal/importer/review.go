package importer

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/database"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/storyimport"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// A reviewer's decisions on an entity of an import left for review.
const (
	DecisionAccept = "accept" // as found: link it, or create it
	DecisionReject = "reject" // neither create nor link it
	DecisionRename = "rename" // link or create it under another name
	DecisionMerge  = "merge"  // link the existing entity Into instead
)

// Decision is a reviewer's decision on the entity at Index of a pending
// import's report.
type Decision struct {
	Index    int
	Decision string // DecisionAccept, DecisionReject, DecisionRename, DecisionMerge
	Name     string // the new name, for DecisionRename
	Into     int    // the existing entity, for DecisionMerge
}

// leaveForReview records text as a PENDING import with what the rules find
// in it matched against the store as it is now (a dry run's report): no
// article, person or anything else is written until an editor applies it.
func leaveForReview(ctx context.Context, client *ent.Client, text, hash string, story *Story, given Given) (*Report, error) {
	l := &linker{c: client, story: story, given: given}
	rep, err := l.run(ctx)
	if err != nil {
		return nil, err
	}
	record, err := importRecord(client, story, text, hash, given, rep)
	if err != nil {
		return nil, fmt.Errorf("record import: %w", err)
	}
	rec, err := record.SetStatus(storyimport.StatusPENDING).Save(ctx)
	if ent.IsConstraintError(err) {
		// The same text was left for review concurrently: report that one.
		prior, err := client.StoryImport.Query().Where(storyimport.ContentHash(hash)).Only(ctx)
		if err != nil {
			return nil, fmt.Errorf("look up earlier import: %w", err)
		}
		return pendingReport(prior)
	}
	if err != nil {
		return nil, fmt.Errorf("record import: %w", err)
	}
	rep.ImportID, rep.Pending = rec.ID, true
	return rep, nil
}

// pendingReport is the report of an import waiting for review, as recorded.
func pendingReport(rec *ent.StoryImport) (*Report, error) {
	entities, err := Entities(rec)
	if err != nil {
		return nil, err
	}
	return &Report{
		Article:  ArticleRef{Title: rec.Title, Status: "DRAFT"},
		Existing: true,
		Entities: entities,
		ImportID: rec.ID,
		Pending:  true,
	}, nil
}

// Entities are the entities recorded with an import, with how each was
// found, its confidence and, for a reviewed import, the decisions.
func Entities(rec *ent.StoryImport) ([]Entity, error) {
	var entities []Entity
	if len(rec.Extracted) == 0 {
		return entities, nil // imported before entities were recorded
	}
	if err := json.Unmarshal(rec.Extracted, &entities); err != nil {
		return nil, fmt.Errorf("read entities of import %d: %w", rec.ID, err)
	}
	return entities, nil
}

// pending loads the import id and checks that it still waits for review.
func pending(ctx context.Context, c *ent.Client, id int) (*ent.StoryImport, error) {
	rec, err := c.StoryImport.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.Errorf(apperr.NotFound, "no story import has id %d", id)
	}
	if err != nil {
		return nil, fmt.Errorf("load import %d: %w", id, err)
	}
	switch rec.Status {
	case storyimport.StatusAPPLIED:
		return nil, apperr.Errorf(apperr.Conflict, "story import %d was applied already: its draft and entities are in the content graph", id)
	case storyimport.StatusDISCARDED:
		return nil, apperr.Errorf(apperr.Conflict, "story import %d was discarded: import the text again to review it afresh", id)
	}
	return rec, nil
}

// entityTypes are the ent types an entity of each kind may be merged into.
var entityTypes = map[string][]string{
	KindPerson:       {ent.TypePerson},
	KindAuthor:       {ent.TypePerson},
	KindOrganization: {ent.TypeOrganization},
	KindPosition:     {ent.TypePosition},
	KindAward:        {ent.TypeAward},
	KindDocument:     {ent.TypeDocument},
}

// Review records decisions on the entities of the pending import id. A
// later decision on the same entity replaces the earlier one. Nothing of
// the content graph changes until Apply.
func Review(ctx context.Context, client *ent.Client, id int, decisions []Decision) (*ent.StoryImport, error) {
	var out *ent.StoryImport
	err := database.InTx(ctx, client, func(c *ent.Client) error {
		rec, err := pending(ctx, c, id)
		if err != nil {
			return err
		}
		entities, err := Entities(rec)
		if err != nil {
			return err
		}
		for _, d := range decisions {
			if d.Index < 0 || d.Index >= len(entities) {
				return apperr.Invalid("decisions", "import %d has entities 0 to %d; there is no entity %d", id, len(entities)-1, d.Index)
			}
			e := &entities[d.Index]
			if err := checkDecision(ctx, c, *e, d); err != nil {
				return err
			}
			e.Decision, e.Rename, e.Into = d.Decision, "", 0
			switch d.Decision {
			case DecisionRename:
				e.Rename = d.Name
			case DecisionMerge:
				e.Into = d.Into
			}
		}
		extracted, err := json.Marshal(entities)
		if err != nil {
			return err
		}
		out, err = c.StoryImport.UpdateOne(rec).SetExtracted(extracted).Save(ctx)
		return err
	})
	return out, err
}

func checkDecision(ctx context.Context, c *ent.Client, e Entity, d Decision) error {
	switch d.Decision {
	case DecisionAccept, DecisionReject:
		return nil
	case DecisionRename:
		switch {
		case e.Kind == KindDate:
			return apperr.Invalid("name", "entity %d is a date: a date cannot be renamed, only accepted or rejected", d.Index)
		case e.Kind == KindRecipient:
			return apperr.Invalid("name", "entity %d is an award's recipient: rename the person or organization it names instead", d.Index)
		case len([]rune(d.Name)) == 0 || len(d.Name) != len(strings.Trim(d.Name, " \t\n")):
			return apperr.Invalid("name", "renaming entity %d needs a name without leading or trailing spaces", d.Index)
		case len([]rune(d.Name)) > 250:
			return apperr.Invalid("name", "a name is at most 250 characters")
		}
		return nil
	case DecisionMerge:
		types := entityTypes[e.Kind]
		switch {
		case e.Kind == KindRecipient:
			return apperr.Invalid("into", "entity %d is an award's recipient: merge the person or organization it names instead", d.Index)
		case len(types) == 0:
			return apperr.Invalid("into", "entity %d is a %s: it cannot be merged into an existing entity, only accepted or rejected", d.Index, e.Kind)
		}
		n, err := c.Noder(ctx, d.Into)
		if ent.IsNotFound(err) {
			return apperr.Invalid("into", "no %s has id %d", types[0], d.Into)
		}
		if err != nil {
			return fmt.Errorf("load %d: %w", d.Into, err)
		}
		for _, t := range types {
			if typeOf(n) == t {
				return nil
			}
		}
		return apperr.Invalid("into", "entity %d is a %s; %d is a %s, not a %s", d.Index, e.Kind, d.Into, typeOf(n), types[0])
	}
	return apperr.Invalid("decision", "unknown decision %q", d.Decision)
}

func typeOf(n ent.Noder) string {
	switch n.(type) {
	case *ent.Person:
		return ent.TypePerson
	case *ent.Organization:
		return ent.TypeOrganization
	case *ent.Position:
		return ent.TypePosition
	case *ent.Award:
		return ent.TypeAward
	case *ent.Document:
		return ent.TypeDocument
	}
	return fmt.Sprintf("%T", n)[len("*ent."):]
}

// Apply writes the pending import id with its reviewer's decisions: the
// draft, and the accepted entities linked or created (renamed ones under
// their new name, merged ones as the entity chosen, rejected ones not at
// all), in one transaction; the import is APPLIED after. An entity without
// a decision is taken as found. Applying an import twice is a CONFLICT.
func Apply(ctx context.Context, client *ent.Client, id int) (*Report, error) {
	var rep *Report
	err := database.InTx(ctx, client, func(c *ent.Client) error {
		rec, err := pending(ctx, c, id)
		if err != nil {
			return err
		}
		// Claim it first: of two applies at once, the second finds it
		// applied (PostgreSQL makes it wait for the first's commit).
		n, err := c.StoryImport.Update().
			Where(storyimport.ID(id), storyimport.StatusEQ(storyimport.StatusPENDING)).
			SetStatus(storyimport.StatusAPPLIED).
			SetDecidedBy(callerName(ctx)).
			Save(ctx)
		if err != nil {
			return fmt.Errorf("claim import %d: %w", id, err)
		}
		if n == 0 {
			return apperr.Errorf(apperr.Conflict, "story import %d was applied or discarded meanwhile", id)
		}
		reviewed, err := Entities(rec)
		if err != nil {
			return err
		}
		given := Given{Title: rec.Title, Author: rec.Author, PublishedAt: rec.PublishedAt, SourceURL: rec.SourceURL}
		now := rec.CreatedAt
		if rec.PublishedAt != nil {
			now = *rec.PublishedAt
		}
		story := Extract(rec.Text, now)
		given.apply(&story)
		l := &linker{c: c, story: &story, write: true, review: reviewed, given: given}
		if rep, err = l.run(ctx); err != nil {
			return fmt.Errorf("apply import %d: %w", id, err)
		}
		if !sameEntities(rep.Entities, reviewed) {
			return apperr.Errorf(apperr.Conflict, "the extraction rules changed since story import %d was reviewed: its entities are not the ones reviewed; discard it and import the text again", id)
		}
		extracted, err := json.Marshal(rep.Entities)
		if err != nil {
			return err
		}
		if err := c.StoryImport.UpdateOneID(id).SetArticleID(rep.Article.ID).SetExtracted(extracted).Exec(ctx); err != nil {
			return fmt.Errorf("apply import %d: %w", id, err)
		}
		rep.ImportID = id
		return nil
	})
	return rep, err
}

// sameEntities reports whether a and b are the same entities of the same
// text, in the same order: what was reviewed is what was applied.
func sameEntities(a, b []Entity) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Kind != b[i].Kind || a[i].Span.Start != b[i].Span.Start || a[i].Span.Text != b[i].Span.Text {
			return false
		}
	}
	return true
}

// Discard marks the pending import id DISCARDED: nothing is written, and
// the text may be imported again. Discarding an applied import is a
// CONFLICT; discarding a discarded one changes nothing.
func Discard(ctx context.Context, client *ent.Client, id int) (*ent.StoryImport, error) {
	rec, err := client.StoryImport.Get(ctx, id)
	if ent.IsNotFound(err) {
		return nil, apperr.Errorf(apperr.NotFound, "no story import has id %d", id)
	}
	if err != nil {
		return nil, err
	}
	if rec.Status == storyimport.StatusDISCARDED {
		return rec, nil
	}
	n, err := client.StoryImport.Update().
		Where(storyimport.ID(id), storyimport.StatusEQ(storyimport.StatusPENDING)).
		SetStatus(storyimport.StatusDISCARDED).
		SetDecidedBy(callerName(ctx)).
		Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apperr.Errorf(apperr.Conflict, "story import %d was applied: its draft and entities are in the content graph (delete the draft instead)", id)
	}
	return client.StoryImport.Get(ctx, id)
}

func callerName(ctx context.Context) string {
	if c := auth.FromContext(ctx); c != nil {
		return c.Name
	}
	return ""
}

// decision is the reviewer's decision on the entity the linker reports next.
func (l *linker) decision() Entity {
	return l.decisionAt(len(l.rep.Entities))
}

// decisionAt is the reviewer's decision on the entity at index i.
func (l *linker) decisionAt(i int) Entity {
	if i < len(l.review) {
		return l.review[i]
	}
	return Entity{}
}

// decided applies a reject or merge decision on the entity the linker
// reports next, which was found as name at span: done is true when it did
// (id is then the entity merged into, or 0 for a rejected one).
func (l *linker) decided(ctx context.Context, kind, name string, span Span) (id int, done bool, err error) {
	d := l.decision()
	switch d.Decision {
	case DecisionReject:
		l.add(kind, name, Rejected, span, 0)
		return 0, true, nil
	case DecisionMerge:
		stored, err := l.nameOf(ctx, d.Into)
		if err != nil {
			return 0, true, err
		}
		l.add(kind, stored, Linked, span, d.Into)
		return d.Into, true, nil
	}
	return 0, false, nil
}

// nameOf is the stored name of the entity id, a merge decision's target.
func (l *linker) nameOf(ctx context.Context, id int) (string, error) {
	n, err := l.c.Noder(ctx, id)
	if ent.IsNotFound(err) {
		return "", apperr.Invalid("into", "entity %d, chosen in review, no longer exists", id)
	}
	if err != nil {
		return "", err
	}
	switch n := n.(type) {
	case *ent.Person:
		return n.FullName, nil
	case *ent.Organization:
		return n.Name, nil
	case *ent.Position:
		return n.Title, nil
	case *ent.Award:
		return fmt.Sprintf("%s (%d)", n.Name, n.Year), nil
	case *ent.Document:
		return n.Code, nil
	}
	return "", nil
}

// kept is ids without the zeros of rejected entities.
func kept(ids []int) []int {
	out := ids[:0:0]
	for _, id := range ids {
		if id != 0 {
			out = append(out, id)
		}
	}
	return out
}
