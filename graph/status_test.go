package graph_test

import (
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
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/feedback"
	"github.com/newsgraph/newsgraph/internal/access"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// statusCase is an article of seedStatuses: how it is stored, and the
// status it must show.
type statusCase struct {
	slug      string
	stored    article.Status
	at        time.Duration // publishedAt from now; 0: none
	displayed string
}

// statusCases are every stored status, with a publication time in the
// past and in the future where the status has one.
var statusCases = []statusCase{
	{"draft", article.StatusDRAFT, 0, "DRAFT"},
	{"scheduled-later", article.StatusSCHEDULED, 24 * time.Hour, "SCHEDULED"},
	{"scheduled-due", article.StatusSCHEDULED, -time.Hour, "PUBLISHED"},
	{"published", article.StatusPUBLISHED, -2 * time.Hour, "PUBLISHED"},
	{"published-later", article.StatusPUBLISHED, 24 * time.Hour, "SCHEDULED"},
	{"archived", article.StatusARCHIVED, -3 * time.Hour, "ARCHIVED"},
}

// statusWorld is what seedStatuses stored.
type statusWorld struct {
	displayed map[string]string   // article ID → the status it must show
	ids       map[string][]string // node IDs by GraphQL type
	slugs     []string
}

// seedStatuses stores one article of each statusCase, all written by and
// mentioning the same person, organization, award and document, in the
// same category and tag, with the same cover and approved feedback each.
func seedStatuses(t *testing.T, c *ent.Client) *statusWorld {
	t.Helper()
	sys := auth.System(ctx)
	org := c.Organization.Create().SetName("Ban Tuyên giáo").SaveX(sys)
	person := c.Person.Create().SetFullName("Vũ Duy Hoàng").SaveX(sys)
	award := c.Award.Create().SetName("Bằng khen").SetYear(2023).SetIssuer(org).AddRecipientPeople(person).SaveX(sys)
	doc := c.Document.Create().SetCode("05-CT/TW").SetTitle("Chỉ thị").SetIssuer(org).AddAwards(award).SaveX(sys)
	cat := c.Category.Create().SetName("Thời sự").SaveX(sys)
	tag := c.Tag.Create().SetName("Tuyên giáo").SaveX(sys)
	cover := c.Media.Create().SetURL("https://example.org/bia.jpg").SetAlt("Ảnh bìa").SaveX(sys)
	w := &statusWorld{displayed: map[string]string{}, ids: map[string][]string{}}
	for _, sc := range statusCases {
		a := c.Article.Create().SetTitle("Hội nghị " + sc.slug).SetSlug(sc.slug).SetStatus(sc.stored).
			AddAuthors(person).AddMentionedPeople(person).AddMentionedOrganizations(org).AddMentionedAwards(award).
			AddMentionedDocuments(doc).SetCategory(cat).AddTags(tag).SetCover(cover)
		if sc.at != 0 {
			a.SetPublishedAt(time.Now().Add(sc.at))
		}
		art := a.SaveX(sys)
		c.Feedback.Create().SetArticle(art).SetName("Bạn đọc").SetEmail("ban.doc@example.org").
			SetContent("Ý kiến").SetStatus(feedback.StatusAPPROVED).SaveX(sys)
		// The import that made it.
		c.StoryImport.Create().SetContentHash(fmt.Sprintf("%064x", len(w.slugs))).SetArticle(art).SaveX(sys)
		w.displayed[strconv.Itoa(art.ID)] = sc.displayed
		w.slugs = append(w.slugs, sc.slug)
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
		"Revision":     c.Revision.Query().IDsX(sys),
		"StoryImport":  c.StoryImport.Query().IDsX(sys),
		"Tag":          c.Tag.Query().IDsX(sys),
	} {
		for _, n := range ids {
			w.ids[typ] = append(w.ids[typ], strconv.Itoa(n))
		}
	}
	return w
}

// statusProbe is one aliased root field that reads articles.
type statusProbe struct {
	site, text string
	// ids is text selecting only ids, which the compiled executor answers
	// where it answers the field (it leaves status to gqlgen's resolver).
	ids string
	// group is the site and its filter: the probes of a group (one per
	// value of a required argument, as node(id:) for each article) find
	// their articles together.
	group string
	// keep says which of the articles the caller may see the probe
	// finds, by displayed status.
	keep func(status string) bool
	// partial: the probe may find fewer (it starts from rows of a
	// restricted type, which the caller may not read all of).
	partial bool
}

// statusFilters are the where: values that filter on status, for each
// status of the schema's ArticleStatus, and which displayed statuses each
// keeps. An empty list filters nothing, as in every other *In filter of
// the generated where inputs.
func statusFilters() (wheres []string, keeps []func(string) bool) {
	all := func(string) bool { return true }
	wheres, keeps = []string{"{statusIn: []}", "{statusNotIn: []}"}, []func(string) bool{all, all}
	for _, v := range apiSchema.Types["ArticleStatus"].EnumValues {
		x := v.Name
		is, isNot := func(s string) bool { return s == x }, func(s string) bool { return s != x }
		wheres = append(wheres,
			fmt.Sprintf("{status: %s}", x), fmt.Sprintf("{statusIn: [%s]}", x),
			fmt.Sprintf("{statusNEQ: %s}", x), fmt.Sprintf("{statusNotIn: [%s]}", x))
		keeps = append(keeps, is, is, isNot, isNot)
	}
	return wheres, keeps
}

// articleCalls are the ways a probe calls f, each with what it keeps: its
// required arguments with every value that names an article, and, on a
// field with where:, every status filter.
func (w *statusWorld) articleCalls(t *testing.T, f *ast.FieldDefinition) (calls, filters []string, keeps []func(string) bool) {
	t.Helper()
	all := func(string) bool { return true }
	base := []string{""}
	if f.Arguments.ForName("first") != nil {
		base[0] = "first: 100"
	}
	for _, a := range f.Arguments {
		if !required(a.Type, a.DefaultValue) {
			continue
		}
		var values []string
		switch a.Name {
		case "id":
			for _, id := range w.ids["Article"] {
				values = append(values, strconv.Quote(id))
			}
		case "ids":
			j, _ := json.Marshal(w.ids["Article"])
			values = []string{string(j)}
		case "slug":
			for _, s := range w.slugs {
				values = append(values, strconv.Quote(s))
			}
		case "query":
			values = []string{strconv.Quote(commonWord)}
		default:
			t.Fatalf("%s(%s:) needs a value: teach articleCalls what to pass", f.Name, a.Name)
		}
		var next []string
		for _, c := range base {
			for _, v := range values {
				next = append(next, strings.TrimPrefix(c+", "+a.Name+": "+v, ", "))
			}
		}
		base = next
	}
	for _, c := range base {
		calls, filters, keeps = append(calls, c), append(filters, ""), append(keeps, all)
		if _, of := whereOf(f); of == "Article" {
			wheres, ks := statusFilters()
			for i, wh := range wheres {
				calls = append(calls, strings.TrimPrefix(c+", where: "+wh, ", "))
				filters, keeps = append(filters, wh), append(keeps, ks[i])
			}
		}
	}
	for i, c := range calls {
		if c != "" {
			calls[i] = "(" + c + ")"
		}
	}
	return calls, filters, keeps
}

// articleSelection selects each article's id and status, and a
// connection's totalCount.
func articleSelection(name string, connection bool) string {
	sel := "{ __typename ... on Article { id status } }"
	if connection {
		return "{ totalCount edges { node " + sel + " } }"
	}
	return sel
}

// probe is a statusProbe of the root selection reach (a format with one
// %s for the field's selection), for field f returning item.
func probe(site, filter string, keep func(string) bool, partial bool, reach, f, call, item string, conn bool) statusProbe {
	return statusProbe{site: site, group: site + " " + filter, keep: keep, partial: partial,
		text: fmt.Sprintf(reach, f+call+" "+articleSelection(item, conn)),
		ids:  fmt.Sprintf(reach, f+call+" "+idSelection(item, conn))}
}

// statusProbes are every way the schema reads articles: root fields anyone
// may call, and fields of node types through nodes(ids:) and through every
// root list of their type; each with every status filter it takes.
func (w *statusWorld) statusProbes(t *testing.T, slugs map[string][]string) []statusProbe {
	t.Helper()
	var probes []statusProbe
	roots := map[string][]string{}
	for _, f := range apiSchema.Query.Fields {
		item, conn := itemType(f.Type)
		if conn && !hasRequiredArgs(f) {
			roots[item] = append(roots[item], f.Name)
		}
		if !slices.Contains(restrictedAmong(item), "Article") || strings.HasPrefix(f.Name, "__") {
			continue
		}
		if public, _, err := authorization(f); err == nil && !public {
			continue
		}
		calls, filters, keeps := w.articleCalls(t, f)
		for i, call := range calls {
			probes = append(probes, probe("Query."+f.Name, filters[i], keeps[i], false, "%s", f.Name, call, item, conn))
		}
	}
	for _, def := range apiSchema.Types {
		if !isNode(def) {
			continue
		}
		for _, f := range def.Fields {
			item, conn := itemType(f.Type)
			if !slices.Contains(restrictedAmong(item), "Article") {
				continue
			}
			calls, filters, keeps := w.articleCalls(t, f)
			ids, _ := json.Marshal(w.ids[def.Name])
			partial := access.Restricted(def.Name)
			for i, call := range calls {
				at := def.Name + "." + f.Name + " via "
				probes = append(probes, probe(at+"nodes", filters[i], keeps[i], partial,
					fmt.Sprintf("nodes(ids: %s) { ... on %s { %%s } }", ids, def.Name), f.Name, call, item, conn))
				for _, root := range roots[def.Name] {
					probes = append(probes, probe(at+root, filters[i], keeps[i], partial,
						fmt.Sprintf("%s(first: 100) { edges { node { %%s } } }", root), f.Name, call, item, conn))
				}
				for _, lookup := range slugLookups(def.Name) {
					for _, slug := range slugs[def.Name] {
						probes = append(probes, probe(at+lookup.Name, filters[i], keeps[i], partial,
							fmt.Sprintf("%s(slug: %q) { %%s }", lookup.Name, slug), f.Name, call, item, conn))
					}
				}
			}
		}
	}
	return probes
}

// articlesIn collects the articles of an answer, by ID with the status
// each shows, and reports every connection whose totalCount is not its
// number of edges.
func articlesIn(v any, found map[string][]string, miscount *[]string) {
	switch v := v.(type) {
	case map[string]any:
		if v["__typename"] == "Article" {
			id, _ := v["id"].(string)
			status, _ := v["status"].(string)
			found[id] = append(found[id], status)
		}
		if n, ok := v["totalCount"].(float64); ok {
			if edges, _ := v["edges"].([]any); int(n) != len(edges) {
				*miscount = append(*miscount, fmt.Sprintf("totalCount %d with %d edges", int(n), len(edges)))
			}
		}
		for _, x := range v {
			articlesIn(x, found, miscount)
		}
	case []any:
		for _, x := range v {
			articlesIn(x, found, miscount)
		}
	}
}

// statusBatch is how many probes one request carries.
const statusBatch = 60

// TestEveryReadPathAgreesOnStatus stores an article of every status (a
// draft, scheduled for later, scheduled and due, published, published for
// a later time, archived) linked to the same things, and reads them every
// way the schema has, as every role, with the compiled executor and with
// gqlgen's: root fields (node, nodes, article(slug:), articles, search,
// searchArticles), every field of a node type that returns articles
// (through nodes(ids:), root lists and lookups by slug), each field with
// where: under every status filter, each once with status and once with
// ids alone (the compiled executor leaves status to gqlgen's resolver, so
// only the second reaches it). For each role, both executors answer alike;
// each path finds exactly the articles the role may see (anonymous callers
// the due and the published ones, tokens all) that the filter keeps; each
// article shows the same status everywhere, the one status: finds it by;
// and every totalCount counts what its edges hold.
func TestEveryReadPathAgreesOnStatus(t *testing.T) {
	callers := append([]caller{anonymous}, schemaRoles(t)...)
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		w := seedStatuses(t, db.Client)
		viewer := testServer(db.Client, auth.Viewer, false, "")
		slugs := map[string][]string{}
		for typ, ids := range w.ids {
			if len(slugLookups(typ)) > 0 {
				slugs[typ] = sampleSlugs(t, viewer, typ, ids)
			}
		}
		probes := w.statusProbes(t, slugs)
		for _, who := range callers {
			visible := map[string]bool{}
			for id, status := range w.displayed {
				visible[id] = who != anonymous || status == "PUBLISHED"
			}
			compiled, log := compiledAPI(db, who)
			interp := testServer(db.Client, who, true, "")
			groups := map[string]map[string]bool{} // group → the articles its probes found
			keeps := map[string]statusProbe{}
			// One site a request: the compiled executor answers an
			// operation only when it answers every root field.
			for start := 0; start < len(probes); {
				end := start + 1
				for end < len(probes) && end-start < statusBatch && probes[end].site == probes[start].site {
					end++
				}
				batch := probes[start:end]
				start = end
				var sels, idSels []string
				for i, p := range batch {
					sels = append(sels, fmt.Sprintf("s%d: %s", i, p.text))
					idSels = append(idSels, fmt.Sprintf("s%d: %s", i, p.ids))
				}
				// ask answers q with both executors, which must agree.
				ask := func(q string) map[string]any {
					c := compiled.mustSend(t, q, nil)
					a, _ := json.Marshal(c)
					if g, _ := json.Marshal(interp.mustSend(t, q, nil)); string(a) != string(g) {
						t.Errorf("as %q, the compiled executor answers\n%s\ngqlgen's\n%s\nto\n%s", who, a, g, q)
					}
					return c
				}
				answer := ask("{\n" + strings.Join(sels, "\n") + "\n}")
				idAnswer := ask("{\n" + strings.Join(idSels, "\n") + "\n}")
				for i, p := range batch {
					found, miscount := map[string][]string{}, []string(nil)
					articlesIn(answer[fmt.Sprintf("s%d", i)], found, &miscount)
					for _, m := range miscount {
						t.Errorf("as %q, %s: %s", who, p.text, m)
					}
					ids, _ := articleIDsAndCounts(idAnswer[fmt.Sprintf("s%d", i)])
					if !maps.Equal(ids, idSet(found)) {
						t.Errorf("as %q, %s: finds %v when it reads their ids alone, %v with their status", who, p.text, slices.Sorted(maps.Keys(ids)), slices.Sorted(maps.Keys(found)))
					}
					for id, shown := range found {
						for _, s := range shown {
							if s != w.displayed[id] {
								t.Errorf("as %q, %s: article %s shows %s, want %s", who, p.text, id, s, w.displayed[id])
							}
						}
						if !visible[id] || !p.keep(w.displayed[id]) {
							t.Errorf("as %q, %s: finds article %s (%s)", who, p.text, id, w.displayed[id])
						}
					}
					if groups[p.group] == nil {
						groups[p.group], keeps[p.group] = map[string]bool{}, p
					}
					for id := range found {
						groups[p.group][id] = true
					}
				}
			}
			if compiledRan(log) == 0 {
				t.Errorf("as %q, the compiled executor answered no probe", who)
			}
			for group, found := range groups {
				p := keeps[group]
				if p.partial {
					continue
				}
				for id, status := range w.displayed {
					if visible[id] && p.keep(status) && !found[id] {
						t.Errorf("as %q, %s: misses article %s (%s)", who, group, id, status)
					}
				}
			}
		}
		t.Logf("%d probes, as each of %d callers", len(probes), len(callers))
	})
}

// idSet is the set of found's keys.
func idSet(found map[string][]string) map[string]bool {
	out := map[string]bool{}
	for id := range found {
		out[id] = true
	}
	return out
}
