package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/field"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// ApiToken is a credential for the API: a name, a role, and the SHA-256 of
// its secret (the secret itself is shown once, at creation, and never stored).
type ApiToken struct{ ent.Schema }

// Mixin of the ApiToken.
func (ApiToken) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the ApiToken.
func (ApiToken) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").
			MinLen(1).MaxLen(100).
			Comment("Who or what holds the token, e.g. \"desk: Lan\" or \"mobile app\"."),
		field.Enum("role").
			Values("ADMIN", "EDITOR", "VIEWER").
			Annotations(entgql.Type("Role")),
		field.String("secret_hash").
			Unique().
			Sensitive().
			Immutable().
			Annotations(entgql.Skip()).
			Comment("Hex SHA-256 of the secret."),
		field.Time("last_used_at").
			Optional().Nillable().
			Comment("Recorded at most once a minute per token and server."),
		field.Time("revoked_at").
			Optional().Nillable(),
	}
}
