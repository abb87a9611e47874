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

// Round 25: the office of the State followed by Vietnam's formal name
// ("Chủ tịch nước Cộng hòa XHCN Việt Nam", "… CHXHCN Việt Nam") is the
// issuer as written; "Việt Nam" alone is no formal name (lines of our
// own).
func TestStateFormalNameRound25(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"passive, the formal name in initials",
			"Năm 2021, ông Trần Văn Hùng vinh dự được Chủ tịch nước Cộng hòa XHCN Việt Nam quyết định tặng thưởng Huân chương Lao động hạng Ba.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước Cộng hòa XHCN Việt Nam 2021 ← Trần Văn Hùng"}},
		{"active, CHXHCN",
			"Năm 2021, Chủ tịch nước CHXHCN Việt Nam tặng Huân chương Độc lập hạng Nhì cho Sở Y tế tỉnh Hà Nam.",
			[]string{"Huân chương Độc lập hạng Nhì của Chủ tịch nước CHXHCN Việt Nam 2021 ← Sở Y tế Hà Nam"}},
		{"after của, written out",
			"Năm 2021, ông Trần Văn Hùng được tặng Huân chương Lao động hạng Ba của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam 2021 ← Trần Văn Hùng"}},
		// "Việt Nam" alone is no formal name: the office stays bare.
		{"Việt Nam alone",
			"Năm 2021, ông Trần Văn Hùng được tặng Huân chương Lao động hạng Ba của Chủ tịch nước Việt Nam.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2021 ← Trần Văn Hùng"}},
	})
}
