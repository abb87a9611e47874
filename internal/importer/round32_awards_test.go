package importer

import "testing"

// Round 32: Party badges counted by tier after the members given them, a
// long list whose last item follows "và" ("84 đảng viên nhận Huy hiệu Đảng
// gồm: 3 Huy hiệu 70 năm, …, 20 Huy hiệu 40 năm và 11 Huy hiệu 30 năm tuổi
// Đảng"): each tier gets its count. Without the members named before, the
// numbers count no one (lines of our own).
func TestBadgeTierListRound32(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đợt này, huyện có 61 đảng viên nhận Huy hiệu Đảng gồm: 3 Huy hiệu 70 năm, 5 Huy hiệu 65 năm, 2 Huy hiệu 60 năm, 6 Huy hiệu 55 năm, 9 Huy hiệu 50 năm, 4 Huy hiệu 45 năm, 20 Huy hiệu 40 năm và 12 Huy hiệu 30 năm tuổi Đảng.",
			"Huy hiệu 70 năm tuổi Đảng: 3; Huy hiệu 65 năm tuổi Đảng: 5; Huy hiệu 60 năm tuổi Đảng: 2; Huy hiệu 55 năm tuổi Đảng: 6; Huy hiệu 50 năm tuổi Đảng: 9; Huy hiệu 45 năm tuổi Đảng: 4; Huy hiệu 40 năm tuổi Đảng: 20; Huy hiệu 30 năm tuổi Đảng: 12"},
		{"Xã có 15 đảng viên nhận Huy hiệu Đảng gồm: 6 Huy hiệu 40 năm và 9 Huy hiệu 30 năm tuổi Đảng.",
			"Huy hiệu 40 năm tuổi Đảng: 6; Huy hiệu 30 năm tuổi Đảng: 9"},
		// No members named before the list: the numbers count no one.
		{"Năm nay xưởng in 6 Huy hiệu 40 năm và 9 Huy hiệu 30 năm tuổi Đảng.",
			"Huy hiệu 40 năm tuổi Đảng: ; Huy hiệu 30 năm tuổi Đảng: "},
	})
}

// Round 32: a class of an order received in a passive clause of its own
// after a semicolon ("…; 4 tập thể được vinh dự nhận Huân chương Lao động
// hạng Ba") names no conferrer: it does not take the issuer of the class
// handed over before it. A clause that hands it over keeps the ceremony's
// issuer (lines of our own).
func TestPassiveClassRound32(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, huyện trao Huân chương Lao động hạng Nhì của Chủ tịch nước cho 5 cá nhân; 4 tập thể và 12 cá nhân được vinh dự nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Nhì của Chủ tịch nước: 5 cá nhân; Huân chương Lao động hạng Ba: 4 tập thể và 12 cá nhân"},
		{"Dịp này, huyện trao Huân chương Lao động hạng Nhì của Chủ tịch nước cho 5 cá nhân; 4 tập thể được nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Nhì của Chủ tịch nước: 5 cá nhân; Huân chương Lao động hạng Ba: 4 tập thể"},
		// Handed over in the same ceremony: the one conferrer.
		{"Dịp này, huyện trao Huân chương Lao động hạng Nhì của Chủ tịch nước cho 5 cá nhân; Huân chương Lao động hạng Ba cho 4 tập thể.",
			"Huân chương Lao động hạng Nhì của Chủ tịch nước: 5 cá nhân; Huân chương Lao động hạng Ba của Chủ tịch nước: 4 tập thể"},
	})
}

// Round 32: schooling given as grades passed over the grades of the
// system ("trình độ học vấn 12/12", "văn hóa: 10/10") is no day; a day
// after other words is still read (lines of our own).
func TestSchoolGradesRound32(t *testing.T) {
	checkDates(t, []dateCase{
		{"grades after học vấn",
			"Ông Lê Văn Tâm sinh năm 1970, trình độ học vấn 12/12, cử nhân luật.",
			""},
		{"grades after văn hóa",
			"Bà Trần Thị Hoa, trình độ văn hóa: 10/10, đảng viên từ năm 1990.",
			""},
		{"a day after another word",
			"Ông Lê Văn Tâm nhận nhiệm vụ từ 12/10, trình độ học vấn cử nhân.",
			"2026-10-12"},
	})
}

// Round 32: a place's title for its citizens, "Công dân" and the place
// ending in "ưu tú", counted right before it, bare or in quotes ("vinh
// danh 12 Công dân Thủ đô ưu tú", "chọn được 9 “Công dân Hải Dương ưu
// tú”"): the count is of people. After "danh hiệu", "ưu tú" ends the
// title's name. No count, or no place's name, gives nothing (lines of our
// own).
func TestCitizenTitleRound32(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng nay, thành phố tổ chức lễ tuyên dương và vinh danh 12 Công dân Thủ đô ưu tú.",
			"Danh hiệu Công dân Thủ đô ưu tú: 12"},
		{"Năm nay, tỉnh chọn được 9 “Công dân Hải Dương ưu tú” và 14 doanh nghiệp.",
			"Danh hiệu Công dân Hải Dương ưu tú: 9"},
		{"Năm nay có nhiều người nhận danh hiệu Công dân Hải Dương ưu tú.",
			"Danh hiệu Công dân Hải Dương ưu tú: "},
		// No count before it; no place's name.
		{"Ông là một Công dân Thủ đô ưu tú của thành phố.", ""},
		{"Thành phố vinh danh 12 công dân ưu tú.", ""},
	})
}

// Round 32: the award handed over "và tặng hoa (chúc mừng)" someone: the
// one given the flowers receives it. Flowers given to no one named, or to
// a count, name no one (lines of our own).
func TestFlowersWithAwardRound32(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đồng chí Lê Văn Sơn trao Huy hiệu 40 năm tuổi Đảng và tặng hoa chúc mừng đồng chí Trần Văn Bảy, nguyên Bí thư Huyện ủy.",
			"Huy hiệu 40 năm tuổi Đảng: tran van bay"},
		{"Ông Lê Văn Sơn trao Bằng khen và tặng hoa cho ông Trần Văn Bảy.",
			"Bằng khen: tran van bay"},
		// The flowers go to no one named.
		{"Ông Lê Văn Sơn trao Bằng khen và tặng hoa chúc mừng các tập thể.",
			"Bằng khen: "},
	})
}

// Round 32: the mandate of the President ties a State title named in the
// story when the mandate's sentence names the title's certificate in full
// ("Thừa ủy quyền Chủ tịch nước, lãnh đạo huyện trao Bằng Mẹ Việt Nam anh
// hùng cho các mẹ"), as it does "danh hiệu"; a mandate over something
// else ties nothing (lines of our own).
func TestMandateCertificateRound32(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 5/9, UBND huyện tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 7 mẹ.\n\nThừa ủy quyền Chủ tịch nước, lãnh đạo huyện trao Bằng Mẹ Việt Nam anh hùng cho thân nhân các mẹ.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng của Chủ tịch nước: 7 mẹ"},
		{"Sáng 5/9, UBND huyện tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 7 mẹ.\n\nThừa ủy quyền Chủ tịch nước, lãnh đạo huyện đến thăm gia đình các mẹ.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 7 mẹ"},
	})
}

// Round 32: a total restated in a later sentence after "tổng (số)" and
// split there by how each part is given ("Trong tổng số 25 mẹ, 9 mẹ được
// phong tặng, 16 mẹ được truy tặng"): the parts replace the total. Parts
// that do not add up to it, or that say nothing of the giving, leave the
// total (lines of our own).
func TestRestatedSplitRound32(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 2/9, UBND huyện tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 25 mẹ.\n\nĐây là đợt thứ ba trong năm. Trong tổng số 25 mẹ đợt này, 9 mẹ được phong tặng, 16 mẹ được truy tặng.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 9 mẹ, 16 mẹ"},
		// The parts do not add up to the total.
		{"Sáng 2/9, UBND huyện tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 25 mẹ.\n\nTrong tổng số 25 mẹ đợt này, 9 mẹ được phong tặng, 10 mẹ được truy tặng.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 25 mẹ"},
		// The parts say nothing of how each is given.
		{"Sáng 2/9, UBND huyện tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 25 mẹ.\n\nTrong tổng số 25 mẹ đợt này, 9 mẹ ở xã A, 16 mẹ ở xã B.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 25 mẹ"},
	})
}

// Round 32: below the byline, a lead opened by the paper's mark ("(ABC) -
// Ngày …") is another story's teaser, and the site's visit counter
// ("Tổng số lượt truy cập:") is furniture: neither gives the story a
// date, and the byline stays the byline. A paper's mark opening the
// story's own lead is read (lines of our own).
func TestTeaserBelowBylineRound32(t *testing.T) {
	checkDates(t, []dateCase{
		{"a teaser below the byline",
			"Huyện ủy họp tổng kết\n\nSáng 20/11, Huyện ủy tổ chức hội nghị tổng kết năm.\n\nMINH TÂM\n\n(BCT) - Ngày 3-5-2026, huyện mới chính thức đi vào hoạt động.\n\nTổng số lượt truy cập:\n",
			"2026-11-20"},
		{"the paper's mark on the story's own lead",
			"Huyện ủy họp tổng kết\n\n(BCT) - Ngày 3-5-2025, Huyện ủy tổ chức hội nghị tổng kết năm.\n\nMINH TÂM\n",
			"2025-05-03"},
	})
	s := Extract("Huyện ủy họp tổng kết\n\nSáng 20/11, Huyện ủy tổ chức hội nghị tổng kết năm.\n\nMINH TÂM\n\n(BCT) - Ngày 3-5-2026, huyện mới chính thức đi vào hoạt động.\n\nTổng số lượt truy cập:\n", now)
	if s.Byline != "MINH TÂM" {
		t.Errorf("byline %q, want MINH TÂM", s.Byline)
	}
}
