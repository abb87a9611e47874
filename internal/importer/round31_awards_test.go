package importer

import "testing"

// Round 31: people listed one per clause with where they live in brackets,
// the passive verb only after the last ("bà A (trú huyện B); ông C (trú xã
// D) được trao tặng …"): each one listed receives it. Brackets that say
// something else, or items not apart by ";" or ",", end the list (lines
// of our own).
func TestResidenceListRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Cụ thể, bà Trần Thị Mơ (trú huyện An Lão); ông Võ Văn Tâm (trú xã Cát Hải); ông Lê Văn Hùng (đã mất, trú huyện Tây Sơn) được trao tặng danh hiệu Nghệ nhân Ưu tú.",
			"Danh hiệu Nghệ nhân Ưu tú: tran thi mo, vo van tam, le van hung"},
		{"Bà Trần Thị Mơ (ngụ thị xã Hoài Nhơn), ông Võ Văn Tâm (trú huyện Phù Mỹ) được trao tặng Nghệ nhân Nhân dân.",
			"Danh hiệu Nghệ nhân Nhân dân: tran thi mo, vo van tam"},
		// The brackets hold no residence: only the last one named.
		{"Bà Trần Thị Mơ (Sở Văn hóa); ông Võ Văn Tâm (trú huyện Phù Mỹ) được trao tặng Nghệ nhân Nhân dân.",
			"Danh hiệu Nghệ nhân Nhân dân: vo van tam"},
	})
}

// Round 31: the one who receives named with where they live down to the
// commune and district, apart by commas ("ông A ở thôn B, xã C, D được
// tặng …"); a comma before a lower-case word is no place's (lines of our
// own).
func TestPlaceWithCommasRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, ông Lê Văn Khoa ở thôn Đông Hà, xã Sơn Trà, Hương Khê được tặng Bằng khen của Thủ tướng Chính phủ.",
			"Bằng khen của Thủ tướng Chính phủ: le van khoa"},
		{"Dịp này, bà Lê Thị Hoa ở xóm 3, xã Sơn Trà được tặng Bằng khen của Thủ tướng Chính phủ.",
			"Bằng khen của Thủ tướng Chính phủ: le thi hoa"},
		// After the comma no place: the words are no residence.
		{"Dịp này, ông Lê Văn Khoa ở thôn Đông Hà, người có nhiều đóng góp được tặng Bằng khen của Thủ tướng Chính phủ.",
			"Bằng khen của Thủ tướng Chính phủ: "},
	})
}

// Round 31: a batch in brackets between the award and its issuer ("Bằng
// khen (Đợt 1) của Chủ tịch UBND tỉnh"); brackets that hold no batch keep
// the issuer apart (lines of our own).
func TestBracketedBatchRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh Quảng Trị ban hành quyết định tặng Bằng khen (Đợt 2) của Chủ tịch UBND tỉnh Quảng Trị cho 12 tập thể.",
			"Bằng khen của Chủ tịch UBND tỉnh Quảng Trị: 12 tập thể"},
		// No "của" after the brackets: the decision's body gives it.
		{"UBND tỉnh Quảng Trị ban hành quyết định tặng Bằng khen (Đợt 2) cho 12 tập thể.",
			"Bằng khen của UBND tỉnh Quảng Trị: "},
	})
}

// Round 31: "tiêu biểu" ends an honorary title's name in lower case, as
// "xuất sắc" does ("danh hiệu Doanh nhân tiêu biểu cho 8 cá nhân"); a
// title ended before it keeps its name (lines of our own).
func TestTypicalTitleRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh Phú Yên trao tặng danh hiệu Doanh nhân tiêu biểu cho 8 cá nhân.",
			"Danh hiệu Doanh nhân tiêu biểu của UBND tỉnh Phú Yên: 8 cá nhân"},
		{"UBND tỉnh Phú Yên trao tặng danh hiệu Doanh nhân cho 8 cá nhân tiêu biểu.",
			"Danh hiệu Doanh nhân của UBND tỉnh Phú Yên: 8 cá nhân"},
	})
}

// Round 31: a school year between the award and "cho" ("danh hiệu A năm
// học 2019-2020 cho 101 tập thể"); a year that is not the award's ("cho"
// far after) gives no count (lines of our own).
func TestSchoolYearRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tặng danh hiệu Tập thể lao động xuất sắc năm học 2021-2022 cho 64 tập thể.",
			"Danh hiệu Tập thể lao động xuất sắc: 64 tập thể"},
		{"Tặng danh hiệu Tập thể lao động xuất sắc năm học 2021 - 2022 cho 64 tập thể.",
			"Danh hiệu Tập thể lao động xuất sắc: 64 tập thể"},
		{"Tặng danh hiệu Tập thể lao động xuất sắc năm học 2021-2022 của ngành giáo dục.",
			"Danh hiệu Tập thể lao động xuất sắc: "},
	})
}

// Round 31: a count proposed to the body or office that gives the award
// ("chọn 04 tập thể đề nghị Chính phủ tặng Cờ thi đua"); the one who
// proposes is not those proposed (lines of our own).
func TestProposedToGiverRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Hội đồng nhất trí chọn 04 tập thể đề nghị Chính phủ tặng Cờ thi đua.",
			"Cờ thi đua của Chính phủ: 04 tập thể"},
		{"Hội đồng nhất trí chọn 3 cá nhân đề nghị Thủ tướng Chính phủ tặng Bằng khen.",
			"Bằng khen của Thủ tướng Chính phủ: 3 cá nhân"},
		{"UBND tỉnh đề nghị Chính phủ tặng Cờ thi đua.",
			"Cờ thi đua của Chính phủ: "},
	})
}

// Round 31: a count cited for what it achieved before the verb ("33 cá
// nhân có thành tích hiến máu từ 20 lần trở lên được nhận Bằng khen");
// a break inside the citation ends it (lines of our own).
func TestCountAchievedRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, 41 cá nhân có thành tích hiến máu từ 15 lần trở lên được nhận Bằng khen của UBND tỉnh Bạc Liêu.",
			"Bằng khen của UBND tỉnh Bạc Liêu: 41 cá nhân"},
		{"Dịp này, 41 cá nhân có thành tích hiến máu, từ 15 lần trở lên được nhận Bằng khen của UBND tỉnh Bạc Liêu.",
			"Bằng khen của UBND tỉnh Bạc Liêu: "},
	})
}

// Round 31: one of a count named before "là 1 trong", past "vinh dự" and
// where they live ("ông A ở xã B, huyện C vinh dự là 1 trong 15 nông dân
// xuất sắc nhất cả nước được tặng …"); without "trong" no one named
// (lines of our own).
func TestOneOfCountRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ông Lê Văn Khoa ở xã Sơn Trà, huyện Hương Khê vinh dự là 1 trong 15 nông dân xuất sắc nhất cả nước được tặng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: le van khoa, 15 nông dân"},
		{"Ông Lê Văn Khoa là một trong 15 cá nhân được tặng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: le van khoa, 15 cá nhân"},
		{"Ông Lê Văn Khoa cho biết 15 cá nhân được tặng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: 15 cá nhân"},
	})
}

// Round 31: an award cut inside its last word where a stored page ends
// ("… được tặng Huân chương Lao đ") is the one named in full before; a
// name that ends the text whole stays (lines of our own).
func TestCutAwardRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ông A được tặng Huân chương Lao động hạng Ba. Nông dân tỉnh được tặng Huân chương Lao đ",
			"Huân chương Lao động hạng Ba: "},
		{"Ông A được tặng Huân chương Lao động hạng Ba. Nông dân tỉnh được tặng Huân chương Lao động",
			"Huân chương Lao động hạng Ba: ; Huân chương Lao động: "},
	})
}

// Round 31: a body that holds a ceremony and, after a comma, receives an
// award ("Hội A tổ chức kỷ niệm 50 năm ngày thành lập, đón nhận Huân
// chương …"); where the ceremony gives something first, no recipient
// (lines of our own).
func TestHostReceivesRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 5/9, Hội Cựu chiến binh Việt Nam tổ chức kỷ niệm 50 năm ngày thành lập Hội, đón nhận Huân chương Độc lập hạng Nhất.",
			"Huân chương Độc lập hạng Nhất: Hội Cựu chiến binh Việt Nam"},
		{"Sáng 5/9, Hội Cựu chiến binh Việt Nam tổ chức lễ trao Bằng khen cho hội viên, đón nhận Huân chương Độc lập hạng Nhất.",
			"Bằng khen: ; Huân chương Độc lập hạng Nhất: "},
	})
}

// Round 31: a streak of years before the giving ("… và 5 năm liên tục
// Công an tỉnh được Thủ tướng Chính phủ tặng Cờ thi đua") is a record,
// not the story's conferral; a streak after the award is the reason and
// stays (lines of our own).
func TestStreakRecordRound31(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tỉnh A là điểm sáng, và 4 năm liên tục Công an tỉnh vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua.",
			""},
		{"Công an tỉnh vinh dự được Thủ tướng Chính phủ tặng Cờ thi đua vì dẫn đầu phong trào 4 năm liên tục.",
			"Cờ thi đua của Thủ tướng Chính phủ: Công an tỉnh"},
	})
}
