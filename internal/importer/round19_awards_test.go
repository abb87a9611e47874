package importer

import "testing"

// Round 19: a short date takes no year later than the story's evidence —
// the handed-over decision's, the anniversary's range of years; the
// yearly days a story lists under their names are its year's; a fraction
// that counts people is no date; a date alone in brackets under the title
// is the page's stamp (lines of our own, in the forms heldout19 uses).
func TestRound19Dates(t *testing.T) {
	checkDates(t, []dateCase{
		{"a handed-over decision's year",
			"Ngày 22/2, Tỉnh ủy tổ chức hội nghị. Tại hội nghị, đồng chí Trần Văn An trao Quyết định số 19-QĐNS/TW ngày 21/2/2011 về việc phân công nhiệm vụ.\n",
			"2011-02-22,2011-02-21"},
		{"an anniversary's years",
			"Ngày 7-2, tỉnh long trọng kỷ niệm 15 năm tái lập tỉnh (1997–2012) và đón nhận Huân chương Hồ Chí Minh.\n",
			"2012-02-07"},
		{"yearly days under their names",
			"Hằng năm, Lễ trao tặng Huy hiệu Đảng được tổ chức vào các dịp kỷ niệm: 03-2 (Ngày thành lập Đảng Cộng sản Việt Nam), 19-5 (Ngày sinh Chủ tịch Hồ Chí Minh) và 7-11 (Ngày kỷ niệm Cách mạng tháng Mười Nga). Đợt 02/9/2021 có 98 đảng viên được trao tặng.\n",
			"2021-02-03,2021-05-19,2021-11-07,2021-09-02"},
		{"a fraction of members",
			"Ngày 12/6/2017, phiên họp có 13/15 thành viên Hội đồng và 4/4 thành viên Tổ thư ký dự.\n",
			"2017-06-12"},
		{"a stamp in brackets under the title",
			"Nâng cao chất lượng biên soạn lịch sử Đảng bộ\n\n(26/09/2018)\n\nQuán triệt Chỉ thị số 15-CT/TW, ngày 28/8/2002 của Ban Bí thư, Ban Thường vụ Tỉnh ủy đã ban hành Chỉ thị.\n",
			"2002-08-28"},
	})
}

// Round 19: a class conferred in a sentence that names no conferrer ("3 cá
// nhân được tặng Huân chương Lao động hạng Nhì") takes no issuer from the
// classes named with one before it: a decision ties its issuer to the
// awards of its own sentence only.
func TestRound19BareConferral(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho ông Nguyễn Văn An, Bí thư Tỉnh ủy. Bên cạnh đó, 3 cá nhân được tặng Huân chương Lao động hạng Nhì và 5 cá nhân được tặng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Nhất của Chủ tịch nước: nguyen van an; Huân chương Lao động hạng Nhì: 3 cá nhân; Huân chương Lao động hạng Ba: 5 cá nhân"},
	})
}

// Round 19: the office a council proposes, then the list of what it is to
// confer ("đề nghị Chủ tịch UBND tỉnh: Thứ nhất, xét và tặng thưởng danh
// hiệu …"), is the issuer; "21/23 cá nhân" counts the 21 who receive it.
func TestRound19ProposedList(t *testing.T) {
	checkAwards(t, []textCase{
		{"Hội đồng Thi đua - Khen thưởng tỉnh Kiên Giang đã bỏ phiếu đề nghị Chủ tịch UBND tỉnh: Thứ nhất, xét và tặng thưởng danh hiệu “Chiến sĩ thi đua tỉnh Kiên Giang” cho 21/23 cá nhân đạt tiêu chuẩn.",
			"Danh hiệu Chiến sĩ thi đua tỉnh Kiên Giang của Chủ tịch UBND tỉnh Kiên Giang: 21/23 cá nhân"},
	})
}

// Round 19: a decision's conferrals listed past semicolons all take its
// issuer ("Quyết định của Ban Thường vụ Tỉnh ủy về việc trao huy hiệu 45
// năm tuổi Đảng cho …; trao huy hiệu 30 năm tuổi Đảng cho …").
func TestRound19DecisionClauses(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại buổi lễ, đồng chí Lê Văn Bình công bố Quyết định của Ban Thường vụ Tỉnh ủy Thanh Hóa về việc trao huy hiệu 45 năm tuổi Đảng cho đồng chí Trần Văn Hòa, nguyên Phó Chủ tịch UBND tỉnh; trao huy hiệu 30 năm tuổi Đảng cho đồng chí Vũ Văn Tùng, Chỉ huy trưởng Bộ Chỉ huy quân sự tỉnh.",
			"Huy hiệu 45 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Thanh Hóa: tran van hoa; Huy hiệu 30 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Thanh Hóa: vu van tung"},
	})
}

// Round 19: a place's people named as one recipient without commas
// ("Đảng bộ chính quyền nhân dân Quảng Nam"), three parts then the
// province by its name alone.
func TestRound19CollectiveWithoutCommas(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thay mặt Đảng, Nhà nước, Chủ tịch nước Trương Tấn Sang đã trao Huân chương Hồ Chí Minh cho Đảng bộ chính quyền nhân dân Quảng Nam.",
			"Huân chương Hồ Chí Minh: Đảng bộ chính quyền nhân dân Quảng Nam"},
	})
}

// Round 19: an award a sentence sums up with "cùng nhiều phần thưởng cao
// quý khác" is a past honour, no conferral of the story.
func TestRound19SummedUpHonours(t *testing.T) {
	checkAwards(t, []textCase{
		{"Bí thư Tỉnh ủy nhấn mạnh rằng Đảng bộ, quân và dân tỉnh rất tự hào được Đảng, Nhà nước phong tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân cùng nhiều phần thưởng cao quý khác. Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho ông Nguyễn Văn An.",
			"Huân chương Lao động hạng Nhất của Chủ tịch nước: nguyen van an"},
	})
}

// Round 19: a year named after its theme ("Năm kỷ cương hành chính -
// 2013") is the story's year, so a short date takes it, not the clock's.
func TestRound19ThemeYear(t *testing.T) {
	checkDates(t, []dateCase{
		{"a campaign's year",
			"Ngày 17-4, Chủ tịch UBND TP đã ký ban hành văn bản về việc thực hiện \"Năm kỷ cương hành chính - 2013\".\n",
			"2013-04-17"},
	})
}
