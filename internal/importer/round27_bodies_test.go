package importer

import "testing"

// TestFamiliesListedRound27 covers the families a title honours listed
// after "gia đình, gồm:" by a name each, with where she lived in brackets.
func TestFamiliesListedRound27(t *testing.T) {
	for _, tt := range []struct{ name, text, want string }{
		{"three families named with their wards",
			"Lãnh đạo huyện trao bằng cho thân nhân của 03 gia đình, gồm: Phạm Thị Nở (ngụ xã Tân Lập), Đỗ Thị Hằng (ngụ phường Bình Minh) và Võ Thị Sen (ngụ xã Hòa Bình).",
			"Phạm Thị Nở; Đỗ Thị Hằng; Võ Thị Sen"},
		{"the families listed without a comma before gồm",
			"Huyện đã trao quà cho 2 gia đình gồm: Lý Thị Mận và Hồ Thị Cúc.",
			"Lý Thị Mận; Hồ Thị Cúc"},
		{"must not fire: the families listed by their communes",
			"Huyện đã trao quà cho 12 gia đình, gồm: xã Tân Lập, xã Hòa Bình và phường Bình Minh.",
			""},
	} {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestTownCapitalizedRound27 covers a town's body written "Thị xã" with a
// capital letter and no name: the town's, never a commune the story names.
func TestTownCapitalizedRound27(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a town's committee written capitalized, a commune named later",
			"Dự lễ có ông Lê Văn Tư, Phó Chủ tịch UBND Thị xã.\n\nBà Trần Thị Mai (ngụ xã Phước Lộc) nhận quà.",
			"UBND Thị xã",
			"Lê Văn Tư: Phó Chủ tịch @ UBND Thị xã"},
		{"must not fire: a commune's committee, written in lower case, takes the commune the story names",
			"Dự lễ có ông Lê Văn Tư, Phó Chủ tịch UBND xã.\n\nBà Trần Thị Mai (ngụ xã Phước Lộc) nhận quà.",
			"UBND xã Phước Lộc",
			"Lê Văn Tư: Phó Chủ tịch @ UBND xã Phước Lộc"},
	})
}

// TestActingHeldRound27 covers "được giao giữ chức quyền …": the person
// named before acts in the post.
func TestActingHeldRound27(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a deputy given the acting chairmanship",
			"Theo quyết định, ông Đặng Văn Hòa, Phó Chủ tịch UBND tỉnh Phú Yên, được giao giữ chức quyền Chủ tịch UBND tỉnh Phú Yên cho tới khi kiện toàn.",
			skip,
			"Đặng Văn Hòa: Phó Chủ tịch @ UBND tỉnh Phú Yên; Đặng Văn Hòa: quyền Chủ tịch @ UBND tỉnh Phú Yên"},
		{"must not fire: the powers of a post are no post",
			"Ông Đặng Văn Hòa, Phó Chủ tịch UBND tỉnh Phú Yên, bàn về chức quyền của Chủ tịch UBND tỉnh.",
			skip,
			"Đặng Văn Hòa: Phó Chủ tịch @ UBND tỉnh Phú Yên"},
	})
}

// TestGovernmentInspectorateRound27 covers "Thanh tra Chính phủ", the
// Government Inspectorate: a body of its own, not the Government.
func TestGovernmentInspectorateRound27(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the inspectorate named as a body",
			"Dịp này, Thanh tra Chính phủ tổ chức thăm hỏi các gia đình có công.",
			"Thanh tra Chính phủ",
			skip},
		{"must not fire: an inspection the Government sends, in lower case",
			"Đoàn thanh tra Chính phủ làm việc với tỉnh Phú Yên.",
			"Chính phủ",
			skip},
	})
}

// TestCountedListRound27 covers a list of people opened by a count and a
// colon ("Ba đồng chí:"), its items parted by ";": every one of them takes
// the post the list is elected to.
func TestCountedListRound27(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"three comrades counted, parted by semicolons",
			"Ba đồng chí: Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy; Trần Văn Bình, Trưởng Ban Tổ chức Tỉnh ủy; Đỗ Văn Cường, Chủ tịch UBND tỉnh Hà Giang được bầu giữ chức Phó Bí thư Tỉnh ủy Hà Giang khóa XVIII.",
			skip,
			"Lê Văn An: Phó Bí thư @ Tỉnh ủy Hà Giang khóa XVIII; Lê Văn An: Ủy viên @ Ban Thường vụ Tỉnh ủy Hà Giang; Trần Văn Bình: Phó Bí thư @ Tỉnh ủy Hà Giang khóa XVIII; Trần Văn Bình: Trưởng Ban @ Ban Tổ chức Tỉnh ủy Hà Giang; Đỗ Văn Cường: Chủ tịch @ UBND tỉnh Hà Giang; Đỗ Văn Cường: Phó Bí thư @ Tỉnh ủy Hà Giang khóa XVIII"},
		{"must not fire: a count without a colon, the semicolon ends a clause",
			"Ông Lê Văn An, Ủy viên Ban Thường vụ Tỉnh ủy dự lễ; ông Đỗ Văn Cường, Chủ tịch UBND tỉnh Hà Giang được bầu giữ chức Phó Bí thư Tỉnh ủy Hà Giang khóa XVIII.",
			skip,
			"Lê Văn An: Ủy viên @ Ban Thường vụ Tỉnh ủy Hà Giang; Đỗ Văn Cường: Chủ tịch @ UBND tỉnh Hà Giang; Đỗ Văn Cường: Phó Bí thư @ Tỉnh ủy Hà Giang khóa XVIII"},
	})
}

// TestSteeringCommitteeRound27 covers a steering committee named by its
// task in lower case, up to its place: "Ban Chỉ đạo …".
func TestSteeringCommitteeRound27(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the task with phòng, chống and a disease's name, then its province",
			"Năm 2021, Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 tỉnh Hà Giang yêu cầu các xã khai báo.",
			"Ban Chỉ đạo phòng, chống dịch bệnh COVID-19 Hà Giang",
			skip},
		{"the task with its short name in brackets, then the city written short",
			"Ngày 5/8/2022, Ban chỉ đạo vận động hiến máu tình nguyện (HMTN) TP. Hà Tiên tổ chức lễ tôn vinh.",
			"Ban chỉ đạo vận động hiến máu tình nguyện (HMTN) TP. Hà Tiên",
			skip},
		{"must not fire: a verb after the committee, no task",
			"Năm 2021, Ban chỉ đạo đã họp tại huyện Mèo Vạc.",
			"",
			skip},
	})
}
