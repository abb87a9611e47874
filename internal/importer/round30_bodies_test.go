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
