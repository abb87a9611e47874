package importer

import "testing"

// Round 46: a ceremony that hands over ("trao") what a decision conferred
// comes after the decision, wherever the story writes it: its short date
// that would fall before the decision's date in that year is the next
// year's (lines of our own; the clock is 28 November 2026). A ceremony
// after the decision, a sentence that hands nothing over, or a full date
// the decision only names (an anniversary) keeps the story's year.
func TestHandedOverAfterDecisionRound46(t *testing.T) {
	checkDates(t, []dateCase{
		{"decision after its code: the next year",
			"Ngày 8/1, Sở Văn hóa tổ chức lễ trao tặng danh hiệu Nghệ nhân ưu tú đợt năm 2021.\n\nBa nghệ nhân được phong tặng danh hiệu theo Quyết định số 77/QĐ-CTN ngày 3/10/2021 của Chủ tịch nước.",
			"2022-01-08,2021-10-03"},
		{"decision opening its sentence: the next year",
			"Chiều 3/3, Chủ tịch nước trao danh hiệu Nhà giáo Nhân dân cho các nhà giáo.\n\nNgày 20/8/2023, Chủ tịch nước đã có Quyết định số 90/QĐ-CTN về việc phong tặng danh hiệu Nhà giáo Nhân dân cho 30 nhà giáo.",
			"2024-03-03,2023-08-20"},
		{"ceremony after the decision: the same year",
			"Ngày 8/11, Sở Văn hóa tổ chức lễ trao tặng danh hiệu Nghệ nhân ưu tú đợt năm 2021.\n\nBa nghệ nhân được phong tặng danh hiệu theo Quyết định số 77/QĐ-CTN ngày 3/10/2021 của Chủ tịch nước.",
			"2021-11-08,2021-10-03"},
		{"no handing over: the story's year",
			"Ngày 8/1, HĐND tỉnh Tân Lập họp phiên bất thường năm 2021.\n\nBa nghệ nhân được phong tặng danh hiệu theo Quyết định số 77/QĐ-CTN ngày 3/10/2021 của Chủ tịch nước.",
			"2021-01-08,2021-10-03"},
		{"an anniversary the decision names: the story's year",
			"Sáng 20-1, Đảng ủy xã Tân Lập tổ chức lễ trao Huy hiệu Đảng cho 12 đảng viên.\n\nCăn cứ Quyết định số 15-QĐ/TU ngày 10/1/2026 về việc trao tặng Huy hiệu Đảng nhân kỷ niệm Ngày thành lập Đảng (03/02/1930 - 03/02/2026).",
			"2026-01-20,2026-01-10,1930-02-03,2026-02-03"},
	})
}

// Round 46: a count after the rounds held so far ("Sau 3 lần phong tặng,
// …") or of what a place holds now ("toàn huyện hiện có …") is a running
// total, no conferral of the story, when the story counts its own
// conferral too (lines of our own). "Sau" before a span of days opens no
// running total.
func TestRoundsSoFarRound46(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 6 cá nhân của huyện Tân Lập. Sau 4 lần phong tặng, toàn huyện hiện có 25 nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 6 cá nhân"},
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 6 cá nhân của huyện Tân Lập. Toàn huyện hiện có 25 nghệ nhân được phong tặng danh hiệu Nghệ nhân Ưu tú.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 6 cá nhân"},
		// A span of days: a conferral of its own.
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 6 cá nhân của huyện Tân Lập. Sau 3 ngày, 4 cá nhân khác được phong tặng danh hiệu Nghệ nhân Ưu tú.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 6 cá nhân, 4 cá nhân"},
	})
}

// Round 46: a total that the next sentence splits by decision ("Cụ thể,
// Quyết định số 1 … cho 410 nghệ nhân; còn Quyết định số 2 … cho 6 cá
// nhân") gives way to its parts (lines of our own). Parts that do not add
// up, or a split by state within one decision, keep the total.
func TestSplitByDecisionRound46(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch nước đã ký các Quyết định số 41, 42 về việc phong tặng và truy tặng danh hiệu Nghệ nhân Ưu tú cho 416 cá nhân. Cụ thể, Quyết định số 41/QĐ-CTN phong tặng danh hiệu Nghệ nhân Ưu tú cho 410 cá nhân (tỉnh Tân Lập có 12 người); còn Quyết định số 42/QĐ-CTN truy tặng danh hiệu Nghệ nhân Ưu tú cho 6 cá nhân.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 410 cá nhân, 6 cá nhân"},
		// The parts do not add up to the total.
		{"Chủ tịch nước đã ký các Quyết định số 41, 42 về việc phong tặng và truy tặng danh hiệu Nghệ nhân Ưu tú cho 420 cá nhân. Cụ thể, Quyết định số 41/QĐ-CTN phong tặng danh hiệu Nghệ nhân Ưu tú cho 410 cá nhân; còn Quyết định số 42/QĐ-CTN truy tặng danh hiệu Nghệ nhân Ưu tú cho 6 cá nhân.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 420 cá nhân, 410 cá nhân, 6 cá nhân"},
		// A split by state within one decision: the total stays.
		{"Chủ tịch nước phong tặng, truy tặng danh hiệu Nghệ nhân Ưu tú cho 416 cá nhân. Cụ thể, 410 cá nhân được phong tặng danh hiệu Nghệ nhân Ưu tú và 6 cá nhân được truy tặng danh hiệu Nghệ nhân Ưu tú.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 416 cá nhân, 410 cá nhân, 6 cá nhân"},
	})
}

// Round 46: two lines or more right under the title, each opened by a
// dash and ending with no full stop, are links to related stories: their
// awards are not the story's (lines of our own). A lead written after a
// dash, ending with its full stop, is read.
func TestRelatedHeadlinesRound46(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tuyên dương 12 giáo viên tiêu biểu của huyện Tân Lập\n- Tỉnh Hòa Bắc trao bằng khen đột xuất cho 15 chiến sĩ\n- Trao giải thưởng Ngọn đèn xanh cho cán bộ ngành y\nNgày 3/5/2024, UBND tỉnh Tân Lập tặng Bằng khen cho 12 giáo viên.\n",
			"Bằng khen của UBND tỉnh Tân Lập: 12 giáo viên"},
		// A lead after a dash, with its full stop.
		{"Tuyên dương giáo viên tiêu biểu của huyện Tân Lập\n- Ngày 3/5/2024, UBND tỉnh Tân Lập tặng Bằng khen cho 12 giáo viên.\n- Ngày 4/5/2024, UBND tỉnh Hòa Bắc tặng Bằng khen cho 15 giáo viên.\nCác giáo viên đều có thành tích xuất sắc.\n",
			"Bằng khen của UBND tỉnh Tân Lập: 12 giáo viên; Bằng khen của UBND tỉnh Hòa Bắc: 15 giáo viên"},
	})
}

// Round 46: those "được tôn vinh là" a State's title receive it, the
// title written without "danh hiệu" and no conferrer named (lines of our
// own). "là" after another verb confers nothing.
func TestHonouredAsRound46(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2024, tỉnh Tân Lập có 15 bác sĩ được tôn vinh là Thầy thuốc Ưu tú và 3 cá nhân được tặng Bằng khen.",
			"Danh hiệu Thầy thuốc Ưu tú: 15 bác sĩ; Bằng khen: 3 cá nhân"},
		{"Năm 2024, bác sĩ Lê Văn Tâm được tôn vinh là Thầy thuốc Ưu tú.",
			"Danh hiệu Thầy thuốc Ưu tú: le van tam"},
		// "được biết là": no conferral.
		{"Năm 2024, bác sĩ Lê Văn Tâm được biết là Thầy thuốc Ưu tú.", ""},
	})
}

// Round 46: a State's title written in full right before a name, quoted
// or not, is one held already: it introduces its holder, and the award
// conferred in the sentence goes to the names, the title held to no one
// (lines of our own). A title before a count, or an emulation title,
// introduces no one.
func TestHeldTitleBeforeNameRound46(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đợt này, tỉnh Tân Lập có hai nghệ nhân là “Nghệ nhân ưu tú” Lò Văn Phương và Lê Văn Khâm được phong tặng danh hiệu vinh dự Nhà nước “Nghệ nhân nhân dân” theo Quyết định số 12/QĐ-CTN ngày 9/9/2022 của Chủ tịch nước.",
			"Danh hiệu Nghệ nhân nhân dân của Chủ tịch nước: lo van phuong, le van kham"},
		{"Năm 2024, Nghệ sĩ Ưu tú Lê Văn Tâm được tặng Bằng khen.",
			"Bằng khen: le van tam"},
	})
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"a State title held before a name", "Năm 2024, Nghệ sĩ Ưu tú Lê Văn Tâm được tặng Bằng khen.", "Lê Văn Tâm"},
		{"a quoted title held before two names", "Đợt này, “Nghệ nhân ưu tú” Lò Văn Phương và Lê Văn Khâm dự lễ.", "Lò Văn Phương; Lê Văn Khâm"},
		{"must not fire: a count after the title", "Chủ tịch nước phong tặng danh hiệu Nghệ nhân ưu tú cho 7 cá nhân.", ""},
		{"must not fire: an emulation title before a name", "Năm 2024, Chiến sĩ thi đua Lê Văn Tâm dự lễ.", ""},
	})
}

// Round 46: "Điêu", a Thái family name, starts a name as written; "Điều"
// of a law's article does not (lines of our own).
func TestDieuSurnameRound46(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"'Điêu' starts a name", "Năm 2024, ông Lò Văn Phương và Điêu Văn Khâm được tặng Bằng khen.", "Lò Văn Phương; Điêu Văn Khâm"},
		{"must not fire: 'Điều' of a law's article", "Theo Điều Văn Bản số 5, ông Lò Văn Phương được tặng Bằng khen.", "Lò Văn Phương"},
	})
}
