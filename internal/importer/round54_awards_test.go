package importer

import "testing"

// Round 54: "đối với" ends a badge's name written without quotes; who
// follows it receives ("Huy hiệu Tuổi trẻ dũng cảm đối với 2 cán bộ",
// lines of our own). Not changed: a name with no "đối với" after it.
func TestTowardEndsBadgeRound54(t *testing.T) {
	checkAwards(t, []textCase{
		{"Trung ương Đoàn TNCS Hồ Chí Minh truy tặng Huy hiệu Tuổi trẻ dũng cảm đối với 2 cán bộ Đồn Biên phòng Tân Lập.",
			"Huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn TNCS Hồ Chí Minh: 2 cán bộ"},
		{"Trung ương Đoàn TNCS Hồ Chí Minh truy tặng Huy hiệu Tuổi trẻ dũng cảm cho 2 cán bộ Đồn Biên phòng Tân Lập.",
			"Huy hiệu Tuổi trẻ dũng cảm của Trung ương Đoàn TNCS Hồ Chí Minh: 2 cán bộ"},
	})
}
