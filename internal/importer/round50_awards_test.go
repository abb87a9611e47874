package importer

import "testing"

// Round 50: a State's title given with the page's "danh" alone before
// it in quotes ("trao tặng danh “Nghệ nhân ưu tú” cho 6 cá nhân") is
// that title, as after "danh hiệu" (lines of our own). Not read: "danh"
// before a common word ("tặng danh sách") or with no quote.
func TestBareDanhRound50(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 29/12, thừa ủy nhiệm của Chủ tịch nước, UBND tỉnh Tân Lập tổ chức trao tặng danh “Nghệ nhân ưu tú” lần thứ nhất cho 6 cá nhân của tỉnh.",
			"Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: 6 cá nhân"},
		// "lần thứ" with the ordinal as a word, after "danh hiệu" too.
		{"UBND tỉnh Tân Lập trao tặng danh hiệu “Nghệ nhân ưu tú” lần thứ hai cho 4 cá nhân.",
			"Danh hiệu Nghệ nhân ưu tú của UBND tỉnh Tân Lập: 4 cá nhân"},
		// "danh" with no quote after it, or before a title not the State's.
		{"Hội đồng đã lập và trao tặng danh sách đề nghị cho 6 cá nhân.",
			""},
		{"Xã Tân Lập trao tặng danh “Công dân kiểu mẫu” cho 6 cá nhân.",
			""},
	})
}
