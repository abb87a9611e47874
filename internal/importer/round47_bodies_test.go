package importer

import "testing"

// TestJoinedPostRound47 covers two posts given by one verb to the people
// named after both, the second joined by "và" and its own verb ("cho
// thôi làm nhiệm vụ", "chức danh"): "miễn nhiệm chức danh Chủ tịch UBND
// tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông A". A
// first post already given to its holder stays theirs alone. Lines of
// our own.
func TestJoinedPostRound47(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a dismissal joined to a deputy's task",
			"Tại kỳ họp, HĐND tỉnh Hà Giang làm các thủ tục miễn nhiệm chức danh Chủ tịch UBND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với đồng chí Lê Văn Hai, người nghỉ hưu theo chế độ.",
			skip,
			"Lê Văn Hai: Chủ tịch @ UBND tỉnh Hà Giang; Lê Văn Hai: Đại biểu @ HĐND tỉnh Hà Giang"},
		{"terms after both posts",
			"Tại kỳ họp, HĐND tỉnh Hà Giang đã miễn nhiệm chức vụ Chủ tịch UBND tỉnh khóa 8 (nhiệm kỳ 2021 - 2026) và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh khóa 8 (nhiệm kỳ 2021 - 2026) đối với ông Lê Văn Hai, Phó Bí thư Tỉnh ủy.",
			skip,
			"Lê Văn Hai: Chủ tịch @ UBND tỉnh Hà Giang khóa 8; Lê Văn Hai: Phó Bí thư @ Tỉnh ủy Hà Giang; Lê Văn Hai: Đại biểu @ HĐND tỉnh Hà Giang khóa 8"},
		{"must not fire: each post given to its own holder",
			"Tại kỳ họp, HĐND tỉnh Hà Giang đã miễn nhiệm chức danh Chủ tịch UBND tỉnh đối với ông Lê Văn Hai và chức danh Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Ba.",
			skip,
			"Lê Văn Ba: Phó Chủ tịch @ UBND tỉnh Hà Giang; Lê Văn Hai: Chủ tịch @ UBND tỉnh Hà Giang"},
		{"must not fire: the first post already its elected holder's",
			"Tại kỳ họp, HĐND tỉnh Hà Giang bầu ông Lê Văn Hai giữ chức Chủ tịch UBND tỉnh và cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông Lê Văn Ba.",
			skip,
			"Lê Văn Ba: Đại biểu @ HĐND tỉnh Hà Giang; Lê Văn Hai: Chủ tịch @ UBND tỉnh Hà Giang"},
	})
}

// TestRepeatedHeadRound47 covers a body's name written in full after a
// title that ends in its head word: "Trưởng ban Ban Kinh tế - Ngân sách
// HĐND tỉnh" is the head of the Ban Kinh tế - Ngân sách, as "Trưởng ban
// Kinh tế - Ngân sách" is. A lower-case word after the title is no body's
// name begun again. Lines of our own.
func TestRepeatedHeadRound47(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a council committee's head dismissed, its name in full",
			"Kỳ họp HĐND tỉnh Hà Giang thông qua Nghị quyết cho thôi làm Trưởng ban Ban Văn hóa - Xã hội Hội đồng Nhân dân tỉnh với đồng chí Lê Văn Hai;",
			skip,
			"Lê Văn Hai: Trưởng ban @ Ban Văn hóa - Xã hội Hội đồng Nhân dân Hà Giang"},
		{"a deputy head in an apposition",
			"Ông Lê Văn Hai, Phó Trưởng ban Ban Quản lý dự án tỉnh Hà Giang, phát biểu.",
			skip,
			"Lê Văn Hai: Phó Trưởng ban @ Ban Quản lý dự án Hà Giang"},
		{"must not fire: the same head word in lower case",
			"Ông Lê Văn Hai, Trưởng ban ban hành quyết định số 12 của tỉnh Hà Giang.",
			skip,
			""},
	})
}

// TestRepeatedHeadCutRound47 covers the repeated head's limits: a body
// the shared head already reads further is read so, and a body cut at a
// title word is not read from the repeated head. Lines of our own.
func TestRepeatedHeadCutRound47(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"must not fire: a body cut at a title",
			"Năm 2018, Thủ tướng quyết định ông Lê Văn Hai thôi giữ chức Phó Trưởng ban Ban Quản lý Lăng Chủ tịch Hồ Chí Minh.",
			"",
			skip},
	})
}
