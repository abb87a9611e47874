package importer

import "testing"

// TestBodiesPostsRound21 covers the rules of round 21 for bodies, posts
// and people: each case fails without its rule, but for those that say
// where a rule must not fire.
func TestBodiesPostsRound21(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"an age between commas before the apposition",
			"Năm 2021, ông Trần Minh Khoa, 49 tuổi, Phó Bí thư Tỉnh ủy, được bầu làm Chủ tịch UBND tỉnh Bến Tre.",
			skip,
			"Trần Minh Khoa: Chủ tịch @ UBND tỉnh Bến Tre; Trần Minh Khoa: Phó Bí thư @ Tỉnh ủy Bến Tre"},
		{"a count of years is no age: no apposition after it",
			"Năm 2021, ông Trần Minh Khoa, 30 năm công tác, nhận Kỷ niệm chương.",
			skip,
			""},
		{"\"xã hội\" in a body's name is no commune",
			"Năm 2023, bà Đỗ Thị Hạnh, Giám đốc Trung tâm Công tác xã hội tỉnh Phú Yên, dự lễ.",
			"Trung tâm Công tác xã hội Phú Yên",
			"Đỗ Thị Hạnh: Giám đốc @ Trung tâm Công tác xã hội Phú Yên"},
		{"a commune after a body is still its place",
			"Năm 2023, ông Lò Văn Pấng, Chủ tịch UBND xã Mường Lạn, dự lễ.",
			"UBND xã Mường Lạn",
			"Lò Văn Pấng: Chủ tịch @ UBND xã Mường Lạn"},
	})
}
