package importer

import "testing"

// Round 55: a count followed by its province's name alone, with no "của"
// ("4 nghệ sĩ Bạc Liêu vừa được … phong tặng"), is of those counted
// (lines of our own). Not read: a capitalized name that is no province.
func TestCountOfProvinceRound55(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND tỉnh tặng hoa chúc mừng 4 nghệ sĩ Bạc Liêu vừa được Chủ tịch nước phong tặng danh hiệu “Nghệ sĩ ưu tú”.",
			"Danh hiệu Nghệ sĩ ưu tú của Chủ tịch nước: 4 nghệ sĩ"},
		{"4 nghệ sĩ Gia Lai được Chủ tịch nước phong tặng danh hiệu Nghệ sĩ ưu tú.",
			"Danh hiệu Nghệ sĩ ưu tú của Chủ tịch nước: 4 nghệ sĩ"},
		{"UBND tỉnh tặng hoa chúc mừng 4 nghệ sĩ Tân Lập vừa được Chủ tịch nước phong tặng danh hiệu “Nghệ sĩ ưu tú”.",
			"Danh hiệu Nghệ sĩ ưu tú của Chủ tịch nước: "},
	})
}
