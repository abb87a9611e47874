package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2/ast"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/apitoken"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/ent/storyimport"
	"github.com/newsgraph/newsgraph/ent/webhookattempt"
	"github.com/newsgraph/newsgraph/ent/webhookdelivery"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// The words of the leak world (seedLeakWorld). secretWord is in the text of
// every row an anonymous caller may not read (hidden articles, their cover
// and feedback, every revision, a document only hidden articles mention,
// pending and rejected feedback, a token, a webhook endpoint with a
// delivery and an attempt) and nowhere else; privateWord is
// in the names of the things only hidden articles link to, which are
// themselves public; commonWord is in every article's title.
const (
	secretWord  = "BIMAT"
	privateWord = "RIENG"
	commonWord  = "hội nghị"
)

// leakWorld is what seedLeakWorld stored.
type leakWorld struct {
	ids       map[string][]string // every row's node ID, by GraphQL type
	hidden    map[string]bool     // the node IDs an anonymous caller may not read
	adminOnly []string            // node IDs only admins read (access.AdminOnly)
	slugs     []string            // every article's slug
	// remove deletes every hidden row, as the system.
	remove func(t *testing.T)
}

// slugsOf are, for every type that root fields look up by slug, the slugs
// of three of w's rows (sampleSlugs).
func (w *leakWorld) slugsOf(t *testing.T, db *database.DB) map[string][]string {
	t.Helper()
	viewer := testServer(db.Client, auth.Viewer, false, "")
	out := map[string][]string{}
	for typ, ids := range w.ids {
		if len(slugLookups(typ)) > 0 {
			out[typ] = sampleSlugs(t, viewer, typ, ids)
		}
	}
	return out
}

// all is every node ID of w.
func (w *leakWorld) all() []string {
	var out []string
	for _, typ := range slices.Sorted(maps.Keys(w.ids)) {
		out = append(out, w.ids[typ]...)
	}
	return out
}

// seedLeakWorld stores two worlds of public things that only hidden
// articles connect. The shared one, named plainly, is what a PUBLISHED
// article links to: two people (one with a photo), an organization with a
// parent and a child, each holding positions of both people and issuing
// an award, a document, a category with a parent and a child, a tag. The
// private one, named with privateWord, has the same shape (its document,
// which the shared awards are also for, is hidden, with secretWord in its
// title). Hidden articles (draft, archived, scheduled for tomorrow;
// secretWord in their text), one in each category of both worlds, link to
// everything in both and have one cover and approved feedback each. The
// published article was saved once with secretWord in its text, so its
// first revision holds it, and it has pending and rejected feedback with
// secretWord.
func seedLeakWorld(t *testing.T, db *database.DB) *leakWorld {
	t.Helper()
	c, sys := db.Client, auth.System(ctx)
	past, future := time.Now().Add(-time.Hour), time.Now().Add(24*time.Hour)

	// world is one world of public things; mark is in every name.
	type world struct {
		people  []*ent.Person
		orgs    []*ent.Organization
		cats    []*ent.Category
		awards  []*ent.Award
		docs    []*ent.Document
		tags    []*ent.Tag
		mainOrg *ent.Organization
	}
	build := func(mark string, photo *ent.Media, doc *ent.Document) *world {
		w := &world{}
		top := c.Organization.Create().SetName("Tỉnh ủy" + mark).SaveX(sys)
		org := c.Organization.Create().SetName("Ban Tuyên giáo" + mark).SetParent(top).SaveX(sys)
		sub := c.Organization.Create().SetName("Phòng Tuyên truyền" + mark).SetParent(org).SaveX(sys)
		w.orgs, w.mainOrg = []*ent.Organization{top, org, sub}, org
		person := c.Person.Create().SetFullName("Vũ Duy Hoàng" + mark).SetNillablePhotoID(idOrNil(photo)).SaveX(sys)
		other := c.Person.Create().SetFullName("Nguyễn Văn An" + mark).SaveX(sys)
		w.people = []*ent.Person{person, other}
		if doc == nil {
			doc = c.Document.Create().SetCode("05-CT/TW").SetTitle("Chỉ thị về học tập" + mark).SetIssuer(org).SaveX(sys)
		} else {
			c.Document.UpdateOne(doc).SetIssuer(org).ExecX(sys)
		}
		w.docs = []*ent.Document{doc}
		for _, o := range w.orgs {
			for _, p := range w.people {
				c.Position.Create().SetTitle("Trưởng Ban" + mark).SetPerson(p).SetOrganization(o).SaveX(sys)
			}
			w.awards = append(w.awards, c.Award.Create().SetName("Bằng khen"+mark).SetYear(2023).SetIssuer(o).
				AddRecipientPeople(w.people...).AddRecipientOrganizations(w.orgs...).SetPresentedBy(other).AddForDocuments(doc).SaveX(sys))
		}
		catTop := c.Category.Create().SetName("Thời sự" + mark).SaveX(sys)
		cat := c.Category.Create().SetName("Xây dựng Đảng" + mark).SetParent(catTop).SaveX(sys)
		catSub := c.Category.Create().SetName("Tuyên giáo" + mark).SetParent(cat).SaveX(sys)
		w.cats = []*ent.Category{cat, catTop, catSub}
		w.tags = []*ent.Tag{c.Tag.Create().SetName("Học tập" + mark).SaveX(sys)}
		return w
	}
	photo := c.Media.Create().SetURL("https://example.org/hoang.jpg").SetAlt("Chân dung").SaveX(sys)
	shared := build("", photo, nil)
	docD := c.Document.Create().SetCode("01-KH/TU").SetTitle("Kế hoạch " + secretWord).SaveX(sys)
	private := build(" "+privateWord, nil, docD)
	for _, a := range shared.awards {
		c.Award.UpdateOne(a).AddForDocuments(docD).ExecX(sys)
	}

	coverD := c.Media.Create().SetURL("https://example.org/d.jpg").SetAlt("Ảnh " + secretWord).SaveX(sys)
	coverP := c.Media.Create().SetURL("https://example.org/p.jpg").SetAlt("Ảnh bìa").SaveX(sys)
	public := c.Article.Create().SetTitle("Hội nghị " + secretWord + " cũ").SetSlug("cong-khai").
		SetBody("<p>" + secretWord + "</p>").
		SetStatus(article.StatusPUBLISHED).SetPublishedAt(past).
		AddAuthors(shared.people...).AddMentionedPeople(shared.people...).AddMentionedOrganizations(shared.orgs...).
		AddMentionedAwards(shared.awards...).AddMentionedDocuments(shared.docs...).SetCategory(shared.cats[0]).
		AddTags(shared.tags...).SetCover(coverP).
		SaveX(sys)
	public = c.Article.UpdateOne(public).SetTitle("Hội nghị công khai").SetBody("<p>Nội dung</p>").SaveX(sys)

	var hiddenArticles []*ent.Article
	for i, cat := range append(slices.Clone(shared.cats), private.cats...) {
		a := c.Article.Create().SetTitle(fmt.Sprintf("Hội nghị %s %d", secretWord, i)).
			SetSummary("Tóm tắt " + secretWord).SetBody("<p>Nội dung " + secretWord + "</p>").
			SetCategory(cat)
		switch i % 3 {
		case 1:
			a.SetStatus(article.StatusARCHIVED).SetPublishedAt(past)
		case 2:
			a.SetStatus(article.StatusSCHEDULED).SetPublishedAt(future)
		}
		if i == 0 {
			a.SetSlug("ban-nhap")
		}
		a.SetCover(coverD)
		for _, w := range []*world{shared, private} {
			a.AddAuthors(w.people...).AddMentionedPeople(w.people...).AddMentionedOrganizations(w.orgs...).
				AddMentionedAwards(w.awards...).AddMentionedDocuments(w.docs...).AddTags(w.tags...)
		}
		hiddenArticles = append(hiddenArticles, a.SaveX(sys))
	}

	fb := func(a *ent.Article, s feedback.Status, content string) *ent.Feedback {
		return c.Feedback.Create().SetArticle(a).SetName("Bạn đọc").SetEmail("ban.doc@example.org").
			SetContent(content).SetStatus(s).SaveX(sys)
	}
	var hiddenFeedback []*ent.Feedback
	for _, a := range hiddenArticles {
		hiddenFeedback = append(hiddenFeedback, fb(a, feedback.StatusAPPROVED, "Ý kiến "+secretWord))
	}
	fb(public, feedback.StatusAPPROVED, "Ý kiến hay")
	fbPending := fb(public, feedback.StatusPENDING, "Chờ duyệt "+secretWord)
	fbRejected := fb(public, feedback.StatusREJECTED, "Bị từ chối "+secretWord)
	token := c.ApiToken.Create().SetName("Khóa " + secretWord).SetRole(apitoken.RoleVIEWER).
		SetSecretHash(strings.Repeat("ab", 32)).SaveX(sys)
	hook := c.WebhookEndpoint.Create().SetURL("https://hooks.example.org/" + secretWord).
		SetSecret("whsec_" + secretWord).SaveX(sys)
	delivery := c.WebhookDelivery.Create().SetEndpoint(hook).SetEventID(1).
		SetEventKind(webhookdelivery.EventKindARTICLE_PUBLISHED).SetWebhookID("msg_" + secretWord).
		SetStatus(webhookdelivery.StatusRETRYING).SetLastError("Lỗi " + secretWord).SaveX(sys)
	attempt := c.WebhookAttempt.Create().SetDelivery(delivery).SetOutcome(webhookattempt.OutcomeHTTP_ERROR).
		SetStatusCode(500).SetLatencyMs(12).SetError("Lỗi " + secretWord).SaveX(sys)
	revisions := c.Revision.Query().IDsX(sys)
	// The imports that made the hidden articles: their text is a draft's.
	var imports []int
	for i, a := range hiddenArticles {
		imports = append(imports, c.StoryImport.Create().SetContentHash(fmt.Sprintf("%064x", i)).
			SetStatus(storyimport.StatusAPPLIED).SetTitle("Hội nghị "+secretWord).SetText("Hội nghị "+secretWord).
			SetArticle(a).SaveX(sys).ID)
	}

	id := func(n int) string { return strconv.Itoa(n) }
	w := &leakWorld{
		ids:       map[string][]string{},
		hidden:    map[string]bool{},
		adminOnly: []string{id(token.ID), id(hook.ID), id(delivery.ID), id(attempt.ID)},
		slugs:     c.Article.Query().Select(article.FieldSlug).StringsX(sys),
	}
	for _, n := range append([]int{docD.ID, coverD.ID, fbPending.ID, fbRejected.ID, token.ID, hook.ID, delivery.ID, attempt.ID}, append(revisions, imports...)...) {
		w.hidden[id(n)] = true
	}
	for _, f := range hiddenFeedback {
		w.hidden[id(f.ID)] = true
	}
	for _, a := range hiddenArticles {
		w.hidden[id(a.ID)] = true
	}
	for typ, ids := range map[string][]int{
		"Article":      c.Article.Query().IDsX(sys),
		"Award":        c.Award.Query().IDsX(sys),
		"Category":     c.Category.Query().IDsX(sys),
		"Document":     c.Document.Query().IDsX(sys),
		"Feedback":     c.Feedback.Query().IDsX(sys),
		"Media":        c.Media.Query().IDsX(sys),
		"Organization": c.Organization.Query().IDsX(sys),
		"Person":       c.Person.Query().IDsX(sys),
		"Position":     c.Position.Query().IDsX(sys),
		"Revision":     revisions,
		"StoryImport":  imports,
		"Tag":          c.Tag.Query().IDsX(sys),
		"ApiToken":     {token.ID},
		// The webhook machinery's types
		"WebhookEndpoint": {hook.ID},
		"WebhookDelivery": {delivery.ID},
		"WebhookAttempt":  {attempt.ID},
	} {
		for _, n := range ids {
			w.ids[typ] = append(w.ids[typ], id(n))
		}
	}
	w.remove = func(t *testing.T) {
		t.Helper()
		for _, f := range hiddenFeedback {
			c.Feedback.DeleteOneID(f.ID).ExecX(sys)
		}
		c.Feedback.DeleteOneID(fbPending.ID).ExecX(sys)
		c.Feedback.DeleteOneID(fbRejected.ID).ExecX(sys)
		for _, r := range revisions {
			c.Revision.DeleteOneID(r).ExecX(sys)
		}
		for _, a := range hiddenArticles {
			c.Article.DeleteOneID(a.ID).ExecX(sys)
		}
		c.Document.DeleteOneID(docD.ID).ExecX(sys)
		c.Media.DeleteOneID(coverD.ID).ExecX(sys)
		c.StoryImport.Delete().Where(storyimport.IDIn(imports...)).ExecX(sys)
		c.ApiToken.DeleteOneID(token.ID).ExecX(sys)
		c.WebhookEndpoint.DeleteOneID(hook.ID).ExecX(sys) // its delivery and attempt with it
	}

	// The rule agrees with the seed on what is hidden: an anonymous
	// caller's ent queries read exactly the rows not in hidden.
	anon := context.Background()
	visible := map[string][]int{
		"Article":     c.Article.Query().IDsX(anon),
		"Document":    c.Document.Query().IDsX(anon),
		"Feedback":    c.Feedback.Query().IDsX(anon),
		"Media":       c.Media.Query().IDsX(anon),
		"Revision":    c.Revision.Query().IDsX(anon),
		"StoryImport": c.StoryImport.Query().IDsX(anon),
		"ApiToken":    c.ApiToken.Query().IDsX(anon),

		"WebhookEndpoint": c.WebhookEndpoint.Query().IDsX(anon),
		"WebhookDelivery": c.WebhookDelivery.Query().IDsX(anon),
		"WebhookAttempt":  c.WebhookAttempt.Query().IDsX(anon),
	}
	for _, typ := range access.RestrictedTypes() {
		if _, known := visible[typ]; !known && apiSchema.Types[typ] != nil {
			t.Fatalf("the API reads restricted type %s, which seedLeakWorld does not store yet", typ)
		}
	}
	for typ, ids := range visible {
		var want []string
		for _, n := range w.ids[typ] {
			if !w.hidden[n] {
				want = append(want, n)
			}
		}
		var got []string
		for _, n := range ids {
			got = append(got, id(n))
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Fatalf("an anonymous caller reads %s %v, the seed expects %v", typ, got, want)
		}
	}
	return w
}

// publicByRule are the edges whose far end an anonymous caller always
// reads (internal/access), so no path through them can find a hidden row.
var publicByRule = map[string]string{
	"Person.photo":                  "a person's photo is public, whatever else uses it",
	"PersonWhereInput.hasPhotoWith": "a person's photo is public, whatever else uses it",
}

// filterEdge is one hasXWith field of a where input: from the type the
// input filters to the type at the edge's end.
type filterEdge struct{ from, field, to string }

func (e filterEdge) String() string { return e.from + "WhereInput." + e.field }

// filterEdges are the hasXWith fields of typ's where input.
func filterEdges(typ string) []filterEdge {
	var out []filterEdge
	for _, f := range apiSchema.Types[typ+"WhereInput"].Fields {
		if strings.HasPrefix(f.Name, "has") && strings.HasSuffix(f.Name, "With") {
			out = append(out, filterEdge{typ, f.Name, strings.TrimSuffix(namedType(f.Type), "WhereInput")})
		}
	}
	return out
}

// filterPaths are the chains of edge filters from typ's where input, up to
// hops long, none using an edge twice; the empty chain first.
func filterPaths(typ string, hops int) [][]filterEdge {
	var out [][]filterEdge
	var walk func(path []filterEdge, at string)
	walk = func(path []filterEdge, at string) {
		out = append(out, slices.Clone(path))
		if len(path) == hops {
			return
		}
		for _, e := range filterEdges(at) {
			if !slices.Contains(path, e) {
				walk(append(path, e), e.to)
			}
		}
	}
	walk(nil, typ)
	return out
}

// textPredicates are the where fields a probe finds the seed's marked
// rows by, the first that typ's where input has.
var textPredicates = []string{"titleContains", "fullNameContains", "contentContains", "nameContains", "altContains"}

// markedRows is the predicate that finds, among typ's rows, only those the
// draft alone reaches: secretWord for a restricted type, privateWord for
// the others.
func markedRows(typ string) (map[string]any, bool) {
	word := privateWord
	if access.Restricted(typ) {
		word = secretWord
	}
	def := apiSchema.Types[typ+"WhereInput"]
	for _, p := range textPredicates {
		if def.Fields.ForName(p) != nil {
			return map[string]any{p: word}, true
		}
	}
	return nil, false
}

// nest wraps leaf in path: {hasAWith: [{hasBWith: [leaf]}]}.
func nest(path []filterEdge, leaf map[string]any) map[string]any {
	v := leaf
	for i := len(path) - 1; i >= 0; i-- {
		v = map[string]any{path[i].field: []any{v}}
	}
	return v
}

// whereSite is a field with a where: argument, and how to reach it.
type whereSite struct {
	name    string // e.g. "Query.documents" or "Person.mentionedIn via nodes"
	filters string // the type its where input filters
	from    string // the type whose rows hold the field ("" for a root field)
	nodes   bool   // it needs $ids, the node IDs of from
	// selection is the probe's root selection, aliased alias, with the
	// where input in the variable $<where>.
	selection func(alias, where string) string
}

// whereSites are every field with a where: argument the API has: root
// fields, and connection fields of node types through nodes(ids:), through
// every root list of their type (ent's eager loading) and through every
// lookup by slug (the compiled executor's), with slugs[type] to look up.
func whereSites(t *testing.T, slugs map[string][]string) []whereSite {
	t.Helper()
	var sites []whereSite
	roots := map[string][]string{} // node type → root list fields of it
	for _, f := range apiSchema.Query.Fields {
		item, conn := itemType(f.Type)
		if conn && !hasRequiredArgs(f, "where") {
			roots[item] = append(roots[item], f.Name)
		}
		if _, filters := whereOf(f); filters != "" {
			f, args := f, readArgs(t, f, "where")
			sites = append(sites, whereSite{name: "Query." + f.Name, filters: filters,
				selection: func(alias, where string) string {
					// edges, so that the compiled executor answers it.
					return fmt.Sprintf("%s: %s(first: 100, where: $%s%s) { totalCount edges { node { id } } }", alias, f.Name, where, args)
				}})
		}
	}
	for _, def := range apiSchema.Types {
		if !isNode(def) {
			continue
		}
		for _, f := range def.Fields {
			_, filters := whereOf(f)
			if filters == "" {
				continue
			}
			def, f, args := def, f, readArgs(t, f, "where")
			inner := func(where string) string {
				return fmt.Sprintf("%s(first: 100, where: $%s%s) { totalCount }", f.Name, where, args)
			}
			sites = append(sites, whereSite{name: def.Name + "." + f.Name + " via nodes", filters: filters, from: def.Name, nodes: true,
				selection: func(alias, where string) string {
					return fmt.Sprintf("%s: nodes(ids: $ids) { ... on %s { %s } }", alias, def.Name, inner(where))
				}})
			for _, root := range roots[def.Name] {
				sites = append(sites, whereSite{name: def.Name + "." + f.Name + " via " + root, filters: filters, from: def.Name,
					selection: func(alias, where string) string {
						return fmt.Sprintf("%s: %s(first: 100) { edges { node { %s } } }", alias, root, inner(where))
					}})
			}
			for _, lookup := range slugLookups(def.Name) {
				sites = append(sites, whereSite{name: def.Name + "." + f.Name + " via " + lookup.Name, filters: filters, from: def.Name,
					selection: func(alias, where string) string {
						var b strings.Builder
						for i, slug := range slugs[def.Name] {
							fmt.Fprintf(&b, "%s_%d: %s(slug: %q) { %s }\n", alias, i, lookup.Name, slug, inner(where))
						}
						return b.String()
					}})
			}
		}
	}
	slices.SortFunc(sites, func(a, b whereSite) int { return strings.Compare(a.name, b.name) })
	return sites
}

// hasRequiredArgs reports whether f needs an argument other than those named.
func hasRequiredArgs(f *ast.FieldDefinition, except ...string) bool {
	for _, a := range f.Arguments {
		if required(a.Type, a.DefaultValue) && !slices.Contains(except, a.Name) {
			return true
		}
	}
	return false
}

// readArgs are f's required arguments other than those named, as ", a: v"
// with the value a read probe gives them.
func readArgs(t *testing.T, f *ast.FieldDefinition, except ...string) string {
	t.Helper()
	var b strings.Builder
	for _, a := range f.Arguments {
		if !required(a.Type, a.DefaultValue) || slices.Contains(except, a.Name) {
			continue
		}
		switch a.Name {
		case "query":
			fmt.Fprintf(&b, ", %s: %q", a.Name, commonWord)
		default:
			t.Fatalf("%s(%s:) needs a value: teach readArgs what to pass", f.Name, a.Name)
		}
	}
	return b.String()
}

// whereProbe is one where: value tried at a site.
type whereProbe struct {
	site  whereSite
	path  []filterEdge
	where map[string]any
	// marked: the where finds the marked rows (markedRows) at the path's end,
	// and reaches a restricted type on the way (the site's own types
	// included): an anonymous caller must count nothing, a viewer something.
	marked bool
	// exempt says why a viewer finds nothing either (publicByRule).
	exempt string
}

func (p whereProbe) String() string {
	w, _ := json.Marshal(p.where)
	return p.site.name + " where: " + string(w)
}

// Hops are how far the probes follow edge filters: deepHops from the
// first root field with each where input, otherHops from every other site
// with it (they share the walk that narrows edge filters beyond the first
// hop, internal/access.Restrict).
const (
	deepHops  = 3
	otherHops = 2
)

// whereProbes are the probes of every site: every path of edge filters
// ending in the marked rows' predicate, and every path ending in hasX:
// true and hasX: false on an edge to a restricted type; paths that touch
// no restricted type are left out, as nothing could leak through them.
func whereProbes(t *testing.T, slugs map[string][]string) []whereProbe {
	t.Helper()
	var probes []whereProbe
	deep := map[string]bool{}
	for _, site := range whereSites(t, slugs) {
		hops := otherHops
		if site.from == "" && !deep[site.filters] {
			hops, deep[site.filters] = deepHops, true
		}
		for _, path := range filterPaths(site.filters, hops) {
			at := site.filters
			reaches := access.Restricted(site.filters) || (site.from != "" && access.Restricted(site.from))
			exempt := ""
			for _, e := range path {
				at, exempt = e.to, publicByRule[e.String()]
				reaches = reaches || access.Restricted(e.to)
			}
			if reaches {
				leaf, ok := markedRows(at)
				if !ok {
					t.Fatalf("%sWhereInput has none of %v to find the draft's rows by: teach markedRows", at, textPredicates)
				}
				probes = append(probes, whereProbe{site: site, path: path, where: nest(path, leaf), marked: true, exempt: exempt})
				// not:, and:, or: around the filter and inside an edge filter
				// (internal/access.Restrict narrows through them too), on
				// one-hop paths: they count what is not hidden, so they
				// must not change when the hidden rows go.
				if len(path) == 1 {
					inner := map[string]any{"and": []any{map[string]any{"or": []any{map[string]any{"not": leaf}}}}}
					probes = append(probes,
						whereProbe{site: site, path: path, where: map[string]any{"not": nest(path, leaf)}},
						whereProbe{site: site, path: path, where: nest(path, inner)})
				}
			}
			if len(path) == hops {
				continue
			}
			for _, e := range filterEdges(at) {
				has := strings.TrimSuffix(e.field, "With")
				if !access.Restricted(e.to) || apiSchema.Types[at+"WhereInput"].Fields.ForName(has) == nil {
					continue
				}
				for _, v := range []bool{true, false} {
					probes = append(probes, whereProbe{site: site, path: append(slices.Clone(path), e), where: nest(path, map[string]any{has: v})})
				}
			}
		}
	}
	return probes
}

// probeBatch is how many probes one request carries.
const probeBatch = 40

// runWhereProbes answers every probe as a, in batches of one site, and
// returns each probe's answer (its alias's JSON) and the sum of the
// totalCounts in it.
func runWhereProbes(t *testing.T, a *api, probes []whereProbe, ids map[string][]string) (answers []string, counts []int) {
	t.Helper()
	answers, counts = make([]string, len(probes)), make([]int, len(probes))
	for start := 0; start < len(probes); {
		end := start + 1
		for end < len(probes) && end-start < probeBatch && probes[end].site.name == probes[start].site.name {
			end++
		}
		site := probes[start].site
		var decls, sels []string
		vars := map[string]any{}
		if site.nodes {
			decls = append(decls, "$ids: [ID!]!")
			vars["ids"] = sampleIDs(ids[site.from])
		}
		for i := start; i < end; i++ {
			w := fmt.Sprintf("w%d", i)
			decls = append(decls, fmt.Sprintf("$%s: %sWhereInput", w, site.filters))
			sels = append(sels, site.selection(fmt.Sprintf("p%d", i), w))
			vars[w] = probes[i].where
		}
		q := fmt.Sprintf("query(%s) {\n%s\n}", strings.Join(decls, ", "), strings.Join(sels, "\n"))
		data, errs := a.send(t, q, vars, nil)
		if len(errs) > 0 {
			t.Fatalf("%s (%d probes from %s): %+v", site.name, end-start, probes[start], errs)
		}
		var out map[string]json.RawMessage
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatalf("decode %s: %v", data, err)
		}
		for i := start; i < end; i++ {
			// The probe's root fields: p<i>, or p<i>_0, p<i>_1, ….
			alias := fmt.Sprintf("p%d", i)
			for _, k := range slices.Sorted(maps.Keys(out)) {
				if k != alias && !strings.HasPrefix(k, alias+"_") {
					continue
				}
				var v any
				json.Unmarshal(out[k], &v)
				norm, _ := json.Marshal(v) // PostgreSQL writes JSON with other spaces
				answers[i] += strings.TrimPrefix(k, alias) + ":" + string(norm) + " "
				_, cs := articleIDsAndCounts(v)
				for _, n := range cs {
					counts[i] += n
				}
			}
		}
		start = end
	}
	return answers, counts
}

// TestNoWhereFilterRevealsADraft walks every where: input reachable in the
// schema (root fields, and connection fields of every node type, through
// nodes(ids:) and through root lists), following edge filters a few hops,
// and asks, anonymously and as a viewer, for the rows that only the draft
// of seedLeakWorld reaches. An anonymous caller counts none, on both
// executors, where a viewer counts some; and every anonymous answer,
// hasX: true|false included, is the same once every hidden row is deleted:
// nothing hidden changes what the public is told.
func TestNoWhereFilterRevealsADraft(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := seedLeakWorld(t, db)
		probes := whereProbes(t, w.slugsOf(t, db))
		marked, unmarked := split(probes, func(p whereProbe) bool { return p.marked })
		// The executors differ in where they narrow a where: argument, not
		// in how deep: one hop is enough to compare them.
		short, _ := split(probes, func(p whereProbe) bool { return len(p.path) <= 1 })
		compiled, log := compiledAPI(db, anonymous)
		anon, anonCounts := runWhereProbes(t, compiled, probes, w.ids)
		if compiledRan(log) == 0 {
			t.Error("the compiled executor answered no probe")
		}
		anonInterp, _ := runWhereProbes(t, testServer(db.Client, anonymous, true, ""), short.probes, w.ids)
		_, viewerCounts := runWhereProbes(t, testServer(db.Client, auth.Viewer, false, ""), marked.probes, w.ids)
		w.remove(t)
		anonAfter, _ := runWhereProbes(t, testServer(db.Client, anonymous, false, ""), unmarked.probes, w.ids)
		for j, i := range short.index {
			if anon[i] != anonInterp[j] {
				t.Errorf("%s: compiled answers %s, gqlgen's executor %s", probes[i], anon[i], anonInterp[j])
			}
		}
		// Probes of hasX: true|false: the answer does not depend on what
		// is hidden.
		for j, i := range unmarked.index {
			if anon[i] != anonAfter[j] {
				t.Errorf("%s: an anonymous caller is told %s, and %s once hidden rows are gone", probes[i], anon[i], anonAfter[j])
			}
		}
		// Probes of the draft's rows: the public counts none of them.
		for j, i := range marked.index {
			p := probes[i]
			if anonCounts[i] != 0 {
				t.Errorf("%s: an anonymous caller counts %d", p, anonCounts[i])
			}
			if viewerCounts[j] == 0 && p.exempt == "" {
				t.Errorf("%s: a viewer counts nothing either: the probe does not reach the draft", p)
			}
		}
		t.Logf("%d probes, %d of them for the draft's rows", len(probes), len(marked.probes))
	})
}

// probeSet is a subset of probes and where each came from.
type probeSet struct {
	probes []whereProbe
	index  []int
}

// split divides probes by keep.
func split(probes []whereProbe, keep func(whereProbe) bool) (yes, no probeSet) {
	for i, p := range probes {
		s := &no
		if keep(p) {
			s = &yes
		}
		s.probes = append(s.probes, p)
		s.index = append(s.index, i)
	}
	return yes, no
}

// idOrNil is m's ID, or nil for no media.
func idOrNil(m *ent.Media) *int {
	if m == nil {
		return nil
	}
	return &m.ID
}

// readSite is a field that returns a restricted type, and how to reach it.
type readSite struct {
	name  string // e.g. "Query.node", "Article.cover via nodes"
	field string // Type.field, for publicByRule
	query string
	// ids is query selecting ids only, which the compiled executor
	// answers where it answers the field.
	ids string
	// adminOnly: the field is of an admin-only type, which a viewer does
	// not reach either.
	adminOnly bool
}

// readSelection selects, of a value of the named type (or of a connection
// of it), every scalar of each restricted type it can be, where a hidden
// row's text would show, and the id of each other type.
func readSelection(name string, connection bool) string {
	var b strings.Builder
	b.WriteString("{ __typename")
	for _, d := range possibleTypes(name) {
		switch {
		case access.Restricted(d.Name):
			fmt.Fprintf(&b, " ... on %s {", d.Name)
			for _, f := range d.Fields {
				kind := apiSchema.Types[namedType(f.Type)].Kind
				switch {
				case f.Name == "id":
					b.WriteString(" id")
				case (kind == ast.Scalar || kind == ast.Enum) && !hasRequiredArgs(f):
					// Aliased: the same name may have another type elsewhere.
					fmt.Fprintf(&b, " %s_%s: %s", d.Name, f.Name, f.Name)
				}
			}
			b.WriteString(" }")
		case d.Fields.ForName("id") != nil:
			fmt.Fprintf(&b, " ... on %s { id }", d.Name)
		}
	}
	b.WriteString(" }")
	if connection {
		return "{ totalCount pageInfo { hasNextPage hasPreviousPage } edges { node " + b.String() + " } }"
	}
	return b.String()
}

// readCalls are the ways a probe calls f: one argument list per value of
// its required arguments, with first: 100 on a connection.
func (w *leakWorld) readCalls(t *testing.T, f *ast.FieldDefinition) []string {
	t.Helper()
	calls := []string{""}
	if f.Arguments.ForName("first") != nil {
		// Pages of one too: whether there is a next (or previous) page
		// must not count hidden rows either.
		calls = []string{"first: 100", "first: 1"}
		if f.Arguments.ForName("last") != nil {
			calls = append(calls, "last: 1")
		}
	}
	for _, a := range f.Arguments {
		if !required(a.Type, a.DefaultValue) {
			continue
		}
		var values []string
		switch a.Name {
		case "id":
			for _, id := range w.all() {
				values = append(values, strconv.Quote(id))
			}
		case "ids":
			j, _ := json.Marshal(w.all())
			values = []string{string(j)}
		case "slug":
			for _, s := range w.slugs {
				values = append(values, strconv.Quote(s))
			}
		case "query":
			values = []string{strconv.Quote(secretWord), strconv.Quote(commonWord)}
		default:
			t.Fatalf("%s(%s:) needs a value: teach readCalls what to pass", f.Name, a.Name)
		}
		var next []string
		for _, c := range calls {
			for _, v := range values {
				next = append(next, strings.TrimPrefix(c+", "+a.Name+": "+v, ", "))
			}
		}
		calls = next
	}
	for i, c := range calls {
		if c != "" {
			calls[i] = "(" + c + ")"
		}
	}
	return calls
}

// readSites are every field that returns a restricted type (or a union,
// interface or connection of one): root fields anyone may call, and fields
// of node types through nodes(ids:) and through every root list of their
// type.
func (w *leakWorld) readSites(t *testing.T, slugs map[string][]string) []readSite {
	t.Helper()
	var sites []readSite
	roots := map[string][]string{}
	for _, f := range apiSchema.Query.Fields {
		item, conn := itemType(f.Type)
		if conn && !hasRequiredArgs(f) {
			roots[item] = append(roots[item], f.Name)
		}
		if len(restrictedAmong(item)) == 0 || strings.HasPrefix(f.Name, "__") {
			continue
		}
		if public, _, err := authorization(f); err == nil && !public {
			continue // @hasRole: TestEveryRoleCheckHolds
		}
		var sels, ids []string
		for i, call := range w.readCalls(t, f) {
			sels = append(sels, fmt.Sprintf("r%d: %s%s %s", i, f.Name, call, readSelection(item, conn)))
			ids = append(ids, fmt.Sprintf("r%d: %s%s %s", i, f.Name, call, idSelection(item, conn)))
		}
		sites = append(sites, readSite{name: "Query." + f.Name, field: "Query." + f.Name,
			query: "{\n" + strings.Join(sels, "\n") + "\n}", ids: "{\n" + strings.Join(ids, "\n") + "\n}"})
	}
	for _, def := range apiSchema.Types {
		if !isNode(def) {
			continue
		}
		for _, f := range def.Fields {
			item, conn := itemType(f.Type)
			if len(restrictedAmong(item)) == 0 {
				continue
			}
			var inner, innerIDs []string
			for i, call := range w.readCalls(t, f) {
				inner = append(inner, fmt.Sprintf("r%d: %s%s %s", i, f.Name, call, readSelection(item, conn)))
				innerIDs = append(innerIDs, fmt.Sprintf("r%d: %s%s %s", i, f.Name, call, idSelection(item, conn)))
			}
			field := def.Name + "." + f.Name
			// site is the field reached by reach (a format with one %s, for
			// the field's selection), with every scalar and with ids.
			site := func(via, reach string) readSite {
				return readSite{name: field + " via " + via, field: field, adminOnly: access.AdminOnly(def.Name),
					query: fmt.Sprintf(reach, strings.Join(inner, " ")), ids: fmt.Sprintf(reach, strings.Join(innerIDs, " "))}
			}
			ids, _ := json.Marshal(w.ids[def.Name])
			sites = append(sites, site("nodes", fmt.Sprintf("{ nodes(ids: %s) { ... on %s { %%s } } }", ids, def.Name)))
			for _, root := range roots[def.Name] {
				sites = append(sites, site(root, fmt.Sprintf("{ %s(first: 100) { edges { node { %%s } } } }", root)))
			}
			for _, lookup := range slugLookups(def.Name) {
				var b strings.Builder
				for i, slug := range slugs[def.Name] {
					fmt.Fprintf(&b, "l%d: %s(slug: %q) { %%[1]s }\n", i, lookup.Name, slug)
				}
				sites = append(sites, site(lookup.Name, "{\n"+b.String()+"}"))
			}
		}
	}
	slices.SortFunc(sites, func(a, b readSite) int { return strings.Compare(a.name, b.name) })
	return sites
}

// TestNoReadFieldRevealsADraft reads every field that returns a restricted
// type, wherever the schema has one (root fields, and fields of every node
// type through nodes(ids:) and through root lists), with every scalar of
// the rows it returns, from seedLeakWorld. An anonymous caller sees no
// hidden row's id or text, and is told the same, on both executors, as
// once every hidden row is deleted; a viewer does see hidden rows there
// (but through the fields of admin-only types, which it does not reach),
// and no row of an admin-only type.
func TestNoReadFieldRevealsADraft(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := seedLeakWorld(t, db)
		sites := w.readSites(t, w.slugsOf(t, db))
		anon, log := compiledAPI(db, anonymous)
		interp := testServer(db.Client, anonymous, true, "")
		viewer := testServer(db.Client, auth.Viewer, false, "")
		before := make([]string, len(sites))
		for i, s := range sites {
			for _, q := range []string{s.query, s.ids} {
				a, _ := json.Marshal(anon.mustSend(t, q, nil))
				g, _ := json.Marshal(interp.mustSend(t, q, nil))
				before[i] += string(a)
				if string(a) != string(g) {
					t.Errorf("%s: compiled answers\n%s\ngqlgen's executor\n%s", s.name, a, g)
				}
				if leaked := w.hiddenIn(string(a)); leaked != "" {
					t.Errorf("%s: an anonymous caller sees %s: %s", s.name, leaked, a)
				}
			}
			v, _ := json.Marshal(viewer.mustSend(t, s.query, nil))
			if w.hiddenIn(string(v)) == "" && publicByRule[s.field] == "" && !s.adminOnly {
				t.Errorf("%s: a viewer sees no hidden row either: the probe does not reach one: %s", s.name, v)
			}
			for _, id := range w.adminOnly {
				if slices.Contains(idsIn(string(v)), id) {
					t.Errorf("%s: a viewer sees admin-only row %s: %s", s.name, id, v)
				}
			}
		}
		if compiledRan(log) == 0 {
			t.Error("the compiled executor answered no read")
		}
		public := w.publicCalls(t)
		publicBefore := make([]string, len(public))
		for i, c := range public {
			publicBefore[i] = w.answerAnonymously(t, db, c)
		}
		w.remove(t)
		for i, c := range public {
			if after := w.answerAnonymously(t, db, c); after != publicBefore[i] {
				t.Errorf("%s with %v: an anonymous caller is told\n%s\nand once hidden rows are gone\n%s", c.name, c.vars, publicBefore[i], after)
			}
		}
		for i, s := range sites {
			var after string
			for _, q := range []string{s.query, s.ids} {
				a, _ := json.Marshal(anon.mustSend(t, q, nil))
				after += string(a)
			}
			if after != before[i] {
				t.Errorf("%s: an anonymous caller is told\n%s\nand once hidden rows are gone\n%s", s.name, before[i], after)
			}
		}
		t.Logf("%d read sites, %d calls of @public mutations", len(sites), len(public))
	})
}

// publicCalls are calls of every @public mutation (submitFeedback) that
// name a hidden row: each with every hidden ID in all its ID arguments.
func (w *leakWorld) publicCalls(t *testing.T) []roleCall {
	t.Helper()
	var calls []roleCall
	for _, f := range apiSchema.Mutation.Fields {
		if public, _, err := authorization(f); err != nil || !public {
			continue
		}
		for _, id := range slices.Sorted(maps.Keys(w.hidden)) {
			ids := map[string][]string{}
			for typ := range w.ids {
				ids[typ] = []string{id}
			}
			calls = append(calls, callOf(t, "mutation", f, ids))
		}
	}
	return calls
}

// answerAnonymously is the answer to c for an anonymous caller, data and
// errors, from a server of its own (mutations such as submitFeedback are
// rate limited per server).
func (w *leakWorld) answerAnonymously(t *testing.T, db *database.DB, c roleCall) string {
	t.Helper()
	data, errs := testServer(db.Client, anonymous, false, "").send(t, c.query, c.vars, c.files)
	if leaked := w.hiddenIn(string(data)); leaked != "" {
		t.Errorf("%s with %v: an anonymous caller sees %s: %s", c.name, c.vars, leaked, data)
	}
	var b strings.Builder
	b.Write(data)
	for _, e := range errs {
		fmt.Fprintf(&b, " %s: %s", e.code(), e.Message)
	}
	return b.String()
}

// hiddenIn names what of w's hidden rows answer shows: secretWord, or a
// hidden row's id; "" for nothing.
func (w *leakWorld) hiddenIn(answer string) string {
	if strings.Contains(strings.ToLower(answer), strings.ToLower(secretWord)) {
		return secretWord
	}
	for _, id := range idsIn(answer) {
		if w.hidden[id] {
			return "hidden row " + id
		}
	}
	return ""
}

// idsIn are the values of every "id" in a JSON answer.
func idsIn(answer string) []string {
	var v any
	json.Unmarshal([]byte(answer), &v)
	ids, _ := articleIDsAndCounts(v)
	return slices.Collect(maps.Keys(ids))
}

// TestEveryWhereInputIsRestricted asks every field with a where: argument
// (whereSites: root fields, and connection fields through nodes(ids:),
// root lists and lookups) for nothing, where: {idGT: x, idLT: x}, and for
// everything, where: {}. ent's eager loading reads a nested where: through
// the unmarshalers graph/access.go lists, and drops a filter it cannot
// read: a where input missing from that list would answer the first with
// rows, unfiltered and unrestricted.
func TestEveryWhereInputIsRestricted(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := seedLeakWorld(t, db)
		var none, all []whereProbe
		for _, site := range whereSites(t, w.slugsOf(t, db)) {
			x := w.ids[site.filters][0]
			none = append(none, whereProbe{site: site, where: map[string]any{"idGT": x, "idLT": x}})
			all = append(all, whereProbe{site: site, where: map[string]any{}})
		}
		for _, who := range []caller{anonymous, auth.Viewer} {
			a := testServer(db.Client, who, false, "")
			_, counts := runWhereProbes(t, a, none, w.ids)
			_, allCounts := runWhereProbes(t, a, all, w.ids)
			for i, p := range none {
				if counts[i] != 0 {
					t.Errorf("as %q, %s counts %d: the filter was dropped", who, p, counts[i])
				}
				if allCounts[i] == 0 && who != anonymous {
					t.Errorf("as %q, %s where: {} counts nothing: the probe reaches no row", who, p.site.name)
				}
			}
		}
	})
}
