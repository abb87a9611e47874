package importer

import "testing"

// TestBodiesPostsRound20 covers the rules of round 20 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound20(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a name that is an office's head but for its tone",
			"Năm 2020, tới dự có các đồng chí: Đỗ Xuân Tuyên, Thứ trưởng Bộ Y tế; Nguyễn Văn Phóng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hưng Yên.",
			skip,
			"Nguyễn Văn Phóng: Chủ tịch @ UBND tỉnh Hưng Yên; Nguyễn Văn Phóng: Phó Bí thư @ Tỉnh ủy Hưng Yên; Đỗ Xuân Tuyên: Thứ trưởng @ Bộ Y tế"},
	})
}
