package graph

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/graph/model"
	"github.com/newsgraph/newsgraph/internal/importer"
)

// importReport is the GraphQL form of an importer report.
func (r *mutationResolver) importReport(ctx context.Context, rep *importer.Report) (*model.ImportReport, error) {
	c := r.store(ctx)
	out := &model.ImportReport{Title: rep.Article.Title, Existing: rep.Existing, DryRun: rep.DryRun}
	if rep.Article.EventDate != nil {
		if d, err := time.Parse(time.DateOnly, *rep.Article.EventDate); err == nil {
			out.EventDate = &d
		}
	}
	var err error
	if rep.Article.ID != 0 {
		if out.Article, err = c.Article.Get(ctx, rep.Article.ID); err != nil {
			return nil, fmt.Errorf("load imported article: %w", err)
		}
	}
	if rep.ImportID != 0 {
		if out.StoryImport, err = c.StoryImport.Get(ctx, rep.ImportID); err != nil {
			return nil, fmt.Errorf("load import: %w", err)
		}
	}
	if out.Entities, err = importedEntities(ctx, c, rep.Entities); err != nil {
		return nil, err
	}
	return out, nil
}

// importedEntities are the GraphQL form of an import's entities: each with
// its stored node (for a MERGE decision not yet applied, the entity chosen).
func importedEntities(ctx context.Context, c *ent.Client, entities []importer.Entity) ([]*model.ImportedEntity, error) {
	out := make([]*model.ImportedEntity, 0, len(entities))
	for i, e := range entities {
		ie := &model.ImportedEntity{
			Kind:       model.ImportedEntityKind(strings.ToUpper(e.Kind)),
			Name:       e.Name,
			Action:     model.ImportAction(strings.ToUpper(e.Action)),
			Span:       e.Span.Text,
			Offset:     e.Span.Start,
			Index:      i,
			How:        e.How,
			Confidence: e.Confidence,
		}
		if e.Award != "" {
			ie.Award = &e.Award
		}
		if e.Decision != "" {
			d := model.ImportDecision(strings.ToUpper(e.Decision))
			ie.Decision = &d
		}
		if e.Rename != "" {
			ie.RenamedTo = &e.Rename
		}
		id := e.ID
		if id == 0 && e.Decision == importer.DecisionMerge {
			id = e.Into
		}
		if id != 0 {
			// An entity merged away since answers as the one it was merged into.
			n, err := nodeByID(ctx, c, id)
			if err != nil {
				return nil, fmt.Errorf("load imported %s: %w", e.Kind, err)
			}
			ie.Node = n
		}
		out = append(out, ie)
	}
	return out, nil
}
