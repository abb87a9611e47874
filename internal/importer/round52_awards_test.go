package importer

import "testing"

// Round 52: "thừa lệnh (của) Y" (by Y's order) is a mandate as "thừa ủy
// quyền" is: the office after it confers what the official hands over
// (lines of our own). Not read: "lệnh" with no "thừa" before it.
func TestByOrderMandateRound52(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 10.9, ông Nguyễn Văn An - Chủ tịch UBND tỉnh Tân Lập thừa lệnh Chủ tịch nước đã trao Huân chương Chiến công hạng Ba cho tập thể Công an tỉnh Tân Lập.",
			"Huân chương Chiến công hạng Ba của Chủ tịch nước: Công an tỉnh Tân Lập"},
		{"Thừa lệnh của Chủ tịch nước, ông Nguyễn Văn An - Chủ tịch UBND tỉnh Tân Lập trao Huân chương Lao động hạng Ba cho Trường THCS Tân Lập.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: Trường THCS Tân Lập"},
		{"Theo lệnh của Chủ tịch UBND tỉnh Tân Lập, ông Nguyễn Văn An trao Huân chương Lao động hạng Ba cho Trường THCS Tân Lập.",
			"Huân chương Lao động hạng Ba: Trường THCS Tân Lập"},
	})
}

// Round 52: a tier written short, its years and a bare "năm", as an item
// of a list of counts whose earlier item names the badge in full, is that
// tier's badge with its count (lines of our own). Not read: a "năm" that
// ends no item, or no tier in full before it.
func TestShortTierRound52(t *testing.T) {
	checkAwards(t, []textCase{
		{"Có 1 đồng chí được nhận huy hiệu 50 năm tuổi Đảng, 1 đồng chí 45 năm, 5 đồng chí 40 năm và 5 đồng chí được nhận huy hiệu 30 năm tuổi Đảng.",
			"Huy hiệu 50 năm tuổi Đảng: 1 đồng chí; Huy hiệu 45 năm tuổi Đảng: 1 đồng chí; Huy hiệu 40 năm tuổi Đảng: 5 đồng chí; Huy hiệu 30 năm tuổi Đảng: 5 đồng chí"},
		{"Có 1 đồng chí được nhận huy hiệu 50 năm tuổi Đảng, 1 đồng chí 45 năm 2023 được khen.",
			"Huy hiệu 50 năm tuổi Đảng: 1 đồng chí"},
		{"Chi bộ có 1 đồng chí 45 năm, 5 đồng chí 40 năm.",
			""},
	})
}

// Round 52: a council's first session held after a merger ("… kỳ họp thứ
// nhất, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026, … sau khi sáp nhập A và B")
// is the merged council's, in the story's year, not the term's first
// (lines of our own). Without the merger the term's first year stays.
func TestFirstSessionAfterMergerRound52(t *testing.T) {
	checkDates(t, []dateCase{
		{"after a merger",
			"Tháng 8/2025, HĐND tỉnh Tân Lập họp kỳ họp thứ 2.\n\nTrước đó, ngày 1/7, HĐND tỉnh Tân Lập đã tổ chức kỳ họp thứ nhất, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026, sau khi sáp nhập Tân Lập và Tân Hòa.",
			"2025-07-01"},
		{"no merger",
			"Tháng 8/2025, HĐND tỉnh Tân Lập họp kỳ họp thứ 2.\n\nTrước đó, ngày 1/7, HĐND tỉnh Tân Lập đã tổ chức kỳ họp thứ nhất, HĐND tỉnh khóa X, nhiệm kỳ 2021-2026.",
			"2021-07-01"},
	})
}

// Round 52: a count of people that names them after "là", its body
// between, before they "(vừa) được nhận" an award ("2 phóng viên Báo A là
// B- C vừa được nhận bằng khen của …") gives the count and each one named;
// reporters are counted as persons (lines of our own). Not read: words
// after "là" that are no names (the count alone stays).
func TestCountNamedAfterRound52(t *testing.T) {
	checkAwards(t, []textCase{
		{"2 phóng viên Báo Quảng Trị là Lê Văn An- Trần Thị Bình vừa được nhận bằng khen của Ban Tuyên giáo Trung ương.",
			"Bằng khen của Ban Tuyên giáo Trung ương: 2 phóng viên, le van an, tran thi binh"},
		{"2 cá nhân là ông Lê Văn An và bà Trần Thị Bình đã được nhận bằng khen của UBND tỉnh Tân Lập.",
			"Bằng khen của UBND tỉnh Tân Lập: 2 cá nhân, le van an, tran thi binh"},
		{"2 phóng viên là những người trẻ nhất vừa được nhận bằng khen của Ban Tuyên giáo Trung ương.",
			"Bằng khen của Ban Tuyên giáo Trung ương: 2 phóng viên"},
	})
}

// Round 52: a flag given for a streak of years is named with it ("trao cờ
// thi đua xuất sắc 5 năm liền cho 40 tập thể"), so the count after it is
// its (lines of our own). Not read: a streak after another award, or
// words that are no streak.
func TestFlagStreakRound52(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đại hội trao cờ thi đua xuất sắc 5 năm liền cho 40 tập thể.",
			"Cờ thi đua xuất sắc 5 năm liền: 40 tập thể"},
		{"Đại hội trao cờ thi đua xuất sắc cho 40 tập thể.",
			"Cờ thi đua xuất sắc: 40 tập thể"},
		{"UBND tỉnh Tân Lập tặng Bằng khen 5 năm liền cho 40 tập thể.",
			"Bằng khen của UBND tỉnh Tân Lập: "}, // not renamed; the count past the streak is left, as before
	})
}

// Round 52: "A là một đơn vị được nhận …" says what A is: A receives,
// when the rules know it, and "một đơn vị" is no count (lines of our
// own). A count of more than one after "là" stays.
func TestOneUnitNamedRound52(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sở Y tế tỉnh Tân Lập là một đơn vị được nhận Cờ thi đua của Chính phủ.",
			"Cờ thi đua của Chính phủ: Sở Y tế tỉnh Tân Lập"},
		{"Tân Lập là 3 đơn vị được nhận Cờ thi đua của Chính phủ.",
			"Cờ thi đua của Chính phủ: 3 đơn vị"},
	})
}

// Round 52: a count "được đề nghị xét tặng" an award is proposed for it,
// as one "được đề nghị tặng" is (lines of our own). Not read: "xét" with
// no "đề nghị" before it.
func TestProposedForReviewRound52(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tỉnh Tân Lập có 7 cá nhân được đề nghị xét tặng danh hiệu Nghệ nhân ưu tú.",
			"Danh hiệu Nghệ nhân ưu tú: 7 cá nhân"},
		{"Tỉnh Tân Lập có 7 cá nhân được đề nghị tặng danh hiệu Nghệ nhân ưu tú.",
			"Danh hiệu Nghệ nhân ưu tú: 7 cá nhân"},
		{"Tỉnh Tân Lập có 7 cá nhân được xét tặng danh hiệu Nghệ nhân ưu tú.",
			"Danh hiệu Nghệ nhân ưu tú: "},
	})
}
