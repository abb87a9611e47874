package schema

import (
	"context"

	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	gen "github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/ent/hook"
	"github.com/newsgraph/newsgraph/internal/search"
)

// Article is a story: the lead, the body and the graph of who and what it mentions.
type Article struct{ ent.Schema }

// Mixin of the Article.
func (Article) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}, SlugMixin{Source: "title"}}
}

// Fields of the Article.
func (Article) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").
			MinLen(1).MaxLen(300).
			Annotations(entgql.OrderField("TITLE")),
		field.Text("summary").
			Default("").
			Comment("The lead paragraph."),
		field.Text("body").
			Default("").
			Comment("Sanitised HTML."),
		field.Text("body_text").
			Default("").
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("The body as plain text, derived on write."),
		field.Enum("status").
			Values("DRAFT", "SCHEDULED", "PUBLISHED", "ARCHIVED").
			Default("DRAFT").
			Annotations(entgql.Type("ArticleStatus"), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.Time("published_at").
			Optional().Nillable().
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		// published_sort is published_at with drafts' empty value replaced by
		// noDate, so that cursor paging by publication date keeps
		// unpublished rows (a NULL never compares, so it would drop them).
		field.Time("published_sort").
			Default(noDate).
			Annotations(
				entgql.OrderField("PUBLISHED_AT"),
				entgql.Skip(entgql.SkipType, entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput),
			),
		field.Time("event_date").
			Optional().Nillable().
			Comment("The day the reported event happened.").
			Annotations(dateOnly),
		field.String("language").
			Default("vi").
			MaxLen(16),
		// announced is whether the last event written about the article
		// said it is public (ARTICLE_PUBLISHED or ARTICLE_UPDATED): the
		// write that makes it public, or the scheduler when a publication
		// time comes, sets it with that event, exactly once (events.go).
		field.Bool("announced").
			Default(false).
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Int("version").
			Default(1).
			Annotations(entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)).
			Comment("Incremented on every save, for optimistic concurrency."),
	}
}

// Edges of the Article.
func (Article) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("authors", Person.Type),
		edge.To("mentioned_people", Person.Type),
		edge.To("mentioned_organizations", Organization.Type),
		edge.To("mentioned_awards", Award.Type),
		edge.To("mentioned_documents", Document.Type),
		edge.From("category", Category.Type).Ref("articles").Unique(),
		edge.From("tags", Tag.Type).Ref("articles"),
		edge.To("cover", Media.Type).Unique(),
		edge.To("revisions", Revision.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		// Feedback belongs to the reader who sent it: submitFeedback adds it
		// and moderation judges it; editing an article neither moves it
		// from another article nor detaches it (its article is required).
		edge.To("feedback", Feedback.Type).
			Annotations(entgql.RelayConnection(), entgql.Skip(entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
	}
}

// Indexes of the Article: the public feed walks status and publication
// date, the editors' feed publication date alone. Both end with the id
// because pages are ordered by (published_sort, id): with the id in the
// index no page needs a sort, so the planner has no reason to prefer the
// index without status, which walks past every scheduled article first.
// The cover's key is indexed for the Media side: whether a file is a public
// article's cover is asked on every /media/... request.
func (Article) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status", "published_sort", "id"),
		index.Fields("published_sort", "id"),
		index.Edges("cover"),
		// events.AnnounceDue's: scheduled articles not announced yet.
		index.Fields("announced", "status", "published_sort"),
	}
}

// Annotations of the Article.
func (Article) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("articles"),
		entgql.RelayConnection(),
		entgql.Mutations(entgql.MutationCreate(), entgql.MutationUpdate()),
	}
}

// Hooks of the Article.
func (Article) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(syncPublishedSort, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne),
		hook.On(sanitizeBody, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne),
		hook.On(keepRevision, ent.OpCreate|ent.OpUpdateOne),
		search.Hook,
		hook.On(announceArticle, ent.OpCreate|ent.OpUpdateOne|ent.OpDeleteOne),
	}
}

// syncPublishedSort keeps published_sort equal to published_at, or noDate
// while published_at is empty.
func syncPublishedSort(next ent.Mutator) ent.Mutator {
	return hook.ArticleFunc(func(ctx context.Context, m *gen.ArticleMutation) (ent.Value, error) {
		if at, ok := m.PublishedAt(); ok {
			m.SetPublishedSort(at)
		} else if m.PublishedAtCleared() {
			m.SetPublishedSort(noDate())
		}
		return next.Mutate(ctx, m)
	})
}
