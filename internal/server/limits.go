package server

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"

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
	CodeDirectiveLimit        = apperr.DirectiveLimit        // more than MaxDirectives directives on one field, fragment, operation or variable
	CodeFieldLimit            = apperr.FieldLimit            // the document selects more than MaxFields fields
	CodeRepeatedFieldLimit    = apperr.RepeatedFieldLimit    // one field name or alias selected more than MaxFieldRepeats times
	CodeInputDepthLimit       = apperr.InputDepthLimit       // an argument or variable value nests deeper than MaxInputDepth
	CodeInputListLimit        = apperr.InputListLimit        // a list in an input value is longer than MaxInputListLength
	CodeInputStringLimit      = apperr.InputStringLimit      // a string in an input value is longer than MaxInputStringBytes
	CodeInputFieldLimit       = apperr.InputFieldLimit       // the input objects of one request have more than MaxInputFields fields
	CodeBatchingDisabled      = apperr.BatchingDisabled      // a JSON-array request while MaxBatch is 0
	CodeBatchLimit            = apperr.BatchLimit            // a JSON-array request of more than MaxBatch operations
	CodeIntrospectionDisabled = apperr.IntrospectionDisabled // __schema or __type while introspection is off
	CodeTimeout               = apperr.Timeout               // the request ran out of its RequestTimeout
)

// Limits bound what one request may ask of the server. A zero field takes
// its value from DefaultLimits, except MaxBatch, where zero refuses batches.
type Limits struct {
	MaxBodyBytes        int64 // largest request body; multipart uploads have their own limit
	MaxDepth            int   // deepest nesting of selections, counting every field level
	MaxComplexity       int   // highest cost: 1 per field, a connection's selection times its first/last
	MaxAliases          int   // most aliased fields per operation (as written, and with fragments expanded), __typename included
	MaxDirectives       int   // most directives on one field, fragment spread, inline fragment, operation or variable
	MaxFields           int   // most fields written in one query document, fragments counted as written
	MaxFieldRepeats     int   // most times one response name (field name or alias) is written in one document
	MaxTokens           int   // most lexical tokens in one query document
	MaxInputDepth       int   // deepest nesting of lists and objects in one argument, default or variable value
	MaxInputListLength  int   // most items in one list of an argument, default or variable value
	MaxInputStringBytes int   // longest string in an argument, default or variable value, in bytes
	MaxInputFields      int   // most fields of input objects in one request's arguments, a variable counted at each use
	MaxBatch            int   // most operations in one JSON-array request; 0 refuses batches
}

// DefaultLimits are the limits of a server told nothing. docs/http.md says
// why each is the number it is; the standard introspection query and
// GraphiQL fit inside all of them.
var DefaultLimits = Limits{
	MaxBodyBytes:        1 << 20,
	MaxDepth:            15,
	MaxComplexity:       20000,
	MaxAliases:          30,
	MaxDirectives:       5,
	MaxFields:           1000,
	MaxFieldRepeats:     100,
	MaxTokens:           10000,
	MaxInputDepth:       24,
	MaxInputListLength:  1000,
	MaxInputStringBytes: 1 << 20,
	MaxInputFields:      100,
	MaxBatch:            0,
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
	if l.MaxFields > 0 {
		d.MaxFields = l.MaxFields
	}
	if l.MaxFieldRepeats > 0 {
		d.MaxFieldRepeats = l.MaxFieldRepeats
	}
	if l.MaxTokens > 0 {
		d.MaxTokens = l.MaxTokens
	}
	if l.MaxInputDepth > 0 {
		d.MaxInputDepth = l.MaxInputDepth
	}
	if l.MaxInputListLength > 0 {
		d.MaxInputListLength = l.MaxInputListLength
	}
	if l.MaxInputStringBytes > 0 {
		d.MaxInputStringBytes = l.MaxInputStringBytes
	}
	if l.MaxInputFields > 0 {
		d.MaxInputFields = l.MaxInputFields
	}
	d.MaxBatch = max(l.MaxBatch, 0)
	return d
}

// shapeLimits is a gqlgen extension that refuses a request before anything
// runs when it asks too much, with one error. It looks twice. Before gqlgen
// parses and validates the document, it scans the document's tokens and the
// decoded variables (scanDocument, checkVariables): the validator's cost
// grows with the square of a field's repeats and it reports one error per
// repeated directive, and a deeply nested filter costs ent's SQL builder
// the square of its depth, so those never reach them. After validation it
// measures the operation with fragments expanded (each fragment measured
// once so that a "fragment bomb" costs linear time) and variables in place:
// too deep, too many aliases or directives, too many input object fields,
// input values too deep, too large to cost, or introspection while it is
// off.
type shapeLimits struct {
	limits        Limits
	introspection bool
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = shapeLimits{}

func (shapeLimits) ExtensionName() string                   { return "ShapeLimits" }
func (shapeLimits) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters runs before gqlgen parses the document (and
// after automatic persisted queries have filled it in).
func (s shapeLimits) MutateOperationParameters(_ context.Context, p *graphql.RawParams) *gqlerror.Error {
	inputFields, err := scanDocument(p.Query, s.limits)
	if err != nil {
		return err
	}
	return checkVariables(p.Variables, s.limits, inputFields)
}

func (s shapeLimits) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	w := &shapeWalker{limits: s.limits, introspection: s.introspection, fragments: map[string]shape{}, vars: oc.Variables}
	for _, v := range oc.Operation.VariableDefinitions {
		w.directives(v.Directives, v.Position, "variable $"+v.Variable)
		w.value(v.DefaultValue, 0) // counted where the variable is used
	}
	sh := w.selections(oc.Operation.SelectionSet)
	sh.inputs = min(sh.inputs+w.directives(oc.Operation.Directives, oc.Operation.Position, "the operation"), saturated)
	switch {
	case w.refused != nil:
		return w.refused
	case sh.depth > s.limits.MaxDepth:
		return limitError(CodeDepthLimit, nil, "the operation nests %d levels deep; the limit is %d", sh.depth, s.limits.MaxDepth)
	case sh.aliases > s.limits.MaxAliases:
		return limitError(CodeAliasLimit, nil, "the operation has %d aliased fields with its fragments expanded; the limit is %d", sh.aliases, s.limits.MaxAliases)
	case sh.inputs > s.limits.MaxInputFields:
		return limitError(CodeInputFieldLimit, nil, "the arguments have %d input object fields, each variable counted where it is used and fragments expanded; the limit is %d", sh.inputs, s.limits.MaxInputFields)
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
	inputs                 int // fields of input objects in arguments
}

const saturated = 1 << 40

func (a shape) merge(b shape) shape {
	return shape{
		depth:   max(a.depth, b.depth),
		aliases: min(a.aliases+b.aliases, saturated),
		fields:  min(a.fields+b.fields, saturated),
		inputs:  min(a.inputs+b.inputs, saturated),
	}
}

type shapeWalker struct {
	limits        Limits
	introspection bool
	fragments     map[string]shape
	vars          map[string]any       // the operation's coerced variables
	varSizes      map[string]inputSize // each variable's value, measured once
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
			inputs := w.directives(sel.Directives, sel.Position, "field "+sel.Name)
			for _, a := range sel.Arguments {
				inputs += w.value(a.Value, 0)
			}
			if !w.introspection && (sel.Name == "__schema" || sel.Name == "__type") {
				w.refused = limitError(CodeIntrospectionDisabled, sel.Position, "introspection is turned off on this server")
				return total
			}
			child := w.selections(sel.SelectionSet)
			f := shape{depth: child.depth + 1, aliases: child.aliases, fields: min(child.fields+1, saturated), inputs: min(child.inputs+inputs, saturated)}
			if sel.Alias != "" && sel.Alias != sel.Name {
				f.aliases++
			}
			if sel.Name == "__schema" {
				f.fields = 0 // gqlgen's complexity does not count the schema's introspection either
			}
			total = total.merge(f)
		case *ast.InlineFragment:
			inputs := w.directives(sel.Directives, sel.Position, "inline fragment")
			total = total.merge(w.selections(sel.SelectionSet)).merge(shape{inputs: inputs})
		case *ast.FragmentSpread:
			inputs := w.directives(sel.Directives, sel.Position, "fragment spread "+sel.Name)
			sh, ok := w.fragments[sel.Name]
			if !ok && sel.Definition != nil {
				w.fragments[sel.Name] = shape{} // validation has refused cycles; this only guards
				sh = w.selections(sel.Definition.SelectionSet)
				w.fragments[sel.Name] = sh
			}
			total = total.merge(sh).merge(shape{inputs: inputs})
		}
	}
	return total
}

// directives refuses more than MaxDirectives of them on one location and
// measures their arguments, returning how many input fields those have.
func (w *shapeWalker) directives(d ast.DirectiveList, pos *ast.Position, what string) int {
	if w.refused == nil && len(d) > w.limits.MaxDirectives {
		w.refused = limitError(CodeDirectiveLimit, pos, "%s has %d directives; the limit is %d", what, len(d), w.limits.MaxDirectives)
	}
	inputs := 0
	for _, dir := range d {
		for _, a := range dir.Arguments {
			inputs += w.value(a.Value, 0)
		}
	}
	return inputs
}

// value measures a literal value found depth lists and objects deep, with
// the variables it names in place, and returns how many input object
// fields it has. scanDocument and checkVariables have measured the
// literals and the variables apart; only together can they be too deep,
// and only here is a variable counted each time it is used.
func (w *shapeWalker) value(v *ast.Value, depth int) int {
	if v == nil || w.refused != nil {
		return 0
	}
	switch v.Kind {
	case ast.Variable:
		size, ok := w.varSizes[v.Raw]
		if !ok {
			size = measureInput(w.vars[v.Raw], w.limits.MaxInputDepth+1)
			if w.varSizes == nil {
				w.varSizes = map[string]inputSize{}
			}
			w.varSizes[v.Raw] = size
		}
		if depth+size.depth > w.limits.MaxInputDepth {
			w.refused = limitError(CodeInputDepthLimit, v.Position, "$%s nests lists and objects %d levels deep where it is used; the limit is %d", v.Raw, depth+size.depth, w.limits.MaxInputDepth)
		}
		return size.fields
	case ast.ListValue, ast.ObjectValue:
		if depth+1 > w.limits.MaxInputDepth {
			w.refused = limitError(CodeInputDepthLimit, v.Position, "an argument nests lists and objects deeper than the limit of %d", w.limits.MaxInputDepth)
			return 0
		}
		if v.Kind == ast.ListValue && len(v.Children) > w.limits.MaxInputListLength {
			w.refused = limitError(CodeInputListLimit, v.Position, "a list of %d items; the limit is %d", len(v.Children), w.limits.MaxInputListLength)
			return 0
		}
		fields := 0
		if v.Kind == ast.ObjectValue {
			fields = len(v.Children)
		}
		for _, c := range v.Children {
			fields = min(fields+w.value(c.Value, depth+1), saturated)
		}
		return fields
	case ast.StringValue, ast.BlockValue:
		if len(v.Raw) > w.limits.MaxInputStringBytes {
			w.refused = limitError(CodeInputStringLimit, v.Position, "a string of %d bytes; the limit is %d", len(v.Raw), w.limits.MaxInputStringBytes)
		}
	}
	return 0
}

// inputSize is what is measured of a decoded input value: how many lists
// and objects it nests, and how many fields its objects have.
type inputSize struct {
	depth, fields int
}

// measureInput measures a decoded input value, going at most most levels
// deep: checkVariables and scanDocument have refused deeper ones, so the
// bound only guards.
func measureInput(v any, most int) inputSize {
	var size inputSize
	if most <= 0 {
		return size
	}
	switch v := v.(type) {
	case []any:
		for _, c := range v {
			s := measureInput(c, most-1)
			size.depth, size.fields = max(size.depth, s.depth), min(size.fields+s.fields, saturated)
		}
	case map[string]any:
		size.fields = len(v)
		for _, c := range v {
			s := measureInput(c, most-1)
			size.depth, size.fields = max(size.depth, s.depth), min(size.fields+s.fields, saturated)
		}
	default:
		return size
	}
	size.depth++
	return size
}

// checkVariables measures the decoded variables before gqlgen coerces them
// to their types, which walks them as deep as they go. The document's
// literals have inputFields input object fields already. The transport
// measured the variables in their raw JSON before decoding them
// (scanVariables); this counts them with the literals.
func checkVariables(vars map[string]any, l Limits, inputFields int) *gqlerror.Error {
	c := inputCheck{limits: l, fields: inputFields}
	for name, v := range vars {
		if err := c.value(v, 0); err != nil {
			err.Message = "$" + name + ": " + err.Message
			return err
		}
	}
	return nil
}

// inputCheck measures decoded input values against the limits, counting
// their object fields.
type inputCheck struct {
	limits Limits
	fields int
}

// value measures a decoded input value found depth lists and objects
// deep; it goes no deeper than the limit and stops at the first excess.
func (c *inputCheck) value(v any, depth int) *gqlerror.Error {
	switch v := v.(type) {
	case string:
		if len(v) > c.limits.MaxInputStringBytes {
			return limitError(CodeInputStringLimit, nil, "a string of %d bytes; the limit is %d", len(v), c.limits.MaxInputStringBytes)
		}
	case []any:
		if depth+1 > c.limits.MaxInputDepth {
			return limitError(CodeInputDepthLimit, nil, "lists and objects nest deeper than the limit of %d", c.limits.MaxInputDepth)
		}
		if len(v) > c.limits.MaxInputListLength {
			return limitError(CodeInputListLimit, nil, "a list of %d items; the limit is %d", len(v), c.limits.MaxInputListLength)
		}
		for _, e := range v {
			if err := c.value(e, depth+1); err != nil {
				return err
			}
		}
	case map[string]any:
		if depth+1 > c.limits.MaxInputDepth {
			return limitError(CodeInputDepthLimit, nil, "lists and objects nest deeper than the limit of %d", c.limits.MaxInputDepth)
		}
		c.fields += len(v)
		if c.fields > c.limits.MaxInputFields {
			return limitError(CodeInputFieldLimit, nil, "the input objects of the request have more fields than the limit of %d", c.limits.MaxInputFields)
		}
		for _, e := range v {
			if err := c.value(e, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// scanDocument refuses a query document, read as tokens before it is
// parsed, that writes too many fields, repeats one field too often, has too
// many aliases, puts too many directives on one location, or holds a
// literal value nested too deep, a list too long, a string too long or
// input objects with too many fields, or has more than MaxTokens tokens
// (counted as gqlgen's parser counts them, comments included, so that this
// refusal comes first, with its own code; the parser's limit stays behind
// it). It stops at the first of these, and otherwise tells how many input
// object fields the literals have. A document it cannot follow (it does
// not lex, or its brackets do not match) is left for the parser to refuse.
func scanDocument(query string, l Limits) (inputFields int, err *gqlerror.Error) {
	s := docScan{limits: l, stack: make([]frame, 1, 16)} // the first frame is the document's
	lx := lexer.New(&ast.Source{Input: query})
	for tokens := 0; ; tokens++ {
		tok, err := lx.ReadToken()
		switch {
		case err != nil || tok.Kind == lexer.EOF:
			return s.inputFields, nil
		case tokens == l.MaxTokens:
			return s.inputFields, limitError(CodeTokenLimit, nil, "the query has more than %d tokens", l.MaxTokens)
		case tok.Kind == lexer.Comment:
			continue
		}
		if stop, err := s.step(tok); stop {
			return s.inputFields, err
		}
	}
}

// docScan is where scanDocument is in a document: a stack of the brackets
// it is inside, and what it has counted.
type docScan struct {
	limits      Limits
	stack       []frame
	prev        lexer.Type     // the kind of the token before
	fields      int            // fields written
	aliases     int            // fields written under an alias other than their name
	names       map[string]int // how often each response name is written
	inputFields int            // fields of object values written
}

type frameKind uint8

const (
	frameDocument  frameKind = iota // outside any bracket: operation and fragment headings
	frameSelection                  // { } of a selection set
	frameArguments                  // ( ) of arguments or of variable definitions
	frameList                       // [ ] of a list value
	frameObject                     // { } of an object value
)

// selectionState is where a selection set's scan is within one selection.
type selectionState uint8

const (
	selStart  selectionState = iota // expecting a selection
	selName                         // after a name: a field, or an alias if a colon follows
	selAlias                        // after "alias:", expecting the field's name
	selSpread                       // after "...": a fragment name, "on", or an inline fragment
	selOn                           // after "... on", expecting the type condition
)

// directiveState follows a run of directives on one location.
type directiveState uint8

const (
	dirNone  directiveState = iota
	dirAt                   // after "@", expecting the directive's name
	dirName                 // after the name: "(" opens its arguments
	dirAfter                // after its arguments
)

type frame struct {
	kind       frameKind
	depth      int            // list and object frames: how deep this value nests, itself included
	items      int            // list frames: values so far
	varDefs    bool           // argument frames: variable definitions, not arguments
	inType     bool           // variable definitions: inside a type, where [ ] are not lists
	sel        selectionState // selection frames
	name       string         // selection frames: the name that may be an alias
	namePos    ast.Position
	directives int // the length of the run of directives on one location
	dir        directiveState
}

// step reads one token. It tells to stop at the end of what it can follow,
// with an error when a limit is exceeded.
func (s *docScan) step(tok lexer.Token) (stop bool, err *gqlerror.Error) {
	defer func() { s.prev = tok.Kind }()
	f := &s.stack[len(s.stack)-1]

	// A name in a selection set is a field, unless a colon follows: then it
	// was the field's alias.
	if f.kind == frameSelection && f.sel == selName && tok.Kind != lexer.Colon {
		f.sel = selStart
		if err := s.field(f.name, f.name, f.namePos); err != nil {
			return true, err
		}
	}

	// A run of directives: "@", a name, perhaps arguments, and again.
	switch {
	case tok.Kind == lexer.At:
		if f.dir == dirNone {
			f.directives = 0
		}
		f.directives++
		if f.directives > s.limits.MaxDirectives {
			return true, limitError(CodeDirectiveLimit, &tok.Pos, "a field, fragment, operation or variable has more directives than the limit of %d", s.limits.MaxDirectives)
		}
		f.dir, f.inType = dirAt, false
		if f.kind == frameSelection {
			f.sel = selStart // the directives of an inline fragment
		}
		return false, nil
	case f.dir == dirAt && tok.Kind == lexer.Name:
		f.dir = dirName
		return false, nil
	case f.dir == dirName && tok.Kind == lexer.ParenL:
		f.dir = dirAfter
		s.stack = append(s.stack, frame{kind: frameArguments})
		return false, nil
	default:
		f.dir = dirNone
	}

	if (tok.Kind == lexer.String || tok.Kind == lexer.BlockString) && len(tok.Value) > s.limits.MaxInputStringBytes {
		return true, limitError(CodeInputStringLimit, &tok.Pos, "a string of %d bytes; the limit is %d", len(tok.Value), s.limits.MaxInputStringBytes)
	}
	if f.kind == frameList && s.startsValue(tok.Kind) {
		f.items++
		if f.items > s.limits.MaxInputListLength {
			return true, limitError(CodeInputListLimit, &tok.Pos, "a list has more items than the limit of %d", s.limits.MaxInputListLength)
		}
	}

	switch tok.Kind {
	case lexer.BraceL:
		if f.kind == frameDocument || f.kind == frameSelection {
			f.sel = selStart
			s.stack = append(s.stack, frame{kind: frameSelection})
			return false, nil
		}
		return s.openValue(frameObject, tok.Pos)
	case lexer.BracketL:
		if f.inType {
			return false, nil
		}
		if f.kind == frameDocument || f.kind == frameSelection {
			return true, nil
		}
		return s.openValue(frameList, tok.Pos)
	case lexer.ParenL:
		if f.kind == frameSelection {
			f.sel = selStart
		}
		s.stack = append(s.stack, frame{kind: frameArguments, varDefs: f.kind == frameDocument})
		return false, nil
	case lexer.BracketR:
		if f.inType {
			return false, nil
		}
		return s.close(frameList)
	case lexer.BraceR:
		if f.kind == frameSelection {
			return s.close(frameSelection)
		}
		return s.close(frameObject)
	case lexer.ParenR:
		return s.close(frameArguments)
	}

	switch f.kind {
	case frameObject:
		if tok.Kind == lexer.Colon {
			s.inputFields++
			if s.inputFields > s.limits.MaxInputFields {
				return true, limitError(CodeInputFieldLimit, &tok.Pos, "the input objects of the document have more fields than the limit of %d", s.limits.MaxInputFields)
			}
		}
	case frameArguments:
		if f.varDefs {
			switch tok.Kind {
			case lexer.Colon:
				f.inType = true
			case lexer.Equals, lexer.Dollar:
				f.inType = false
			}
		}
	case frameSelection:
		switch {
		case f.sel == selStart && tok.Kind == lexer.Name:
			f.sel, f.name, f.namePos = selName, tok.Value, tok.Pos
		case f.sel == selStart && tok.Kind == lexer.Spread:
			f.sel = selSpread
		case f.sel == selName: // a colon: the name was an alias
			f.sel = selAlias
		case f.sel == selAlias && tok.Kind == lexer.Name:
			f.sel = selStart
			if err := s.field(f.name, tok.Value, tok.Pos); err != nil {
				return true, err
			}
		case f.sel == selSpread && tok.Kind == lexer.Name && tok.Value == "on":
			f.sel = selOn
		default:
			f.sel = selStart
		}
	}
	return false, nil
}

// startsValue tells whether a token of kind k begins a value in a list.
func (s *docScan) startsValue(k lexer.Type) bool {
	switch k {
	case lexer.Name:
		return s.prev != lexer.Dollar // a variable's name is part of it
	case lexer.Dollar, lexer.Int, lexer.Float, lexer.String, lexer.BlockString, lexer.BracketL, lexer.BraceL:
		return true
	}
	return false
}

// openValue enters a list or an object value.
func (s *docScan) openValue(kind frameKind, pos ast.Position) (bool, *gqlerror.Error) {
	depth := 1
	if f := s.stack[len(s.stack)-1]; f.kind == frameList || f.kind == frameObject {
		depth = f.depth + 1
	}
	if depth > s.limits.MaxInputDepth {
		return true, limitError(CodeInputDepthLimit, &pos, "an argument nests lists and objects deeper than the limit of %d", s.limits.MaxInputDepth)
	}
	s.stack = append(s.stack, frame{kind: kind, depth: depth})
	return false, nil
}

// close leaves a frame of kind; a bracket that closes something else ends
// the scan.
func (s *docScan) close(kind frameKind) (bool, *gqlerror.Error) {
	n := len(s.stack) - 1
	if n == 0 || s.stack[n].kind != kind {
		return true, nil
	}
	s.stack = s.stack[:n]
	return false, nil
}

// field counts one field written as name under the response name key.
func (s *docScan) field(key, name string, pos ast.Position) *gqlerror.Error {
	s.fields++
	if s.fields > s.limits.MaxFields {
		return limitError(CodeFieldLimit, &pos, "the document selects more fields than the limit of %d", s.limits.MaxFields)
	}
	if s.names == nil {
		s.names = map[string]int{}
	}
	s.names[key]++
	if n := s.names[key]; n > s.limits.MaxFieldRepeats {
		return limitError(CodeRepeatedFieldLimit, &pos, "%s is selected more times than the limit of %d", key, s.limits.MaxFieldRepeats)
	}
	if key != name {
		s.aliases++
		if s.aliases > s.limits.MaxAliases {
			return limitError(CodeAliasLimit, &pos, "the document has more aliased fields than the limit of %d", s.limits.MaxAliases)
		}
	}
	return nil
}

func limitError(code string, pos *ast.Position, format string, args ...any) *gqlerror.Error {
	app := apperr.Errorf(code, format, args...)
	err := &gqlerror.Error{Err: app, Message: app.Message, Extensions: map[string]any{"code": code}}
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
