package importer

import "testing"

// TestProvinceInsideBodyNameRound50 covers a province written only inside
// a central body's name ("Bệnh viện Trung ương Thái Nguyên"): it is not
// the story's province, so the bare bodies take none, and the body keeps
// it in its name. Lines of our own.
func TestProvinceInsideBodyNameRound50(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a central hospital named with its province: bare bodies take none",
			"Đồng chí Lê Văn Ba, Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch HĐND tỉnh đã trao Bằng khen cho Bệnh viện Trung ương Huế.",
			"Ban Thường vụ Tỉnh ủy; HĐND tỉnh; Bệnh viện Trung ương Huế", skip},
		{"a hospital named with its province, no 'Trung ương'",
			"Đồng chí Lê Văn Ba, Phó Chủ tịch HĐND tỉnh dự lễ kỷ niệm của Bệnh viện Đa khoa Thái Nguyên.",
			"HĐND tỉnh; Bệnh viện Đa khoa Thái Nguyên", skip},
		{"must not fire: the province named as a province",
			"Đồng chí Lê Văn Ba, Phó Chủ tịch HĐND tỉnh Thái Nguyên dự lễ của Bệnh viện Trung ương Thái Nguyên.",
			"HĐND tỉnh Thái Nguyên; Bệnh viện Trung ương Thái Nguyên", skip},
		{"must not fire: a province named bare outside a body's name",
			"Tình hình kinh tế của Thái Nguyên tăng trưởng; Phó Chủ tịch HĐND tỉnh Lê Văn Ba phát biểu.",
			"HĐND tỉnh Thái Nguyên", skip},
		{"must not fire: a body of a province, no central word before it",
			"Năm 2021, Sở Y tế Thái Nguyên được tặng Bằng khen.",
			"Sở Y tế Thái Nguyên", skip},
	})
}

// TestCompanyLowerTradesRound50 covers a company whose trades are each
// capitalized in their first word only, joined by "và", then its
// province or name: "Công ty CP Khai thác bến xe và Dịch vụ vận tải
// Khánh Hòa". Lines of our own.
func TestCompanyLowerTradesRound50(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"two trades in lower case after their first word, then the province",
			"Năm 2024, Công ty CP Khai thác bến xe và Dịch vụ vận tải Phú Yên được tặng Cờ thi đua.",
			"Công ty CP Khai thác bến xe và Dịch vụ vận tải Phú Yên", skip},
		{"two trades, then a capitalized name",
			"Năm 2024, Công ty TNHH Chế biến nông sản và Xuất khẩu Hoàng Long được tặng Bằng khen.",
			"Công ty TNHH Chế biến nông sản và Xuất khẩu Hoàng Long", skip},
		{"must not fire: one trade only (round 48's reader)",
			"Năm 2024, Công ty cổ phần Bao bì Vafaco được tặng Bằng khen.",
			"Công ty cổ phần Bao bì Vafaco", skip},
		{"must not fire: a person after 'và'",
			"Năm 2024, Công ty CP Khai thác đá và Nguyễn Văn Ba được tặng Bằng khen.",
			"Công ty CP Khai", skip},
		{"must not fire: a body after 'và'",
			"Công ty CP Khai thác đá và Sở Xây dựng tỉnh Phú Yên ký kết.",
			"Công ty CP Khai; Sở Xây dựng Phú Yên", skip},
	})
}

// TestVyFamilyNameRound50 covers "Vy", a Tày and Nùng family name, as
// written: "Vy Văn Vũ, Ủy viên …, Chủ tịch Ủy ban MTTQ tỉnh" is a person
// with his posts. Lines of our own.
func TestVyFamilyNameRound50(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a listed guest with the family name Vy",
			"Đến dự có các đồng chí: Vy Văn Ba, Chủ tịch Ủy ban MTTQ tỉnh Lạng Sơn và Lê Văn Tư, Phó Chủ tịch UBND tỉnh Lạng Sơn.",
			skip, "Lê Văn Tư: Phó Chủ tịch @ UBND tỉnh Lạng Sơn; Vy Văn Ba: Chủ tịch @ Ủy ban MTTQ tỉnh Lạng Sơn"},
		{"must not fire: 'Vy' ending a woman's given name",
			"Em Nguyễn Thị Tường Vy, học sinh Trường THPT Lạng Sơn, được tặng Giấy khen.",
			skip, ""},
	})
}

func TestVyFamilyNamePeopleRound50(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"'Vy' as a family name", "Đến dự có đồng chí Vy Văn Ba, Chủ tịch Ủy ban MTTQ tỉnh Lạng Sơn.", "Vy Văn Ba"},
		{"must not fire: a woman's given name ending in 'Vy' stays one name",
			"Em Nguyễn Thị Tường Vy, học sinh lớp 9, được tặng Giấy khen.", "Nguyễn Thị Tường Vy"},
	})
}

// TestInChargeSharedHeadRound50 covers "phụ trách" after a title that
// shares its body's head: "Phó Trưởng đoàn phụ trách Đoàn Đại biểu Quốc
// hội tỉnh" is a post in the delegation named after it. Lines of our own.
func TestInChargeSharedHeadRound50(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a delegation's deputy head in charge",
			"Dự có ông Lê Văn Ba - Phó Trưởng đoàn phụ trách Đoàn Đại biểu Quốc hội tỉnh Phú Yên.",
			skip, "Lê Văn Ba: Phó Trưởng đoàn @ Đoàn Đại biểu Quốc hội tỉnh Phú Yên"},
		{"a board's deputy head in charge",
			"Dự có ông Lê Văn Ba, Phó Trưởng ban phụ trách Ban Dân tộc HĐND tỉnh Phú Yên.",
			skip, "Lê Văn Ba: Phó Trưởng ban @ Ban Dân tộc HĐND Phú Yên"},
		{"must not fire: 'phụ trách' and a task, no body",
			"Ông Lê Văn Ba, Phó Trưởng đoàn phụ trách công tác tổ chức, phát biểu.",
			skip, ""},
	})
}

// TestVoteShareAsideRound50 covers a vote's share between commas before
// the post elected: "Đồng chí A - Phó Bí thư Tỉnh ủy, với 82% số phiếu
// tán thành, được bầu giữ chức Chủ tịch HĐND tỉnh": the post is A's.
// Lines of our own.
func TestVoteShareAsideRound50(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a vote's share between commas",
			"Đồng chí Lê Văn Ba - Phó Bí thư Tỉnh ủy Lai Châu, với 82% số phiếu tán thành, được bầu giữ chức Chủ tịch HĐND tỉnh Lai Châu.",
			skip, "Lê Văn Ba: Chủ tịch @ HĐND tỉnh Lai Châu; Lê Văn Ba: Phó Bí thư @ Tỉnh ủy Lai Châu"},
		{"must not fire: a capitalized name in the aside",
			"Đồng chí Lê Văn Ba - Phó Bí thư Tỉnh ủy Lai Châu, với Trần Văn Tư, được bầu giữ chức Chủ tịch HĐND tỉnh Lai Châu.",
			skip, "Lê Văn Ba: Phó Bí thư @ Tỉnh ủy Lai Châu"},
		{"must not fire: no vote in the aside",
			"Đồng chí Lê Văn Ba - Phó Bí thư Tỉnh ủy Lai Châu, với nhiều kinh nghiệm công tác, được bầu giữ chức Chủ tịch HĐND tỉnh Lai Châu.",
			skip, "Lê Văn Ba: Phó Bí thư @ Tỉnh ủy Lai Châu"},
	})
}

// TestCouncilCommitteesOfRound50 covers a council's committees named bare,
// one or a list, then "của" and the council: each is that council's, its
// term too. Lines of our own.
func TestCouncilCommitteesOfRound50(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"one committee, then 'của' and the council",
			"Kỳ họp đã thành lập Ban Dân tộc của HĐND tỉnh Sơn La và quyết định số lượng Ủy viên.",
			"Ban Dân tộc HĐND tỉnh Sơn La; HĐND tỉnh Sơn La", skip},
		{"a list of committees, then the council and its term",
			"Kỳ họp bầu nhân sự cho các Ban kinh tế ngân sách, Ban Pháp chế, Ban văn hóa xã hội của HĐND tỉnh An Giang khóa VIII, và bầu các Hội thẩm.",
			"Ban kinh tế ngân sách HĐND tỉnh An Giang khóa VIII; Ban Pháp chế HĐND tỉnh An Giang khóa VIII; Ban văn hóa xã hội HĐND tỉnh An Giang khóa VIII; HĐND tỉnh An Giang khóa VIII", skip},
		{"fields written with a dash and 'và'",
			"Kỳ họp bầu Ban Kinh tế và ngân sách, Ban Văn hóa-xã hội của HĐND tỉnh Sơn La.",
			"Ban Kinh tế và ngân sách HĐND tỉnh Sơn La; Ban Văn hóa-xã hội HĐND tỉnh Sơn La; HĐND tỉnh Sơn La", skip},
		{"must not fire: after a title, read with the post as before",
			"Ông Lê Văn Ba, Trưởng ban Pháp chế của HĐND tỉnh An Giang phát biểu.",
			"Ban Pháp chế HĐND An Giang", skip},
		{"must not fire: a committee of another body",
			"Kỳ họp bầu Ban Dân tộc của UBND tỉnh Sơn La.",
			"UBND tỉnh Sơn La", skip},
		{"must not fire: the board opens its sentence (round 36's guard)",
			"Ban Dân tộc của HĐND tỉnh Sơn La đã khảo sát tại huyện.",
			"HĐND tỉnh Sơn La", skip},
		{"must not fire: a board no council has",
			"Kỳ họp bầu Ban Tuyên giáo của HĐND tỉnh Sơn La.",
			"HĐND tỉnh Sơn La", skip},
	})
}

// TestTownAfterBoardRound50 covers a town's committee written after a
// board, its town's name beginning with a family name's word ("BTV
// Huyện ủy Lục Nam đã …"): the two words are the town's, as after the
// committee alone. Lines of our own.
func TestTownAfterBoardRound50(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a board written short, then the district's committee",
			"Hiện BTV Huyện ủy Lục Nam đã chỉ đạo các chi bộ.",
			"BTV Huyện ủy Lục Nam", skip},
		{"the board written in full",
			"Ông Lê Văn Ba, Ủy viên Ban Thường vụ Huyện ủy Lục Nam, phát biểu.",
			"Ban Thường vụ Huyện ủy Lục Nam", skip},
		{"must not fire: a full name after the committee",
			"Ủy viên Ban Thường vụ Huyện ủy Lục Ngạn Nguyễn Văn Ba phát biểu.",
			"Ban Thường vụ Huyện ủy", skip},
	})
}
