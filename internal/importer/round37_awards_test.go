package importer

import "testing"

// Round 37: a decision that confers the Party badge "cho các đảng viên
// từ 30 năm, 40 năm, … tuổi Đảng" names each tier in its own sentence,
// no count (lines of our own): each tier is an award of the decision's
// body, and the next sentence's counts go to the tiers so named. One tier
// alone, or a range "từ 30 - 50 năm", names no list.
func TestDecisionTiersRound37(t *testing.T) {
	checkAwards(t, []textCase{
		{"Căn cứ Quyết định số 12-QĐ/TU ngày 5/1/2025 của Ban Thường vụ Tỉnh ủy Bình Định về việc trao tặng Huy hiệu Đảng cho các đảng viên từ 30 năm, 40 năm, 50 năm tuổi Đảng. Trong số này có 2 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, 6 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.",
			"Huy hiệu 30 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Bình Định: 6 đảng viên; Huy hiệu 40 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Bình Định: ; Huy hiệu 50 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Bình Định: 2 đảng viên"},
		{"Theo Quyết định của Ban Thường vụ Thành ủy, huyện trao Huy hiệu Đảng cho các đảng viên từ 40, 45 và 55 năm tuổi Đảng.",
			"Huy hiệu 40 năm tuổi Đảng của Ban Thường vụ Thành ủy: ; Huy hiệu 45 năm tuổi Đảng của Ban Thường vụ Thành ủy: ; Huy hiệu 55 năm tuổi Đảng của Ban Thường vụ Thành ủy: "},
		// One tier alone, or a range: no list.
		{"Chi bộ đề nghị xét trao Huy hiệu Đảng cho các đảng viên từ 30 năm tuổi Đảng trở lên.",
			"Huy hiệu Đảng: "},
		{"Chi bộ đề nghị xét trao Huy hiệu Đảng cho các đảng viên từ 30 - 50 năm tuổi Đảng.",
			"Huy hiệu Đảng: "},
	})
}
