package importer

import "testing"

// Round 21: the occasion an award is given on follows its name and is no
// part of it ("nhân kỷ niệm …", "nhân dịp …"); the recipients come after
// it, after "cho" or a clause that honours them ("để vinh danh …") (lines
// of our own).
func TestOccasionAfterAwardRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Hội Cựu chiến binh tỉnh Yên Bái trao Kỷ niệm chương Cựu chiến binh Việt Nam nhân kỷ niệm 30 năm thành lập Hội cho 25 hội viên.",
			"Kỷ niệm chương Cựu chiến binh Việt Nam: 25 hội viên"},
		{"Ngày 3/4/2023, tỉnh tổ chức lễ trao Kỷ niệm chương Vì sự nghiệp Dân tộc nhân dịp kỷ niệm 80 năm ngày truyền thống cho 12 cá nhân.",
			"Kỷ niệm chương Vì sự nghiệp Dân tộc: 12 cá nhân"},
		{"Ngày 3/4/2023, Hội tỉnh Phú Yên trao Kỷ niệm chương Thanh niên xung phong nhân kỷ niệm 70 năm ngày truyền thống (5/8/1954 - 5/8/2024), để vinh danh 18 cựu TNXP có nhiều đóng góp.",
			"Kỷ niệm chương Thanh niên xung phong: 18 cựu TNXP"},
		// "nhân dân" opens no occasion: the award ends where it did.
		{"Ngày 3/4/2023, Chủ tịch nước tặng Huân chương Lao động hạng Nhất cho Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Yên Bái.",
			"Huân chương Lao động hạng Nhất của Chủ tịch nước: Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Yên Bái"},
		// An occasion whose clause names no recipient gives none.
		{"Ngày 3/4/2023, tỉnh trao Kỷ niệm chương Vì sự nghiệp Dân tộc nhân dịp kỷ niệm 80 năm, tại hội trường tỉnh.",
			"Kỷ niệm chương Vì sự nghiệp Dân tộc: "},
	})
}

// Round 21: a province's collective written "… tỉnh này" is the province
// the story is about (lines of our own).
func TestCollectiveOfThisProvinceRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Kỷ niệm 30 năm tái lập tỉnh Yên Bái, Chủ tịch nước trao Huân chương Lao động hạng nhất cho Đảng bộ, chính quyền và nhân dân tỉnh này.",
			"Huân chương Lao động hạng nhất: Đảng bộ, chính quyền và nhân dân tỉnh Yên Bái"},
		// No province named, no collective.
		{"Chủ tịch nước trao Huân chương Lao động hạng nhất cho Đảng bộ, chính quyền và nhân dân tỉnh này.",
			"Huân chương Lao động hạng nhất: "},
	})
}

// Round 21: a short date after a document's code is that document's
// date, of the year its code writes, whatever the story's year (lines of
// our own).
func TestDateAfterCodeRound21(t *testing.T) {
	checkDates(t, []dateCase{
		{"decree's code",
			"Ngày 12/5/2024, ông A nghỉ công tác theo Nghị định số 26/2015/NĐ-CP ngày 9/3 của Chính phủ.\n",
			"2024-05-12,2015-03-09"},
		{"decision's code without ngày",
			"Ngày 12/5/2024, tỉnh thực hiện Quyết định số 12/2019/QĐ-UBND 20/11 của UBND tỉnh.\n",
			"2024-05-12,2019-11-20"},
		{"a code without a year gives none",
			"Ngày 12/5/2024, tỉnh thực hiện Quyết định số 1234/QĐ-UBND ngày 9/3 của UBND tỉnh.\n",
			"2024-05-12,2024-03-09"},
	})
}

// Round 21: a list of people after "cho", each with a post after a comma
// and parted from the next by a semicolon, is one list; a clause that
// opens with no person ends it (lines of our own).
func TestPeopleWithPostsPartedRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho ông Hoàng Văn Tâm, Giám đốc Sở Tài chính; bà Lò Thị Mai, Trưởng phòng Nội vụ huyện Văn Chấn; ông Sùng A Páo, Chủ tịch UBND xã Cát Thịnh.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: hoang van tam, lo thi mai, sung a pao"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho ông Hoàng Văn Tâm, Giám đốc Sở Tài chính; Sở Nội vụ tổ chức hội nghị tổng kết.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: hoang van tam"},
	})
}

// Round 21: a list in groups by kind, "các tập thể: …; các cá nhân: …",
// in one sentence or in paragraphs of their own ("Tập thể: …", "Cá nhân:
// …") after the award named once; a group whose sentence names its own
// award is that award's (lines of our own).
func TestGroupsByKindRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho các tập thể: Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa; các cá nhân: ông Hoàng Văn Tâm, bà Lò Thị Mai.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa, hoang van tam, lo thi mai"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho các tập thể và cá nhân.\n\nTập thể: Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa.\n\nCá nhân: ông Hoàng Văn Tâm, bà Lò Thị Mai.\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa, hoang van tam, lo thi mai"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho các tập thể và cá nhân.\n\nCá nhân: bà Lò Thị Mai nhận Giấy khen của Giám đốc Sở Nội vụ.\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: ; Giấy khen của Giám đốc Sở Nội vụ Yên Bái: lo thi mai"},
	})
}

// Round 21: posthumous awards to "các liệt sĩ" named after it; the one
// who receives named before the award with a post between, after the
// time that opens the sentence (lines of our own).
func TestFallenAndSubjectAfterTimeRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch nước truy tặng Huân chương Kháng chiến hạng Nhì cho các liệt sĩ Hoàng Văn Tâm (quê xã Minh Hòa), liệt sĩ Lò Văn Mười và liệt sĩ Sùng A Páo.",
			"Huân chương Kháng chiến hạng Nhì của Chủ tịch nước: hoang van tam, lo van muoi, sung a pao"},
		{"Ngày 3/4/2023, ông Hoàng Văn Tâm, Giám đốc Sở Tài chính tỉnh Yên Bái, vinh dự nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: hoang van tam"},
		// The first person named is no subject when a clause comes first.
		{"Ngày 3/4/2023, sau khi ông Sùng A Páo phát biểu, bà Lò Thị Mai, Giám đốc Sở Nội vụ, vinh dự nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: "},
	})
}

// Round 21: a table of recipients after the award's line, cells parted by
// "|" or tabs: its heading row keeps the table open, each row's first
// cell that reads is the row's recipient; a table no award opens gives
// none (lines of our own).
func TestTableOfRecipientsRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho các cá nhân sau:\nTT\tHọ và tên\tChức vụ\n1\tÔng Hoàng Văn Tâm\tGiám đốc Sở Tài chính\n2\tBà Lò Thị Mai\tTrưởng phòng Nội vụ\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: hoang van tam, lo thi mai"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho các tập thể sau:\nTT | Tên tập thể\n1 | Trường THPT Lý Thường Kiệt\n2 | Trạm Y tế xã Minh Hòa\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho Sở Tài chính.\n\nKết quả thi đua năm 2022:\n1 | Trường THPT Lý Thường Kiệt\n2 | Trạm Y tế xã Minh Hòa\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: Sở Tài chính Yên Bái"},
	})
}

// Round 21: a count that ends the award's sentence, with those it counts
// named in the next ("Đó là …", "Cụ thể: …"); one named before the
// award with "cũng được tặng" (lines of our own).
func TestNamedInNextSentenceRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 3 tập thể. Đó là Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa và Phòng Nội vụ huyện Văn Chấn.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 3 tập thể, Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa, Phòng Nội vụ huyện Văn Chấn"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 3 tập thể. Cụ thể: Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa và Phòng Nội vụ huyện Văn Chấn.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 3 tập thể, Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa, Phòng Nội vụ huyện Văn Chấn"},
		// A sentence that names no recipient adds none.
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 3 tập thể. Đó là niềm tự hào của ngành giáo dục.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 3 tập thể"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho Trường THPT Lý Thường Kiệt. Trạm Y tế xã Minh Hòa cũng được tặng Bằng khen.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa"},
	})
}

// Round 21: a couple given an award, "cho (hai) vợ chồng" and each of
// them named; "vợ chồng" before no one named reads nothing (lines of our
// own).
func TestCoupleRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, ông Sùng A Páo trao Huy hiệu 60 năm tuổi Đảng cho hai vợ chồng đảng viên Hoàng Văn Tâm (sinh năm 1930) và Lò Thị Mai (sinh năm 1932).",
			"Huy hiệu 60 năm tuổi Đảng: hoang van tam, lo thi mai"},
		{"Ngày 3/4/2023, ông Sùng A Páo trao Huy hiệu 60 năm tuổi Đảng cho vợ chồng ông Hoàng Văn Tâm và bà Lò Thị Mai.",
			"Huy hiệu 60 năm tuổi Đảng: hoang van tam, lo thi mai"},
		{"Ngày 3/4/2023, ông Sùng A Páo trao Huy hiệu 60 năm tuổi Đảng cho vợ chồng con cháu trong dòng họ.",
			"Huy hiệu 60 năm tuổi Đảng: "},
	})
}

// Round 21: one award given two ways in one list, "truy tặng … cho 5 mẹ
// và phong tặng cho 2 mẹ": both counts are its recipients; "và tặng" and
// another award is that award's (lines of our own).
func TestTwoGivingsOneAwardRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho 5 mẹ và phong tặng cho 2 mẹ.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng của Chủ tịch nước: 5 mẹ, 2 mẹ"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 5 tập thể và tặng Giấy khen cho 2 cá nhân.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 5 tập thể; Giấy khen: 2 cá nhân"},
	})
}

// Round 21: counts on dashed lines of their own after "cho:", and a
// subject that is one of those a count counts ("A là một trong 3 đơn vị
// được tặng …"); a count with no subject named before stays alone (lines
// of our own).
func TestCountedLinesAndOneOfRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho:\n- 02 tập thể;\n- 05 cá nhân.\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 02 tập thể, 05 cá nhân"},
		{"Ngày 3/4/2023, Trường THPT Lý Thường Kiệt là một trong 3 đơn vị được tặng Cờ thi đua của UBND tỉnh Yên Bái.",
			"Cờ thi đua của UBND tỉnh Yên Bái: Trường THPT Lý Thường Kiệt, 3 đơn vị"},
		{"Ngày 3/4/2023, tỉnh có 3 đơn vị được tặng Cờ thi đua của UBND tỉnh Yên Bái.",
			"Cờ thi đua của UBND tỉnh Yên Bái: 3 đơn vị"},
	})
}

// Round 21: a list on lines of its own, numbered with no mark after each
// item, or in groups under a heading line of their own ("a) Tập thể:",
// "Cá nhân:"); a full stop still closes it (lines of our own).
func TestListedLinesRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 3 tập thể gồm:\n1. Trường THPT Lý Thường Kiệt\n2. Trạm Y tế xã Minh Hòa\n3. Phòng Nội vụ huyện Văn Chấn\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 3 tập thể, Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa, Phòng Nội vụ huyện Văn Chấn"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho các tập thể và cá nhân sau:\na) Tập thể:\n- Trường THPT Lý Thường Kiệt;\n- Trạm Y tế xã Minh Hòa;\nb) Cá nhân:\n- Ông Hoàng Văn Tâm, Giám đốc Sở Tài chính;\n- Bà Lò Thị Mai, Trưởng phòng Nội vụ.\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa, hoang van tam, lo thi mai"},
		// A line with no number after them is no item of the list.
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 2 tập thể gồm:\n1. Trường THPT Lý Thường Kiệt\n2. Trạm Y tế xã Minh Hòa\nĐồng chí Hoàng Văn Tâm phát biểu tại buổi lễ.\n",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 2 tập thể, Trường THPT Lý Thường Kiệt, Trạm Y tế xã Minh Hòa"},
	})
}

// Round 21: a total across kinds followed by its split ("(gồm …)", ",
// trong đó có …") gives the parts, not the total, as the gold lists'
// convention marks them; a split of another total leaves it; "tổng số"
// before a count (lines of our own).
func TestTotalAndSplitRound21(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 30 tập thể, cá nhân (gồm 10 tập thể và 20 cá nhân).",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 10 tập thể và 20 cá nhân"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 30 tập thể và cá nhân, trong đó có 10 tập thể và 20 cá nhân.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 10 tập thể và 20 cá nhân"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho 30 tập thể và cá nhân, trong đó có 4 tập thể và 6 cá nhân ngành giáo dục.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 30 tập thể và cá nhân"},
		{"Ngày 3/4/2023, Chủ tịch UBND tỉnh Yên Bái tặng Bằng khen cho tổng số 30 tập thể và cá nhân.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: 30 tập thể và cá nhân"},
	})
}
