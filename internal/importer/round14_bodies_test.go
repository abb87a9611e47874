package importer

import "testing"

// TestPeopleRound14 covers the people of round 14: each case fails
// without its rule.
func TestPeopleRound14(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"names listed after là: with where they are, two in an item",
			"Năm 2022, 7 nghệ nhân được phong tặng là: Vũ Văn Đáp ở xã Thanh Hải; Phạm Văn Cỏn, Đinh Văn Cổn ở xã Lê Lợi (Gia Lộc); nghệ nhân hát văn Bùi Văn Chương ở xã Thăng Long.",
			"Vũ Văn Đáp; Phạm Văn Cỏn; Đinh Văn Cổn; Bùi Văn Chương"},
		{"an item without a name ends the list",
			"Năm 2022, các xã là: Thanh Hải ở huyện Thanh Hà; tỉnh Hải Dương có Vũ Văn Đáp.",
			""},
	}
	for _, tt := range tests {
		if got := peopleOf(tt.text); got != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestBodiesPostsRound14 covers the rules of round 14 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound14(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"members elected one a line after gồm N đồng chí sau:",
			"Năm 2020, Ban Chấp hành Đảng bộ tỉnh Cà Mau đã bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí sau:\n\n1. Nguyễn Tiến Hải\n\n  2. Lê Quân\n\nĐồng chí Nguyễn Tiến Hải được bầu giữ chức Bí thư.",
			skip,
			"Lê Quân: Ủy viên @ Ban Thường vụ Tỉnh ủy Cà Mau; Nguyễn Tiến Hải: Ủy viên @ Ban Thường vụ Tỉnh ủy Cà Mau"},
		{"a line after the list is not a member",
			"Năm 2020, Đảng bộ tỉnh Cà Mau đã bầu Ủy ban Kiểm tra Tỉnh ủy gồm các đồng chí:\n\n1. Lê Minh Ý\n\nPhạm Văn Nam phát biểu.\n\nTrần Văn Hai",
			skip,
			"Lê Minh Ý: Ủy viên @ Ủy ban Kiểm tra Tỉnh ủy Cà Mau"},
		{"no members without bầu",
			"Năm 2020, Ban Thường vụ Tỉnh ủy Cà Mau gồm 15 đồng chí sau:\n\n1. Nguyễn Tiến Hải",
			skip,
			""},
		{"names without ông listed with their appositions after đối với các ông:",
			"Năm 2024, HĐND tỉnh Hà Giang miễn nhiệm chức danh Ủy viên UBND tỉnh đối với các ông: Nguyễn Hồng Hải, nguyên Giám đốc Sở Tài chính; Sùng Đại Hùng, nguyên Giám đốc Sở Ngoại vụ, do nghỉ hưu.",
			skip,
			"Nguyễn Hồng Hải: Ủy viên @ UBND tỉnh Hà Giang; Sùng Đại Hùng: Ủy viên @ UBND tỉnh Hà Giang"},
		{"an acting post written Quyền",
			"Năm 2024, dự kỳ họp có đồng chí Nguyễn Mạnh Dũng, Quyền Bí thư Tỉnh ủy Hà Giang.",
			skip,
			"Nguyễn Mạnh Dũng: Quyền Bí thư @ Tỉnh ủy Hà Giang"},
		{"a ward's youth union written Đoàn phường",
			"Năm 2025, chị Lê Thị Ngọc Giàu, Bí thư Đoàn phường Bình Hoà (TP.Thuận An) nhận Bằng khen.",
			"Đoàn phường Bình Hoà",
			"Lê Thị Ngọc Giàu: Bí thư @ Đoàn phường Bình Hoà"},
		{"a school's youth union written Đoàn trường",
			"Năm 2025, anh Lê Quốc Anh, Bí thư Đoàn trường THPT Huỳnh Văn Nghệ (TP.Tân Uyên) nhận Bằng khen.",
			"Đoàn trường THPT Huỳnh Văn Nghệ",
			"Lê Quốc Anh: Bí thư @ Đoàn trường THPT Huỳnh Văn Nghệ"},
		{"a youth cell of a school",
			"Năm 2025, anh Lê Minh Quân, Bí thư Chi đoàn Trường THCS Mỹ Phước nhận Bằng khen.",
			"Chi đoàn Trường THCS Mỹ Phước",
			"Lê Minh Quân: Bí thư @ Chi đoàn Trường THCS Mỹ Phước"},
		{"Đoàn before a name or a delegation is no youth union",
			"Năm 2025, ông Đoàn Văn Nam, Trưởng đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh, dự.",
			"Đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh",
			"Đoàn Văn Nam: Trưởng đoàn @ Đoàn Đại biểu Quốc hội tỉnh Hà Tĩnh"},
		{"the Pioneers' council and the province's youth union",
			"Năm 2025, đồng chí Giáp Xuân Cảnh, Phó Bí thư Tỉnh đoàn, Chủ tịch Hội đồng Đội tỉnh Bắc Giang dự.",
			"Tỉnh đoàn Bắc Giang; Hội đồng Đội tỉnh Bắc Giang",
			"Giáp Xuân Cảnh: Chủ tịch @ Hội đồng Đội tỉnh Bắc Giang; Giáp Xuân Cảnh: Phó Bí thư @ Tỉnh đoàn Bắc Giang"},
		{"the Pioneers' council of the Centre",
			"Năm 2025, chị Nguyễn Phạm Duy Trang, Chủ tịch Hội đồng Đội Trung ương trao Bằng khen.",
			"Hội đồng Đội Trung ương",
			"Nguyễn Phạm Duy Trang: Chủ tịch @ Hội đồng Đội Trung ương"},
		{"the standing board of the province's youth union",
			"Năm 2025, Ban Thường vụ Tỉnh đoàn Bắc Giang đã tổ chức trao Kỷ niệm chương.",
			"Ban Thường vụ Tỉnh đoàn Bắc Giang",
			skip},
		{"the youth federation written in lower case",
			"Năm 2025, đồng chí Bùi Văn Hoàng, Phó Chủ tịch Hội liên hiệp thanh niên tỉnh Bắc Giang dự.",
			"Hội liên hiệp thanh niên Bắc Giang",
			"Bùi Văn Hoàng: Phó Chủ tịch @ Hội liên hiệp thanh niên Bắc Giang"},
		{"an association's Centre",
			"Năm 2025, giải thưởng cao quý của Trung ương Hội Liên hiệp Thanh niên Việt Nam được trao.",
			"Trung ương Hội Liên hiệp Thanh niên Việt Nam",
			skip},
		{"a body named after Hồ Chí Minh",
			"Năm 2017, 100 người được Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh tặng Kỷ niệm chương.",
			"Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
			skip},
		{"the city named Hồ Chí Minh stays a city",
			"Năm 2017, ông Nguyễn Văn An, Giám đốc Công an TP. Hồ Chí Minh dự.",
			"Công an TP. Hồ Chí Minh",
			skip},
		{"a Party member written ĐV before the name",
			"Năm 2022, Ban Thường vụ Tỉnh ủy Gia Lai tặng Huy hiệu 30 năm tuổi Đảng cho ĐV Vũ Sơn Hà-Chỉ huy trưởng Ban Chỉ huy Quân sự xã Diên Phú.",
			skip,
			"Vũ Sơn Hà: Chỉ huy trưởng @ Ban Chỉ huy Quân sự xã Diên Phú"},
		{"the person before an apposition in parentheses is the one elected",
			"Năm 2020, ông Nguyễn Thành Tâm (Phó Bí thư Thường trực Tỉnh ủy Tây Ninh) được bầu giữ chức Bí thư Tỉnh ủy Tây Ninh khoá X.",
			skip,
			"Nguyễn Thành Tâm: Bí thư @ Tỉnh ủy Tây Ninh khoá X; Nguyễn Thành Tâm: Phó Bí thư Thường trực @ Tỉnh ủy Tây Ninh"},
		{"the standing board of the youth union, the province not written",
			"Sáng ngày 22/3, Ban Thường vụ Tỉnh đoàn đã tổ chức trao quà.",
			"Ban Thường vụ Tỉnh đoàn",
			skip},
		{"a ward by its number",
			"Năm 2022, Thành ủy TP Tân An phối hợp với Đảng ủy phường 2, thành phố Tân An tổ chức lễ.",
			"Thành ủy TP Tân An; Đảng ủy phường 2",
			skip},
		{"a count after a commune is no number of it",
			"Năm 2022, UBND xã 2 năm liền đạt chuẩn.",
			"UBND xã",
			skip},
	})
}
