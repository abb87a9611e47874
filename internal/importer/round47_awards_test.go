package importer

import "testing"

// Round 47: a bare "trao", or a ceremony held, ties no issuer, whatever
// the award and whoever hands it over, a body or an office
// (docs/import.md, "Gold lists", Issuers; lines of our own). "trao tặng",
// "tặng" and a decision still tie. A lower-case award a body hands over to
// recipients is still an award, with an empty issuer; one nobody hands
// over is the generic word.
func TestBareTraoTiesNoIssuerRound47(t *testing.T) {
	checkAwards(t, []textCase{
		// Must not tie.
		{"Ngày 31/7/2020, UBND TP. Tân Lập trao giấy khen cho 70 cá nhân có thành tích xuất sắc.",
			"Giấy khen: 70 cá nhân"},
		{"Ngày 3/2/2022, Đảng ủy phường Tân Lập đã trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng: 12 đảng viên"},
		{"Năm 2022, Chủ tịch UBND tỉnh Tân Lập trao Bằng khen cho 5 tập thể.",
			"Bằng khen: 5 tập thể"},
		{"Năm 2022, Chủ tịch nước trao Huân chương Lao động hạng Nhì cho 3 cá nhân.",
			"Huân chương Lao động hạng Nhì: 3 cá nhân"},
		{"Ngày 3/2/2022, Huyện ủy Tân Lập tổ chức lễ trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng: 12 đảng viên"},
		// Must tie.
		{"Ngày 31/7/2020, UBND TP. Tân Lập trao tặng giấy khen cho 70 cá nhân có thành tích xuất sắc.",
			"Giấy khen của UBND TP. Tân Lập: 70 cá nhân"},
		{"Ngày 3/2/2022, Đảng ủy phường Tân Lập đã tặng Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng của Đảng ủy phường Tân Lập: 12 đảng viên"},
		{"Năm 2022, Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho 5 tập thể.",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: 5 tập thể"},
		{"Năm 2022, Chủ tịch nước quyết định tặng Huân chương Lao động hạng Nhì cho 3 cá nhân.",
			"Huân chương Lao động hạng Nhì của Chủ tịch nước: 3 cá nhân"},
		// A lower-case award nobody hands over: the generic word.
		{"Năm 2022, nhiều cá nhân được trao giấy khen vì thành tích trong phong trào.", ""},
	})
}
