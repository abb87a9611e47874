package importer

import "testing"

// TestFullTimePostRound46 covers a title qualified "chuyên trách" (full
// time): the qualifier is part of the title, as gold lists write it, the
// body after it as after the bare title. A "tổ công tác chuyên trách" is
// a body's name, no post. Lines of our own.
func TestFullTimePostRound46(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a council committee's full-time member elected its deputy head",
			"Tại kỳ họp, HĐND tỉnh Hà Giang bầu bà Lê Thị Ba, Ủy viên chuyên trách Ban Pháp chế HĐND tỉnh giữ chức Phó Trưởng Ban Pháp chế HĐND tỉnh.",
			skip,
			"Lê Thị Ba: Phó Trưởng Ban @ Ban Pháp chế HĐND Hà Giang; Lê Thị Ba: Ủy viên chuyên trách @ Ban Pháp chế HĐND Hà Giang"},
		{"a full-time deputy secretary of a party committee",
			"Ông Lê Văn Năm, Phó Bí thư chuyên trách Đảng ủy Khối doanh nghiệp tỉnh Hà Giang, phát biểu.",
			skip,
			"Lê Văn Năm: Phó Bí thư chuyên trách @ Đảng ủy Khối doanh nghiệp tỉnh Hà Giang"},
		{"must not fire: a full-time team is a body, no title",
			"Năm 2023, Tổ công tác chuyên trách của tỉnh Hà Giang họp với ông Lê Văn Năm.",
			skip,
			""},
	})
}
