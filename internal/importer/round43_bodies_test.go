package importer

import "testing"

// TestElectedTogetherRound43 covers posts given to several people by one
// election sentence, read back from the post over what stands between
// it and its people: a term of the post held ("nhiệm kỳ 2021 - 2026"),
// an aside in brackets with no name and no post ("(tỷ lệ phiếu bầu đạt
// 98%)"), "cùng", the deputies who voted ("được các đại biểu tín nhiệm
// bầu"). Lines of our own.
func TestElectedTogetherRound43(t *testing.T) {
	checkList(t, "posts", postsOf, []struct{ name, text, want string }{
		{"two posts held and a term between the person and the post",
			"Tại kỳ họp, bà Lê Thị Hai, Phó Bí thư Tỉnh ủy, Đại biểu HĐND tỉnh Tân Châu khóa X, nhiệm kỳ 2021 - 2026, đã được bầu giữ chức Chủ tịch HĐND tỉnh Tân Châu khóa X.",
			"Lê Thị Hai: Chủ tịch @ HĐND tỉnh Tân Châu khóa X; Lê Thị Hai: Phó Bí thư @ Tỉnh ủy; Lê Thị Hai: Đại biểu @ HĐND tỉnh Tân Châu khóa X"},
		{"two people, each with a vote's share in brackets",
			"Kỳ họp cũng bầu bà Lê Thị Hai (tỷ lệ phiếu bầu đạt 97,5%) và bà Phạm Thị Ba (tỷ lệ phiếu bầu đạt 100%) giữ chức Phó Chủ tịch HĐND tỉnh Tân Châu.",
			"Lê Thị Hai: Phó Chủ tịch @ HĐND tỉnh Tân Châu; Phạm Thị Ba: Phó Chủ tịch @ HĐND tỉnh Tân Châu"},
		{"three people re-elected together",
			"Các ông Lê Văn Hai, ông Phạm Văn Ba và ông Trần Văn Bốn cùng tái đắc cử Phó Chủ tịch UBND tỉnh Tân Châu.",
			"Lê Văn Hai: Phó Chủ tịch @ UBND tỉnh Tân Châu; Phạm Văn Ba: Phó Chủ tịch @ UBND tỉnh Tân Châu; Trần Văn Bốn: Phó Chủ tịch @ UBND tỉnh Tân Châu"},
		{"the deputies who voted, their body unsaid",
			"Ông Lê Văn Hai tiếp tục được các đại biểu tín nhiệm bầu tái giữ chức Chủ tịch UBND tỉnh Tân Châu.",
			"Lê Văn Hai: Chủ tịch @ UBND tỉnh Tân Châu"},
		{"must not fire: a bracket that names a body is no aside",
			"Ông Lê Văn Hai (Sở Nội vụ) và ông Phạm Văn Ba (trái) giữ chức Phó Chủ tịch UBND tỉnh Tân Châu.",
			"Phạm Văn Ba: Phó Chủ tịch @ UBND tỉnh Tân Châu"},
		{"must not fire: the person named too far before a term",
			"Ông Lê Văn Hai cho biết trong thời gian tới tỉnh sẽ tập trung thực hiện nhiệm vụ nhiệm kỳ 2021 - 2026, đã được bầu giữ chức Chủ tịch HĐND tỉnh Tân Châu.",
			""},
	})
}

// TestAuthorSlotRound43 covers the authors of a work or a story, named
// after "tác giả", "nhóm tác giả" or "Tác giả bài viết:", often by pen
// names of two words with no family name, several parted by dashes: each
// is a person. Lines of our own.
func TestAuthorSlotRound43(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"one author by a pen name, then the unit",
			"2. Tác phẩm Mùa lúa mới ở vùng cao của tác giả Hạnh Dung, đơn vị Báo Tân Châu.",
			"Hạnh Dung"},
		{"a group of authors parted by dashes",
			"1. Loạt bài Giữ rừng đầu nguồn (3 kỳ) của nhóm tác giả Minh Tâm – Hải Yến - Lê Khôi, đơn vị Đài Phát thanh huyện Tân Châu.",
			"Minh Tâm; Hải Yến; Lê Khôi"},
		{"a story's author on a line of its own",
			"Ông Lê Văn Hai được bầu giữ chức Chủ tịch UBND tỉnh.\nTác giả: Quế Chi",
			"Lê Văn Hai; Quế Chi"},
		{"must not fire: a paper after 'tác giả'",
			"Giải thưởng được trao cho tác giả Báo Nhân Dân và các cộng tác viên.",
			""},
		{"must not fire: 'tác giả' with no name after it",
			"Các tác giả Đoạt giải được nhận Giấy chứng nhận.",
			""},
		{"must not fire: a capitalized run that goes on past the slot",
			"Tác phẩm của tác giả Hạnh Dung Báo Tân Châu được chọn.",
			""},
	})
}

// TestRareSurnameUongRound43 covers "Uông", a family name a body's name
// must not swallow ("Phó Chủ tịch Quốc hội Uông …"), taken only as
// written. Lines of our own.
func TestRareSurnameUongRound43(t *testing.T) {
	checkList(t, "posts", postsOf, []struct{ name, text, want string }{
		{"a name after a central body's title",
			"Dự lễ có Phó Chủ tịch Quốc hội Uông Văn Hai.",
			"Uông Văn Hai: Phó Chủ tịch @ Quốc hội"},
	})
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"must not fire: the verb in lower case",
			"Người dân uống nước sạch từ năm 2020.",
			""},
	})
}
