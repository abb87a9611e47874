package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/newsgraph/newsgraph/ent/entgql"
	"github.com/newsgraph/newsgraph/ent/hook"
)

// Feedback is a reader's message sent through the "Thông tin bạn đọc" form
// under a story. It is created only by the submitFeedback mutation, PENDING
// until an editor approves or rejects it.
type Feedback struct{ ent.Schema }

// Mixin of the Feedback.
func (Feedback) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the Feedback.
func (Feedback) Fields() []ent.Field {
	// Lengths here are in bytes, a backstop: submitFeedback checks the
	// limits readers see, in characters (a Vietnamese letter takes up to
	// three bytes).
	return []ent.Field{
		field.String("name").
			MinLen(1).MaxLen(400),
		// The e-mail is for the newsroom only: it has no generated GraphQL
		// field, filter or order; graph/feedback.graphql adds an `email`
		// field that is null for anonymous callers.
		field.String("email").
			MinLen(3).MaxLen(254).
			Annotations(entgql.Skip(entgql.SkipAll)),
		field.Text("content").
			MinLen(1).MaxLen(20000),
		field.Enum("status").
			Values("PENDING", "APPROVED", "REJECTED").
			Default("PENDING").
			Annotations(entgql.Type("FeedbackStatus")),
	}
}

// Edges of the Feedback.
func (Feedback) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("article", Article.Type).Ref("feedback").
			Unique().Required().Immutable(),
	}
}

// Indexes of the Feedback: article.feedback lists one article's by status.
func (Feedback) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("status").Edges("article"),
	}
}

// Hooks of the Feedback.
func (Feedback) Hooks() []ent.Hook {
	return []ent.Hook{
		hook.On(announceFeedback, ent.OpCreate|ent.OpUpdateOne),
	}
}

// Annotations of the Feedback.
func (Feedback) Annotations() []schema.Annotation {
	return []schema.Annotation{
		// feedbacks(where: {status: PENDING}) is the editors' moderation queue.
		entgql.QueryField("feedbacks"),
		entgql.RelayConnection(),
	}
}
