// Package synthetic owns the scale dataset: a deterministic, Vietnamese-looking
// content graph of any size (organizations in a tree, people with positions,
// articles with authors and mentions, awards with recipients) written in bulk,
// so that benchmarks and index checks run against years of stories.
package synthetic

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"entgo.io/ent/dialect"
	"golang.org/x/sync/errgroup"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/schema"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Counts is how many rows of each main type a dataset holds.
type Counts struct {
	Organizations, People, Articles, Awards int
}

// At gives the counts at scale: 1 is a province's archive of five years
// (2,000 organizations, 20,000 people, 100,000 articles, 50,000 awards).
func At(scale float64) Counts {
	n := func(full int) int { return max(1, int(math.Round(float64(full)*scale))) }
	return Counts{Organizations: n(2000), People: n(20000), Articles: n(100000), Awards: n(50000)}
}

// End is the last day of the dataset's five years: fixed, so that the same
// scale always gives the same rows.
var End = time.Date(2025, time.December, 31, 0, 0, 0, 0, time.UTC)

// Years is how many years of stories and awards the dataset spans.
const Years = 5

// Progress hears how far a load is: done of total rows of stage.
type Progress func(stage string, done, total int)

// Load writes the dataset of scale into client's store, in batches of one
// transaction each, then builds the search index in one go, and reports
// progress (nil: none). The store should be empty: slugs of an earlier load
// would collide. The rows are written without the search hook (entry by
// entry it took longer than the rest of the load): until the index is built
// at the end, they are not searchable. Articles and awards are written by
// writers transactions at once (Writers says how many suit an engine):
// the rows are the same whatever their number, but only with one are their
// IDs the same from one load to the next, which tests of whole answers
// need.
func Load(ctx context.Context, client *ent.Client, scale float64, writers int, progress Progress) (Counts, error) {
	if !(scale > 0) || scale > 100 {
		return Counts{}, fmt.Errorf("scale %v: want a number above 0 and at most 100", scale)
	}
	ctx = auth.System(ctx) // a load writes as newsgraph itself, drafts included
	if progress == nil {
		progress = func(string, int, int) {}
	}
	g := &generator{
		client:   client,
		writers:  max(1, writers),
		rnd:      rand.New(rand.NewPCG(20240703, 6)),
		counts:   At(scale),
		progress: progress,
		slugs:    map[string]bool{},
		suffixes: map[string]int{},
	}
	for _, step := range []func(context.Context) error{g.organizations, g.writePeople, g.positions, g.articles, g.awards} {
		if err := step(schema.BulkLoad(search.WithoutHook(ctx))); err != nil {
			return Counts{}, err
		}
	}
	c := g.counts
	total := c.Organizations + c.People + c.Articles + c.Awards
	progress("search index", 0, total)
	if _, err := search.Rebuild(ctx, client); err != nil {
		return Counts{}, fmt.Errorf("build the search index: %w", err)
	}
	progress("search index", total, total)
	return g.counts, nil
}

// Writers is how many transactions should write articles and awards at once
// on engine: SQLite has one writer; PostgreSQL has a backend per
// connection, so one per core keeps the machine busy while the load's own
// goroutine draws the rows.
func Writers(engine string) int {
	if engine != dialect.Postgres {
		return 1
	}
	return max(2, runtime.GOMAXPROCS(0))
}

// generator holds the state of one load: the random source (the only one,
// so that the order of draws fixes the data) and the IDs written so far.
type generator struct {
	client   *ent.Client
	rnd      *rand.Rand
	counts   Counts
	progress Progress
	slugs    map[string]bool // taken slugs, "type/slug"
	suffixes map[string]int  // "type/base": every suffix below it is taken
	writers  int             // transactions writing articles and awards at once

	orgIDs    []int
	orgNames  []string
	orgPlaces []string
	issuers   []int // organizations of the top two levels
	personIDs []int
	names     []string
}

// Batch sizes keep every statement under PostgreSQL's 65,535 parameters
// (an article batch binds 13 columns, its edges 2 per row) and its text
// under a few megabytes.
const (
	batchSmall    = 1000
	batchArticles = 500
)

// inBatches runs write over [0,n) in slices of size, each in a transaction.
func (g *generator) inBatches(ctx context.Context, stage string, n, size int, write func(tx *ent.Tx, from, to int) error) error {
	g.progress(stage, 0, n)
	for from := 0; from < n; from += size {
		to := min(n, from+size)
		tx, err := g.client.Tx(ctx)
		if err != nil {
			return fmt.Errorf("%s: begin: %w", stage, err)
		}
		if err := asyncCommit(ctx, tx.Client()); err != nil {
			tx.Rollback()
			return fmt.Errorf("%s: %w", stage, err)
		}
		if err := write(tx, from, to); err != nil {
			tx.Rollback()
			return fmt.Errorf("%s %d–%d: %w", stage, from, to, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("%s %d–%d: commit: %w", stage, from, to, err)
		}
		g.progress(stage, to, n)
	}
	return nil
}

// asyncCommit makes the commit of tx, the client of a transaction, return
// before PostgreSQL has flushed its WAL to disk (synchronous_commit off,
// for this transaction only), so a writer does not wait for a flush per
// batch. A crash could lose the last batches committed, never consistency;
// a load is then run again into an empty database anyway. The search
// index's build, last, commits synchronously, which flushes every earlier
// commit's WAL too: when Load returns, the whole load is on disk. SQLite
// (synchronous NORMAL in WAL mode already) is left as it is.
func asyncCommit(ctx context.Context, tx *ent.Client) error {
	if tx.Dialect() != dialect.Postgres {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "SET LOCAL synchronous_commit = off"); err != nil {
		return fmt.Errorf("set synchronous_commit: %w", err)
	}
	return nil
}

// writeConcurrently draws the rows of [0,n) in batches of size on the
// calling goroutine, in order, since the one random source fixes the data,
// and writes each batch in a transaction of its own on one of g.writers
// connections at once. Drawing and the schema's hooks (NFC, sanitising) are
// the load's Go work, inserting is the database's: on PostgreSQL both cores
// are busy instead of taking turns. Batches commit in any order, so IDs
// of one stage interleave between batches; the rows are the same.
func writeConcurrently[R any](ctx context.Context, g *generator, stage string, n, size int, draw func() R, write func(context.Context, *ent.Client, []R) error) error {
	g.progress(stage, 0, n)
	var (
		mu   sync.Mutex
		done int
	)
	batches := make(chan []R, g.writers)
	group, ctx := errgroup.WithContext(ctx)
	for range g.writers {
		group.Go(func() error {
			for rows := range batches {
				err := database.InTx(ctx, g.client, func(c *ent.Client) error {
					if err := asyncCommit(ctx, c); err != nil {
						return err
					}
					return write(ctx, c, rows)
				})
				if err != nil {
					return fmt.Errorf("%s: %w", stage, err)
				}
				mu.Lock()
				done += len(rows)
				g.progress(stage, done, n)
				mu.Unlock()
			}
			return nil
		})
	}
	group.Go(func() error {
		defer close(batches)
		for from := 0; from < n; from += size {
			rows := make([]R, 0, size)
			for range min(n, from+size) - from {
				rows = append(rows, draw())
			}
			select {
			case batches <- rows:
			case <-ctx.Done():
				return nil // a writer failed: its error is the group's
			}
		}
		return nil
	})
	return group.Wait()
}

// slug returns the slug of name for kind, with the smallest free numeric
// suffix, as the schema's SlugMixin would give it.
func (g *generator) slug(kind, name string) string {
	base := textvi.Slug(name)
	if len(base) > 180 {
		base = strings.TrimRight(base[:180], "-")
	}
	key := kind + "/" + base
	if !g.slugs[key] {
		g.slugs[key] = true
		return base
	}
	// Slugs are only ever taken, never freed, so every suffix below the
	// one given last for this base is still taken: the search resumes
	// there instead of at 2. Searching from 2 every time made the load
	// quadratic in the articles that share a title (one title pattern has
	// 16 variants: 6,250 articles each at scale 10, 312 million lookups).
	n := max(2, g.suffixes[key])
	for g.slugs[key+"-"+strconv.Itoa(n)] {
		n++
	}
	g.suffixes[key] = n + 1
	s := base + "-" + strconv.Itoa(n)
	g.slugs[kind+"/"+s] = true
	return s
}

func (g *generator) pick(list []string) string { return list[g.rnd.IntN(len(list))] }

// distinct draws n different elements of ids (fewer if ids is shorter).
func (g *generator) distinct(ids []int, n int) []int {
	n = min(n, len(ids))
	out := make([]int, 0, n)
	for len(out) < n {
		id := ids[g.rnd.IntN(len(ids))]
		dup := false
		for _, o := range out {
			dup = dup || o == id
		}
		if !dup {
			out = append(out, id)
		}
	}
	return out
}

// day returns a random instant within the dataset's years, at office hours.
func (g *generator) day() time.Time {
	d := g.rnd.IntN(Years * 365)
	return End.AddDate(0, 0, -d).Add(time.Duration(7*60+g.rnd.IntN(11*60)) * time.Minute)
}

// orgPlan is one organization before it is written.
type orgPlan struct {
	name, short, kind, level, place string
	parent                          int // index into the plan, -1 for a root
}

// organizations writes a tree of at most four levels: provincial party
// committees, their bodies and districts, district bodies and communes,
// commune bodies. Each level is written before the next, so parents have IDs.
func (g *generator) organizations(ctx context.Context) error {
	n := g.counts.Organizations
	roots := max(1, n/50)
	level2 := max(0, min(n-roots, n*18/100))
	level3 := max(0, min(n-roots-level2, n*40/100))
	sizes := []int{roots, level2, level3, n - roots - level2 - level3}

	var plan []orgPlan
	start := 0 // first index of the previous level
	for depth, size := range sizes {
		prevStart, prevEnd := start, len(plan)
		start = len(plan)
		for i := 0; i < size; i++ {
			p := orgPlan{parent: -1}
			if depth > 0 && prevEnd > prevStart {
				p.parent = prevStart + g.rnd.IntN(prevEnd-prevStart)
			} else if depth > 0 {
				p.parent = g.rnd.IntN(max(1, len(plan)))
			}
			g.planOrganization(&p, depth, plan)
			plan = append(plan, p)
		}
	}

	g.orgIDs = make([]int, len(plan))
	g.orgNames = make([]string, len(plan))
	g.orgPlaces = make([]string, len(plan))
	done := 0
	for depth, size := range sizes {
		from := done
		err := g.inBatches(ctx, fmt.Sprintf("organizations, level %d", depth+1), size, batchSmall, func(tx *ent.Tx, lo, hi int) error {
			builders := make([]*ent.OrganizationCreate, 0, hi-lo)
			for i := from + lo; i < from+hi; i++ {
				p := plan[i]
				at := End.AddDate(-Years, 0, 0)
				b := tx.Organization.Create().
					SetName(p.name).SetShortName(p.short).SetSlug(g.slug("org", p.name)).
					SetKind(organization.Kind(p.kind)).SetLevel(organization.Level(p.level)).
					SetRegion(p.place).SetCreatedAt(at).SetUpdatedAt(at)
				if p.parent >= 0 {
					b.SetParentID(g.orgIDs[p.parent])
				}
				builders = append(builders, b)
			}
			orgs, err := tx.Organization.CreateBulk(builders...).Save(ctx)
			if err != nil {
				return err
			}
			for k, o := range orgs {
				g.orgIDs[from+lo+k] = o.ID
				g.orgNames[from+lo+k] = o.Name
				g.orgPlaces[from+lo+k] = plan[from+lo+k].place
				if depth < 2 {
					g.issuers = append(g.issuers, o.ID)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
		done += size
	}
	return nil
}

// planOrganization names p after its depth and its parent's place.
func (g *generator) planOrganization(p *orgPlan, depth int, plan []orgPlan) {
	place := g.pick(provinces)
	if p.parent >= 0 {
		place = plan[p.parent].place
	}
	switch depth {
	case 0:
		p.name, p.short, p.kind, p.level = "Tỉnh ủy "+place, "Tỉnh ủy", "PARTY_COMMITTEE", "PROVINCIAL"
	case 1:
		if g.rnd.IntN(3) == 0 {
			place = g.pick(districts)
			p.name, p.short, p.kind, p.level = "Huyện ủy "+place, "Huyện ủy", "PARTY_COMMITTEE", "DISTRICT"
		} else {
			p.name, p.kind, p.level = fmt.Sprintf(g.pick(provincialBodies), place), "PARTY_BOARD", "PROVINCIAL"
		}
	case 2:
		if g.rnd.IntN(2) == 0 {
			place = g.pick(communes)
			p.name, p.kind, p.level = "Đảng ủy xã "+place, "PARTY_COMMITTEE", "COMMUNE"
		} else {
			p.name, p.kind, p.level = fmt.Sprintf(g.pick(districtBodies), place), "STATE_AGENCY", "DISTRICT"
		}
	default:
		p.name, p.kind, p.level = fmt.Sprintf(g.pick(communeBodies), place), "UNIT", "COMMUNE"
	}
	p.place = place
}

func (g *generator) fullName() string {
	return g.pick(surnames) + " " + g.pick(middleNames) + " " + g.pick(givenNames)
}

// writePeople writes the people; positions places them in organizations.
func (g *generator) writePeople(ctx context.Context) error {
	n := g.counts.People
	g.personIDs = make([]int, 0, n)
	g.names = make([]string, 0, n)
	at := End.AddDate(-Years, 0, 0)
	return g.inBatches(ctx, "people", n, batchSmall, func(tx *ent.Tx, lo, hi int) error {
		builders := make([]*ent.PersonCreate, 0, hi-lo)
		for i := lo; i < hi; i++ {
			name := g.fullName()
			builders = append(builders, tx.Person.Create().
				SetFullName(name).SetSlug(g.slug("person", name)).
				SetBio("Quê quán "+g.pick(provinces)+". "+g.pick(positionTitles)+" nhiều nhiệm kỳ.").
				SetCreatedAt(at).SetUpdatedAt(at))
		}
		people, err := tx.Person.CreateBulk(builders...).Save(ctx)
		if err != nil {
			return err
		}
		for _, p := range people {
			g.personIDs = append(g.personIDs, p.ID)
			g.names = append(g.names, p.FullName)
		}
		return nil
	})
}

// positions gives each person one to three positions, the last one current.
func (g *generator) positions(ctx context.Context) error {
	n := len(g.personIDs)
	return g.inBatches(ctx, "positions", n, batchSmall/3, func(tx *ent.Tx, lo, hi int) error {
		builders := make([]*ent.PositionCreate, 0, 2*(hi-lo))
		for i := lo; i < hi; i++ {
			k := 1 + g.rnd.IntN(3)
			start := End.AddDate(-Years-10, 0, 0)
			for j := 0; j < k; j++ {
				org := g.rnd.IntN(len(g.orgIDs))
				b := tx.Position.Create().
					SetTitle(g.pick(positionTitles) + " " + g.orgNames[org]).
					SetPersonID(g.personIDs[i]).SetOrganizationID(g.orgIDs[org]).
					SetStartDate(start).SetCreatedAt(start).SetUpdatedAt(start)
				start = start.AddDate(2+g.rnd.IntN(4), 0, 0)
				if j < k-1 {
					b.SetEndDate(start)
				}
				builders = append(builders, b)
			}
		}
		return tx.Position.CreateBulk(builders...).Exec(ctx)
	})
}

// articles writes the stories: 90% published over the five years, the rest
// drafts, scheduled or archived; each with authors and mentions. The first
// revision of each is written with the rest of its batch
// (schema.DeferRevisions), not by an insert of its own.
func (g *generator) articles(ctx context.Context) error {
	return writeConcurrently(ctx, g, "articles", g.counts.Articles, batchArticles, g.drawArticle,
		func(ctx context.Context, c *ent.Client, rows []articleRow) error {
			ctx, revisions := schema.DeferRevisions(ctx)
			builders := make([]*ent.ArticleCreate, len(rows))
			for i, r := range rows {
				builders[i] = r.create(c)
			}
			if err := c.Article.CreateBulk(builders...).Exec(ctx); err != nil {
				return err
			}
			return revisions.Write(ctx, c)
		})
}

// articleRow is one story as drawn, before it is written.
type articleRow struct {
	title, slug, summary, body, text string
	at, publishedAt                  time.Time
	status                           article.Status
	authors, people, orgs            []int
}

func (g *generator) drawArticle() articleRow {
	at := g.day()
	org := g.rnd.IntN(len(g.orgIDs))
	person := g.rnd.IntN(len(g.personIDs))
	args := []any{
		g.orgNames[org], g.pick(topics), g.names[person], at.Year(),
		g.orgPlaces[org], at.Year() + 2, at.Format("02/01/2006"),
	}
	title := fmt.Sprintf(g.pick(titlePatterns), args...)
	if len([]rune(title)) > 300 {
		title = string([]rune(title)[:300])
	}
	var body, text strings.Builder
	for text.Len() < 2000 {
		var para []string
		for k := 0; k < 3; k++ {
			para = append(para, fmt.Sprintf(g.pick(sentencePatterns), args...))
		}
		p := strings.Join(para, " ")
		body.WriteString("<p>" + p + "</p>\n")
		if text.Len() > 0 {
			text.WriteByte('\n')
		}
		text.WriteString(p)
	}
	r := articleRow{
		title: title, slug: g.slug("article", title),
		summary: fmt.Sprintf(sentencePatterns[0], args...), body: body.String(), text: text.String(),
		at:      at,
		authors: g.distinct(g.personIDs, 1+g.rnd.IntN(3)),
		people:  dedupe(append([]int{g.personIDs[person]}, g.distinct(g.personIDs, 2+g.rnd.IntN(5))...)),
		orgs:    g.distinct(g.orgIDs, 1+g.rnd.IntN(3)),
	}
	switch n := g.rnd.IntN(100); {
	case n < 90:
		r.status, r.publishedAt = article.StatusPUBLISHED, at
	case n < 95:
		r.status = article.StatusDRAFT
	case n < 97:
		r.status, r.publishedAt = article.StatusSCHEDULED, End.AddDate(0, 1+g.rnd.IntN(6), 0)
	default:
		r.status, r.publishedAt = article.StatusARCHIVED, at
	}
	return r
}

func (r articleRow) create(c *ent.Client) *ent.ArticleCreate {
	b := c.Article.Create().
		SetTitle(r.title).SetSlug(r.slug).
		SetSummary(r.summary).SetBody(r.body).SetBodyText(r.text).
		SetEventDate(r.at.Truncate(24 * time.Hour)).
		SetCreatedAt(r.at).SetUpdatedAt(r.at).SetStatus(r.status).
		AddAuthorIDs(r.authors...).AddMentionedPersonIDs(r.people...).AddMentionedOrganizationIDs(r.orgs...)
	if !r.publishedAt.IsZero() {
		b.SetPublishedAt(r.publishedAt)
	}
	return b
}

// dedupe drops repeated IDs: an edge listed twice would break its join
// table's key.
func dedupe(ids []int) []int {
	seen := make(map[int]bool, len(ids))
	out := ids[:0]
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// awards writes the awards, each issued by an organization of the top two
// levels to one to five people and organizations.
func (g *generator) awards(ctx context.Context) error {
	return writeConcurrently(ctx, g, "awards", g.counts.Awards, batchSmall, g.drawAward,
		func(ctx context.Context, c *ent.Client, rows []awardRow) error {
			builders := make([]*ent.AwardCreate, len(rows))
			for i, r := range rows {
				b := c.Award.Create().
					SetName(r.name).SetKind(r.kind).SetYear(r.on.Year()).SetAwardedOn(r.on).
					SetReason(r.reason).SetIssuerID(r.issuer).SetCreatedAt(r.on).SetUpdatedAt(r.on).
					AddRecipientPersonIDs(r.people...).AddRecipientOrganizationIDs(r.orgs...)
				if r.presenter != 0 {
					b.SetPresentedByID(r.presenter)
				}
				builders[i] = b
			}
			return c.Award.CreateBulk(builders...).Exec(ctx)
		})
}

// awardRow is one award as drawn, before it is written.
type awardRow struct {
	name, reason      string
	kind              award.Kind
	on                time.Time
	issuer, presenter int
	people, orgs      []int
}

func (g *generator) drawAward() awardRow {
	a := awardNames[g.rnd.IntN(len(awardNames))]
	year := End.Year() - Years + 1 + g.rnd.IntN(Years)
	on := time.Date(year, time.Month(1+g.rnd.IntN(12)), 1+g.rnd.IntN(28), 0, 0, 0, 0, time.UTC)
	issuer := g.issuers[g.rnd.IntN(len(g.issuers))]
	k := 1 + g.rnd.IntN(5)
	var people, orgs int
	for j := 0; j < k; j++ {
		if g.rnd.IntN(10) < 7 {
			people++
		} else {
			orgs++
		}
	}
	r := awardRow{
		name: a.name, kind: award.Kind(a.kind), on: on, issuer: issuer,
		reason: "Đã có thành tích xuất sắc trong " + g.pick(topics) + " năm " + strconv.Itoa(year) + ".",
		people: g.distinct(g.personIDs, people),
		orgs:   g.distinct(g.orgIDs, orgs),
	}
	if g.rnd.IntN(2) == 0 {
		r.presenter = g.personIDs[g.rnd.IntN(len(g.personIDs))]
	}
	return r
}
