package importer

import "testing"

// TestTermBetweenTitlesRound30 covers a list of posts where the first
// post carries its term ("Ủy viên Ban Thường vụ Tỉnh ủy A nhiệm kỳ
// 2020-2025, Phó Chủ tịch UBND tỉnh A"): the term ends one post, and the
// title after the comma is the same person's next post. Lines of our own.
func TestTermBetweenTitlesRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a term, then a second post",
			"Năm 2024, ông Trần Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy Bình Định nhiệm kỳ 2020-2025, Phó Chủ tịch UBND tỉnh Bình Định được điều động.",
			"Ban Thường vụ Tỉnh ủy Bình Định; UBND tỉnh Bình Định",
			"Trần Văn Khải: Phó Chủ tịch @ UBND tỉnh Bình Định; Trần Văn Khải: Ủy viên @ Ban Thường vụ Tỉnh ủy Bình Định"},
		{"a term after a comma, then a second post",
			"Năm 2023, bà Hà Thị Lan, Bí thư Huyện ủy Cao Lộc, nhiệm kỳ 2020 – 2025, Chủ tịch HĐND huyện Cao Lộc dự hội nghị.",
			skip,
			"Hà Thị Lan: Bí thư @ Huyện ủy Cao Lộc; Hà Thị Lan: Chủ tịch @ HĐND huyện Cao Lộc"},
		// After the term, words that are no title end the list.
		{"must not fire: no title after the term",
			"Năm 2024, ông Trần Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy Bình Định nhiệm kỳ 2020-2025, được điều động.",
			"Ban Thường vụ Tỉnh ủy Bình Định",
			"Trần Văn Khải: Ủy viên @ Ban Thường vụ Tỉnh ủy Bình Định"},
	})
}

// TestNewPostRound30 covers "tân" ("new") before a title in an apposition:
// "ông A, tân Chủ tịch UBND tỉnh B" holds the post now, its title written
// without "tân". Lines of our own.
func TestNewPostRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a new chairman",
			"Năm 2024, ông Trần Văn Khải, tân Chủ tịch UBND tỉnh Bình Định, phát biểu nhận nhiệm vụ.",
			"UBND tỉnh Bình Định",
			"Trần Văn Khải: Chủ tịch @ UBND tỉnh Bình Định"},
		{"a new secretary in capitals",
			"Năm 2022, bà Hà Thị Lan, Tân Bí thư Huyện ủy Cao Lộc, tặng hoa các đại biểu.",
			"Huyện ủy Cao Lộc",
			"Hà Thị Lan: Bí thư @ Huyện ủy Cao Lộc"},
		// "tân" before no title is a word of the sentence.
		{"must not fire: no title after tân",
			"Năm 2024, ông Trần Văn Khải, tân binh của đơn vị, phát biểu.",
			"",
			""},
	})
}

// TestCutCommitteeRound30 covers a page cut inside "Ban Chấp hành": "Ủy
// viên Ban Chấp" names no body, and no post. Lines of our own.
func TestCutCommitteeRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"must not fire: the name broken off at the end",
			"Năm 2024, ông Trần Văn Khải, Ủy viên Ban Chấp",
			"",
			""},
		{"the whole name still read",
			"Năm 2024, ông Trần Văn Khải, Ủy viên Ban Chấp hành Đảng bộ tỉnh Bình Định, dự họp.",
			"Ban Chấp hành Đảng bộ tỉnh Bình Định",
			"Trần Văn Khải: Ủy viên @ Ban Chấp hành Đảng bộ tỉnh Bình Định"},
	})
}

// TestBodyLineInCapsRound30 covers a line in capitals that names a body,
// as a party committee's site prints its own name over a page ("HUYỆN ỦY
// A - ĐẢNG BỘ TỈNH B"): no writers. A byline of names in capitals is still
// read. Lines of our own.
func TestBodyLineInCapsRound30(t *testing.T) {
	lead := "Ngày 3/4/2023, Ban Chấp hành Đảng bộ huyện Cao Lộc họp hội nghị lần thứ 12.\nHội nghị bàn nhiệm vụ quý II.\n"
	checkBylines(t, []bylineCase{
		{"must not fire: a site's name under the title",
			"HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN\nHUYỆN ỦY CAO LỘC - ĐẢNG BỘ TỈNH LẠNG SƠN\n" + lead, "[]", ""},
		{"must not fire: a body's name as the closing line",
			"Cao Lộc họp Ban Chấp hành\n" + lead + "ĐẢNG ỦY XÃ HỢP THÀNH\n", "[]", ""},
		{"writers in capitals still read",
			"Cao Lộc họp Ban Chấp hành\n" + lead + "TRẦN VĂN KHẢI - HÀ THỊ LAN\n", "[Trần Văn Khải Hà Thị Lan]", ""},
	})
}

// TestMilitaryRegionRound30 covers a military region named by its number
// ("Quân khu 9"): a body wherever it is written; "Quân khu" without its
// number names none. Lines of our own.
func TestMilitaryRegionRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"two regions by their numbers",
			"Năm 2022, lãnh đạo Quân khu 5 và Quân khu 7 dự lễ kỷ niệm.",
			"Quân khu 5; Quân khu 7",
			skip},
		{"must not fire: no number",
			"Năm 2022, hội nghị quân chính được tổ chức tại Quân khu.",
			"",
			skip},
		{"must not fire: a number too long for a region",
			"Năm 2022, Quân khu 12 năm liền đứng đầu.",
			"",
			skip},
	})
}

// TestPartyBlocHalvesRound30 covers the Party committee of one half of a
// province's bloc of agencies: "Đảng ủy Khối Doanh nghiệp", "Đảng ủy Khối
// các cơ quan tỉnh", as well as the whole bloc read before. Lines of our
// own.
func TestPartyBlocHalvesRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the enterprises' bloc with its province",
			"Năm 2021, Đảng ủy Khối Doanh nghiệp tỉnh Nam Định tổ chức hội nghị.",
			"Đảng ủy Khối Doanh nghiệp tỉnh Nam Định",
			skip},
		// The province written once places both, as the rules place
		// bodies joined by "và".
		{"the agencies' bloc, then the enterprises'",
			"Năm 2022, Đảng ủy Khối các cơ quan tỉnh và Đảng ủy Khối doanh nghiệp tỉnh Hà Nam ký kết phối hợp.",
			"Đảng ủy Khối các cơ quan tỉnh Hà Nam; Đảng ủy Khối doanh nghiệp tỉnh Hà Nam",
			skip},
		{"the whole bloc still read",
			"Năm 2021, Ban Thường vụ Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Nam Định họp.",
			"Ban Thường vụ Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Nam Định",
			skip},
	})
}

// TestSecurityDepartmentRound30 covers a department (Cục) of the Ministry
// of Public Security after its head's title: its branch ("An ninh",
// "Cảnh sát", "Bảo vệ chính trị") and then the rest of its name in any
// case, up to the comma, the parenthesis or the full stop that ends the
// post. Lines of our own.
func TestSecurityDepartmentRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a department's name in lower case",
			"Năm 2023, ông Trần Văn Khải, Cục trưởng Cục Cảnh sát quản lý hành chính về trật tự xã hội, dự hội nghị.",
			"Cục Cảnh sát quản lý hành chính về trật tự xã hội",
			"Trần Văn Khải: Cục trưởng @ Cục Cảnh sát quản lý hành chính về trật tự xã hội"},
		{"past posts, a number and a parenthesis",
			"Năm 2022, ông Trần Văn Khải từng giữ các chức vụ Phó cục trưởng Cục An ninh kinh tế, Phó cục trưởng Cục Bảo vệ chính trị IV, Cục trưởng Cục An ninh mạng (Bộ Công an).",
			"Cục An ninh kinh tế; Cục Bảo vệ chính trị IV; Cục An ninh mạng; Bộ Công an",
			skip},
		// Without a title before it, the name has no end the rules can
		// trust: the words after the branch are read as before.
		{"must not fire: no title before the department",
			"Năm 2023, Cục An ninh mạng triển khai chiến dịch mới, ông Trần Văn Khải cho biết.",
			"Cục An ninh",
			skip},
		{"must not fire: no end in sight",
			"Năm 2023, ông Trần Văn Khải, Cục trưởng Cục An ninh mạng cho biết đơn vị đã phát hiện và xử lý hàng trăm vụ việc trong năm",
			"Cục An ninh",
			"Trần Văn Khải: Cục trưởng @ Cục An ninh"},
	})
}

// TestDistrictHolderRound30 covers a title whose body is the story's own
// district, written bare, with its holder's full name right after it:
// "Chủ tịch UBND huyện Trần Văn Thảo;" names the holder, not a district
// (a middle name "Văn" or "Thị" names no district, but for the few named
// after a person). Lines of our own.
func TestDistrictHolderRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the holder after a bare district",
			"Năm 2023, cùng dự có Phó Chủ tịch UBND huyện Lê Thị Hoa; Chủ tịch Hội Nông dân huyện.",
			skip,
			"Lê Thị Hoa: Phó Chủ tịch @ UBND huyện"},
		{"the story's district places the body",
			"Năm 2023, huyện Lạc Sơn tổ chức lễ ra quân. Cùng dự có Chủ tịch UBND huyện Trần Văn Thảo.",
			"UBND huyện Lạc Sơn",
			"Trần Văn Thảo: Chủ tịch @ UBND huyện Lạc Sơn"},
		{"must not fire: a district's name without a middle name",
			"Năm 2023, ông Trần Văn Thảo, Chủ tịch UBND huyện Hoàng Su Phì, phát biểu.",
			"UBND huyện Hoàng Su Phì",
			"Trần Văn Thảo: Chủ tịch @ UBND huyện Hoàng Su Phì"},
		{"must not fire: a district named after a person",
			"Năm 2023, ông Lê Văn Tâm, Phó Chủ tịch UBND huyện Trần Văn Thời, phát biểu.",
			"UBND huyện Trần Văn Thời",
			"Lê Văn Tâm: Phó Chủ tịch @ UBND huyện Trần Văn Thời"},
	})
}

// TestRelatedLinksRound30 covers the links to related stories a page
// lists below the byline (">> …"): they end the story, so the name above
// them is its byline. Lines of our own.
func TestRelatedLinksRound30(t *testing.T) {
	lead := "Ngày 3/12/2023, Thành đoàn Cần Thơ công bố 5 gương mặt trẻ tiêu biểu.\nLễ tuyên dương tổ chức vào cuối tháng.\n"
	checkBylines(t, []bylineCase{
		{"the byline over related links",
			"Cần Thơ công bố 5 gương mặt trẻ\n" + lead + "Minh Khôi\n>> Tuyên dương 6 gương mặt trẻ\n>> Đề cử gương mặt trẻ tiêu biểu\nBình luận (0)\n", "[Minh Khôi]", ""},
		{"must not fire: a link with no byline above it",
			"Cần Thơ công bố 5 gương mặt trẻ\n" + lead + ">> Tuyên dương 6 gương mặt trẻ\n", "[]", ""},
	})
}

// TestListedNamesRound30 covers a list after "là:" whose items, parted by
// ";", each give a name and then where the person is: a full name of
// three words whose family name the list of family names lacks counts
// when two sure names are in the list, and the last item may open with
// "và". Lines of our own.
func TestListedNamesRound30(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"an unlisted family name first, the last item after và",
			"Năm gương mặt đó là: Châu Minh Tâm, đội tuyển bơi của thành phố; Lê Thị Hoa, học sinh lớp 11; và Trần Văn Khải, công nhân nhà máy cơ khí.",
			"Châu Minh Tâm; Lê Thị Hoa; Trần Văn Khải"},
		{"must not fire: one sure name only",
			"Hai gương mặt đó là: Châu Minh Tâm, đội tuyển bơi; Lê Thị Hoa, học sinh lớp 11.",
			""},
	}
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestActingPostRound30 covers an acting post given or held in lower
// case: "giao quyền chủ tịch UBND tỉnh A cho ông B", "ông B giữ quyền chủ
// tịch UBND tỉnh A". Lines of our own.
func TestActingPostRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"an acting post held",
			"Từ ngày 1/9/2023, ông Trần Văn Khải giữ quyền chủ tịch UBND tỉnh Bình Định cho tới khi có kết quả bầu.",
			"UBND tỉnh Bình Định",
			"Trần Văn Khải: quyền chủ tịch @ UBND tỉnh Bình Định"},
		{"an acting post given",
			"Năm 2023, Thủ tướng giao quyền chủ tịch UBND tỉnh Bình Định cho ông Trần Văn Khải.",
			skip,
			"Trần Văn Khải: quyền chủ tịch @ UBND tỉnh Bình Định"},
		{"must not fire: power, not a post",
			"Năm 2023, ông Trần Văn Khải giữ quyền lợi cho người lao động của UBND tỉnh Bình Định.",
			skip,
			""},
	})
}

// TestPostsListedByParagraphRound30 covers a post given to people listed
// one a paragraph after "gồm:" ("chỉ định 3 cán bộ giữ chức vụ Phó Chủ
// tịch UBND tỉnh A, gồm:" and then "Ông B, …." a paragraph): each person
// who opens a paragraph of the list holds it, until a paragraph opens
// otherwise. Lines of our own.
func TestPostsListedByParagraphRound30(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"one a paragraph",
			"Năm 2025, Thủ tướng chỉ định 2 cán bộ giữ chức vụ Phó Chủ tịch UBND tỉnh Gia Lai nhiệm kỳ 2021-2026, gồm:\n\nÔng Trần Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy Bình Định.\n\nBà Hà Thị Lan, Giám đốc Sở Tài chính tỉnh Bình Định.\n",
			skip,
			"Hà Thị Lan: Giám đốc @ Sở Tài chính Bình Định; Hà Thị Lan: Phó Chủ tịch @ UBND tỉnh Gia Lai; Trần Văn Khải: Phó Chủ tịch @ UBND tỉnh Gia Lai; Trần Văn Khải: Ủy viên @ Ban Thường vụ Tỉnh ủy Bình Định"},
		{"must not fire: a paragraph that opens otherwise ends the list",
			"Năm 2025, Thủ tướng chỉ định 2 cán bộ giữ chức vụ Phó Chủ tịch UBND tỉnh Gia Lai, gồm:\n\nÔng Trần Văn Khải, Ủy viên Ban Thường vụ Tỉnh ủy Bình Định.\n\nHội nghị diễn ra sáng 3/7.\n\nÔng Lê Văn Tâm, Giám đốc Sở Y tế tỉnh Bình Định, phát biểu.\n",
			skip,
			"Lê Văn Tâm: Giám đốc @ Sở Y tế Bình Định; Trần Văn Khải: Phó Chủ tịch @ UBND tỉnh Gia Lai; Trần Văn Khải: Ủy viên @ Ban Thường vụ Tỉnh ủy Bình Định"},
	})
}
