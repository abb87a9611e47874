package importer

import "testing"

// TestFullTimePostRound46 covers a title qualified "chuyên trách" (full
// time): the qualifier is part of the title, as gold lists write it, the
// body after it as after the bare title. A "tổ công tác chuyên trách" is
// a body's name, no post. Lines of our own.
func TestFullTimePostRound46(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a council committee's full-time member elected its deputy head",
			"Tại kỳ họp, HĐND tỉnh Hà Giang bầu bà Lê Thị Ba, Ủy viên chuyên trách Ban Pháp chế HĐND tỉnh giữ chức Phó Trưởng Ban Pháp chế HĐND tỉnh.",
			skip,
			"Lê Thị Ba: Phó Trưởng Ban @ Ban Pháp chế HĐND Hà Giang; Lê Thị Ba: Ủy viên chuyên trách @ Ban Pháp chế HĐND Hà Giang"},
		{"a full-time deputy secretary of a party committee",
			"Ông Lê Văn Năm, Phó Bí thư chuyên trách Đảng ủy Khối doanh nghiệp tỉnh Hà Giang, phát biểu.",
			skip,
			"Lê Văn Năm: Phó Bí thư chuyên trách @ Đảng ủy Khối doanh nghiệp tỉnh Hà Giang"},
		{"must not fire: a full-time team is a body, no title",
			"Năm 2023, Tổ công tác chuyên trách của tỉnh Hà Giang họp với ông Lê Văn Năm.",
			skip,
			""},
	})
}

// TestCountOpensSentenceRound46 covers a count that opens the sentence
// before a post, its holders named after "là": "Ba Phó Bí thư Tỉnh ủy
// là các ông: A, …; B, …". Without "là" the count gives nothing. Lines
// of our own.
func TestCountOpensSentenceRound46(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a counted post opening the sentence, its holders after là",
			"Chiều 16/10, Tỉnh ủy Hà Giang họp. Hai Phó Bí thư Tỉnh ủy Hà Giang là ông Lê Văn Hai và ông Lê Văn Ba.",
			skip,
			"Lê Văn Ba: Phó Bí thư @ Tỉnh ủy Hà Giang; Lê Văn Hai: Phó Bí thư @ Tỉnh ủy Hà Giang"},
		{"a term and được bầu between the post and là",
			"Chiều 16/10, Tỉnh ủy Hà Giang họp. 2 Phó Bí thư Tỉnh ủy Hà Giang nhiệm kỳ 2020 - 2025 được bầu là ông Lê Văn Hai và ông Lê Văn Ba.",
			skip,
			"Lê Văn Ba: Phó Bí thư @ Tỉnh ủy Hà Giang; Lê Văn Hai: Phó Bí thư @ Tỉnh ủy Hà Giang"},
		{"must not fire: a counted post opening the sentence without là",
			"Chiều 16/10, UBND tỉnh Hà Giang họp. Hai Phó Chủ tịch UBND tỉnh Hà Giang trao quà cho ông Lê Văn Năm.",
			skip,
			""},
	})
}

// TestListGoesOnRound46 covers a list of a post's holders parted by ";"
// after "các ông:", its items a name of any family (one the lexicon does
// not know) with a post after the comma, and the last after "; và". A
// clause after ";" that is no such item ends the list. Lines of our own.
func TestListGoesOnRound46(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"items of unknown families and a last one after và",
			"Chiều 16/10, Tỉnh ủy Hà Giang họp. Ba Phó Bí thư Tỉnh ủy là các ông: Lê Văn Hai, Chủ tịch UBND tỉnh; Giàng A Ba, Chủ tịch Ủy ban MTTQ tỉnh; và Sùng Văn Bốn, Trưởng ban Tổ chức Tỉnh ủy.",
			skip,
			"Giàng A Ba: Chủ tịch @ Ủy ban MTTQ tỉnh Hà Giang; Giàng A Ba: Phó Bí thư @ Tỉnh ủy Hà Giang; Lê Văn Hai: Chủ tịch @ UBND tỉnh Hà Giang; Lê Văn Hai: Phó Bí thư @ Tỉnh ủy Hà Giang; Sùng Văn Bốn: Phó Bí thư @ Tỉnh ủy Hà Giang; Sùng Văn Bốn: Trưởng ban @ Ban Tổ chức Tỉnh ủy Hà Giang"},
		{"must not fire: a clause after the semicolon, no post after its name",
			"Chiều 16/10, Tỉnh ủy Hà Giang họp. Ba Phó Bí thư Tỉnh ủy là các ông: Lê Văn Hai, Chủ tịch UBND tỉnh; Giàng A Ba phát biểu tại hội nghị.",
			skip,
			"Lê Văn Hai: Chủ tịch @ UBND tỉnh Hà Giang; Lê Văn Hai: Phó Bí thư @ Tỉnh ủy Hà Giang"},
	})
}

// TestCountedHoldersWithinSentenceRound46 covers a count of posts within
// the sentence whose holders are then introduced after "là" or "gồm",
// the body, when the post is written without one, the one named before
// in the sentence ("Thường trực UBND tỉnh A": the UBND). "năm" there is a
// year; a count without "là"/"gồm" and an introducer names no holders.
// Lines of our own.
func TestCountedHoldersWithinSentenceRound46(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a counted post without its body, the body named before",
			"Ngày 3/4, HĐND tỉnh Hà Giang họp. Thường trực UBND tỉnh Hà Giang hiện có 3 người, gồm Chủ tịch Lê Văn Một và 2 Phó chủ tịch là các ông: Lê Văn Hai, Lê Văn Ba.",
			skip,
			"Lê Văn Ba: Phó chủ tịch @ UBND tỉnh Hà Giang; Lê Văn Hai: Phó chủ tịch @ UBND tỉnh Hà Giang; Lê Văn Một: Chủ tịch @ UBND tỉnh Hà Giang"},
		{"new holders of a counted post after gồm",
			"Cụ thể, 2 tân Phó Chủ tịch UBND tỉnh Hà Giang gồm ông Lê Văn Hai (Bí thư Huyện ủy Bắc Mê) và bà Lê Thị Ba (Chánh Văn phòng UBND tỉnh).",
			skip,
			"Lê Thị Ba: Chánh Văn phòng @ UBND tỉnh Hà Giang; Lê Thị Ba: Phó Chủ tịch @ UBND tỉnh Hà Giang; Lê Văn Hai: Bí thư @ Huyện ủy Bắc Mê; Lê Văn Hai: Phó Chủ tịch @ UBND tỉnh Hà Giang"},
		{"must not fire: a count without là or gồm before the names",
			"Ngày 3/4, UBND tỉnh Hà Giang có 2 Phó Chủ tịch, trong đó ông Lê Văn Hai phụ trách kinh tế.",
			skip,
			""},
		{"must not fire: năm is a year within the sentence",
			"Trong năm Phó Chủ tịch UBND tỉnh Hà Giang là người phụ trách, ông Lê Văn Hai đã đi cơ sở.",
			skip,
			""},
	})
}

// TestDismissedLaterRound46 covers a post dismissed by a count, its
// holders named in the sentences after it that repeat the verb with
// people only, until the count is used up. A later sentence that names
// its own post, or a person past the count, is read as before. Lines of
// our own.
func TestDismissedLaterRound46(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"holders of a counted dismissal in the sentences after it",
			"Ngày 3/4, kỳ họp đã miễn nhiệm 3 Ủy viên UBND tỉnh Hà Giang, vì lý do nghỉ hưu. HĐND tỉnh miễn nhiệm ông Lê Văn Hai – nguyên Giám đốc Sở Y tế và ông Lê Văn Ba.\n\nHĐND tỉnh cũng miễn nhiệm bà Lê Thị Bốn – nguyên Giám đốc Sở Tài chính.",
			skip,
			"Lê Thị Bốn: Ủy viên @ UBND tỉnh Hà Giang; Lê Văn Ba: Ủy viên @ UBND tỉnh Hà Giang; Lê Văn Hai: Ủy viên @ UBND tỉnh Hà Giang"},
		{"must not fire past the count",
			"Ngày 3/4, kỳ họp đã miễn nhiệm 2 Ủy viên UBND tỉnh Hà Giang. HĐND tỉnh miễn nhiệm ông Lê Văn Hai và ông Lê Văn Ba. Sau đó HĐND tỉnh miễn nhiệm ông Lê Văn Năm.",
			skip,
			"Lê Văn Ba: Ủy viên @ UBND tỉnh Hà Giang; Lê Văn Hai: Ủy viên @ UBND tỉnh Hà Giang"},
		{"must not fire: the later sentence names its own post",
			"Ngày 3/4, kỳ họp đã miễn nhiệm 2 Ủy viên UBND tỉnh Hà Giang. HĐND tỉnh miễn nhiệm ông Lê Văn Hai khỏi chức vụ Phó Chủ tịch HĐND tỉnh.",
			skip,
			"Lê Văn Hai: Phó Chủ tịch @ HĐND tỉnh Hà Giang"},
	})
}

// TestNameFoldedAsProvinceRound46 covers a person's name that folds as a
// province's but is written with other tones ("Lâm Đông", "Lâm Đồng"):
// a person, with his posts. The province as written stays a place.
// Lines of our own.
func TestNameFoldedAsProvinceRound46(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a name with the letters of a province and other tones",
			"Tại kỳ họp, HĐND tỉnh Khánh Hòa bầu ông Lâm Đông - Phó Bí thư Tỉnh ủy Khánh Hòa, giữ chức Chủ tịch HĐND tỉnh.",
			skip,
			"Lâm Đông: Chủ tịch @ HĐND tỉnh Khánh Hòa; Lâm Đông: Phó Bí thư @ Tỉnh ủy Khánh Hòa"},
		{"must not fire: the province as written after a title",
			"Năm 2023, Chủ tịch Lâm Đồng là tỉnh bạn của Khánh Hòa.",
			skip,
			""},
	})
}

// TestDepartmentNameInLowerCaseRound46 covers a department (Cục) whose
// name goes on in lower case after its capitalized words, where a body's
// name stands: before a comma and its ministry, or in a list of bodies
// after a comma. A verb after the name is no part of it. Lines of our own.
func TestDepartmentNameInLowerCaseRound46(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a department before its ministry",
			"Ngày 17/2/2025, lãnh đạo Cục Quản lý xuất nhập cảnh, Bộ Công an đến thăm tỉnh Hà Giang.",
			"Cục Quản lý xuất nhập cảnh; Bộ Công an",
			skip},
		{"must not fire: a verb after the department's name",
			"Năm 2023, Cục Thuế có trách nhiệm kiểm tra. Ông Lê Văn Hai, Cục trưởng Cục Hải quan kiểm tra hàng.",
			"Cục Hải quan; Cục Thuế",
			skip},
	})
}

// TestMastheadRepeatedRound46 covers a site's name printed above the
// story and again below it: no byline. A name at the end only is one.
// Lines of our own.
func TestMastheadRepeatedRound46(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"must not fire: the masthead above and below the story",
			"Tin Nhanh Plus\n\nÔng Lê Văn Hai được bầu làm Chủ tịch UBND tỉnh Hà Giang\n\nChiều 16/10, HĐND tỉnh Hà Giang họp bầu Chủ tịch UBND tỉnh.\n\nTin Nhanh Plus",
			""},
		{"a writer's name at the end only",
			"Ông Lê Văn Hai được bầu làm Chủ tịch UBND tỉnh Hà Giang\n\nChiều 16/10, HĐND tỉnh Hà Giang họp bầu Chủ tịch UBND tỉnh.\n\nMinh Khôi",
			"Minh Khôi"},
	}
	checkList(t, "authors", authorsOf, tests)
}
