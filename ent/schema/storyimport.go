package schema

import (
	"encoding/json"

	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// StoryImport records one import of a story's text (internal/importer): the
// SHA-256 of the text, so that the same text imports once; what the rules
// found in it, with how and how surely (provenance, kept for review); and,
// for an import left for review, its status and the editor's decisions.
// An import written straight through is APPLIED at once; one left for
// review is PENDING, with no article, until an editor applies or discards
// it. Token holders read imports; the public does not.
type StoryImport struct{ ent.Schema }

// Mixin of the StoryImport.
func (StoryImport) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the StoryImport.
func (StoryImport) Fields() []ent.Field {
	return []ent.Field{
		field.String("content_hash").
			Unique().NotEmpty().MaxLen(64).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Hex SHA-256 of the imported text, after NFC."),
		field.Enum("status").
			Values("PENDING", "APPLIED", "DISCARDED").
			Default("APPLIED").
			Annotations(entgql.Type("StoryImportStatus")).
			Comment("PENDING: left for review, nothing written yet; APPLIED: the draft and its entities are written; DISCARDED: an editor threw it away."),
		field.String("title").
			Default("").
			Comment("The title the import read or made from the lead."),
		field.Text("text").
			Default("").
			Comment("The imported text, as given."),
		field.String("author").
			Default("").MaxLen(200).
			Comment("The author given with the story (batch import), besides any byline."),
		field.Time("published_at").
			Optional().Nillable().
			Comment("When the story was first published, as given with it: the draft's publishedAt, and the year of its dates."),
		field.String("source_url").
			Default("").MaxLen(2000).
			Comment("Where the story was published, as given with it."),
		field.JSON("extracted", json.RawMessage{}).
			Optional().
			SchemaType(jsonText).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The entities found, with how, confidence and the reviewer's decisions (importer.Entity, JSON)."),
		field.String("decided_by").
			Default("").
			Comment("The name of the token that applied or discarded a reviewed import; empty for the system and for imports written straight through."),
	}
}

// Edges of the StoryImport.
func (StoryImport) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("article", Article.Type).Unique().
			Comment("The draft the import made; none while PENDING or once DISCARDED."),
	}
}

// Annotations of the StoryImport.
func (StoryImport) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.QueryField("storyImports"),
		entgql.RelayConnection(),
	}
}
