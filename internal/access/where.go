package access

import (
	"context"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/predicate"
)

// Restrict makes a where: argument (a generated *ent.XWhereInput, or any
// value holding them) mean, for ctx's caller, what it would mean if the
// rows they may not read did not exist, and gives articles' status its
// displayed meaning (StatusIs).
//
// The filter's own type is narrowed by the query it is applied to (ent's
// interceptor), but its edge predicates (hasMentionedInWith: …, hasCover:
// true) are subqueries that no interceptor sees: without this, the public
// could count the documents a draft mentions, a word of its title at a time.
// Restrict walks the input by reflection, so an edge added to the model is
// covered without anyone remembering it.
func Restrict(ctx context.Context, where any) {
	v := reflect.ValueOf(where)
	if !v.IsValid() {
		return
	}
	w := walker{ctx: ctx, now: time.Now()}
	w.value(v, false)
}

type walker struct {
	ctx context.Context
	now time.Time
}

// value walks v; sub is true inside an edge predicate's subquery.
func (w walker) value(v reflect.Value, sub bool) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			w.value(v.Elem(), sub)
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			w.value(v.Index(i), sub)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			w.value(it.Value(), sub)
		}
	case reflect.Struct:
		if s := shapeOf(v.Type()); s != nil {
			w.input(v, s, sub)
		}
	}
}

// input walks a where input of shape s.
func (w walker) input(v reflect.Value, s *inputShape, sub bool) {
	if a, ok := v.Addr().Interface().(*ent.ArticleWhereInput); ok {
		displayedStatus(a, w.now)
	}
	if sub {
		if f := Filter(w.ctx, s.typ); f != nil {
			add := v.Addr().MethodByName("AddPredicates")
			add.Call([]reflect.Value{reflect.ValueOf(f).Convert(add.Type().In(0).Elem())})
		}
	}
	for _, e := range s.edges {
		if e.has >= 0 {
			w.has(v, e)
		}
	}
	for _, i := range s.same {
		w.value(v.Field(i), sub)
	}
	for _, e := range s.edges {
		w.value(v.Field(e.with), true)
	}
}

// has rewrites hasX: true|false towards a restricted type as hasXWith: [{}]
// (or its negation), which the walk then narrows.
func (w walker) has(v reflect.Value, e edgeShape) {
	f := v.Field(e.has)
	if f.IsNil() || !Restricted(e.typ) || Filter(w.ctx, e.typ) == nil {
		return
	}
	want := f.Elem().Bool()
	f.Set(reflect.Zero(f.Type()))
	with := v.Field(e.with)
	any := reflect.New(with.Type().Elem().Elem())
	if want {
		with.Set(reflect.Append(with, any))
		return
	}
	// hasX: false is not (hasXWith: [{}]), added to the input's and.
	not := reflect.New(v.Type())
	not.Elem().Field(e.with).Set(reflect.Append(reflect.Zero(with.Type()), any))
	neg := reflect.New(v.Type())
	neg.Elem().FieldByName("Not").Set(not)
	and := v.FieldByName("And")
	and.Set(reflect.Append(and, neg))
}

// displayedStatus replaces a's conditions on the stored status with
// conditions on the displayed one.
func displayedStatus(a *ent.ArticleWhereInput, now time.Time) {
	var ps []predicate.Article
	if a.Status != nil {
		ps = append(ps, StatusIs(*a.Status, now))
	}
	if a.StatusNEQ != nil {
		ps = append(ps, article.Not(StatusIs(*a.StatusNEQ, now)))
	}
	// An empty list filters nothing, as ent reads every *In of a where
	// input (feedback's statusIn: [] included).
	if len(a.StatusIn) > 0 {
		ps = append(ps, statusIn(a.StatusIn, now))
	}
	if len(a.StatusNotIn) > 0 {
		ps = append(ps, article.Not(statusIn(a.StatusNotIn, now)))
	}
	a.Status, a.StatusNEQ, a.StatusIn, a.StatusNotIn = nil, nil, nil, nil
	a.AddPredicates(ps...)
}

// inputShape is what the walk needs of a generated where input type.
type inputShape struct {
	typ   string // the ent type it filters, e.g. "Article"
	same  []int  // not, and, or: inputs of the same type
	edges []edgeShape
}

// edgeShape is an edge's predicates: hasXWith (with) and hasX (has, or -1).
type edgeShape struct {
	typ       string // the ent type at the edge's end
	with, has int
}

var shapes sync.Map // reflect.Type → *inputShape (nil: not a where input)

// shapeOf is the shape of t when it is a generated where input, else nil.
func shapeOf(t reflect.Type) *inputShape {
	if s, ok := shapes.Load(t); ok {
		return s.(*inputShape)
	}
	var s *inputShape
	if typ, ok := strings.CutSuffix(t.Name(), "WhereInput"); ok && t.PkgPath() == entPkg {
		s = &inputShape{typ: typ}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			switch {
			case f.Name == "Not" || f.Name == "And" || f.Name == "Or":
				s.same = append(s.same, i)
			case strings.HasPrefix(f.Name, "Has") && strings.HasSuffix(f.Name, "With"):
				e := edgeShape{typ: strings.TrimSuffix(f.Type.Elem().Elem().Name(), "WhereInput"), with: i, has: -1}
				if h, ok := t.FieldByName(strings.TrimSuffix(f.Name, "With")); ok {
					e.has = h.Index[0]
				}
				s.edges = append(s.edges, e)
			}
		}
	}
	shapes.Store(t, s)
	return s
}

var entPkg = reflect.TypeOf(ent.ArticleWhereInput{}).PkgPath()
