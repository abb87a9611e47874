package importer

import "testing"

// lead52 and body52 are two paragraphs of a story, long enough to read
// as its lead and body.
const (
	lead52 = "Ngày 12/3/2025, Huyện ủy Tân Yên tổ chức lễ trao Huy hiệu Đảng cho các đảng viên của Đảng bộ huyện, tri ân những đóng góp của các đồng chí."
	body52 = "Tại buổi lễ, các đảng viên đã bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục rèn luyện, giữ gìn phẩm chất của người đảng viên trong mọi hoàn cảnh."
)

// TestBylinesRound52 covers the bylines of round 52: a byline above the
// readers' comments with their count in brackets ("Ý kiến bạn đọc (0)").
// Lines of our own.
func TestBylinesRound52(t *testing.T) {
	checkList(t, "authors", authorsOf, []struct{ name, text, want string }{
		{"a byline above the comments and their count",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nTin, ảnh: Minh Thư\nÝ kiến bạn đọc (0)\n", "Minh Thư"},
		{"a byline above the comments and their count, in words",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMinh Thư\nBình luận (12)\n", "Minh Thư"},
		{"must not fire: no byline above the comments",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nÝ kiến bạn đọc (0)\n", ""},
	})
}

// TestOfficeBelowBylineRound52 covers the writer's office on a line of
// its own below a byline in name case ("Minh Kiên" over "Trung tâm
// VHTT&TT Hữu Lũng"). Lines of our own.
func TestOfficeBelowBylineRound52(t *testing.T) {
	checkList(t, "authors", authorsOf, []struct{ name, text, want string }{
		{"the office below the name",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMinh Thư\nTrung tâm VHTT&TT Tân Yên\n", "Minh Thư"},
		{"the office in capitals and name case",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMinh Thư\nBan Quản Lý Dự Án Tân Yên\n", "Minh Thư"},
		{"must not fire: a sentence below the name",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMinh Thư\nTrung tâm văn hóa tổ chức hội thi\n", ""},
		{"must not fire: a body's name below a line of the story",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nTrung tâm VHTT&TT Tân Yên\n", ""},
	})
}

// TestCapsBylineHyphenRound52 covers two names in capitals joined by a
// hyphen with no spaces in a byline ("THÙY HƯƠNG-PHAN THA"). Lines of
// our own.
func TestCapsBylineHyphenRound52(t *testing.T) {
	checkList(t, "authors", authorsOf, []struct{ name, text, want string }{
		{"two names joined by a bare hyphen",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMINH THƯ-LÊ AN\n", "Minh Thư; Lê An"},
		{"a hyphen within a name stays",
			"Tân Yên trao Huy hiệu Đảng\n" + lead52 + "\n" + body52 + "\nMINH THƯ-AN - LÊ AN\n", "Minh Thư-an; Lê An"},
	})
}

// TestDeputyByNameRound52 covers a council's deputy introduced by name
// after "đại biểu" in lower case ("đại biểu Võ Văn Dũng được cho thôi
// làm nhiệm vụ"). Lines of our own.
func TestDeputyByNameRound52(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"a deputy by name", "Cụ thể, đại biểu Trần Văn Bốn được cho thôi làm nhiệm vụ do nghỉ hưu.", "Trần Văn Bốn"},
		{"two deputies in one sentence",
			"Cụ thể, đại biểu Trần Văn Bốn được cho thôi làm nhiệm vụ; đại biểu Lê Thị Năm được cho thôi làm nhiệm vụ do nghỉ hưu.",
			"Trần Văn Bốn; Lê Thị Năm"},
		{"must not fire: the deputies of a province", "Năm 2024, các đại biểu Hà Nội và đại biểu Lâm Đồng phát biểu tại kỳ họp.", ""},
		{"must not fire: a capitalized word that is no family name", "Năm 2024, đại biểu Quốc hội phát biểu tại kỳ họp.", ""},
	})
}

// TestCentralMilitaryCommissionRound52 covers the Party's Central
// Military Commission, "Quân ủy Trung ương", one body with no place.
// Lines of our own.
func TestCentralMilitaryCommissionRound52(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"a post in an apposition",
			"Năm 2024, Đại tướng Lê Văn Ba - Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương phát biểu.",
			"Lê Văn Ba: Phó Bí thư @ Quân ủy Trung ương; Lê Văn Ba: Ủy viên @ Bộ Chính trị"},
		{"must not fire: the body named after a meeting", "Năm 2024, ông Lê Văn Ba phát biểu tại hội nghị Quân ủy Trung ương mở rộng.", ""},
	})
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"the body alone", "Năm 2024, Quân ủy Trung ương họp phiên thường kỳ.", "Quân ủy Trung ương"},
	})
}

// TestCentralCommitteeRunTogetherRound52 covers the Central Committee
// written "BCHTƯ Đảng", its letters run together. Lines of our own.
func TestCentralCommitteeRunTogetherRound52(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"a post with its term", "Năm 2010, đồng chí Lê Văn Ba, Ủy viên BCHTƯ Đảng khóa X phát biểu.", "Lê Văn Ba: Ủy viên @ BCHTƯ Đảng khóa X"},
		{"must not fire: the letters with no Party", "Năm 2010, đồng chí Lê Văn Ba, Ủy viên BCHTƯ phát biểu.", ""},
	})
}

// TestBoardBrandRound52 covers a company named by its brand in capitals
// after its board chair's title ("Chủ tịch HĐQT THACO"). Lines of our own.
func TestBoardBrandRound52(t *testing.T) {
	checkList(t, "positions", postsOf, []struct{ name, text, want string }{
		{"the brand in an apposition", "Năm 2024, ông Lê Văn Ba, Chủ tịch HĐQT ABACO, phát biểu.", "Lê Văn Ba: Chủ tịch HĐQT @ ABACO"},
		{"the brand before the holder's name", "Năm 2024, Chủ tịch HĐQT ABACO Lê Văn Ba phát biểu.", "Lê Văn Ba: Chủ tịch HĐQT @ ABACO"},
		{"must not fire: a title that is no board's", "Năm 2024, ông Lê Văn Ba, Giám đốc ABACO, phát biểu.", ""},
		{"must not fire: capitals of two letters", "Năm 2024, ông Lê Văn Ba, Chủ tịch HĐQT AB, phát biểu.", ""},
	})
}

// TestArmyUnitRound52 covers a unit of the army named by its number, its
// code, its arm and number, or its name ("Trung đoàn 48", "Tiểu đoàn
// K3", "Tiểu đoàn bộ binh 1", "Tiểu đoàn Tam Thường"). Lines of our own.
func TestArmyUnitRound52(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a number", "Năm 2020, các chiến sĩ Trung đoàn 95 được tặng Kỷ niệm chương.", "Trung đoàn 95"},
		{"a code", "Năm 2020, ông Lê Văn Ba, nguyên chiến sĩ Tiểu đoàn D12 được tặng Kỷ niệm chương.", "Tiểu đoàn D12"},
		{"its arm and number", "Năm 2020, Tiểu đoàn pháo binh 3 nhận phụng dưỡng mẹ.", "Tiểu đoàn pháo binh 3"},
		{"a name", "Năm 2020, chiến sĩ Tiểu đoàn Tây Đô được tặng Kỷ niệm chương.", "Tiểu đoàn Tây Đô"},
		{"must not fire: the unit's commander", "Năm 2020, ông Lê Văn Ba, nguyên Tiểu đoàn trưởng, phát biểu.", ""},
		{"must not fire: the unit named before", "Năm 2020, Tiểu đoàn này có 3 đại đội.", ""},
	})
}
