package importer

import "testing"

// Round 43: a contest's grade that heads the list of its winners ("N tác
// phẩm đạt giải Nhất:") is an award, and the authors named in each work
// listed after it, up to the next grade, are its recipients, pen names
// of two words included; the paper an author writes for is not (lines of
// our own). A grade in running text, a metal, or a list line with no
// "tác giả" gives none.
func TestContestGradesRound43(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5-6-2023, ban tổ chức công bố kết quả.\n\n3 tác phẩm đạt giải Nhất:\n1. Loạt bài Mùa lúa mới của nhóm tác giả Minh Hà – Thu Trang, đơn vị Báo Tân Lập\n2. Tác phẩm Dòng sông quê của tác giả Hải Yến, đơn vị Đài PT-TH Tân Lập.\n\n2 tác phẩm đạt giải Nhì:\n1. Tác phẩm Ruộng bậc thang của tác giả Quang Vũ - Lê Hạnh, đơn vị Báo Tân Lập",
			"Giải Nhất: minh ha, thu trang, hai yen; Giải Nhì: quang vu, le hanh"},
		// A grade in running text: no award of its own.
		{"Ngày 5-6-2023, phóng viên Minh Hà đoạt giải nhất cuộc thi viết về người tốt, việc tốt.", ""},
		// A metal: no grade.
		{"Ngày 5-6-2023, đội tuyển đạt giải Đồng:\n1. Tác phẩm Mùa lúa mới của tác giả Minh Hà", ""},
		// A line with no author slot names no winner.
		{"Ngày 5-6-2023, ban tổ chức công bố kết quả.\n\n3 tác phẩm đạt giải Ba:\n1. Loạt bài Mùa lúa mới, đơn vị Báo Tân Lập",
			"Giải Ba: "},
	})
}

// Round 43: a prize named with a capitalized "Giải" before its
// capitalized name, right after a verb of giving or reaching, is an award
// with its edition's year (lines of our own). A grade or a metal after
// "Giải", or a "Giải" after no such verb (a sports event), is none.
func TestPrizeNamedRound43(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5-6-2023, 20 tác phẩm được vinh danh tại lễ trao Giải Báo chí Tân Lập năm 2022.",
			"Giải Báo chí Tân Lập năm 2022: "},
		{"Ngày 5-6-2023, Đài PT-TH Tân Lập khai mạc Giải Bóng đá thanh niên năm 2023.", ""},
		{"Ngày 5-6-2023, đội bóng xã Tân Lập đoạt Giải Nhì toàn huyện.", ""},
	})
}

// Round 43: a body written in a person's apposition, their party cell
// after their name or the body of their post after a comma, gives
// nothing: the person receives or hands over (lines of our own). A body
// that opens its clause still gives.
func TestApposedBodyRound43(t *testing.T) {
	checkAwards(t, []textCase{
		{"Bà Lê Thị Hoa, Trưởng Ban Tổ chức, Đảng ủy phường Tân Lập trao tặng Huy hiệu 60 năm tuổi Đảng cho đảng viên Trần Văn Bảy.",
			"Huy hiệu 60 năm tuổi Đảng: tran van bay"},
		{"Đảng ủy phường Tân Lập trao tặng Huy hiệu 60 năm tuổi Đảng cho đảng viên Trần Văn Bảy.",
			"Huy hiệu 60 năm tuổi Đảng của Đảng ủy phường Tân Lập: tran van bay"},
		{"Sáng 2-9, Đảng ủy phường Tân Lập trao tặng Huy hiệu 60 năm tuổi Đảng cho đảng viên Trần Văn Bảy.",
			"Huy hiệu 60 năm tuổi Đảng của Đảng ủy phường Tân Lập: tran van bay"},
	})
}

// Round 43: a member named with their party cell before a bare "tặng"
// receives the badge ("được" left out), and the cell does not give it
// (lines of our own). A person before "tặng" with no cell gives.
func TestMemberCellRound43(t *testing.T) {
	checkAwards(t, []textCase{
		{"Trong đó đồng chí Trần Văn Bảy chi bộ Trường THCS Tân Lập tặng huy hiệu 30 năm tuổi Đảng.",
			"Huy hiệu 30 năm tuổi Đảng: tran van bay"},
		{"Trong đó đồng chí Trần Văn Bảy chi bộ Mỹ An tặng huy hiệu 40 năm tuổi Đảng.",
			"Huy hiệu 40 năm tuổi Đảng: tran van bay"},
		// No cell: the person gives, no recipient read before.
		{"Đồng chí Trần Văn Bảy tặng huy hiệu 40 năm tuổi Đảng cho đồng chí Lê Văn Tám.",
			"Huy hiệu 40 năm tuổi Đảng: le van tam"},
	})
}
