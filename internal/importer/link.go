package importer

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/document"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/ent/person"
	"github.com/newsgraph/newsgraph/ent/position"
	"github.com/newsgraph/newsgraph/ent/storyimport"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// MaxText is the largest story text an import accepts, in bytes: 1 MB,
// which leaves room under the HTTP edge's default 1 MiB body limit for the
// rest of an importArticle request.
const MaxText = 1_000_000

// Options tune an import.
type Options struct {
	DryRun bool      // find and match, write nothing
	Review bool      // leave it for review: record it PENDING, write no content (review.go)
	Now    time.Time // gives the year when the text names none; zero: PublishedAt, else time.Now (a date in SourceURL before it wins)

	// What a batch gives with a story's text (Given): all optional.
	Given
}

// Given is what may come with a story's text besides it: a title (instead
// of the one the layout rules read), an author (besides any byline), when
// and where it was first published. PublishedAt becomes the draft's
// publishedAt and gives the year of dates that name none; without it, a
// date SourceURL carries ("/202010/") does (ExtractURL).
type Given struct {
	Title       string
	Author      string
	PublishedAt *time.Time
	SourceURL   string
}

// apply puts what was given into story.
func (g Given) apply(story *Story) {
	if t := strings.TrimSpace(g.Title); t != "" {
		story.Title = t
	}
	if a := strings.TrimSpace(g.Author); a != "" {
		p := Person{Name: a}
		for _, q := range story.Authors {
			if q.Key() == p.Key() {
				return
			}
		}
		story.Authors = append(story.Authors, p)
	}
}

// Validate reports why text cannot be imported: empty, not UTF-8 (or with
// a NUL, which no database stores), too large.
func Validate(text string) error {
	switch {
	case len(text) > MaxText:
		return apperr.Invalid("text", "the story is %d bytes; the limit is %d (1 MB)", len(text), MaxText)
	case !utf8.ValidString(text) || strings.ContainsRune(text, 0):
		return apperr.Invalid("text", "the story is not valid UTF-8 text")
	case strings.TrimSpace(text) == "":
		return apperr.Invalid("text", "the story is empty")
	}
	return nil
}

// Hash is the content hash an import records for text: the same text, in
// whichever Unicode form, imports once.
func Hash(text string) string {
	sum := sha256.Sum256([]byte(textvi.NFC(text)))
	return hex.EncodeToString(sum[:])
}

// Import extracts text and links it into the store: entities that match are
// linked, the others created, and the article created as a DRAFT, all in one
// transaction. Importing a text imported before creates nothing and reports
// the existing draft; a dry run writes nothing.
func Import(ctx context.Context, client *ent.Client, text string, opts Options) (*Report, error) {
	if err := Validate(text); err != nil {
		return nil, err
	}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
		if opts.PublishedAt != nil {
			opts.Now = *opts.PublishedAt
		}
	}
	story := ExtractURL(text, opts.SourceURL, opts.Now)
	opts.Given.apply(&story)
	if story.Lead == "" {
		return nil, apperr.Invalid("text", "the story has no text besides the site's form labels")
	}
	hash := Hash(text)
	prior, err := client.StoryImport.Query().Where(storyimport.ContentHash(hash)).WithArticle().Only(ctx)
	if err != nil && !ent.IsNotFound(err) {
		return nil, fmt.Errorf("look up earlier import: %w", err)
	}
	if prior != nil && prior.Status == storyimport.StatusPENDING {
		// Waiting for review: that is the import of this text.
		return pendingReport(prior)
	}
	if prior != nil && prior.Edges.Article == nil && !opts.DryRun {
		// The draft was deleted since, or the import was discarded:
		// import afresh, replacing the record.
		if err := client.StoryImport.DeleteOne(prior).Exec(ctx); err != nil {
			return nil, fmt.Errorf("forget deleted import: %w", err)
		}
		prior = nil
	}
	if prior != nil && prior.Edges.Article == nil {
		prior = nil // a dry run reports the text as new
	}
	if prior == nil && !opts.DryRun && opts.Review {
		return leaveForReview(ctx, client, text, hash, &story, opts.Given)
	}
	if prior != nil || opts.DryRun {
		l := &linker{c: client, story: &story, given: opts.Given}
		rep, err := l.run(ctx)
		if err != nil {
			return nil, err
		}
		rep.DryRun = opts.DryRun
		if prior != nil {
			rep.Existing = true
			rep.Article = articleRef(prior.Edges.Article, len(story.Authors))
			rep.ImportID = prior.ID
		}
		return rep, nil
	}
	if tx := ent.TxFromContext(ctx); tx != nil {
		// Inside a GraphQL mutation the request's transaction (opened by
		// entgql.Transactioner) holds the import, and rolls it back on error.
		return create(ctx, tx.Client(), &story, text, hash, opts.Given)
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return nil, fmt.Errorf("begin import: %w", err)
	}
	rep, err := create(ctx, tx.Client(), &story, text, hash, opts.Given)
	if err != nil {
		tx.Rollback()
		if ent.IsConstraintError(err) {
			// The same text was imported concurrently: report that import.
			return Import(ctx, client, text, opts)
		}
		return nil, err
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("commit import: %w", err)
	}
	return rep, nil
}

// importRecord is the record of an import of text, written through or left
// for review: the story as given and the entities rep found in it.
func importRecord(c *ent.Client, story *Story, text, hash string, given Given, rep *Report) (*ent.StoryImportCreate, error) {
	extracted, err := json.Marshal(rep.Entities)
	if err != nil {
		return nil, err
	}
	return c.StoryImport.Create().
		SetContentHash(hash).
		SetTitle(story.Title).
		SetText(text).
		SetAuthor(given.Author).
		SetNillablePublishedAt(given.PublishedAt).
		SetSourceURL(given.SourceURL).
		SetExtracted(extracted), nil
}

// create writes the story's entities, its draft and the record of the import
// through c, a transaction's client.
func create(ctx context.Context, c *ent.Client, story *Story, text, hash string, given Given) (*Report, error) {
	l := &linker{c: c, story: story, write: true, given: given}
	rep, err := l.run(ctx)
	if err != nil {
		return nil, fmt.Errorf("import story: %w", err)
	}
	record, err := importRecord(c, story, text, hash, given, rep)
	if err != nil {
		return nil, fmt.Errorf("import story: %w", err)
	}
	rec, err := record.SetStatus(storyimport.StatusAPPLIED).SetArticleID(rep.Article.ID).Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("import story: %w", err)
	}
	rep.ImportID = rec.ID
	return rep, nil
}

func articleRef(a *ent.Article, authors int) ArticleRef {
	ref := ArticleRef{ID: a.ID, Title: a.Title, Slug: a.Slug, Status: string(a.Status), Authors: authors}
	if a.EventDate != nil {
		d := a.EventDate.Format(time.DateOnly)
		ref.EventDate = &d
	}
	return ref
}

// linker matches a story's entities with the store and, when write is set,
// creates what does not match.
type linker struct {
	c     *ent.Client
	story *Story
	write bool
	rep   Report
	// review holds a reviewer's decisions, by the entity's place in the
	// report (review.go); nil: every entity as found.
	review []Entity
	given  Given

	people map[string]int // person key → id (0: to be created in a dry run)
	orgs   []*ent.Organization
	orgIDs map[string]int
	docIDs map[string]int
}

func (l *linker) run(ctx context.Context) (*Report, error) {
	l.people, l.orgIDs, l.docIDs = map[string]int{}, map[string]int{}, map[string]int{}
	s := l.story
	var err error
	if l.orgs, err = l.c.Organization.Query().All(ctx); err != nil {
		return nil, fmt.Errorf("load organizations: %w", err)
	}
	var mentionedOrgs []int
	for _, o := range s.Orgs {
		id, err := l.org(ctx, o)
		if err != nil {
			return nil, err
		}
		mentionedOrgs = append(mentionedOrgs, id)
	}
	var people, authors []int
	for _, p := range s.People {
		id, err := l.person(ctx, p, KindPerson)
		if err != nil {
			return nil, err
		}
		people = append(people, id)
		for _, pos := range p.Positions {
			if err := l.position(ctx, id, pos); err != nil {
				return nil, err
			}
		}
	}
	for _, p := range s.Authors {
		id, err := l.person(ctx, p, KindAuthor)
		if err != nil {
			return nil, err
		}
		authors = append(authors, id)
	}
	var docs []int
	for _, d := range s.Documents {
		id, err := l.document(ctx, d)
		if err != nil {
			return nil, err
		}
		docs = append(docs, id)
	}
	var awards []int
	for _, a := range s.Awards {
		id, err := l.award(ctx, a)
		if err != nil {
			return nil, err
		}
		awards = append(awards, id)
		l.recipients(a)
	}
	eventDate := s.EventDate
	for _, d := range s.Dates {
		if l.decision().Decision == DecisionReject {
			if eventDate != nil && eventDate.Equal(d.Date) {
				eventDate = nil
			}
			l.add(KindDate, d.Date.Format(time.DateOnly), Rejected, d.Span, 0)
			continue
		}
		l.add(KindDate, d.Date.Format(time.DateOnly), Linked, d.Span, 0)
	}
	l.rep.Article = ArticleRef{Title: s.Title, Status: string(article.StatusDRAFT), Authors: len(authors)}
	if eventDate != nil {
		d := eventDate.Format(time.DateOnly)
		l.rep.Article.EventDate = &d
	}
	if !l.write {
		return &l.rep, nil
	}
	body, bodyText := s.html()
	a, err := l.c.Article.Create().
		SetTitle(s.Title).
		SetSummary(s.Lead).
		SetBody(body).
		SetBodyText(bodyText).
		SetStatus(article.StatusDRAFT).
		SetNillableEventDate(eventDate).
		SetNillablePublishedAt(l.given.PublishedAt).
		AddAuthorIDs(kept(authors)...).
		AddMentionedPersonIDs(kept(people)...).
		AddMentionedOrganizationIDs(kept(mentionedOrgs)...).
		AddMentionedAwardIDs(kept(awards)...).
		AddMentionedDocumentIDs(kept(docs)...).
		Save(ctx)
	if err != nil {
		return nil, fmt.Errorf("create article: %w", err)
	}
	l.rep.Article = articleRef(a, len(authors))
	return &l.rep, nil
}

func (l *linker) add(kind, name, action string, span Span, id int) {
	how, confidence := provenance(l.story, kind, span)
	e := Entity{Kind: kind, Name: name, Action: action, Span: span, ID: id, How: how, Confidence: confidence}
	if d := l.decision(); d.Decision != "" {
		e.Decision, e.Rename, e.Into = d.Decision, d.Rename, d.Into
	}
	l.rep.Entities = append(l.rep.Entities, e)
}

// person links p by folded name, which ignores case, spacing and the Unicode
// form ("Nguyễn Hương giang" is "Nguyễn Hương Giang").
func (l *linker) person(ctx context.Context, p Person, kind string) (int, error) {
	key := p.Key()
	if id, ok := l.people[key]; ok {
		if kind == KindAuthor {
			if id == 0 && l.write || l.decision().Decision == DecisionReject {
				l.add(kind, p.Name, Rejected, p.Span, 0)
				return 0, nil
			}
			l.add(kind, p.Name, Linked, p.Span, id)
		}
		return id, nil
	}
	if id, done, err := l.decided(ctx, kind, p.Name, p.Span); done {
		l.people[key] = id
		return id, err
	}
	if d := l.decision(); d.Decision == DecisionRename {
		p.Name = d.Rename
	}
	words := strings.Fields(p.Name)
	candidates, err := l.c.Person.Query().Where(person.FullNameContainsFold(words[len(words)-1])).All(ctx)
	if err != nil {
		return 0, fmt.Errorf("find person %q: %w", p.Name, err)
	}
	for _, c := range candidates {
		if textvi.Fold(c.FullName) == p.Key() {
			l.people[key] = c.ID
			l.add(kind, c.FullName, Linked, p.Span, c.ID)
			return c.ID, nil
		}
	}
	id := 0
	if l.write {
		c, err := l.c.Person.Create().SetFullName(p.Name).Save(ctx)
		if err != nil {
			return 0, fmt.Errorf("create person %q: %w", p.Name, err)
		}
		id = c.ID
	}
	l.people[key] = id
	l.add(kind, p.Name, Created, p.Span, id)
	return id, nil
}

// org links o by folded name, or by its name without the province and its
// region: "Ban Tuyên giáo Tỉnh ủy" of Thái Nguyên is "Ban Tuyên giáo Tỉnh ủy
// Thái Nguyên", not the one of another province.
func (l *linker) org(ctx context.Context, o Org) (int, error) {
	if id, ok := l.orgIDs[o.Key()]; ok {
		return id, nil
	}
	if id, done, err := l.decided(ctx, KindOrganization, o.Name, o.Span); done {
		l.orgIDs[o.Key()] = id
		return id, err
	}
	storyKey := o.Key()
	if d := l.decision(); d.Decision == DecisionRename {
		o.Name, o.Base = d.Rename, d.Rename
	}
	name, base, region := textvi.Fold(o.Name), textvi.Fold(o.Base), textvi.Fold(o.Region)
	for _, c := range l.orgs {
		cn, cr := textvi.Fold(c.Name), textvi.Fold(c.Region)
		cb := strings.TrimSpace(strings.TrimSuffix(cn, cr))
		if cr != region && !(region == "" || cr == "") {
			continue
		}
		if cn == name || cb == base && cr == region {
			l.orgIDs[storyKey] = c.ID
			l.add(KindOrganization, c.Name, Linked, o.Span, c.ID)
			return c.ID, nil
		}
	}
	id := 0
	if l.write {
		c, err := l.c.Organization.Create().
			SetName(o.Name).
			SetKind(organization.Kind(o.Kind)).
			SetLevel(organization.Level(o.Level)).
			SetRegion(o.Region).
			Save(ctx)
		if err != nil {
			return 0, fmt.Errorf("create organization %q: %w", o.Name, err)
		}
		id = c.ID
		l.orgs = append(l.orgs, c)
	}
	l.orgIDs[storyKey] = id
	l.add(KindOrganization, o.Name, Created, o.Span, id)
	return id, nil
}

// position links a person's title in an organization when the person already
// holds it (a stored title that starts with the found one, or the reverse,
// counts: "Ủy viên" and "Ủy viên Ban Thường vụ Tỉnh ủy").
func (l *linker) position(ctx context.Context, personID int, p Position) error {
	if p.Org.Name == "" {
		// An office of the State without a body ("Chủ tịch nước"): the
		// schema ties a position to an organization, so it is not stored.
		return nil
	}
	name := p.Title + ", " + p.Org.Name
	orgID, err := l.org(ctx, p.Org)
	if err != nil {
		return err
	}
	if l.write && (personID == 0 || orgID == 0) {
		// Its person or organization was rejected in review.
		l.add(KindPosition, name, Rejected, p.Span, 0)
		return nil
	}
	if _, done, err := l.decided(ctx, KindPosition, name, p.Span); done {
		return err
	}
	if d := l.decision(); d.Decision == DecisionRename {
		p.Title = d.Rename
		name = p.Title + ", " + p.Org.Name
	}
	if personID != 0 && orgID != 0 {
		held, err := l.c.Position.Query().
			Where(position.HasPersonWith(person.ID(personID)), position.HasOrganizationWith(organization.ID(orgID))).
			All(ctx)
		if err != nil {
			return fmt.Errorf("find positions: %w", err)
		}
		t := textvi.Fold(p.Title)
		for _, h := range held {
			ht := textvi.Fold(h.Title)
			if strings.HasPrefix(ht, t) || strings.HasPrefix(t, ht) {
				l.add(KindPosition, name, Linked, p.Span, h.ID)
				return nil
			}
		}
	}
	id := 0
	if l.write {
		c, err := l.c.Position.Create().SetTitle(p.Title).SetPersonID(personID).SetOrganizationID(orgID).Save(ctx)
		if err != nil {
			return fmt.Errorf("create position %q: %w", name, err)
		}
		id = c.ID
	}
	l.add(KindPosition, name, Created, p.Span, id)
	return nil
}

// document links d by code (case-insensitive) and, when both name one, issuer.
func (l *linker) document(ctx context.Context, d Document) (int, error) {
	var issuer int
	if d.Issuer != nil {
		issuer = l.orgIDs[d.Issuer.Key()]
	}
	storyKey := d.Key()
	if id, done, err := l.decided(ctx, KindDocument, d.Span.Text, d.Span); done {
		l.docIDs[storyKey] = id
		return id, err
	}
	if r := l.decision(); r.Decision == DecisionRename {
		d.Code = r.Rename
	}
	// Codes are compared in Go: SQLite's lower() folds only ASCII, so
	// "QĐ" and "qđ" differ there. The part before the first letter
	// ("2345/", "15/2023/") is ASCII and narrows the candidates on both
	// engines.
	found, err := l.c.Document.Query().Where(document.CodeHasPrefix(codePrefix(d.Code))).WithIssuer().All(ctx)
	if err != nil {
		return 0, fmt.Errorf("find document %q: %w", d.Code, err)
	}
	name := d.Span.Text
	for _, f := range found {
		if !strings.EqualFold(f.Code, d.Code) {
			continue
		}
		if issuer != 0 && f.Edges.Issuer != nil && f.Edges.Issuer.ID != issuer {
			continue
		}
		l.docIDs[storyKey] = f.ID
		l.add(KindDocument, name, Linked, d.Span, f.ID)
		return f.ID, nil
	}
	id := 0
	if l.write {
		q := l.c.Document.Create().
			SetCode(d.Code).
			SetKind(document.Kind(d.Kind)).
			SetTitle(d.Title).
			SetNillableIssuedOn(d.IssuedOn)
		if issuer != 0 {
			q.SetIssuerID(issuer)
		}
		c, err := q.Save(ctx)
		if err != nil {
			return 0, fmt.Errorf("create document %q: %w", d.Code, err)
		}
		id = c.ID
	}
	l.docIDs[storyKey] = id
	l.add(KindDocument, name, Created, d.Span, id)
	return id, nil
}

// codePrefix is the start of a document code before its first letter.
func codePrefix(code string) string {
	for i, r := range code {
		if unicode.IsLetter(r) {
			return code[:i]
		}
	}
	return code
}

// award links a by folded name, year and issuer.
func (l *linker) award(ctx context.Context, a Award) (int, error) {
	var issuer int
	if a.Issuer != nil {
		issuer = l.orgIDs[a.Issuer.Key()]
	}
	if id, done, err := l.decided(ctx, KindAward, fmt.Sprintf("%s (%d)", a.Name, a.Year), a.Span); done {
		return id, err
	}
	if d := l.decision(); d.Decision == DecisionRename {
		a.Name = d.Rename
	}
	kindWord := a.Name
	if w := strings.Fields(a.Name); len(w) >= 2 {
		kindWord = strings.Join(w[:2], " ")
	}
	found, err := l.c.Award.Query().
		Where(award.Year(a.Year), award.NameContainsFold(kindWord)).
		WithIssuer().All(ctx)
	if err != nil {
		return 0, fmt.Errorf("find award %q: %w", a.Name, err)
	}
	name := fmt.Sprintf("%s (%d)", a.Name, a.Year)
	for _, f := range found {
		if textvi.Fold(f.Name) != textvi.Fold(a.Name) {
			continue
		}
		if issuer != 0 && f.Edges.Issuer != nil && f.Edges.Issuer.ID != issuer {
			continue
		}
		l.add(KindAward, name, Linked, a.Span, f.ID)
		return f.ID, nil
	}
	id := 0
	if l.write {
		q := l.c.Award.Create().
			SetName(a.Name).
			SetKind(award.Kind(a.Kind)).
			SetYear(a.Year).
			SetReason(a.Reason)
		if issuer != 0 {
			q.SetIssuerID(issuer)
		}
		if a.PresentedBy != "" && l.people[a.PresentedBy] != 0 {
			q.SetPresentedByID(l.people[a.PresentedBy])
			q.SetNillableAwardedOn(l.story.EventDate)
		}
		for _, k := range a.Documents {
			if d := l.docIDs[k]; d != 0 {
				q.AddForDocumentIDs(d)
			}
		}
		l.addRecipients(q, a)
		c, err := q.Save(ctx)
		if err != nil {
			return 0, fmt.Errorf("create award %q: %w", a.Name, err)
		}
		id = c.ID
	}
	l.add(KindAward, name, Created, a.Span, id)
	return id, nil
}

// html renders the body as the sanitised HTML the content model stores
// (escaped paragraphs, captions as figures) and as plain text.
func (s *Story) html() (string, string) {
	var h, t strings.Builder
	for _, p := range s.Body {
		if p.Caption {
			fmt.Fprintf(&h, "<figure><figcaption>%s</figcaption></figure>\n", html.EscapeString(p.Text))
		} else {
			fmt.Fprintf(&h, "<p>%s</p>\n", html.EscapeString(p.Text))
		}
		t.WriteString(p.Text)
		t.WriteString("\n")
	}
	return strings.TrimSpace(h.String()), strings.TrimSpace(t.String())
}
