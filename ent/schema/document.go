package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// Document is a party or state document a story refers to, e.g. "Chỉ thị số
// 05-CT/TW" of the Politburo: stories mention it, awards are given for
// implementing it.
type Document struct{ ent.Schema }

// Mixin of the Document.
func (Document) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the Document.
func (Document) Fields() []ent.Field {
	return []ent.Field{
		field.String("code").
			MinLen(1).MaxLen(100).
			Comment(`The document's number and symbol, e.g. "05-CT/TW".`).
			Annotations(entgql.OrderField("CODE")),
		field.Enum("kind").
			NamedValues(
				"Directive", "DIRECTIVE",
				"Resolution", "RESOLUTION",
				"Conclusion", "CONCLUSION",
				"Decision", "DECISION",
				"Regulation", "REGULATION",
				"Plan", "PLAN",
				"Other", "OTHER",
			).
			Default("OTHER").
			Annotations(entgql.Type("DocumentKind")),
		field.String("title").
			Default("").MaxLen(1000),
		field.Time("issued_on").
			Optional().Nillable().
			Comment("The day the document was issued.").
			Annotations(dateOnly),
	}
}

// Edges of the Document.
func (Document) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("issuer", Organization.Type).Unique(),
		edge.From("mentioned_in", Article.Type).Ref("mentioned_documents").
			Annotations(entgql.RelayConnection()),
		edge.From("awards", Award.Type).Ref("for_documents"),
	}
}

// Indexes of the Document: the importer finds documents by code.
func (Document) Indexes() []ent.Index {
	return []ent.Index{index.Fields("code")}
}

// Annotations of the Document.
func (Document) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("documents"),
		entgql.RelayConnection(),
	}
}
