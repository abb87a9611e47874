package server

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/relay"
)

// The extensions.code of every error the HTTP edge gives before any
// resolver runs. They are part of the API: clients may switch on them. They
// are apperr's codes; apperr holds their HTTP statuses.
const (
	CodeBadRequest            = apperr.BadRequest            // not a GraphQL request: bad JSON, invalid UTF-8, no query
	CodeMethodNotAllowed      = apperr.MethodNotAllowed      // 405: a mutation over GET, or a method other than GET and POST
	CodeUnsupportedMediaType  = apperr.UnsupportedMediaType  // 415: a POST that is not application/json (or a multipart upload)
	CodeBodyTooLarge          = apperr.BodyTooLarge          // 413: the body (or GET query string) is over MaxBodyBytes
	CodeTokenLimit            = apperr.TokenLimit            // the query document has more than MaxTokens tokens
	CodeDepthLimit            = apperr.DepthLimit            // selections nest deeper than MaxDepth
	CodeComplexityLimit       = apperr.ComplexityLimit       // the operation costs more than MaxComplexity (gqlgen's code)
	CodeAliasLimit            = apperr.AliasLimit            // more than MaxAliases aliased fields
	CodeDirectiveLimit        = apperr.DirectiveLimit        // more than MaxDirectives directives on one field
	CodeBatchingDisabled      = apperr.BatchingDisabled      // a JSON-array request while MaxBatch is 0
	CodeBatchLimit            = apperr.BatchLimit            // a JSON-array request of more than MaxBatch operations
	CodeIntrospectionDisabled = apperr.IntrospectionDisabled // __schema or __type while introspection is off
	CodeTimeout               = apperr.Timeout               // the request ran out of its RequestTimeout
)

// Limits bound what one request may ask of the server. A zero field takes
// its value from DefaultLimits, except MaxBatch, where zero refuses batches.
type Limits struct {
	MaxBodyBytes  int64 // largest request body; multipart uploads have their own limit
	MaxDepth      int   // deepest nesting of selections, counting every field level
	MaxComplexity int   // highest cost: 1 per field, a connection's selection times its first/last
	MaxAliases    int   // most aliased fields per operation, fragments expanded, __typename exempt
	MaxDirectives int   // most directives on one field, fragment spread or inline fragment
	MaxTokens     int   // most lexical tokens in one query document
	MaxBatch      int   // most operations in one JSON-array request; 0 refuses batches
}

// DefaultLimits are the limits of a server told nothing. docs/http.md says
// why each is the number it is; the standard introspection query and
// GraphiQL fit inside all of them.
var DefaultLimits = Limits{
	MaxBodyBytes:  1 << 20,
	MaxDepth:      15,
	MaxComplexity: 20000,
	MaxAliases:    30,
	MaxDirectives: 5,
	MaxTokens:     10000,
	MaxBatch:      0,
}

func (l Limits) withDefaults() Limits {
	d := DefaultLimits
	if l.MaxBodyBytes > 0 {
		d.MaxBodyBytes = l.MaxBodyBytes
	}
	if l.MaxDepth > 0 {
		d.MaxDepth = l.MaxDepth
	}
	if l.MaxComplexity > 0 {
		d.MaxComplexity = l.MaxComplexity
	}
	if l.MaxAliases > 0 {
		d.MaxAliases = l.MaxAliases
	}
	if l.MaxDirectives > 0 {
		d.MaxDirectives = l.MaxDirectives
	}
	if l.MaxTokens > 0 {
		d.MaxTokens = l.MaxTokens
	}
	d.MaxBatch = max(l.MaxBatch, 0)
	return d
}

// shapeLimits is a gqlgen extension that measures a validated operation
// (fragments expanded, each fragment measured once so that a "fragment bomb"
// costs linear time) and refuses it before anything runs when it is too
// deep, has too many aliases or directives, is too large to cost, or asks
// for introspection while introspection is off.
type shapeLimits struct {
	limits        Limits
	introspection bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = shapeLimits{}

func (shapeLimits) ExtensionName() string                   { return "ShapeLimits" }
func (shapeLimits) Validate(graphql.ExecutableSchema) error { return nil }

func (s shapeLimits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := &shapeWalker{limits: s.limits, introspection: s.introspection, fragments: map[string]shape{}}
	sh := w.selections(oc.Operation.SelectionSet)
	switch {
	case w.refused != nil:
		return w.refused
	case sh.depth > s.limits.MaxDepth:
		return limitError(CodeDepthLimit, nil, "the operation nests %d levels deep; the limit is %d", sh.depth, s.limits.MaxDepth)
	case sh.aliases > s.limits.MaxAliases:
		return limitError(CodeAliasLimit, nil, "the operation has %d aliased fields; the limit is %d (__typename is not counted)", sh.aliases, s.limits.MaxAliases)
	case sh.fields > s.limits.MaxComplexity:
		// Every field costs at least 1, so this operation is over the
		// complexity limit; saying so here spares the complexity walk,
		// which expands fragments once per spread.
		return limitError(CodeComplexityLimit, nil, "the operation selects %d fields; its complexity exceeds the limit of %d", sh.fields, s.limits.MaxComplexity)
	}
	return nil
}

// shape is what shapeLimits measures of a selection set. Sums saturate.
type shape struct {
	depth, aliases, fields int
}

const saturated = 1 << 40

func (a shape) merge(b shape) shape {
	return shape{max(a.depth, b.depth), min(a.aliases+b.aliases, saturated), min(a.fields+b.fields, saturated)}
}

type shapeWalker struct {
	limits        Limits
	introspection bool
	fragments     map[string]shape
	refused       *gqlerror.Error
}

func (w *shapeWalker) selections(set ast.SelectionSet) shape {
	var total shape
	for _, sel := range set {
		if w.refused != nil {
			return total
		}
		switch sel := sel.(type) {
		case *ast.Field:
			w.checkDirectives(sel.Directives, sel.Position, "field "+sel.Name)
			if !w.introspection && (sel.Name == "__schema" || sel.Name == "__type") {
				w.refused = limitError(CodeIntrospectionDisabled, sel.Position, "introspection is turned off on this server")
				return total
			}
			child := w.selections(sel.SelectionSet)
			f := shape{depth: child.depth + 1, aliases: child.aliases, fields: min(child.fields+1, saturated)}
			if sel.Alias != "" && sel.Alias != sel.Name && sel.Name != "__typename" {
				f.aliases++
			}
			if sel.Name == "__schema" {
				f.fields = 0 // gqlgen's complexity does not count the schema's introspection either
			}
			total = total.merge(f)
		case *ast.InlineFragment:
			w.checkDirectives(sel.Directives, sel.Position, "inline fragment")
			total = total.merge(w.selections(sel.SelectionSet))
		case *ast.FragmentSpread:
			w.checkDirectives(sel.Directives, sel.Position, "fragment spread "+sel.Name)
			sh, ok := w.fragments[sel.Name]
			if !ok && sel.Definition != nil {
				w.fragments[sel.Name] = shape{} // validation has refused cycles; this only guards
				sh = w.selections(sel.Definition.SelectionSet)
				w.fragments[sel.Name] = sh
			}
			total = total.merge(sh)
		}
	}
	return total
}

func (w *shapeWalker) checkDirectives(d ast.DirectiveList, pos *ast.Position, what string) {
	if w.refused == nil && len(d) > w.limits.MaxDirectives {
		w.refused = limitError(CodeDirectiveLimit, pos, "%s has %d directives; the limit is %d", what, len(d), w.limits.MaxDirectives)
	}
}

func limitError(code string, pos *ast.Position, format string, args ...any) *gqlerror.Error {
	err := &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: map[string]any{"code": code}}
	if pos != nil {
		err.Locations = []gqlerror.Location{{Line: pos.Line, Column: pos.Column}}
	}
	return err
}

// complexityLimit is gqlgen's FixedComplexityLimit over a schema whose
// connection fields cost their page size times their selection.
type complexityLimit struct {
	*extension.ComplexityLimit
}

func newComplexityLimit(limit int) complexityLimit {
	return complexityLimit{extension.FixedComplexityLimit(limit)}
}

// Validate hands gqlgen's extension the costed schema; the executor keeps
// the real one.
func (c complexityLimit) Validate(es graphql.ExecutableSchema) error {
	return c.ComplexityLimit.Validate(costedSchema{es})
}

// costedSchema gives the fields that return many items a cost that grows
// with how many they return: a connection (first/last, or relay.MaxPageSize
// when absent) or a list taken by ids. Other fields cost gqlgen's default,
// 1 plus their selection.
type costedSchema struct {
	graphql.ExecutableSchema
}

func (s costedSchema) Complexity(ctx context.Context, typeName, field string, child int, args map[string]any) (int, bool) {
	if n, ok := s.ExecutableSchema.Complexity(ctx, typeName, field, child, args); ok {
		return n, ok
	}
	def := s.Schema().Types[typeName]
	if def == nil {
		return 0, false
	}
	fd := def.Fields.ForName(field)
	if fd == nil {
		return 0, false
	}
	var items int64
	switch {
	case strings.HasSuffix(fd.Type.Name(), "Connection"):
		items = max(count(args["first"]), count(args["last"]))
		if items < 0 {
			items = relay.MaxPageSize
		}
	case fd.Type.Elem != nil:
		ids, ok := args["ids"].([]any)
		if !ok {
			return 0, false
		}
		items = int64(len(ids))
	default:
		return 0, false
	}
	cost := int64(child)*max(items, 1) + 1
	return int(min(cost, saturated)), true
}

// count reads a first/last argument as the parser or the variables give it;
// -1 when absent. Values over the page size are refused by relay.PageSize;
// the cap here only keeps the product with a saturated cost in an int64.
func count(v any) int64 {
	const most = 1 << 20
	switch v := v.(type) {
	case int64:
		return min(v, most)
	case int:
		return min(int64(v), most)
	case float64:
		return min(int64(v), most)
	case interface{ Int64() (int64, error) }:
		if n, err := v.Int64(); err == nil {
			return min(n, most)
		}
	}
	return -1
}
