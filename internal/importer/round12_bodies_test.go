package importer

import "testing"

// TestBodiesPostsRound12 covers the rules of round 12 for bodies, posts
// and people: each case fails without its rule. orgs is orgsOf's list,
// posts postsOf's; skip leaves one unchecked.
func TestBodiesPostsRound12(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a party cell of a xóm",
			"Năm 2024, đồng chí Lê Thị Hoa, Chi bộ xóm Đồng, nhận Huy hiệu.",
			"Chi bộ xóm Đồng",
			skip},
		{"a post after chức vụ and a comma",
			"Năm 2019, Thủ tướng phê chuẩn kết quả miễn nhiệm chức vụ, Chủ tịch ủy ban nhân dân tỉnh Hà Tĩnh, nhiệm kỳ 2016-2021, đối với ông Nguyễn Văn Nam.",
			skip,
			"Nguyễn Văn Nam: Chủ tịch @ Ủy ban nhân dân tỉnh Hà Tĩnh"},
		{"a council's term after a comma",
			"Năm 2021, ông Nguyễn Văn Nam được bầu giữ chức Phó Chủ tịch UBND tỉnh Hà Tĩnh, khoá X, nhiệm kỳ 2021-2026.",
			skip,
			"Nguyễn Văn Nam: Phó Chủ tịch @ UBND tỉnh Hà Tĩnh khoá X"},
		{"an association of businesses",
			"Năm 2025, Hiệp hội Doanh nghiệp tỉnh Hà Tĩnh nhận Huân chương Lao động hạng III.",
			"Hiệp hội Doanh nghiệp Hà Tĩnh",
			skip},
		{"a party's inspection committee by its initials",
			"Năm 2020, đồng chí Lê Văn Nam được bầu giữ chức vụ Chủ nhiệm UBKT Tỉnh ủy Hà Tĩnh.",
			"UBKT Tỉnh ủy Hà Tĩnh",
			"Lê Văn Nam: Chủ nhiệm @ UBKT Tỉnh ủy Hà Tĩnh"},
		{"the Centre after a board's name of two syllables",
			"Năm 2014, ông Lê Văn Nam, Phó Trưởng ban Tuyên Giáo Trung ương dự.",
			"Ban Tuyên Giáo Trung ương",
			"Lê Văn Nam: Phó Trưởng ban @ Ban Tuyên Giáo Trung ương"},
		{"a count of posts elected after bầu ra",
			"Năm 2020, Ban Chấp hành bầu ra 2 Phó Bí thư Tỉnh ủy Hà Tĩnh khoá mới, gồm các đồng chí: Lê Văn Nam (Giám đốc Sở Nội vụ) và Trần Văn Hai (Giám đốc Sở Tài chính).",
			skip,
			"Lê Văn Nam: Giám đốc @ Sở Nội vụ Hà Tĩnh; Lê Văn Nam: Phó Bí thư @ Tỉnh ủy Hà Tĩnh; Trần Văn Hai: Giám đốc @ Sở Tài chính Hà Tĩnh; Trần Văn Hai: Phó Bí thư @ Tỉnh ủy Hà Tĩnh"},
		{"the people before trở thành hold the post after it",
			"Năm 2011, kết quả bầu, ông Trần Văn Hai, Giám đốc Sở Nội vụ tỉnh, và ông Lê Văn Nam, Chủ tịch Liên đoàn Lao động tỉnh, đã trở thành Phó Chủ tịch Ủy ban Nhân dân tỉnh Hà Tĩnh, nhiệm kỳ 2011-2016.",
			skip,
			"Lê Văn Nam: Chủ tịch @ Liên đoàn Lao động tỉnh Hà Tĩnh; Lê Văn Nam: Phó Chủ tịch @ Ủy ban Nhân dân tỉnh Hà Tĩnh; Trần Văn Hai: Giám đốc @ Sở Nội vụ Hà Tĩnh; Trần Văn Hai: Phó Chủ tịch @ Ủy ban Nhân dân tỉnh Hà Tĩnh"},
	})
}
