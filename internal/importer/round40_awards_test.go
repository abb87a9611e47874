package importer

import "testing"

// Round 40: the State President's office is "Chủ tịch nước" however the
// text writes it: Vietnam's formal name after the office, in full or by
// initials, is dropped (lines of our own). A foreign state's office keeps
// its state.
func TestStatePresidentBareRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ông Trần Văn An được Chủ tịch nước Cộng hòa XHCN Việt Nam tặng thưởng Huân chương Lao động hạng Nhì.",
			"Huân chương Lao động hạng Nhì của Chủ tịch nước: tran van an"},
		{"Thừa ủy quyền của Chủ tịch nước CHXHCN Việt Nam, ông Lê Minh trao tặng Huân chương Chiến công hạng Ba cho Công an huyện Tân Phú.",
			"Huân chương Chiến công hạng Ba của Chủ tịch nước: Công an huyện Tân Phú"},
		// A foreign state's office keeps its state.
		{"Ông Trần Văn An được Chủ tịch nước CHDCND Lào tặng thưởng Huân chương Lao động hạng Nhì.",
			"Huân chương Lao động hạng Nhì của Chủ tịch nước CHDCND Lào: tran van an"},
	})
}

// Round 40: an award's name wrapped at a line's end, the next line opening
// in lower case with the rest of another award's name of the story, is
// that award (lines of our own). A next line that opens otherwise leaves
// the short name.
func TestWrappedAwardRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 2-7, huyện Nhà Bè truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 12 mẹ.\n\nBí thư Huyện ủy trao danh hiệu Bà mẹ Việt Nam\nanh hùng cho đại diện gia đình các mẹ",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 12 mẹ"},
		// The next line goes on with other words: both names stay.
		{"Sáng 2-7, huyện Nhà Bè truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 12 mẹ.\n\nBí thư Huyện ủy trao danh hiệu Bà mẹ Việt Nam\ntrong buổi lễ sáng nay",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 12 mẹ; Danh hiệu Bà mẹ Việt Nam: "},
	})
}

// Round 40: a capitalized "Danh hiệu" before a common word and no known
// title ("Danh hiệu cao quý của Đảng") names no award (lines of our own).
// A known title after it, or a capitalized name, still does.
func TestBareTitleWordRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ông Lê Văn Tám phát biểu: Huy hiệu Đảng là Danh hiệu cao quý của Đảng dành cho đảng viên.",
			"Huy hiệu Đảng: "},
		{"Theo ông, Danh hiệu này ghi nhận đóng góp của các thầy cô.",
			""},
		// A known title after it: read.
		{"Trường được tặng Danh hiệu Tập thể lao động xuất sắc.",
			"Danh hiệu Tập thể lao động xuất sắc: "},
	})
}

// Round 40: a foreign state's office written with "nước" before the
// state ("Thủ tướng nước CHDCND Lào") is an issuer, written as the text
// writes it; the mandate gives its sentence's award (lines of our own).
// "nước" before no state's name ties nothing.
func TestForeignOfficeNuocRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thừa ủy quyền của Thủ tướng nước CHDCND Lào, ông Bua-phăn trao Huân chương Lao động hạng Nhì cho Sở Y tế tỉnh Hà Tĩnh.",
			"Huân chương Lao động hạng Nhì của Thủ tướng nước CHDCND Lào: Sở Y tế Hà Tĩnh"},
		{"Thừa ủy quyền của Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào, ông Bua-phăn trao Huân chương Hữu nghị cho Sở Y tế tỉnh Hà Tĩnh.",
			"Huân chương Hữu nghị của Chủ tịch nước Cộng hòa Dân chủ Nhân dân Lào: Sở Y tế Hà Tĩnh"},
		// "nước" before no state: no issuer.
		{"Thừa ủy quyền của Thủ tướng nước bạn, ông Bua-phăn trao Huân chương Lao động hạng Nhì cho Sở Y tế tỉnh Hà Tĩnh.",
			"Huân chương Lao động hạng Nhì: Sở Y tế Hà Tĩnh"},
	})
}

// Round 40: an order named by its kind alone with its giver ("Huân chương
// của Nhà nước Lào") beside orders of that kind named in full is no award
// of its own (lines of our own). Alone in its story it stays.
func TestKindOnlyDroppedRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tỉnh Chăm-pa-sắc trao tặng Huân chương của Nhà nước Lào cho 2 tập thể của tỉnh Bình Định. Ông Kham-phăn trao Huân chương Hữu nghị cho Sở Ngoại vụ tỉnh Bình Định.",
			"Huân chương Hữu nghị: Sở Ngoại vụ Bình Định"},
		// Alone: it stays.
		{"Tỉnh Chăm-pa-sắc trao tặng Huân chương của Nhà nước Lào cho 2 tập thể của tỉnh Bình Định.",
			"Huân chương của Nhà nước Lào: 2 tập thể"},
	})
}

// Round 40: awards named in a sentence that tells what a regulation
// provides ("theo Thông tư …, Kỷ niệm chương của Bộ Y tế gồm: Kỷ niệm
// chương “A” để tặng cho …") are its kinds, no conferral (lines of our
// own). An award given in such a sentence, or listed without a regulation
// cited, stays.
func TestRegulationKindsRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Theo Thông tư 12/2020/TT-BYT do Bộ Y tế ban hành, Kỷ niệm chương của Bộ Y tế gồm: Kỷ niệm chương “Vì sức khỏe nhân dân” để tặng cho cá nhân có nhiều đóng góp.",
			""},
		// Given in the sentence: stays.
		{"Theo Nghị định 91/2017/NĐ-CP, ông Trần Văn Bình được tặng Kỷ niệm chương “Vì sức khỏe nhân dân” của Bộ Y tế.",
			"Kỷ niệm chương Vì sức khỏe nhân dân của Bộ Y tế: tran van binh"},
		// No regulation cited: stays (those it is for are no one the
		// story names or counts).
		{"Bộ Y tế trao Kỷ niệm chương “Vì sức khỏe nhân dân” để tặng các y, bác sĩ của tuyến cơ sở.",
			"Kỷ niệm chương Vì sức khỏe nhân dân: "},
	})
}

// Round 40: a body written after "lãnh đạo" before a verb of giving
// ("lãnh đạo Đảng ủy xã A trao Huy hiệu …") is its leaders handing the
// award over: no issuer (lines of our own). The body itself as the
// subject still gives.
func TestLeadersHandOverRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 3/2, lãnh đạo Đảng ủy xã Tân Hòa đã trao tặng Huy hiệu 50 năm tuổi Đảng cho 3 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng: 3 đảng viên"},
		// The body as the subject: it gives.
		{"Sáng 3/2, Đảng ủy xã Tân Hòa đã trao tặng Huy hiệu 50 năm tuổi Đảng cho 3 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng của Đảng ủy xã Tân Hòa: 3 đảng viên"},
	})
}

// Round 40: after "danh hiệu", a State's title written unquoted with its
// last words by their initials ("Bà mẹ VNAH") is that title written out
// (lines of our own). Capitals that are no title's initials are not
// written out.
func TestTitleInitialsAfterWordsRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 5/5, ông Trần Văn Nam trao danh hiệu vinh dự Nhà nước Bà mẹ VNAH cho 25 mẹ.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 25 mẹ"},
		{"Huyện truy tặng danh hiệu Bà mẹ VNAH cho 4 mẹ.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 4 mẹ"},
		// Capitals that are no title's initials: read as written.
		{"Huyện truy tặng danh hiệu Bà mẹ QT cho 4 mẹ.",
			"Danh hiệu Bà mẹ QT: 4 mẹ"},
	})
}

// Round 40: the counts of a decision the lead tells without naming its
// award ("… ký Quyết định khen thưởng 9 tập thể và 4 cá nhân") go to the
// one award of the story, named only in the headline (lines of our own).
// A lead that names an award itself, or a story with two awards, or no
// "khen thưởng", is left alone.
func TestHeadlineCountsRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tặng Bằng khen cho tập thể, cá nhân xây dựng trường học\n\nChủ tịch UBND tỉnh Lâm Đồng vừa ký Quyết định khen thưởng 9 tập thể và 4 cá nhân có thành tích trong xây dựng trường học.",
			"Bằng khen: 9 tập thể và 4 cá nhân"},
		// Two awards named in the headline: no count given.
		{"Tặng Bằng khen và Giấy khen cho tập thể, cá nhân xây dựng trường học\n\nChủ tịch UBND tỉnh Lâm Đồng vừa ký Quyết định khen thưởng 9 tập thể và 4 cá nhân có thành tích trong xây dựng trường học.",
			"Bằng khen: ; Giấy khen: "},
		// No "khen thưởng" before the count.
		{"Tặng Bằng khen cho tập thể, cá nhân xây dựng trường học\n\nChủ tịch UBND tỉnh Lâm Đồng vừa đến thăm 9 tập thể và 4 cá nhân có thành tích trong xây dựng trường học.",
			"Bằng khen: "},
	})
}

// Round 40: a count of those from counted places ("38 mẹ ở 10 quận,
// huyện (…) được truy tặng …") is the count of recipients, past a long
// list of the places in parentheses (lines of our own); the places may be
// below a commune ("6 tổ dân phố").
func TestCountFromCountedPlacesRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đợt này có 25 mẹ ở 6 phường, xã được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 25 mẹ"},
		{"Đợt này có 25 mẹ ở 9 quận, huyện (quận 1, 4, 5, 8, 10, 11, Gò Vấp, Phú Nhuận, huyện Cần Giờ, Nhà Bè và Bình Chánh) được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 25 mẹ"},
		// Places below a commune count too (review).
		{"Đợt này có 25 mẹ ở 6 tổ dân phố được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 25 mẹ"},
		{"Toàn tỉnh có 120 mẹ, trong đó 6 mẹ ở 2 khu phố được truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 6 mẹ"},
	})
}

// Round 40: a list after a colon ends at a semicolon before a clause that
// gives another award ("…; và trao Huân chương Hữu nghị cho …"): the
// people of the second list are not the first award's (lines of our own).
// A list whose items all name people runs to its full stop.
func TestListEndsAtNextGivingRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ông Bua-phăn trao Huân chương Tự do hạng Nhì cho các đồng chí: Nguyễn Văn An - Bí thư Tỉnh ủy; Lê Văn Bình - Chủ tịch UBND tỉnh; và trao Huân chương Hữu nghị cho các đồng chí: Trần Văn Cường - Phó Chủ tịch UBND tỉnh; Phạm Văn Dũng - Giám đốc Sở Ngoại vụ.",
			"Huân chương Tự do hạng Nhì: nguyen van an, le van binh; Huân chương Hữu nghị: tran van cuong, pham van dung"},
		// One list to the full stop.
		{"Ông Bua-phăn trao Huân chương Tự do hạng Nhì cho các đồng chí: Nguyễn Văn An - Bí thư Tỉnh ủy; Lê Văn Bình - Chủ tịch UBND tỉnh; Phạm Văn Dũng - Giám đốc Sở Ngoại vụ.",
			"Huân chương Tự do hạng Nhì: nguyen van an, le van binh, pham van dung"},
	})
}

// Round 40: Party badge tiers written as a range ("huy hiệu 50 năm đến 70
// năm tuổi Đảng") are its two ends, each a tier; the count before it goes
// to the first (lines of our own). "đến" before no tier ends the tiers.
func TestBadgeTierRangeRound40(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm nay, 31 đảng viên được tặng huy hiệu 45 năm đến 60 năm tuổi Đảng.",
			"Huy hiệu 45 năm tuổi Đảng: 31 đảng viên; Huy hiệu 60 năm tuổi Đảng: "},
		// "đến" before a count, no tier: one badge.
		{"Năm nay, Đảng ủy xã trao huy hiệu 45 năm tuổi Đảng đến 31 đảng viên.",
			"Huy hiệu 45 năm tuổi Đảng: 31 đảng viên"},
	})
}
