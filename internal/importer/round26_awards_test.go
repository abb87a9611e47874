package importer

import "testing"

// Round 26: the members named after "cho các đảng viên:" (or "các đồng
// chí:"), each perhaps followed by his cell up to "và" or ";", are the
// award's recipients, though the people rules read no bare name there
// (lines of our own).
func TestMembersListedRound26(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"two tiers, each member with his cell",
			"Ngày 4/3/2024, đồng chí Bí thư Huyện ủy đã trao Huy hiệu 55 năm tuổi Đảng cho các đảng viên: Lò Văn Tâm, Chi bộ bản Nà Hạ và Lường Thị Hoa, Chi bộ bản Co Mạ; Cầm Văn Sáng, Chi bộ bản Hua La, Đảng bộ xã Chiềng Mai. Cùng dịp, đồng chí trao Huy hiệu 50 năm tuổi Đảng cho các đảng viên: Vì Văn Phan, Chi bộ bản Kép, Đảng bộ xã Chiềng Ban và Quàng Văn Lả, Chi bộ bản Ít.",
			[]string{"Huy hiệu 55 năm tuổi Đảng 2024 ← Lò Văn Tâm", "Huy hiệu 55 năm tuổi Đảng 2024 ← Lường Thị Hoa", "Huy hiệu 55 năm tuổi Đảng 2024 ← Cầm Văn Sáng",
				"Huy hiệu 50 năm tuổi Đảng 2024 ← Vì Văn Phan", "Huy hiệu 50 năm tuổi Đảng 2024 ← Quàng Văn Lả"}},
		{"comrades, names only",
			"Năm 2023, Đảng ủy phường trao Huy hiệu 40 năm tuổi Đảng cho các đồng chí: Hoàng Văn Tư, Nông Thị Mai và Triệu Văn Sơn.",
			[]string{"Huy hiệu 40 năm tuổi Đảng 2023 ← Hoàng Văn Tư", "Huy hiệu 40 năm tuổi Đảng 2023 ← Nông Thị Mai", "Huy hiệu 40 năm tuổi Đảng 2023 ← Triệu Văn Sơn"}},
		// A two-word name whose first word is no surname is no name, nor
		// is one followed by a lower-case word.
		{"no name",
			"Năm 2023, Đảng ủy phường trao Huy hiệu 40 năm tuổi Đảng cho các đảng viên: Bản Lướt được nhắc tên.",
			nil},
	})
}

// Round 26: the first session of a council's term ("kỳ họp thứ nhất",
// "nhiệm kỳ 2021-2026" in the same sentence) is held in the term's first
// year, whatever other year the story names; a later session's date
// keeps the story's year (lines of our own).
func TestFirstSessionYearRound26(t *testing.T) {
	checkDates(t, []dateCase{
		{"the term before the session",
			"Ngày 20/6, HĐND tỉnh Bình Định khóa XIII, nhiệm kỳ 2021-2026 họp kỳ họp thứ nhất để bầu các chức danh.\n\nTháng 10/2019, ông A được bầu làm Phó Chủ tịch UBND tỉnh.",
			"2021-06-20"},
		{"the session before the day, a caption",
			"Kỳ họp thứ Nhất HĐND tỉnh Bình Định khóa XIII nhiệm kỳ 2021 - 2026 ngày 20/6.\n\nTháng 10/2019, ông A được bầu làm Phó Chủ tịch UBND tỉnh.",
			"2021-06-20"},
		// A later session of the term: the story's year, as before.
		{"the ninth session",
			"Ngày 20/6, HĐND tỉnh Bình Định khóa XIII, nhiệm kỳ 2021-2026 họp kỳ họp thứ 9.\n\nTháng 10/2019, ông A được bầu làm Phó Chủ tịch UBND tỉnh.",
			"2019-06-20"},
	})
}

// Round 26: a month's year in a paragraph that tells someone's life
// ("… sinh năm 1970 …; từ tháng 4/2017 đến nay, ông là …") is the
// person's, not the story's; out of such a paragraph it still counts
// (lines of our own).
func TestMonthYearInLifeRound26(t *testing.T) {
	checkDates(t, []dateCase{
		{"a career in a biography",
			"Quyết định số 210/QĐ-TTg ngày 25/4/2022 của Thủ tướng Chính phủ phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh.\nTrước đó, ngày 2/4, HĐND tỉnh đã bầu ông Trần Văn Bình.\nÔng Trần Văn Bình sinh năm 1970, quê quán tỉnh Hà Nam; từ tháng 4/2017 đến nay, ông là Bí thư Huyện ủy.",
			"2022-04-25,2022-04-02"},
		{"a month's year out of a life",
			"Trước đó, ngày 2/4, HĐND tỉnh đã bầu ông Trần Văn Bình.\nTừ tháng 4/2017, ông Trần Văn Bình là Bí thư Huyện ủy.",
			"2017-04-02"},
	})
}

// Round 26: the count of an award given, written before its name, is
// the count of its recipients when "cho" names them only by what they
// are ("cho cán bộ, chiến sĩ của đơn vị"); recipients named or counted
// after "cho" are read as before (lines of our own).
func TestAwardsCountedRound26(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"people by what they are",
			"Ngày 4/3/2024, thừa ủy quyền của Chủ tịch nước, Chỉ huy trưởng đã trao 45 Huy chương Quân kỳ Quyết thắng cho cán bộ, chiến sĩ của đơn vị.",
			[]string{"Huy chương Quân kỳ Quyết thắng của Chủ tịch nước 2024 ← 45 cá nhân"}},
		{"bodies",
			"Năm 2024, UBND tỉnh Hà Nam trao 12 Cờ thi đua cho các đơn vị dẫn đầu phong trào thi đua.",
			[]string{"Cờ thi đua 2024 ← 12 tập thể"}},
		// A count after "cho" is the recipients' own.
		{"a count after cho",
			"Năm 2024, UBND tỉnh Hà Nam trao 12 Cờ thi đua cho 10 tập thể và 2 cá nhân.",
			[]string{"Cờ thi đua 2024 ← 10 tập thể, 2 cá nhân"}},
		// Something else after "cho": no count.
		{"an event after cho",
			"Năm 2024, UBND tỉnh Hà Nam trao 12 Cờ thi đua cho phong trào thi đua yêu nước.",
			nil},
	})
}

// Round 26: an order counted in total with its classes counted in
// parentheses after its name ("12 Huân chương Chiến công (2 hạng nhất,
// 10 hạng ba)") is one award per class, each with its count; a note in
// parentheses that counts no class is no split (lines of our own).
func TestClassesCountedRound26(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"three classes",
			"Ngày 4/3/2024, thừa ủy quyền của Chủ tịch nước, Chỉ huy trưởng đã trao 12 Huân chương Chiến công (2 hạng nhất, 4 hạng nhì, 6 hạng ba) cho cán bộ, chiến sĩ của đơn vị.",
			[]string{"Huân chương Chiến công hạng nhất của Chủ tịch nước 2024 ← 2 cá nhân", "Huân chương Chiến công hạng nhì của Chủ tịch nước 2024 ← 4 cá nhân", "Huân chương Chiến công hạng ba của Chủ tịch nước 2024 ← 6 cá nhân"}},
		{"two classes, bodies",
			"Năm 2024, Chủ tịch nước tặng 5 Huân chương Lao động (2 hạng Nhì và 3 hạng Ba) cho các đơn vị của tỉnh.",
			[]string{"Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← 2 tập thể", "Huân chương Lao động hạng Ba của Chủ tịch nước 2024 ← 3 tập thể"}},
		// A note in parentheses: no class is split off (nor is the count
		// read past the note).
		{"a note",
			"Ngày 4/3/2024, thừa ủy quyền của Chủ tịch nước, Chỉ huy trưởng đã trao 12 Huân chương Chiến công (đợt 2) cho cán bộ, chiến sĩ của đơn vị.",
			nil},
	})
}

// Round 26: "cho 2 ông A - … và B - …" counts the people it then names
// (lines of our own); "ông" without a name after it counts none.
func TestCountedSirsRound26(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"two named after their count",
			"Năm 2015, thừa ủy quyền của Chủ tịch nước, ông Trần Văn Nam trao Huân chương Lao động hạng Ba cho 2 ông Lê Văn Tám - nguyên Trưởng Ban Dân vận Tỉnh ủy và Hoàng Văn Chín - nguyên Chánh Văn phòng Tỉnh ủy.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2015 ← 2 cá nhân", "Huân chương Lao động hạng Ba của Chủ tịch nước 2015 ← Lê Văn Tám", "Huân chương Lao động hạng Ba của Chủ tịch nước 2015 ← Hoàng Văn Chín"}},
		// No name after "ông": no count of people.
		{"no name after ông",
			"Năm 2015, UBND huyện Kim Bảng tặng Giấy khen cho 2 ông bà cao tuổi.",
			nil},
	})
}

// Round 26: a list of badge tiers each after its count ("…, 1 đảng viên
// 75 năm tuổi Đảng") starts after "có", ":" or "gồm" too; with no badge
// named before in the sentence no tier is read (lines of our own).
func TestFirstTierAfterCoRound26(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the first tier after có",
			"Năm 2024, trong số đảng viên được trao Huy hiệu Đảng đợt này có 2 đảng viên 75 năm tuổi Đảng, 5 đảng viên 60 năm tuổi Đảng và 40 đảng viên 30 năm tuổi Đảng.",
			[]string{"Huy hiệu 75 năm tuổi Đảng 2024 ← 2 cá nhân", "Huy hiệu 60 năm tuổi Đảng 2024 ← 5 cá nhân", "Huy hiệu 30 năm tuổi Đảng 2024 ← 40 cá nhân"}},
		{"no badge before",
			"Năm 2024, xã có 2 đảng viên 75 năm tuổi Đảng.",
			nil},
	})
}

// Round 26: a count split in parentheses by how it is given ("cho 120 mẹ
// (20 mẹ được phong tặng, 100 mẹ được truy tặng)") is its parts, when
// they add up to it; the title's initials between it and "cho" are
// passed, and "cao quý" after "vinh dự Nhà nước" (lines of our own).
func TestSplitByGivingRound26(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"conferred and posthumously",
			"Ngày 20/7/2024, UBND tỉnh Hà Nam tổ chức lễ phong tặng và truy tặng danh hiệu Bà mẹ Việt Nam anh hùng (VNAH) cho 120 mẹ (20 mẹ được phong tặng, 100 mẹ được truy tặng).",
			[]string{"Danh hiệu Bà mẹ Việt Nam anh hùng 2024 ← 20 cá nhân", "Danh hiệu Bà mẹ Việt Nam anh hùng 2024 ← 100 cá nhân"}},
		{"the state's title, cao quý",
			"Ngày 20/7/2024, UBND tỉnh Hà Nam tổ chức lễ trao tặng và truy tặng danh hiệu vinh dự nhà nước cao quý Bà mẹ Việt Nam anh hùng (VNAH) cho 30 mẹ (4 mẹ được trao tặng, 26 mẹ được truy tặng).",
			[]string{"Danh hiệu Bà mẹ Việt Nam anh hùng 2024 ← 4 cá nhân", "Danh hiệu Bà mẹ Việt Nam anh hùng 2024 ← 26 cá nhân"}},
		// Parts that do not add up: the total stays.
		{"parts not adding up",
			"Ngày 20/7/2024, UBND tỉnh Hà Nam tổ chức lễ phong tặng và truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 120 mẹ (20 mẹ được phong tặng, 90 mẹ được truy tặng).",
			[]string{"Danh hiệu Bà mẹ Việt Nam anh hùng 2024 ← 120 cá nhân"}},
	})
}
