package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// Event is one row of the outbox: a change that matters to readers (an
// article published, corrected, unpublished, archived or deleted; feedback
// approved), written in the transaction of the change itself, so that a
// committed change always has its event and a rolled-back one never does.
// Its ID is the event's sequence number: ids are taken under a lock held
// until commit (internal/events), so they commit in order and a reader
// that has seen one has seen every smaller one that will ever exist.
//
// The row keeps what subscribers filter on and what a webhook carries as
// it was when the event happened, so neither needs the article, which may
// since have changed or gone. It is not part of the GraphQL schema; the
// event stream and webhooks read it as the system.
type Event struct{ ent.Schema }

// Mixin of the Event.
func (Event) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TextMixin{}}
}

// Fields of the Event.
func (Event) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("kind").
			Values(eventKinds...).
			Immutable(),
		field.Time("occurred_at").
			Default(now).
			Immutable(),
		// Not edges: an event outlives the article it is about.
		field.Int("article_id").Immutable(),
		field.Int("feedback_id").Optional().Nillable().Immutable(),
		field.String("slug").Default("").Immutable(),
		field.String("title").Default("").Immutable(),
		field.Time("published_at").Optional().Nillable().Immutable(),
		field.Int("category_id").Optional().Nillable().Immutable(),
		field.Ints("tag_ids").Optional().Immutable().SchemaType(jsonText),
		field.Ints("author_ids").Optional().Immutable().SchemaType(jsonText),
		field.Ints("person_ids").Optional().Immutable().SchemaType(jsonText).
			Comment("The people the article mentions."),
		field.Ints("organization_ids").Optional().Immutable().SchemaType(jsonText).
			Comment("The organizations the article mentions."),
	}
}

// eventKinds are the kinds of event, of the Event and of the webhook
// delivery of each.
var eventKinds = []string{"ARTICLE_PUBLISHED", "ARTICLE_UPDATED", "ARTICLE_UNPUBLISHED", "ARTICLE_ARCHIVED", "ARTICLE_DELETED", "FEEDBACK_APPROVED"}

// Indexes of the Event: a live blog replays one article's events.
func (Event) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("article_id"),
	}
}

// Annotations of the Event.
func (Event) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}
