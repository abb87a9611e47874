package importer

import "testing"

// Round 34: a count followed by where those counted work ("đang công tác
// tại …", "công tác ở …") before "được nhận" is who receives, not the
// workplace's body (lines of our own).
func TestWorkplaceOfCountedRound34(t *testing.T) {
	checkAwards(t, []textCase{
		{"Có 12 đồng chí đang công tác tại các cơ quan, đơn vị Bộ Chỉ huy Quân sự tỉnh được nhận Huy chương Quân kỳ Quyết thắng.",
			"Huy chương Quân kỳ Quyết thắng: 12 đồng chí"},
		{"Dịp này, 5 cá nhân công tác ở Sở Y tế được tặng Bằng khen của Chủ tịch UBND tỉnh.",
			"Bằng khen của Chủ tịch UBND tỉnh: 5 cá nhân"},
		// A verb of giving between: the count is not who receives.
		{"Có 12 đồng chí công tác tại Sở Nội vụ trao tặng quà, Sở Y tế được nhận Bằng khen của Chủ tịch UBND tỉnh.",
			"Bằng khen của Chủ tịch UBND tỉnh: Sở Y tế"},
	})
}
