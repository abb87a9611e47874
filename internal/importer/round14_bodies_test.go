package importer

import "testing"

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
	})
}
