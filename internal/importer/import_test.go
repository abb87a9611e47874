package importer_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/internal/apperr"
	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/demo"
	"github.com/newsgraph/newsgraph/internal/importer"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

var (
	ctx  = auth.System(context.Background()) // the importer links against drafts too, as editors see them
	opts = importer.Options{Now: time.Date(2026, time.November, 28, 0, 0, 0, 0, time.UTC)}
)

func fixture(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("testdata/thai-nguyen-tuyen-giao-2024.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// counts is how many rows each content type holds.
func counts(t *testing.T, c *ent.Client) map[string]int {
	t.Helper()
	out := map[string]int{}
	for name, count := range map[string]func(context.Context) (int, error){
		"article": c.Article.Query().Count, "person": c.Person.Query().Count,
		"organization": c.Organization.Query().Count, "position": c.Position.Query().Count,
		"award": c.Award.Query().Count, "document": c.Document.Query().Count,
		"import": c.StoryImport.Query().Count,
	} {
		n, err := count(ctx)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = n
	}
	return out
}

func TestImportFixture(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		rep, err := importer.Import(ctx, db.Client, fixture(t), opts)
		if err != nil {
			t.Fatal(err)
		}
		for kind, want := range map[string]int{
			importer.KindPerson: 1, importer.KindPosition: 2, importer.KindOrganization: 5,
			importer.KindAward: 2, importer.KindDocument: 3, importer.KindDate: 1,
		} {
			if got := rep.Count(kind, importer.Created); kind != importer.KindDate && got != want {
				t.Errorf("created %d %s, want %d", got, kind, want)
			}
			if got := rep.Count(kind, ""); got != want {
				t.Errorf("found %d %s, want %d", got, kind, want)
			}
		}
		a, err := db.Client.Article.Query().
			Where(article.ID(rep.Article.ID)).
			WithMentionedPeople().WithMentionedOrganizations().WithMentionedAwards().WithMentionedDocuments().
			Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if a.Status != article.StatusDRAFT || a.EventDate == nil || a.EventDate.Format(time.DateOnly) != "2024-07-03" {
			t.Errorf("article status %s, event date %v; want a DRAFT of 2024-07-03", a.Status, a.EventDate)
		}
		if len(a.Edges.MentionedPeople) != 1 || len(a.Edges.MentionedOrganizations) != 5 || len(a.Edges.MentionedAwards) != 2 || len(a.Edges.MentionedDocuments) != 3 {
			t.Errorf("article mentions %d people, %d organizations, %d awards, %d documents; want 1, 5, 2, 3",
				len(a.Edges.MentionedPeople), len(a.Edges.MentionedOrganizations), len(a.Edges.MentionedAwards), len(a.Edges.MentionedDocuments))
		}
		hoang, err := db.Client.Person.Query().WithPositions(func(q *ent.PositionQuery) { q.WithOrganization() }).Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if hoang.FullName != "Vũ Duy Hoàng" || len(hoang.Edges.Positions) != 2 {
			t.Errorf("person %q with %d positions, want Vũ Duy Hoàng with 2", hoang.FullName, len(hoang.Edges.Positions))
		}
		directive, err := db.Client.Document.Query().Where().All(ctx)
		if err != nil || len(directive) != 3 {
			t.Fatalf("documents %v, %v", directive, err)
		}
		merit, err := db.Client.Award.Query().WithForDocuments().WithIssuer().WithPresentedBy().All(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range merit {
			switch m.Year {
			case 2023:
				if m.Edges.Issuer.Name != "Ban Tuyên giáo Trung ương" || m.Edges.PresentedBy == nil || m.Edges.PresentedBy.ID != hoang.ID {
					t.Errorf("2023 award %q: issuer %q, presented by %v", m.Name, m.Edges.Issuer.Name, m.Edges.PresentedBy)
				}
			case 2024:
				if len(m.Edges.ForDocuments) != 1 || m.Edges.ForDocuments[0].Code != "38-CT/TW" {
					t.Errorf("2024 award %q given for %v, want 38-CT/TW", m.Name, m.Edges.ForDocuments)
				}
			default:
				t.Errorf("award %q of %d", m.Name, m.Year)
			}
		}

		// The same text again creates nothing and returns the same draft.
		before := counts(t, db.Client)
		again, err := importer.Import(ctx, db.Client, fixture(t), opts)
		if err != nil {
			t.Fatal(err)
		}
		if !again.Existing || again.Article.ID != rep.Article.ID || again.Count("", importer.Created) != 0 {
			t.Errorf("second import: existing %v, article %d (first %d)", again.Existing, again.Article.ID, rep.Article.ID)
		}
		for _, e := range again.Entities {
			if e.Action != importer.Linked {
				t.Errorf("second import %s %q: %s, want linked", e.Kind, e.Name, e.Action)
			}
		}
		if after := counts(t, db.Client); !equal(before, after) {
			t.Errorf("second import wrote: %v → %v", before, after)
		}
	})
}

func equal(a, b map[string]int) bool {
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return len(a) == len(b)
}

func TestImportDryRunWritesNothing(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		before := counts(t, db.Client)
		dry := opts
		dry.DryRun = true
		rep, err := importer.Import(ctx, db.Client, fixture(t), dry)
		if err != nil {
			t.Fatal(err)
		}
		if after := counts(t, db.Client); !equal(before, after) {
			t.Errorf("dry run wrote: %v → %v", before, after)
		}
		if !rep.DryRun || rep.Article.ID != 0 || rep.Count(importer.KindOrganization, importer.Created) != 5 || rep.Count(importer.KindPosition, importer.Created) != 2 {
			t.Errorf("dry run report: %+v", rep)
		}
	})
}

// On top of the demo content, the fixture's people, organizations, positions
// and awards are all there: the import links them and creates only the
// documents and the article.
func TestImportLinksDemoContent(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		if _, err := demo.Load(ctx, db.Client); err != nil {
			t.Fatal(err)
		}
		rep, err := importer.Import(ctx, db.Client, fixture(t), opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range rep.Entities {
			want := importer.Linked
			if e.Kind == importer.KindDocument {
				want = importer.Created
			}
			if e.Action != want {
				t.Errorf("%s %q: %s, want %s", e.Kind, e.Name, e.Action, want)
			}
		}
		if n := rep.Count(importer.KindOrganization, importer.Linked); n != 5 {
			t.Errorf("linked %d organizations, want 5", n)
		}
	})
}

// A name that differs only in case or spacing is the same person; a body of
// the same name in another province is another organization.
func TestImportLinksVariants(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		giang := db.Client.Person.Create().SetFullName("Nguyễn Hương giang").SaveX(ctx)
		other := db.Client.Organization.Create().SetName("Ban Dân vận Tỉnh ủy Thái Nguyên").SetRegion("Thái Nguyên").SaveX(ctx)
		text := "Ngày 5/3, bà Nguyễn  Hương Giang, Trưởng Ban Dân vận Tỉnh ủy Bắc Kạn làm việc tại tỉnh Bắc Kạn năm 2024.\nTHÂN VĂN HẢI - NGUYỄN HƯƠNG GIANG\n"
		rep, err := importer.Import(ctx, db.Client, text, opts)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range rep.Entities {
			switch {
			case e.Kind == importer.KindPerson || e.Kind == importer.KindAuthor && e.Span.Text == "NGUYỄN HƯƠNG GIANG":
				if e.Action != importer.Linked || e.ID != giang.ID {
					t.Errorf("%s %q: %s #%d, want linked to #%d", e.Kind, e.Span.Text, e.Action, e.ID, giang.ID)
				}
			case e.Kind == importer.KindOrganization:
				if e.Action != importer.Created || e.ID == other.ID {
					t.Errorf("organization %q: %s #%d, want a new one (Bắc Kạn is not Thái Nguyên)", e.Name, e.Action, e.ID)
				}
			}
		}
		if n := db.Client.Person.Query().CountX(ctx); n != 2 {
			t.Errorf("%d people, want 2 (Nguyễn Hương giang and the new author Thân Văn Hải)", n)
		}
	})
}

func TestImportBadInput(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		for _, text := range []string{"", "\n \n", "\xc3\x28", "Hội nghị\x00 sơ kết\nNội dung", string(make([]byte, importer.MaxText+1)), "Thông tin bạn đọc\nĐóng Lưu thông tin"} {
			_, err := importer.Import(ctx, db.Client, text, opts)
			if e, ok := apperr.As(err); !ok || e.Code != apperr.BadUserInput || e.Field != "text" {
				t.Errorf("%.20q: %v, want BAD_USER_INPUT on text", text, err)
			}
		}
	})
}

// Recipients become the award's edges and counts, and the report lists each
// with its award.
func TestImportRecipients(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		text := "Chiều 12/12/2023, UBND tỉnh Vĩnh Long tổng kết công tác thi đua.\n" +
			"Dịp này, UBND tỉnh Vĩnh Long tặng Bằng khen cho Sở Nội vụ và đồng chí Nguyễn Văn An, Giám đốc Sở Y tế.\n" +
			"Ban Thường vụ Tỉnh ủy Vĩnh Long tặng Giấy khen cho 23 tập thể và 23 cá nhân.\n"
		rep, err := importer.Import(ctx, db.Client, text, opts)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, e := range rep.Entities {
			if e.Kind == importer.KindRecipient {
				got = append(got, e.Award+" ← "+e.Name+" ("+e.Action+")")
			}
		}
		want := []string{
			"Bằng khen của UBND tỉnh Vĩnh Long (2023) ← Sở Nội vụ Vĩnh Long (created)",
			"Bằng khen của UBND tỉnh Vĩnh Long (2023) ← Nguyễn Văn An (created)",
			"Giấy khen của Ban Thường vụ Tỉnh ủy Vĩnh Long (2023) ← 23 tập thể, 23 cá nhân (created)",
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("recipients:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		merit, err := db.Client.Award.Query().Where(award.KindEQ(award.KindCertificateOfMerit)).
			WithRecipientPeople().WithRecipientOrganizations().Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(merit.Edges.RecipientPeople) != 1 || merit.Edges.RecipientPeople[0].FullName != "Nguyễn Văn An" ||
			len(merit.Edges.RecipientOrganizations) != 1 || merit.Edges.RecipientOrganizations[0].Name != "Sở Nội vụ Vĩnh Long" {
			t.Errorf("Bằng khen recipients: people %v, organizations %v", merit.Edges.RecipientPeople, merit.Edges.RecipientOrganizations)
		}
		commendation, err := db.Client.Award.Query().Where(award.KindEQ(award.KindCertificateOfCommendation)).Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if c := commendation; c.RecipientCount == nil || *c.RecipientCount != 46 || c.RecipientCollectives == nil || *c.RecipientCollectives != 23 ||
			c.RecipientIndividuals == nil || *c.RecipientIndividuals != 23 {
			t.Errorf("Giấy khen counted recipients: %v, %v, %v; want 46 = 23 + 23", c.RecipientCount, c.RecipientCollectives, c.RecipientIndividuals)
		}
	})
}

// A document code matches whatever its case, Đ included, on both engines
// (SQLite's lower() folds only ASCII).
func TestImportLinksDocumentCodeCase(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		db.Client.Document.Create().SetCode("2345/QĐ-UBNDX").SaveX(ctx) // same start, another code
		for _, tt := range []struct{ stored, written string }{
			{"2345/QĐ-UBND", "2345/qđ-ubnd"},
			{"125/qđ-ubnd", "125/QĐ-UBND"},
			{"15/2023/NĐ-CP", "15/2023/Nđ-CP"},
		} {
			stored := db.Client.Document.Create().SetCode(tt.stored).SaveX(ctx)
			text := "Chiều 29/11/2024, Sở Nội vụ triển khai Quyết định số " + tt.written + " về cải cách hành chính.\n"
			rep, err := importer.Import(ctx, db.Client, text, opts)
			if err != nil {
				t.Fatal(err)
			}
			var doc importer.Entity
			for _, e := range rep.Entities {
				if e.Kind == importer.KindDocument {
					doc = e
				}
			}
			if doc.Action != importer.Linked || doc.ID != stored.ID {
				t.Errorf("%s written %s: %s #%d, want linked to #%d", tt.stored, tt.written, doc.Action, doc.ID, stored.ID)
			}
		}
	})
}

// A story whose text names no year takes it from the date its address
// carries (newsgraph import's url), not from the day it is imported.
func TestImportDatesFromTheSourceAddress(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		text := "Trao Huy hiệu Đảng đợt 7-10\nSáng 7-10, Đảng ủy phường Gia Sàng tổ chức lễ trao Huy hiệu 30 năm tuổi Đảng cho 5 đảng viên.\n"
		for _, tt := range []struct{ url, want string }{
			{"https://baothainguyen.vn/xay-dung-dang/202010/trao-tang-huy-hieu-dang-3670222", "2020-10-07"},
			{"", "2026-10-07"}, // none in the address: the year of the import
		} {
			o := opts
			o.DryRun, o.SourceURL = true, tt.url
			rep, err := importer.Import(ctx, db.Client, text, o)
			if err != nil {
				t.Fatal(err)
			}
			var dates []string
			for _, e := range rep.Entities {
				if e.Kind == importer.KindDate {
					dates = append(dates, e.Name)
				}
			}
			if len(dates) != 1 || dates[0] != tt.want {
				t.Errorf("source %q: dates %v, want [%s]", tt.url, dates, tt.want)
			}
		}
	})
}
