// Package demo owns the demo content newsgraph serves out of the box: the
// people, organizations and awards of one real story, the 3 July 2024
// mid-year review of the Thái Nguyên provincial propaganda department
// (shared fixture thai-nguyen-tuyen-giao-2024.txt), and one article about it.
// The story names its awards' recipients only as "collectives and
// individuals"; the recipients here, and the article's author, are
// illustrative, so that every example of the README answers with data
// (recipients of both kinds, articles by authors who hold a position).
package demo

import (
	"context"
	"fmt"
	"time"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/ent/article"
	"github.com/newsgraph/newsgraph/ent/award"
	"github.com/newsgraph/newsgraph/ent/organization"
	"github.com/newsgraph/newsgraph/internal/auth"
)

// ArticleSlug is the slug of the demo article; its presence means the demo
// content is loaded.
const ArticleSlug = "thai-nguyen-so-ket-cong-tac-tuyen-giao-6-thang-dau-nam-2024"

// Load writes the demo content in one transaction, unless it is there
// already: loading twice adds nothing. It reports whether it wrote anything.
func Load(ctx context.Context, client *ent.Client) (bool, error) {
	ctx = auth.System(ctx) // drafts count as content too
	exists, err := client.Article.Query().Where(article.Slug(ArticleSlug)).Exist(ctx)
	if err != nil {
		return false, fmt.Errorf("look for demo content: %w", err)
	}
	if exists {
		return false, nil
	}
	tx, err := client.Tx(ctx)
	if err != nil {
		return false, fmt.Errorf("begin demo load: %w", err)
	}
	if err := load(ctx, tx.Client()); err != nil {
		tx.Rollback()
		return false, fmt.Errorf("load demo content: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return false, fmt.Errorf("commit demo content: %w", err)
	}
	return true, nil
}

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func load(ctx context.Context, c *ent.Client) error {
	org := func(name, short, slug string, kind organization.Kind, level organization.Level, region string, parent *ent.Organization) (*ent.Organization, error) {
		q := c.Organization.Create().
			SetName(name).SetShortName(short).SetSlug(slug).
			SetKind(kind).SetLevel(level).SetRegion(region)
		if parent != nil {
			q.SetParent(parent)
		}
		return q.Save(ctx)
	}
	politburo, err := org("Bộ Chính trị", "BCT", "bo-chinh-tri", organization.KindPartyCommittee, organization.LevelCentral, "", nil)
	if err != nil {
		return err
	}
	secretariat, err := org("Ban Bí thư", "BBT", "ban-bi-thu", organization.KindPartyCommittee, organization.LevelCentral, "", nil)
	if err != nil {
		return err
	}
	centralPropaganda, err := org("Ban Tuyên giáo Trung ương", "BTGTW", "ban-tuyen-giao-trung-uong", organization.KindPartyBoard, organization.LevelCentral, "", nil)
	if err != nil {
		return err
	}
	province, err := org("Tỉnh ủy Thái Nguyên", "", "tinh-uy-thai-nguyen", organization.KindPartyCommittee, organization.LevelProvincial, "Thái Nguyên", nil)
	if err != nil {
		return err
	}
	standing, err := org("Ban Thường vụ Tỉnh ủy Thái Nguyên", "BTV Tỉnh ủy", "ban-thuong-vu-tinh-uy-thai-nguyen", organization.KindPartyCommittee, organization.LevelProvincial, "Thái Nguyên", province)
	if err != nil {
		return err
	}
	propaganda, err := org("Ban Tuyên giáo Tỉnh ủy Thái Nguyên", "BTG Tỉnh ủy", "ban-tuyen-giao-tinh-uy-thai-nguyen", organization.KindPartyBoard, organization.LevelProvincial, "Thái Nguyên", province)
	if err != nil {
		return err
	}

	hoang, err := c.Person.Create().
		SetFullName("Vũ Duy Hoàng").
		SetSlug("vu-duy-hoang").
		SetBio("Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy Thái Nguyên.").
		Save(ctx)
	if err != nil {
		return err
	}
	if err := c.Position.CreateBulk(
		c.Position.Create().SetTitle("Ủy viên Ban Thường vụ Tỉnh ủy").SetPerson(hoang).SetOrganization(standing),
		c.Position.Create().SetTitle("Trưởng Ban").SetPerson(hoang).SetOrganization(propaganda),
	).Exec(ctx); err != nil {
		return err
	}

	// Who wrote the article and who received the awards (illustrative: the
	// story does not name them).
	politicalCentre, err := org("Trung tâm Chính trị huyện Phú Lương", "", "trung-tam-chinh-tri-huyen-phu-luong", organization.KindUnit, organization.LevelDistrict, "Thái Nguyên", nil)
	if err != nil {
		return err
	}
	socialInsurance, err := org("Bảo hiểm xã hội tỉnh Thái Nguyên", "BHXH tỉnh", "bao-hiem-xa-hoi-tinh-thai-nguyen", organization.KindStateAgency, organization.LevelProvincial, "Thái Nguyên", nil)
	if err != nil {
		return err
	}
	phuong, err := c.Person.Create().
		SetFullName("Đỗ Thị Minh Phương").
		SetSlug("do-thi-minh-phuong").
		SetBio("Chuyên viên Ban Tuyên giáo Tỉnh ủy Thái Nguyên, phụ trách thông tin tuyên truyền.").
		Save(ctx)
	if err != nil {
		return err
	}
	lam, err := c.Person.Create().
		SetFullName("Hà Văn Lâm").
		SetSlug("ha-van-lam").
		SetBio("Phó Giám đốc Trung tâm Chính trị huyện Phú Lương.").
		Save(ctx)
	if err != nil {
		return err
	}
	if err := c.Position.CreateBulk(
		c.Position.Create().SetTitle("Chuyên viên").SetPerson(phuong).SetOrganization(propaganda),
		c.Position.Create().SetTitle("Phó Giám đốc").SetPerson(lam).SetOrganization(politicalCentre),
	).Exec(ctx); err != nil {
		return err
	}

	held := date(2024, time.July, 3)
	merit2023, err := c.Award.Create().
		SetName("Bằng khen của Ban Tuyên giáo Trung ương").
		SetKind(award.KindCertificateOfMerit).
		SetYear(2023).
		SetReason("Có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023.").
		SetAwardedOn(held).
		SetIssuer(centralPropaganda).
		SetPresentedBy(hoang).
		AddRecipientOrganizations(politicalCentre).
		AddRecipientPeople(lam, phuong).
		Save(ctx)
	if err != nil {
		return err
	}
	meritDirective38, err := c.Award.Create().
		SetName("Bằng khen của Ban Thường vụ Tỉnh ủy Thái Nguyên").
		SetKind(award.KindCertificateOfMerit).
		SetYear(2024).
		SetReason("Có thành tích tiêu biểu trong thực hiện Chỉ thị số 38-CT/TW của Ban Bí thư về “Đẩy mạnh công tác bảo hiểm y tế trong tình hình mới”.").
		SetAwardedOn(held).
		SetIssuer(standing).
		AddRecipientOrganizations(socialInsurance).
		Save(ctx)
	if err != nil {
		return err
	}

	section, err := c.Category.Create().SetName("Xây dựng Đảng").Save(ctx)
	if err != nil {
		return err
	}
	tags, err := c.Tag.CreateBulk(
		c.Tag.Create().SetName("Tuyên giáo"),
		c.Tag.Create().SetName("Thi đua khen thưởng"),
	).Save(ctx)
	if err != nil {
		return err
	}

	// The article is newsgraph's own summary of the facts, not the original text.
	return c.Article.Create().
		SetTitle("Thái Nguyên sơ kết công tác tuyên giáo 6 tháng đầu năm 2024").
		SetSlug(ArticleSlug).
		SetSummary("Ngày 3-7-2024, Ban Tuyên giáo Tỉnh ủy Thái Nguyên sơ kết công tác 6 tháng đầu năm và bàn nhiệm vụ 6 tháng cuối năm; đồng chí Vũ Duy Hoàng chủ trì hội nghị.").
		SetBody(demoBody).
		SetBodyText(demoBodyText).
		SetStatus(article.StatusPUBLISHED).
		SetPublishedAt(time.Date(2024, time.July, 3, 10, 0, 0, 0, time.UTC)).
		SetEventDate(held).
		AddAuthors(phuong).
		AddMentionedPeople(hoang).
		AddMentionedOrganizations(politburo, secretariat, centralPropaganda, province, standing, propaganda).
		AddMentionedAwards(merit2023, meritDirective38).
		SetCategory(section).
		AddTags(tags...).
		Exec(ctx)
}

const demoBody = `<p>Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 của tỉnh Thái Nguyên do đồng chí Vũ Duy Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, chủ trì.</p>
<p>Trong nửa đầu năm, ngành tuyên giáo của tỉnh đã tham mưu quán triệt, tuyên truyền các nghị quyết, chỉ thị và kết luận của Đảng, trong đó có Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.</p>
<p>Tại hội nghị, Bằng khen của Ban Tuyên giáo Trung ương được trao cho các tập thể, cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023; Bằng khen của Ban Thường vụ Tỉnh ủy được trao cho những nơi thực hiện tốt Chỉ thị số 38-CT/TW của Ban Bí thư về bảo hiểm y tế.</p>`

const demoBodyText = `Hội nghị sơ kết công tác tuyên giáo 6 tháng đầu năm 2024 của tỉnh Thái Nguyên do đồng chí Vũ Duy Hoàng, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy, chủ trì.
Trong nửa đầu năm, ngành tuyên giáo của tỉnh đã tham mưu quán triệt, tuyên truyền các nghị quyết, chỉ thị và kết luận của Đảng, trong đó có Kết luận số 01-KL/TW của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.
Tại hội nghị, Bằng khen của Ban Tuyên giáo Trung ương được trao cho các tập thể, cá nhân có thành tích trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2023; Bằng khen của Ban Thường vụ Tỉnh ủy được trao cho những nơi thực hiện tốt Chỉ thị số 38-CT/TW của Ban Bí thư về bảo hiểm y tế.`

// IsEmpty reports whether the database holds no content at all, the one case
// where `serve` loads the demo content by itself.
func IsEmpty(ctx context.Context, client *ent.Client) (bool, error) {
	ctx = auth.System(ctx) // drafts count as content too
	for _, exist := range []func(context.Context) (bool, error){
		client.Article.Query().Exist,
		client.Person.Query().Exist,
		client.Organization.Query().Exist,
	} {
		if ok, err := exist(ctx); err != nil || ok {
			return false, err
		}
	}
	return true, nil
}
