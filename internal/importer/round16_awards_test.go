package importer

import "testing"

// Round 16: a paragraph opened by "Cụ thể" details the Party badges of
// the one before, each tier with its count; a tier so written in a
// paragraph that does not detail one is no badge.
func TestRound16BadgeTiers(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/2/2018, Đảng bộ huyện có 10 đảng viên được tặng huy hiệu Đảng.\nCụ thể, 30 năm tuổi Đảng có 7 đảng viên và 40 năm tuổi Đảng có 3 đảng viên.",
			"Huy hiệu 30 năm tuổi Đảng: 7 đảng viên; Huy hiệu 40 năm tuổi Đảng: 3 đảng viên"},
		{"Ngày 3/2/2018, Đảng bộ huyện họp.\nTrong năm, 30 năm tuổi Đảng có 7 đảng viên.",
			""},
	})
}

// Round 16: a headline's mixed total is the lead's split count of the
// same award ("25 tập thể và cá nhân", "13 tập thể và 12 cá nhân"); a
// total of another number is another.
func TestRound16SplitTotal(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tặng Bằng khen cho 25 tập thể và cá nhân\nNgày 3/2/2020, UBND tỉnh tặng Bằng khen của Chủ tịch UBND tỉnh cho 13 tập thể và 12 cá nhân.",
			"Bằng khen của Chủ tịch UBND tỉnh: 13 tập thể và 12 cá nhân"},
		{"Tặng Bằng khen cho 30 tập thể và cá nhân\nNgày 3/2/2020, UBND tỉnh tặng Bằng khen của Chủ tịch UBND tỉnh cho 13 tập thể và 12 cá nhân.",
			"Bằng khen: 30 tập thể và cá nhân; Bằng khen của Chủ tịch UBND tỉnh: 13 tập thể và 12 cá nhân"},
	})
}

// Round 16: the bodies that hold a ceremony "… và đón nhận" an award
// receive it, the sentence ending on the verb of its giver; a body that
// holds one and does not receive is none.
func TestRound16Hosts(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 30/9, Tỉnh ủy, HĐND, UBND tỉnh Lào Cai đã long trọng tổ chức Lễ kỷ niệm 30 năm ngày tái lập tỉnh và đón nhận Huân chương Lao động hạng nhất của Chủ tịch nước trao tặng.",
			"Huân chương Lao động hạng nhất của Chủ tịch nước: Tỉnh ủy Lào Cai, HĐND tỉnh Lào Cai, UBND tỉnh Lào Cai"},
		{"Sáng 30/9, UBND tỉnh Lào Cai đã ban hành kế hoạch và đón nhận Huân chương Lao động hạng nhất của Chủ tịch nước trao tặng.",
			"Huân chương Lao động hạng nhất của Chủ tịch nước: "},
	})
}

// Round 16: those proposed for an award are named after "là" when the
// sentence opens "Được đề nghị tặng thưởng …"; "là" after an award no one
// was given names no recipient.
func TestRound16ProposedAfter(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/2/2021, tỉnh lấy ý kiến.\nĐược đề nghị tặng thưởng Huân chương Lao động hạng nhất là Trường Mầm non Hiệp An (Kinh Môn) và đồng chí Nguyễn Dương Thái, nguyên Phó Bí thư Tỉnh ủy.",
			"Huân chương Lao động hạng nhất: Trường Mầm non Hiệp An, nguyen duong thai"},
		{"Ngày 3/2/2021, tỉnh lấy ý kiến.\nĐiều kiện để đề nghị tặng thưởng Huân chương Lao động hạng nhất là đồng chí Nguyễn Dương Thái phải đủ 5 năm.",
			"Huân chương Lao động hạng nhất: "},
	})
}

// Round 16: with no year in the story but a decision's, a short date a
// month or less before a decision that ratifies ("phê chuẩn") is of the
// decision's year; one after it is not.
func TestRound16RatifiedYear(t *testing.T) {
	checkDates(t, []dateCase{
		{"the session the decision ratifies",
			"Thủ tướng vừa ký Quyết định 1550/QĐ-TTg ngày 15/12/2022 phê chuẩn kết quả miễn nhiệm Phó Chủ tịch UBND TP Đà Nẵng.\nNgày 21/11, HĐND TP Đà Nẵng họp kỳ họp chuyên đề.",
			"2022-12-15,2022-11-21"},
		{"a day after the decision",
			"Thủ tướng vừa ký Quyết định 1550/QĐ-TTg ngày 15/10/2022 phê chuẩn kết quả miễn nhiệm Phó Chủ tịch UBND TP Đà Nẵng.\nNgày 21/11, HĐND TP Đà Nẵng họp kỳ họp chuyên đề.",
			"2022-10-15,2026-11-21"},
	})
}

// Round 16: a stamp whose label and clock time come before its weekday
// ("Cập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)") is the page's date, no
// date of the story; a sentence after a time is none.
func TestRound16LabelTimeStamp(t *testing.T) {
	checkStamps(t, []stampCase{
		{"label, time, weekday", "Đảng viên được tặng huy hiệu Đảng\n\nCập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)\n\nĐảng bộ huyện có 44 đảng viên được tặng huy hiệu Đảng.\n", "2018-02-08"},
	})
	if g := datesOf(Extract("Lễ trao huy hiệu\nCập nhật, 09:53, đảng bộ trao huy hiệu ngày 08/02/2018.\n", now)); g != "2018-02-08" {
		t.Errorf("a sentence after a time: dates %s, want 2018-02-08", g)
	}
}

// Round 16: a body listed before "và đồng chí" and the person who receive
// an award with it receives it too, a place in parentheses between; a
// body the sentence names elsewhere does not.
func TestRound16BodyBeforePeople(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/2/2021, tỉnh lấy ý kiến.\nTheo danh sách, Trường THPT Hồng Quang (TP Hải Dương) và đồng chí Nguyễn Mạnh Hiển, nguyên Bí thư Tỉnh ủy được đề nghị tặng thưởng Huân chương Độc lập hạng ba.",
			"Huân chương Độc lập hạng ba: Trường THPT Hồng Quang, nguyen manh hien"},
		{"Ngày 3/2/2021, tỉnh lấy ý kiến.\nTheo Trường THPT Hồng Quang, đồng chí Nguyễn Mạnh Hiển, nguyên Bí thư Tỉnh ủy được đề nghị tặng thưởng Huân chương Độc lập hạng ba.",
			"Huân chương Độc lập hạng ba: nguyen manh hien"},
	})
}
