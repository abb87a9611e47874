package server

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"

	"github.com/newsgraph/newsgraph/internal/apperr"
)

// tokenLimit refuses a query document of more than max lexical tokens with
// TOKEN_LIMIT_EXCEEDED, before gqlgen parses it. It counts as gqlgen's
// parser does (comments included), stopping at max+1, so that its refusal
// comes first and carries its own code; the parser's limit stays behind it
// as a backstop.
type tokenLimit struct{ max int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
} = tokenLimit{}

func (tokenLimit) ExtensionName() string                   { return "TokenLimit" }
func (tokenLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (l tokenLimit) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	if len(p.Query) <= l.max {
		return nil // every token takes at least a byte
	}
	lx := lexer.New(&ast.Source{Input: p.Query})
	for n := 0; ; n++ {
		tok, err := lx.ReadToken()
		if err != nil || tok.Kind == lexer.EOF {
			return nil // a document that does not lex is the parser's to report
		}
		if n == l.max {
			return &gqlerror.Error{
				Err:     apperr.Errorf(apperr.TokenLimit, "the query has more than %d tokens", l.max),
				Message: fmt.Sprintf("the query has more than %d tokens", l.max),
			}
		}
	}
}
