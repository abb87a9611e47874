package importer

import "testing"

// Round 38: a page's stamp whose views' count follows after a dash
// ("Đăng ngày: 04/11/2022 - Lượt xem: 307") is the page's date, no date
// of the story (lines of our own).
func TestViewsStampRound38(t *testing.T) {
	checkStamps(t, []stampCase{
		{"a dash before the views", "Huyện tổng kết công tác thi đua\nĐăng ngày: 15/03/2021 - Lượt xem: 42\nUBND huyện tổ chức hội nghị tổng kết công tác thi đua.\n", "2021-03-15"},
		{"an en dash before the views", "Huyện tổng kết công tác thi đua\nNgày đăng: 15/03/2021 – Lượt xem 42\nUBND huyện tổ chức hội nghị tổng kết công tác thi đua.\n", "2021-03-15"},
	})
	// A date of the story after a dash, with no views' count, stays.
	checkDates(t, []dateCase{
		{"a story's date before a dash",
			"Huyện tổng kết công tác thi đua\nNgày 15/03/2021 - UBND huyện tổ chức hội nghị tổng kết công tác thi đua.\n",
			"2021-03-15"},
	})
}

// Round 38: "hạng 2/4" after "thương binh" or "bệnh binh" is a grade out
// of four, no day (lines of our own). A day after "hạng" with its year,
// or a short date elsewhere in the line, stays a date.
func TestGradeNoDateRound38(t *testing.T) {
	checkDates(t, []dateCase{
		{"a war invalid's grade",
			"Phát biểu tại buổi lễ, ông Lê Văn Hòa, thương binh hạng 3/4, cảm ơn tỉnh.",
			""},
		{"a sick soldier's grade beside a short date",
			"Ngày 12/5/2024, ông Trần Văn Bảy, bệnh binh hạng 1/3, được tặng quà.",
			"2024-05-12"},
		{"a short date elsewhere",
			"Chiều 12/5, xã tặng quà cho thương binh hạng 2/4 Nguyễn Văn Tư.",
			"2026-05-12"},
	})
}

// Round 38: a sentence that names its award and counts those who receive
// it before a colon ("Nhận Huy hiệu 70 năm tuổi Đảng có 2 đảng viên: ông
// A, …, và ông B, …") lists after the colon those it counted: they go to
// the award the count went to (lines of our own). No count before the
// colon, no list.
func TestCountedNamedListRound38(t *testing.T) {
	checkAwards(t, []textCase{
		{"Nhận Huy hiệu 70 năm tuổi Đảng có 2 đảng viên: ông Trần Văn Sơn, sinh năm 1935, sinh hoạt tại Đảng bộ xã An Hòa, và ông Phạm Văn Tùng, sinh năm 1933, sinh hoạt tại Đảng bộ xã An Lạc.",
			"Huy hiệu 70 năm tuổi Đảng: 2 đảng viên, tran van son, pham van tung"},
		// A list after "cho" with its count, read before this rule, stays so.
		{"Chủ tịch UBND tỉnh tặng Bằng khen cho 2 cá nhân, gồm: ông Lê Văn Bình, Trưởng phòng Nội vụ, và bà Ngô Thị Lan, Chủ tịch Hội Phụ nữ xã.",
			"Bằng khen của Chủ tịch UBND tỉnh: 2 cá nhân, le van binh, ngo thi lan"},
		// No count before the colon: this rule gives no names.
		{"Nhận Huy hiệu 70 năm tuổi Đảng lần này có các đồng chí sau: ông Trần Văn Sơn và ông Phạm Văn Tùng.",
			"Huy hiệu 70 năm tuổi Đảng: "},
	})
}

// Round 38: "gồm các nghệ nhân" (or "các đồng chí", "các cá nhân", …)
// before a list, with a colon or none, names what its members are: the
// list after it is read as after "gồm:" (lines of our own). "các" and a
// class before no name, or a word that is no class, open no list.
func TestListClassRound38(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, 3 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú gồm các nghệ nhân: ông Trần Văn Sơn, bà Lê Thị Hoa và ông Phạm Văn Tùng.",
			"Danh hiệu Nghệ nhân ưu tú: 3 nghệ nhân, tran van son, le thi hoa, pham van tung"},
		{"Năm nay, 2 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh, gồm các đồng chí Trần Văn Sơn và Lê Văn Hòa.",
			"Bằng khen của Chủ tịch UBND tỉnh: 2 cá nhân, tran van son, le van hoa"},
		// "các" and a class before no name: no list.
		{"Năm nay, 2 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh, gồm các đồng chí có thành tích xuất sắc.",
			"Bằng khen của Chủ tịch UBND tỉnh: 2 cá nhân"},
		// A word that is no class: no list.
		{"Dịp này, 3 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú gồm các loại hình: ông Trần Văn Sơn hát xoan.",
			"Danh hiệu Nghệ nhân ưu tú: 3 nghệ nhân"},
	})
}

// Round 38: the decision an award was given by, written right after it
// ("… phong tặng Nghệ nhân Ưu tú theo Quyết định … của Chủ tịch nước,
// gồm: A, B"), does not part the award from the list its ", gồm:" opens
// (lines of our own). A "cho" or a second comma before "gồm", or a list
// that is no decision's, parts them.
func TestDecisionClauseListRound38(t *testing.T) {
	checkAwards(t, []textCase{
		{"Bên cạnh đó, 3 cá nhân được phong tặng Nghệ nhân Ưu tú theo Quyết định 13/QĐ-CTN ngày 8-3-2024 của Chủ tịch nước, gồm: ông Trần Văn Sơn, ông Lê Văn Hòa, bà Phạm Thị Tâm.",
			"Danh hiệu Nghệ nhân Ưu tú: 3 cá nhân, tran van son, le van hoa, pham thi tam"},
		{"Có 2 cá nhân được tặng Bằng khen tại Quyết định số 45/QĐ-UBND của UBND tỉnh, gồm ông Trần Văn Sơn và bà Phạm Thị Tâm.",
			"Bằng khen: 2 cá nhân, tran van son, pham thi tam"},
		// A second comma before "gồm": the list is no longer the award's.
		{"Bên cạnh đó, 3 cá nhân được phong tặng Nghệ nhân Ưu tú theo Quyết định 13/QĐ-CTN, ngày 8-3-2024, gồm: ông Trần Văn Sơn, ông Lê Văn Hòa, bà Phạm Thị Tâm.",
			"Danh hiệu Nghệ nhân Ưu tú: 3 cá nhân"},
		// A plan, no decision.
		{"Bên cạnh đó, 3 cá nhân được phong tặng Nghệ nhân Ưu tú theo kế hoạch của tỉnh, gồm: ông Trần Văn Sơn, ông Lê Văn Hòa, bà Phạm Thị Tâm.",
			"Danh hiệu Nghệ nhân Ưu tú: 3 cá nhân"},
	})
}

// Round 38: a count of one kind split by state into parts that add up to
// it ("cho 120 bà mẹ, gồm 20 mẹ còn sống và 100 mẹ đã qua đời") gives
// the parts, not the total, as a total across kinds split by kind does
// (lines of our own). Parts that do not add up to it, or one part alone,
// split nothing.
func TestStateSplitRound38(t *testing.T) {
	checkAwards(t, []textCase{
		{`Ngày 10/9, UBND tỉnh tổ chức Lễ phong tặng, truy tặng danh hiệu Nhà nước "Bà mẹ Việt Nam Anh hùng" cho 120 bà mẹ, gồm 20 mẹ còn sống và 100 mẹ đã qua đời, theo Quyết định của Chủ tịch nước.`,
			"Danh hiệu Bà mẹ Việt Nam Anh hùng của Chủ tịch nước: 20 mẹ, 100 mẹ"},
		{"Dịp này, Ban Thường vụ Huyện ủy trao Huy hiệu 50 năm tuổi Đảng cho 15 đảng viên, trong đó 12 đảng viên đang sinh hoạt tại xã, 3 đảng viên ở thị trấn.",
			"Huy hiệu 50 năm tuổi Đảng: 12 đảng viên, 3 đảng viên"},
		// Parts that do not add up to the total.
		{`UBND tỉnh tổ chức Lễ truy tặng danh hiệu Nhà nước "Bà mẹ Việt Nam Anh hùng" cho 120 bà mẹ, gồm 20 mẹ ở huyện A và 30 mẹ ở huyện B.`,
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 120 bà mẹ, 20 mẹ"},
		// One part alone.
		{`UBND tỉnh tổ chức Lễ phong tặng danh hiệu Nhà nước "Bà mẹ Việt Nam Anh hùng" cho 120 bà mẹ; trong đó có 20 mẹ còn sống.`,
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 120 bà mẹ"},
	})
}

// Round 38: in a story whose official hands a State title over on the
// President's behalf ("Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND
// tỉnh …"), that official's "trao tặng" of a State title in a later
// sentence makes them no issuer: the President confers it (lines of our
// own). Without the mandate, or for an award that is no State title, the
// official who gives it stays its issuer.
func TestMandatedOfficialRound38(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Lê Văn Tâm đã trao danh hiệu Nghệ nhân nhân dân cho ông Trần Văn Sơn. Phó Chủ tịch UBND tỉnh cũng trao tặng danh hiệu Nghệ nhân ưu tú cho ông Phạm Văn Tùng.",
			"Danh hiệu Nghệ nhân nhân dân của Chủ tịch nước: tran van son; Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: pham van tung"},
		// No mandate in the story.
		{"Phó Chủ tịch UBND tỉnh cũng trao tặng danh hiệu Nghệ nhân ưu tú cho ông Phạm Văn Tùng.",
			"Danh hiệu Nghệ nhân ưu tú của Phó Chủ tịch UBND tỉnh: pham van tung"},
		// No State title: the official's own award.
		{"Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh Lê Văn Tâm đã trao danh hiệu Nghệ nhân nhân dân cho ông Trần Văn Sơn. Chủ tịch UBND tỉnh cũng trao tặng Bằng khen cho ông Phạm Văn Tùng.",
			"Danh hiệu Nghệ nhân nhân dân của Chủ tịch nước: tran van son; Bằng khen của Chủ tịch UBND tỉnh: pham van tung"},
	})
}

// Round 38: a count that another sentence splits into parts of a state
// goes, wherever the story wrote it (lines of our own). A count of
// another total stays.
func TestStateSplitTotalsRound38(t *testing.T) {
	checkAwards(t, []textCase{
		{`Ngày 10/9, tỉnh phong tặng, truy tặng danh hiệu "Bà mẹ Việt Nam Anh hùng" cho 120 mẹ; trong đó có 20 mẹ còn sống. Buổi lễ phong tặng, truy tặng danh hiệu "Bà mẹ Việt Nam Anh hùng" cho 120 bà mẹ, gồm 20 mẹ còn sống và 100 mẹ đã qua đời.`,
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 20 mẹ, 100 mẹ"},
		// Another total, not split: it stays.
		{`Ngày 10/9, tỉnh phong tặng, truy tặng danh hiệu "Bà mẹ Việt Nam Anh hùng" cho 130 mẹ; trong đó có 20 mẹ còn sống. Buổi lễ phong tặng, truy tặng danh hiệu "Bà mẹ Việt Nam Anh hùng" cho 120 bà mẹ, gồm 20 mẹ còn sống và 100 mẹ đã qua đời.`,
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 130 mẹ, 20 mẹ, 100 mẹ"},
	})
}

// Round 38: a team named by its number after "tập thể" ("tập thể Tổ
// Nhân dân tự quản số 4", "tập thể Tổ dân phố số 11") is a collective
// that receives, up to its number (lines of our own). A team without a
// number is no such name.
func TestNumberedTeamRound38(t *testing.T) {
	checkAwards(t, []textCase{
		{"Cụ thể, đồng chí Trần Văn Cường đã trao tặng Bằng khen của UBND tỉnh cho tập thể Tổ Nhân dân tự quản số 4 thuộc ấp An Lạc, xã Bình Phú.",
			"Bằng khen của UBND tỉnh: Tổ Nhân dân tự quản số 4"},
		{"Chủ tịch UBND huyện tặng Giấy khen cho tập thể Tổ dân phố số 12 và ông Lê Văn Tùng.",
			"Giấy khen của Chủ tịch UBND huyện: Tổ dân phố số 12, le van tung"},
		// No number: no team read.
		{"Chủ tịch UBND huyện tặng Giấy khen cho tập thể Tổ công tác đặc biệt của huyện.",
			"Giấy khen của Chủ tịch UBND huyện: "},
	})
}
