package importer

import "testing"

// TestEnterpriseBranchRound45 covers a state enterprise's branches named
// by the place they serve ("Bưu điện tỉnh A", "Bưu điện huyện B", "Điện
// lực A", "Viettel A"), read wherever they occur, a post held in one
// included. Without a place the words name the trade, no body. Lines of
// our own.
func TestEnterpriseBranchRound45(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a post office of a province and of its districts, with their managers",
			"Tại lễ, ông Nguyễn Văn Hai, Giám đốc Bưu điện tỉnh Hà Giang; bà Lê Thị Ba, Giám đốc Bưu điện huyện Bắc Mê và bà Trần Thị Bốn, Phó Giám đốc Bưu điện huyện Yên Minh nhận Bằng khen.",
			"Bưu điện Hà Giang; Bưu điện huyện Bắc Mê; Bưu điện huyện Yên Minh",
			"Lê Thị Ba: Giám đốc @ Bưu điện huyện Bắc Mê; Nguyễn Văn Hai: Giám đốc @ Bưu điện Hà Giang; Trần Thị Bốn: Phó Giám đốc @ Bưu điện huyện Yên Minh"},
		{"branches named by their province alone",
			"Năm 2023, Bưu điện Hà Giang và Điện lực Hà Giang ký kết hợp tác với Viettel Hà Giang.",
			"Bưu điện Hà Giang; Điện lực Hà Giang; Viettel Hà Giang",
			skip},
		{"a power company's district branch after its manager's title",
			"Ông Lê Văn Năm, Giám đốc Điện lực huyện Bắc Mê, phát biểu.",
			"Điện lực huyện Bắc Mê",
			"Lê Văn Năm: Giám đốc @ Điện lực huyện Bắc Mê"},
		{"a branch's union keeps the branch in its name",
			"Ông Lê Văn Năm, Chủ tịch Công đoàn Bưu điện tỉnh Hà Giang, phát biểu.",
			"Công đoàn Bưu điện tỉnh Hà Giang",
			"Lê Văn Năm: Chủ tịch @ Công đoàn Bưu điện tỉnh Hà Giang"},
		{"a group named after the trade is not cut at it",
			"Năm 2023, Tập đoàn Điện lực Việt Nam khen thưởng Điện lực tỉnh Hà Giang.",
			"Tập đoàn Điện lực Việt Nam; Điện lực Hà Giang",
			skip},
		{"must not fire: the trades, no place",
			"Năm 2023, ngành Bưu điện và ngành Điện lực của tỉnh Hà Giang phát triển.",
			"", skip},
		{"must not fire: the enterprise alone, no place",
			"Năm 2023, Viettel tuyển dụng 300 kỹ sư; Bưu điện là ngành lâu đời.",
			"", skip},
	})
}

// TestCertificateNamedMovementRound45 covers a quote after "Bằng khen":
// a certificate of merit has no name of its own, the quote names the
// movement it was given in. Other kinds keep a quoted name. Lines of our
// own.
func TestCertificateNamedMovementRound45(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a movement in quotes after Bằng khen",
			"Năm 2023, Sở Y tế tỉnh Hà Giang được tặng Bằng khen “Người tốt, việc tốt”.",
			"Bằng khen: Sở Y tế Hà Giang"},
		{"must not fire: a commemorative medal keeps its quoted name",
			"Năm 2023, bà Lê Thị Ba được tặng Kỷ niệm chương “Vì thế hệ trẻ”.",
			"Kỷ niệm chương Vì thế hệ trẻ: le thi ba"},
	}
	for _, tt := range tests {
		if got := awardsOf(tt.text); got != tt.want {
			t.Errorf("%s: awards %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestBodiesOfCountedPlacesRound45 covers a body's head written once
// before a count, a unit word and the names of that many places ("UBND
// 2 xã A và B"): one body each, whatever the head, the unit and the
// count. A count that is not the number of names listed, or no names,
// reads no list. Lines of our own.
func TestBodiesOfCountedPlacesRound45(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"two communes' committees",
			"Năm 2023, UBND tỉnh Lào Cai công nhận UBND 2 xã Bản Lầu và Bản Phiệt đạt chuẩn.",
			"UBND tỉnh Lào Cai; UBND xã Bản Lầu; UBND xã Bản Phiệt",
			skip},
		{"three communes, the count in figures, a comma and và",
			"Năm 2023, Bằng khen được trao cho UBND 3 xã Tân Lập, Tân Hợp và Tân Phú.",
			"UBND xã Tân Lập; UBND xã Tân Hợp; UBND xã Tân Phú",
			skip},
		{"two provinces' councils, the count in words",
			"Năm 2023, HĐND hai tỉnh Hậu Giang và Sóc Trăng họp cùng ngày.",
			"HĐND tỉnh Hậu Giang; HĐND tỉnh Sóc Trăng",
			skip},
		{"must not fire: a count that is not the number of names",
			"Năm 2023, UBND huyện Bảo Thắng chỉ đạo UBND 3 xã Bản Lầu và Bản Phiệt.",
			"UBND huyện Bảo Thắng",
			skip},
		{"must not fire: a count and no names",
			"Năm 2023, UBND 2 xã là đơn vị tiêu biểu.",
			"",
			skip},
	})
}

// TestTrailingCapsBylineRound45 covers a byline in capitals run into the
// story's last paragraph after its last sentence ("… người dân. XUÂN
// LƯƠNG"), read as the one on a line of its own is. Capitals that are no
// name (a body's words) or one word are no byline. Lines of our own.
func TestTrailingCapsBylineRound45(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a writer's name in capitals after the last sentence",
			"Tin tức trong tỉnh\n\nNgày 9-5, Công an tỉnh Bình Phước trao giấy khen cho 12 cán bộ. Buổi lễ diễn ra trang trọng. MINH KHÔI",
			"Minh Khôi"},
		{"must not fire: a body's words in capitals",
			"Tin tức trong tỉnh\n\nNgày 9-5, Công an tỉnh Bình Phước trao giấy khen cho 12 cán bộ. Buổi lễ diễn ra trang trọng. UBND TỈNH",
			""},
		{"must not fire: one word in capitals",
			"Tin tức trong tỉnh\n\nNgày 9-5, Công an tỉnh Bình Phước trao giấy khen cho 12 cán bộ. Buổi lễ diễn ra trang trọng. TTXVN",
			""},
	}
	checkList(t, "authors", authorsOf, tests)
}
