package importer

import "testing"

// skip marks a kind a round 10 case does not check.
const skip = "?"

// TestBodiesPostsRound10 covers the rules of round 10 for bodies, posts
// and people: each case fails without its rule. orgs is orgsOf's list,
// posts postsOf's; skip leaves one unchecked.
func TestBodiesPostsRound10(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a Prime Minister named without his Government names no body",
			"Năm 2016, Thủ tướng Nguyễn Tấn Dũng phê chuẩn; ông Lê Văn Tâm, Phó Bí thư Tỉnh ủy Sơn La dự.",
			"Tỉnh ủy Sơn La",
			"Lê Văn Tâm: Phó Bí thư @ Tỉnh ủy Sơn La; Nguyễn Tấn Dũng: Thủ tướng @ Chính phủ"},
		{"the standing member of the Secretariat writes the Secretariat",
			"Năm 2016, đồng chí Trần Quốc Vượng, Thường trực Ban Bí thư dự.",
			"Ban Bí thư",
			skip},
		{"a standing board written without Ban, and the posts after it",
			"Năm 2013, ông Lê Văn Lâm, Ủy viên Thường vụ Tỉnh ủy, Bí thư Huyện ủy Trà Cú dự họp ở tỉnh Trà Vinh.",
			"Ban Thường vụ Tỉnh ủy Trà Vinh; Huyện ủy Trà Cú",
			"Lê Văn Lâm: Bí thư @ Huyện ủy Trà Cú; Lê Văn Lâm: Ủy viên @ Ban Thường vụ Tỉnh ủy Trà Vinh"},
		{"a lower-case vụ is no family name Vũ: the list of posts goes on",
			"Năm 2013, ông Lê Văn Lâm, Ủy viên Thường vụ Hội Nông dân, Bí thư Huyện ủy Trà Cú dự họp ở tỉnh Trà Vinh.",
			skip,
			"Lê Văn Lâm: Bí thư @ Huyện ủy Trà Cú"},
		{"a district's standing board written without Ban is the board",
			"Năm 2023, Thường vụ Huyện ủy Hòa Vang trao Huy hiệu Đảng; Ban Thường vụ Huyện ủy Hòa Vang chúc mừng.",
			"Ban Thường vụ Huyện ủy Hòa Vang",
			skip},
		{"a place's last two words are no person: Ma starts no full name",
			"Năm 2025, HĐND phường Buôn Ma Thuột họp.",
			"HĐND phường Buôn Ma Thuột",
			skip},
		{"a bare party committee in an apposition is of the commune a later post names, not of the Tỉnh ủy",
			"Năm 2025, ông Từ Thái Giang, Bí thư Đảng ủy, Ủy viên Ban Thường vụ Tỉnh ủy, Chủ tịch HĐND phường Tân An, tỉnh Đắk Lắk dự.",
			skip,
			"Từ Thái Giang: Bí thư @ Đảng ủy phường Tân An; Từ Thái Giang: Chủ tịch @ HĐND phường Tân An; Từ Thái Giang: Ủy viên @ Ban Thường vụ Tỉnh ủy Đắk Lắk"},
		{"a bare party group in an apposition is of the body a later post names",
			"Năm 2010, đồng chí Trần Hanh, Bí thư Đảng đoàn, Chủ tịch Hội CCB Việt Nam dự.",
			"Đảng đoàn Hội CCB Việt Nam; Hội CCB Việt Nam",
			skip},
		{"a party group of a state body is a body",
			"Năm 2021, Ban Thường vụ Tỉnh ủy giao Ban cán sự đảng UBND tỉnh chỉ đạo.",
			"Ban Thường vụ Tỉnh ủy; Ban cán sự đảng UBND tỉnh",
			skip},
		{"the Party written in full is a body wherever it is named",
			"Năm 2020, kỷ niệm 90 năm ngày thành lập Đảng Cộng sản Việt Nam Nguyễn Văn Cừ.",
			"Đảng Cộng sản Việt Nam",
			skip},
		{"a Chánh Văn phòng heads the office of the body named: the post is of that body",
			"Năm 2013, ông Trần Anh Dũng, Chánh Văn phòng UBND tỉnh Trà Vinh dự.",
			"UBND tỉnh Trà Vinh",
			"Trần Anh Dũng: Chánh Văn phòng @ UBND tỉnh Trà Vinh"},
		{"an office of two councils is left whole",
			"Năm 2013, bà Lê Thị Hoa, Phó Chánh Văn phòng HĐND và UBND huyện Tiểu Cần dự.",
			"Văn phòng HĐND và UBND huyện Tiểu Cần",
			"Lê Thị Hoa: Phó Chánh Văn phòng @ Văn phòng HĐND và UBND huyện Tiểu Cần"},
		{"a career's Chánh Văn phòng names the body served",
			"Ông từng đảm nhận các chức vụ: Phó Chủ tịch UBND huyện Trần Văn Thời; Chánh Văn phòng Tỉnh ủy Cà Mau; Chủ tịch UBND tỉnh Cà Mau.",
			"UBND huyện Trần Văn Thời; Tỉnh ủy Cà Mau; UBND tỉnh Cà Mau",
			skip},
		{"the office in lower case after Chánh",
			"Năm 2013, HĐND bầu bổ sung ủy viên đối với ông Hồ Văn Gia, Chánh văn phòng UBND TP Cần Thơ.",
			skip,
			"Hồ Văn Gia: Chánh văn phòng @ UBND TP Cần Thơ"},
		{"the General Secretary is a post without a body, held by the name after it even after của",
			"Năm 2021, lời kêu gọi của Tổng Bí thư Nguyễn Phú Trọng được quán triệt.",
			"",
			"Nguyễn Phú Trọng: Tổng Bí thư @ "},
		{"a second post in a dismissal without its body is of the body named before, for the person after it",
			"Năm 2013, Thủ tướng phê chuẩn việc miễn nhiệm chức vụ chủ tịch UBND tỉnh Trà Vinh đối với ông Trần Khiêu và chức vụ phó chủ tịch đối với ông Tống Minh Viễn.",
			skip,
			"Trần Khiêu: chủ tịch @ UBND tỉnh Trà Vinh; Tống Minh Viễn: phó chủ tịch @ UBND tỉnh Trà Vinh"},
		{"the last post of a career listed with commas names its body",
			"Năm 2015, ông Phạm Văn Nghị đã từng giữ các chức vụ Giám đốc Sở Tài chính tỉnh Nam Định, Bí thư Thành ủy Nam Định.",
			"Sở Tài chính Nam Định; Thành ủy Nam Định",
			skip},
		{"a body written without its term is an entry apart from the body written with it",
			"Năm 2020, Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVII họp. Ban Chấp hành Đảng bộ tỉnh ra mắt.",
			"Ban Chấp hành Đảng bộ tỉnh Lạng Sơn khóa XVII; Ban Chấp hành Đảng bộ tỉnh Lạng Sơn",
			skip},
		{"a post named with and without its term is one post, the first named",
			"Năm 2020, đồng chí Lâm Thị Phương Thanh tái đắc cử Bí thư Tỉnh ủy Lạng Sơn khóa XVII. Đồng chí Lâm Thị Phương Thanh, Bí thư Tỉnh ủy Lạng Sơn tặng hoa.",
			skip,
			"Lâm Thị Phương Thanh: Bí thư @ Tỉnh ủy Lạng Sơn"},
		{"where a person stands in a photo does not part the person from the post given",
			"Năm 2010, Bộ Chính trị điều động đồng chí Võ Văn Dũng (phải) giữ chức Phó Trưởng Ban Nội chính Trung ương.",
			skip,
			"Võ Văn Dũng: Phó Trưởng Ban @ Ban Nội chính Trung ương"},
		{"a committee of the National Assembly names its level, and is no standing board of a party committee",
			"Năm 2025, Thường trực HĐND tỉnh trình Ủy ban Thường vụ Quốc hội phê chuẩn.",
			"Thường trực HĐND tỉnh; Ủy ban Thường vụ Quốc hội",
			skip},
		{"a post after là is held, not an office acting: its body is named",
			"Năm 2024, ông Nguyễn Đình Việt giữ chức Phó Bí thư Tỉnh ủy Sơn La, khi đang là Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội.",
			"Tỉnh ủy Sơn La; Ủy ban Kinh tế của Quốc hội",
			skip},
	})
}

// bodiesPostsCase is a sentence with the bodies (orgsOf's list) and posts
// (postsOf's) the rules must find in it; skip leaves one unchecked.
type bodiesPostsCase struct{ name, text, orgs, posts string }

func checkBodiesPosts(t *testing.T, tests []bodiesPostsCase) {
	t.Helper()
	for _, tt := range tests {
		if tt.orgs != skip {
			if g := orgsOf(tt.text); g != tt.orgs {
				t.Errorf("%s: organizations %q, want %q", tt.name, g, tt.orgs)
			}
		}
		if tt.posts != skip {
			if g := postsOf(tt.text); g != tt.posts {
				t.Errorf("%s: positions %q, want %q", tt.name, g, tt.posts)
			}
		}
	}
}
