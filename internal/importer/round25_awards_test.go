package importer

import "testing"

// Round 25: an order's class written in figures ("hạng 3", a headline)
// and in words ("hạng Ba", the body) in one story is one award, named in
// words; a class written only in figures stays as written, and a figure
// of another order is another award (lines of our own).
func TestRankFiguresRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"headline in figures, body in words",
			"Trao Huân chương Lao động hạng 2 cho ông Phạm Văn Bình\n\n" +
				"Ngày 4/3/2024, thừa ủy quyền của Chủ tịch nước, đồng chí Bí thư Tỉnh ủy trao Huân chương Lao động hạng Nhì cho ông Phạm Văn Bình, nguyên Giám đốc Sở Y tế.",
			[]string{"Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← Phạm Văn Bình"}},
		{"a Roman numeral and words",
			"Năm 2023, Công an tỉnh Hà Nam đón nhận Huân chương Chiến công hạng III.\n\n" +
				"Ngày 2/5/2023, Chủ tịch nước tặng Huân chương Chiến công hạng Ba cho Công an tỉnh Hà Nam.",
			[]string{"Huân chương Chiến công hạng Ba của Chủ tịch nước 2023 ← Công an tỉnh Hà Nam"}},
		// Only figures: the class stays as written.
		{"figures only",
			"Ngày 4/3/2024, Chủ tịch nước tặng Huân chương Lao động hạng 3 cho ông Phạm Văn Bình.",
			[]string{"Huân chương Lao động hạng 3 của Chủ tịch nước 2024 ← Phạm Văn Bình"}},
		// Another class in words is another award.
		{"another class",
			"Trao Huân chương Lao động hạng 3 cho ông Phạm Văn Bình\n\n" +
				"Ngày 4/3/2024, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho bà Lê Thị Hoa.",
			[]string{"Huân chương Lao động hạng 3 của Chủ tịch nước 2024 ← Phạm Văn Bình", "Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← Lê Thị Hoa"}},
	})
}
