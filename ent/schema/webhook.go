package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"github.com/newsgraph/newsgraph/ent/entgql"
)

// WebhookEndpoint is a receiver an admin registered: newsgraph POSTs the
// events of the outbox it asked for to its URL, signed with its secret
// (Standard Webhooks), one at a time and in order (internal/webhooks).
// Only admins read or change endpoints and their delivery logs
// (internal/access).
type WebhookEndpoint struct{ ent.Schema }

// Mixin of the WebhookEndpoint.
func (WebhookEndpoint) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the WebhookEndpoint.
func (WebhookEndpoint) Fields() []ent.Field {
	return []ent.Field{
		field.String("url").
			NotEmpty().MaxLen(2000).
			Comment("Where deliveries are POSTed: http or https."),
		field.Strings("events").
			Optional().
			SchemaType(jsonText).
			Annotations(entgql.Skip(entgql.SkipAll)). // graph/webhooks.graphql, as [ArticleEventKind!]!
			Comment("The kinds of event it receives (ARTICLE_PUBLISHED…); empty: every kind."),
		field.String("secret").
			NotEmpty().
			Sensitive().
			Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The signing secret, whsec_ and base64: shown once, at creation. Kept as it is, since signing needs it."),
		field.Bool("paused").
			Default(false).
			Comment("A paused endpoint keeps its place in the outbox and receives nothing until resumed."),
		field.Time("disabled_at").
			Optional().Nillable().
			Comment("Set when the receiver answered 410 Gone; resuming or changing the URL clears it."),
		field.String("disabled_reason").
			Optional().Nillable().
			MaxLen(1000),
		// The delivery machinery's own state, not in the API.
		field.Int("position").
			Default(0).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The sequence number of the last outbox event handed to the endpoint: queued as a delivery, or skipped as a kind it does not want."),
		field.String("lease_owner").
			Default("").
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("The deliverer that holds the endpoint until lease_expires_at; empty when none does."),
		field.Time("next_attempt_at").
			Default(now).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Nothing is due before then: the next attempt of the delivery at the head of its line, once a deliverer found it not yet due."),
		field.Time("lease_expires_at").
			Default(now).
			Annotations(entgql.Skip(entgql.SkipAll)).
			Comment("Until when lease_owner alone delivers to it; a deliverer that dies loses it then."),
	}
}

// Edges of the WebhookEndpoint: its deliveries go with it.
func (WebhookEndpoint) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("deliveries", WebhookDelivery.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipAll)), // graph/webhooks.graphql
	}
}

// Annotations of the WebhookEndpoint.
func (WebhookEndpoint) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)}
}

// WebhookDelivery is one event on its way to one endpoint: its
// webhook-id, the same on every attempt, and where it stands.
type WebhookDelivery struct{ ent.Schema }

// Mixin of the WebhookDelivery.
func (WebhookDelivery) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TimeMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the WebhookDelivery.
func (WebhookDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("event_id").
			Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)). // graph/webhooks.graphql, as eventCursor
			Comment("The outbox event's sequence number. Not an edge: the event is read as the system."),
		field.Enum("event_kind").
			Values(eventKinds...).
			Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)), // graph/webhooks.graphql, as ArticleEventKind
		field.String("webhook_id").
			Unique().NotEmpty().MaxLen(100).
			Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)). // graph/webhooks.graphql, as webhookId
			Comment("The webhook-id header: msg_ and random, the same on every attempt and redelivery, for receivers to drop duplicates by."),
		field.Enum("status").
			Values("PENDING", "RETRYING", "DELIVERED", "DEAD").
			Default("PENDING").
			Annotations(entgql.Type("WebhookDeliveryStatus")),
		field.Int("attempt_count").
			Default(0).NonNegative().
			Comment("Attempts since it was last queued; a redelivery starts again from 0."),
		field.Time("next_attempt_at").
			Optional().Nillable().
			Comment("When it is attempted next; null once DELIVERED or DEAD."),
		field.Int("last_status_code").
			Optional().Nillable(),
		field.String("last_error").
			Optional().Nillable().
			MaxLen(1000),
		field.Time("delivered_at").
			Optional().Nillable(),
	}
}

// Edges of the WebhookDelivery: its attempts go with it.
func (WebhookDelivery) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("endpoint", WebhookEndpoint.Type).Ref("deliveries").
			Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
		edge.To("attempts", WebhookAttempt.Type).
			Annotations(entsql.OnDelete(entsql.Cascade), entgql.Skip(entgql.SkipAll)), // graph/webhooks.graphql
	}
}

// Indexes of the WebhookDelivery: one delivery per event and endpoint,
// which is also the order an endpoint's deliveries go out in.
func (WebhookDelivery) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("event_id").Edges("endpoint").Unique(),
	}
}

// Annotations of the WebhookDelivery.
func (WebhookDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)}
}

// WebhookAttempt is one POST of a delivery and how it went: the delivery
// log an admin reads.
type WebhookAttempt struct{ ent.Schema }

// Mixin of the WebhookAttempt.
func (WebhookAttempt) Mixin() []ent.Mixin {
	return []ent.Mixin{AccessMixin{}, TextMixin{}, EdgeMixin{}}
}

// Fields of the WebhookAttempt.
func (WebhookAttempt) Fields() []ent.Field {
	return []ent.Field{
		field.Time("attempted_at").
			Default(now).
			Immutable(),
		field.Enum("outcome").
			Values("DELIVERED", "HTTP_ERROR", "GONE", "TIMEOUT", "NETWORK_ERROR", "REFUSED").
			Immutable().
			Annotations(entgql.Type("WebhookAttemptOutcome")),
		field.Int("status_code").
			Optional().Nillable().
			Immutable().
			Comment("The receiver's HTTP status; null when no answer came."),
		field.Int("latency_ms").
			NonNegative().
			Immutable().
			Comment("From sending the request to the answer's status line, or to the failure."),
		field.String("error").
			Optional().Nillable().
			MaxLen(1000).
			Immutable(),
	}
}

// Edges of the WebhookAttempt.
func (WebhookAttempt) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("delivery", WebhookDelivery.Type).Ref("attempts").
			Unique().Required().Immutable().
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

// Annotations of the WebhookAttempt.
func (WebhookAttempt) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput | entgql.SkipOrderField)}
}
