package importer

import "testing"

// TestTradeBeforeNameRound41 covers a person named after an art or a
// learning, in a list of the honoured ("Kiến trúc sư A; Nhạc sĩ B;
// Giáo sư, TSKH C"), the trade capitalized at an item's start or in
// lower case: the name is a person's. Lines of our own.
func TestTradeBeforeNameRound41(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"trades at the items' start, a field between trade and name",
			"Bằng khen được trao cho: Đạo diễn sân khấu Lê Văn Hai; Kiến trúc sư Phạm Văn Ba; Nhạc sĩ Trần Văn Bốn.",
			"Lê Văn Hai; Phạm Văn Ba; Trần Văn Bốn"},
		{"a degree spelled out or short after a comma",
			"Bằng khen được trao cho: Kiến trúc sư, Tiến sĩ Lê Văn Hai; Giáo sư, TSKH Phạm Văn Ba.",
			"Lê Văn Hai; Phạm Văn Ba"},
		{"a trade in lower case inside a sentence",
			"Buổi lễ có sự tham dự của nhà nghiên cứu văn hóa Lê Văn Hai.",
			"Lê Văn Hai"},
		{"must not fire: a church, not a poet",
			"Bà con đến nhà thờ Đức Bà dự lễ.",
			""},
		{"must not fire: a trade written capitalized inside a sentence, before a place",
			"Hội Kiến trúc sư Việt Nam tổ chức hội thảo.",
			""},
	})
}

// TestTradeAfterNameRound41 covers a list whose items each open with a
// full name and then the person's trade after a comma ("gồm các ông/bà:
// A, Diễn viên múa, …; B, nguyên diễn viên hát, …"): each name is a
// person's. Lines of our own.
func TestTradeAfterNameRound41(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"names with their trades after commas",
			"Tỉnh có ba người được phong tặng, gồm các ông/bà: Lê Văn Hai, Diễn viên múa, Đoàn ca múa tỉnh; Phạm Văn Ba, nguyên diễn viên hát, Đoàn ca múa tỉnh.",
			"Lê Văn Hai; Phạm Văn Ba"},
		{"must not fire: a name of two words, a place",
			"Đoàn đi các tỉnh: Hà Giang, Diễn viên múa của đoàn biểu diễn.",
			""},
		{"must not fire: a name in a sentence, not opening an item",
			"Cùng Lê Văn Hai, diễn viên của đoàn cũng có mặt.",
			""},
	})
}

// TestLowerTitleBeforeShortBodyRound41 covers a title written in lower
// case in running text right before a body written short in capitals
// ("và chủ tịch UBND tỉnh A"): the title is a post and A its holder.
// Lines of our own.
func TestLowerTitleBeforeShortBodyRound41(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"after và, the body's province named",
			"Dự lễ có ông Lê Văn Hai, nguyên Bí thư Tỉnh ủy và chủ tịch UBND tỉnh Long An Phạm Văn Ba.",
			skip,
			"Phạm Văn Ba: chủ tịch @ UBND tỉnh Long An"},
		{"must not fire: the title with no name after its body",
			"Người dân kiến nghị chủ tịch UBND tỉnh xem xét.",
			skip, ""},
		{"must not fire: a body written out in lower case",
			"Người dân kiến nghị chủ tịch ủy ban tỉnh Phạm Văn Ba xem xét.",
			skip, ""},
	})
}

// TestPageSectionUnderTitleRound41 covers a page's section written in
// name case under the title ("Đời Sống - Tiêu Dùng", "Văn Hoá"): no
// writers and no people; a writer's name under the title stays one, a
// section's words with other tones too ("Văn Hòa"). Lines of our own.
func TestPageSectionUnderTitleRound41(t *testing.T) {
	const body = "Ngày 4/3, UBND huyện Vĩnh Thạnh tổ chức hội nghị tổng kết công tác năm 2020.\n\nHội nghị đã khen thưởng 12 tập thể.\n"
	checkBylines(t, []bylineCase{
		{"two sections parted by a dash",
			"Vĩnh Thạnh tổng kết công tác\n\nĐời Sống - Tiêu Dùng\n\n" + body, "[]", ""},
		{"one section",
			"Vĩnh Thạnh tổng kết công tác\n\nVăn Hoá\n\n" + body, "[]", ""},
		{"must not fire: a writer under the title",
			"Vĩnh Thạnh tổng kết công tác\n\nMinh Khoa\n\n" + body, "[Minh Khoa]", ""},
		{"must not fire: a writer named with other tones",
			"Vĩnh Thạnh tổng kết công tác\n\n" + body + "\nVăn Hòa\n", "[Văn Hòa]", ""},
	})
	for _, text := range []string{"Vĩnh Thạnh tổng kết công tác\n\nĐời Sống - Tiêu Dùng\n\n" + body} {
		if g := peopleOf(text); g != "" {
			t.Errorf("a section under the title: people %q, want none", g)
		}
	}
}

// TestBareDelegationRound41 covers the National Assembly delegation
// written bare in a story of one province ("Trưởng đoàn đại biểu Quốc hội"
// after "HĐND tỉnh Long An"): the delegation is that province's. Lines of
// our own.
func TestBareDelegationRound41(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the delegation bare in a province's story",
			"Ngày 5/7, HĐND tỉnh Long An khai mạc kỳ họp. Dự có ông Lê Văn Hai, Trưởng đoàn đại biểu Quốc hội.",
			"Đoàn đại biểu Quốc hội Long An; HĐND tỉnh Long An",
			"Lê Văn Hai: Trưởng đoàn @ Đoàn đại biểu Quốc hội Long An"},
		{"the delegation with its province written",
			"Đoàn đại biểu Quốc hội tỉnh Long An tiếp xúc cử tri.",
			"Đoàn đại biểu Quốc hội tỉnh Long An", skip},
		{"must not fire: no province in the story",
			"Ông Lê Văn Hai dự họp cùng Đoàn đại biểu Quốc hội.",
			"Đoàn đại biểu Quốc hội", skip},
	})
}

// TestDistrictMilitaryUnitRound41 covers a district's or a province's
// military unit named by its place ("Huyện đội Điện Bàn", "Tỉnh đội
// Quảng Nam"): a body of its own. Lines of our own.
func TestDistrictMilitaryUnitRound41(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a district's unit and its commander",
			"Ông Lê Văn Hai, Chỉ huy trưởng Huyện đội Điện Bàn, phát biểu.",
			"Huyện đội Điện Bàn",
			"Lê Văn Hai: Chỉ huy trưởng @ Huyện đội Điện Bàn"},
		{"a province's unit",
			"Ông Lê Văn Hai, Chính ủy Tỉnh đội Quảng Nam, phát biểu.",
			"Tỉnh đội Quảng Nam", skip},
		{"must not fire: soldiers of the district in lower case",
			"Bộ đội huyện Điện Bàn giúp dân gặt lúa.",
			"", skip},
	})
}
