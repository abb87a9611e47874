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
	})
}
