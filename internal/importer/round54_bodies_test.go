package importer

import "testing"

// TestCouncilOfProvinceListRound54 covers one body's head before a list
// of three or more provinces ("HĐND tỉnh Quảng Trị, Quảng Ninh, Bình
// Định đã họp"): one body each, whatever follows the list, and a bare
// body later in the clause is none of them. Lines of our own.
func TestCouncilOfProvinceListRound54(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"three provinces before a verb",
			"Sáng 21/6, UBND tỉnh Thái Nguyên báo cáo. HĐND tỉnh Hà Giang, Tuyên Quang, Cao Bằng đã họp phiên đầu tiên để kiện toàn lãnh đạo HĐND, UBND tỉnh.",
			"UBND tỉnh Thái Nguyên; HĐND tỉnh Hà Giang; HĐND tỉnh Tuyên Quang; HĐND tỉnh Cao Bằng; HĐND tỉnh; UBND tỉnh"},
		{"two provinces ending the sentence, as before",
			"Năm 2024, Thường trực HĐND tỉnh Hà Giang, Tuyên Quang.",
			"Thường trực HĐND tỉnh Hà Giang; Thường trực HĐND tỉnh Tuyên Quang"},
		{"must not fire: two provinces before a verb",
			"Năm 2024, HĐND tỉnh Hà Giang, Tuyên Quang có nhiều đổi mới.",
			"HĐND tỉnh Hà Giang"},
	})
}

// TestPostListedAtSentenceStartRound54 covers a post that lists its
// holders after a colon, "các" written at the head of the sentence ("Các
// Phó Chủ tịch UBND tỉnh A: B, C, D được tái cử"). Lines of our own.
func TestPostListedAtSentenceStartRound54(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"'Các' opening the sentence",
			"Sáng 21/6, HĐND tỉnh họp. Các Phó Chủ tịch UBND tỉnh Yên Bái: Lê Văn Ba, Trần Văn Bốn, Đỗ Văn Năm được tái cử nhiệm kỳ 2021 - 2026.",
			"Lê Văn Ba: Phó Chủ tịch @ UBND tỉnh Yên Bái; Trần Văn Bốn: Phó Chủ tịch @ UBND tỉnh Yên Bái; Đỗ Văn Năm: Phó Chủ tịch @ UBND tỉnh Yên Bái"},
		{"must not fire: no colon before the names",
			"Sáng 21/6, HĐND tỉnh họp. Các Phó Chủ tịch UBND tỉnh Yên Bái làm việc với Lê Văn Ba.",
			""},
	})
}

// TestElectedWithAppositionsRound54 covers "trúng cử" before the post two
// people listed with their appositions were elected to ("Ông A, …, và bà
// B, …, trúng cử Phó Chủ tịch HĐND tỉnh"), as "tái đắc cử" was read.
// Lines of our own.
func TestElectedWithAppositionsRound54(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"two people elected to one post",
			"Năm 2021, ông Lê Văn Ba, Chánh Văn phòng Tỉnh ủy, và bà Trần Thị Bốn, Trưởng Ban Pháp chế HĐND tỉnh, trúng cử Phó Chủ tịch HĐND tỉnh Yên Bái nhiệm kỳ mới.",
			"Lê Văn Ba: Chánh Văn phòng @ Tỉnh ủy Yên Bái; Lê Văn Ba: Phó Chủ tịch @ HĐND tỉnh Yên Bái; Trần Thị Bốn: Phó Chủ tịch @ HĐND tỉnh Yên Bái; Trần Thị Bốn: Trưởng Ban @ Ban Pháp chế HĐND Yên Bái"},
		{"the post named again in full words, without its term, in the next paragraph is the same post",
			"Năm 2016, ông Lê Văn Ba trúng cử Chủ tịch HĐND tỉnh Yên Bái khóa XVII.\nÔng Lê Văn Ba, Chủ tịch Hội đồng Nhân dân tỉnh Yên Bái phát biểu.",
			"Lê Văn Ba: Chủ tịch @ HĐND tỉnh Yên Bái khóa XVII"},
		{"must not fire: 'trúng cử' before no post",
			"Năm 2021, ông Lê Văn Ba, Chánh Văn phòng Tỉnh ủy Yên Bái, trúng cử với số phiếu cao.",
			"Lê Văn Ba: Chánh Văn phòng @ Tỉnh ủy Yên Bái"},
	})
}

// TestReelectedToNewTermRound54 covers a person re-elected after an
// apposition that ends with a post of a term named, no post written after
// the verb ("ông A, Chủ tịch HĐND tỉnh khóa XIII, tái đắc cử nhiệm kỳ
// mới"): the post once more, of the new term. Lines of our own.
func TestReelectedToNewTermRound54(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"'tái đắc cử' after the apposition",
			"Sáng 21/6, HĐND tỉnh Yên Bái họp. Ông Lê Văn Ba, Chủ tịch HĐND tỉnh khóa XIII, tái đắc cử nhiệm kỳ mới với 100% số phiếu.",
			"Lê Văn Ba: Chủ tịch @ HĐND tỉnh Yên Bái; Lê Văn Ba: Chủ tịch @ HĐND tỉnh Yên Bái khóa XIII"},
		{"'cũng tái cử'",
			"Sáng 21/6, HĐND tỉnh Yên Bái họp. Ông Lê Văn Ba, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh khóa XIII, cũng tái cử nhiệm kỳ 2021-2026.",
			"Lê Văn Ba: Chủ tịch @ UBND tỉnh Yên Bái; Lê Văn Ba: Chủ tịch @ UBND tỉnh Yên Bái khóa XIII; Lê Văn Ba: Phó Bí thư @ Tỉnh ủy Yên Bái"},
		{"must not fire: the post written after the verb",
			"Sáng 21/6, HĐND tỉnh Yên Bái họp. Ông Lê Văn Ba, Chủ tịch HĐND tỉnh khóa XIII, tái đắc cử Bí thư Tỉnh ủy.",
			"Lê Văn Ba: Bí thư @ Tỉnh ủy Yên Bái; Lê Văn Ba: Chủ tịch @ HĐND tỉnh Yên Bái khóa XIII"},
		{"must not fire: a post of no term",
			"Sáng 21/6, HĐND tỉnh Yên Bái họp. Ông Lê Văn Ba, Chủ tịch HĐND tỉnh, tái đắc cử nhiệm kỳ mới.",
			"Lê Văn Ba: Chủ tịch @ HĐND tỉnh Yên Bái"},
	})
}

// TestSchoolOfHCMCityRound54 covers a school named with Hồ Chí Minh City
// written short with a dot, "TP.HCM", at the end of its name: the dot
// is no end of the name. Lines of our own.
func TestSchoolOfHCMCityRound54(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a university of the city",
			"Sáng 25/4, Trường Đại học Y Dược TP.HCM tổ chức lễ kỷ niệm 35 năm thành lập.", "Trường Đại học Y Dược TP.HCM"},
		{"must not fire: the city written with a space after the dot, a sentence after it",
			"Sáng 25/4, Trường Đại học Y Dược đón đoàn của TP. Hôm sau, đoàn về.", "Trường Đại học Y Dược"},
	})
}

// TestCompanyLowerTradeRound54 covers a company whose trade is written
// all in lower case between its kind and its name ("Công ty TNHH mỹ
// thuật Hoàn Hảo"). Lines of our own.
func TestCompanyLowerTradeRound54(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a trade of two words, then the name",
			"Năm 2020, ông Lê Văn Ba, Giám đốc Công ty TNHH xây dựng Minh Long phát biểu.", "Công ty TNHH xây dựng Minh Long"},
		{"must not fire: the company named with its parent after 'thuộc'",
			"Năm 2020, ông Lê Văn Ba, Công ty TNHH một thành viên cao su Minh Long thuộc Tổng công ty công nghiệp Sài Gòn.", ""},
		{"must not fire: a verb, then a person",
			"Năm 2020, Công ty TNHH tặng quà cho Nguyễn Văn Ba.", ""},
		{"must not fire: a verb, then an award",
			"Năm 2020, Công ty cổ phần vinh dự đón nhận Huân chương Lao động hạng Ba.", ""},
	})
}
