package importer

import "testing"

// Round 5: the issuer of an award by the convention of docs/import.md
// ("Gold lists", Issuers), in sentences of our own. Each case failed
// before its rule.
func TestIssuersByConvention(t *testing.T) {
	checkRecipients(t, []recipientCase{
		// A mandate: its office is the issuer of every award conferred in
		// the sentence it opens, whatever the award's kind.
		{"a mandate of a province's office covers a certificate",
			"Năm 2023, thừa ủy quyền của Chủ tịch UBND tỉnh Hà Giang, ông Lò Văn Sinh trao Bằng khen cho 8 tập thể.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Hà Giang 2023 ← 8 tập thể"}},
		{"a mandate without của",
			"Năm 2023, thừa ủy quyền Chủ tịch nước, đồng chí Lò Văn Sinh trao danh hiệu Nhà giáo Ưu tú cho 3 cá nhân.",
			[]string{"Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước 2023 ← 3 cá nhân"}},
		{"thừa quyền, as some pages write it",
			"Năm 2023, thừa quyền Chủ tịch nước, Chủ tịch UBND tỉnh Hà Giang Lò Văn Sinh trao tặng Huân chương Lao động hạng Ba cho 2 cá nhân.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2023 ← 2 cá nhân"}},
		{"được sự ủy quyền của Y",
			"Năm 2023, được sự ủy quyền của Thủ tướng Chính phủ, ông Lò Văn Sinh trao Bằng khen cho 5 cá nhân.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2023 ← 5 cá nhân"}},
		{"được Y ủy quyền",
			"Năm 2023, được Chủ tịch nước ủy quyền, Bí thư Tỉnh ủy Lò Văn Sinh trao Huân chương Lao động hạng Nhì cho 1 tập thể.",
			[]string{"Huân chương Lao động hạng Nhì của Chủ tịch nước 2023 ← 1 tập thể"}},
		{"thay mặt a body",
			"Năm 2023, thay mặt Ban Thường vụ Tỉnh ủy Hà Giang, ông Lò Văn Sinh trao Bằng khen cho 12 tập thể.",
			[]string{"Bằng khen của Ban Thường vụ Tỉnh ủy Hà Giang 2023 ← 12 tập thể"}},
		{"the official who hands over under a mandate is no issuer, even one who tặng",
			"Năm 2023, thừa ủy quyền của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh Hà Giang Lò Văn Sinh tặng Bằng khen cho 6 cá nhân.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2023 ← 6 cá nhân"}},
		{"an award's own của wins over the mandate",
			"Năm 2023, thừa ủy quyền của Chủ tịch UBND tỉnh Hà Giang, ông Lò Văn Sinh trao Bằng khen cho 3 tập thể và Cờ thi đua của UBND tỉnh Hà Giang cho 1 tập thể.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Hà Giang 2023 ← 3 tập thể", "Cờ thi đua của UBND tỉnh Hà Giang 2023 ← 1 tập thể"}},
		{"one who receives on behalf of a body is no mandate",
			"Năm 2023, thay mặt Sở Y tế tỉnh Hà Giang, ông Lò Văn Sinh nhận Bằng khen cho 1 tập thể.",
			[]string{"Bằng khen 2023 ← 1 tập thể"}},
		{"after the mandate's office, a comma and the office of the one who hands over",
			"Năm 2023, thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh trao Bằng khen cho 4 tập thể.",
			[]string{"Bằng khen của Chủ tịch nước 2023 ← 4 tập thể"}},
		{"a mandate of a Party body is no level",
			"Năm 2023, thay mặt Đảng ủy phường Ngọc Hà, ông Lò Văn Sinh trao Giấy khen cho 6 tập thể.",
			[]string{"Giấy khen của Đảng ủy phường Ngọc Hà 2023 ← 6 tập thể"}},
		// Two offices under one mandate: each award takes the one that
		// confers its kind.
		{"two offices split by the award's kind",
			"Năm 2023, thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, lãnh đạo tỉnh trao danh hiệu “Bà mẹ Việt Nam Anh hùng” cho 5 mẹ; tặng Huân chương Độc lập hạng Ba cho 2 cá nhân; tặng Bằng khen cho 9 tập thể; tặng Cờ thi đua cho 3 tập thể.",
			[]string{
				"Danh hiệu Bà mẹ Việt Nam Anh hùng của Chủ tịch nước 2023 ← 5 cá nhân",
				"Huân chương Độc lập hạng Ba của Chủ tịch nước 2023 ← 2 cá nhân",
				"Bằng khen của Thủ tướng Chính phủ 2023 ← 9 tập thể",
				"Cờ thi đua của Chính phủ 2023 ← 3 tập thể",
			}},
		{"of two offices, neither confers a Party badge",
			"Năm 2023, thừa ủy quyền của Chủ tịch nước và Thủ tướng Chính phủ, lãnh đạo tỉnh trao Huân chương Lao động hạng Ba cho 2 cá nhân; trao Huy hiệu 50 năm tuổi Đảng cho 4 đảng viên.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2023 ← 2 cá nhân", "Huy hiệu 50 năm tuổi Đảng 2023 ← 4 cá nhân"}},
		// The State and the Party alone name a level, not an office.
		{"a mandate of a level gives no issuer, and the one who presents gives none either",
			"Năm 2023, thay mặt lãnh đạo Đảng, Nhà nước, Chủ tịch UBND tỉnh Hà Giang Lò Văn Sinh tặng Bằng khen cho 7 cá nhân.",
			[]string{"Bằng khen 2023 ← 7 cá nhân"}},
		{"a tie of the President to another award is none of the title's",
			"Năm 2023, lãnh đạo tỉnh trao danh hiệu “Bà mẹ Việt Nam Anh hùng” cho 6 mẹ. Cũng dịp này, theo Quyết định của Chủ tịch nước, tỉnh trao Huân chương Độc lập cho 4 gia đình.",
			[]string{"Danh hiệu Bà mẹ Việt Nam Anh hùng 2023 ← 6 cá nhân"}},
		// A decision of Y confers the awards after it in its sentence.
		{"tiers listed after a body's decision",
			"Năm 2023, 20 đảng viên được trao tặng Huy hiệu Đảng theo Quyết định số 15-QĐ/TU ngày 3-2-2023 của Ban Thường vụ Tỉnh ủy Hà Giang: 12 đồng chí nhận Huy hiệu 30 năm tuổi Đảng và 8 đồng chí nhận Huy hiệu 40 năm tuổi Đảng.",
			[]string{"Huy hiệu 30 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Hà Giang 2023 ← 12 cá nhân", "Huy hiệu 40 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Hà Giang 2023 ← 8 cá nhân"}},
		{"an office that signs a decision which confers",
			"Thủ tướng Chính phủ vừa ký Quyết định số 88/QĐ-TTg, ngày 2/3/2023, tặng Cờ thi đua cho Sở Y tế tỉnh Hà Giang.",
			[]string{"Cờ thi đua của Thủ tướng Chính phủ 2023 ← Sở Y tế Hà Giang"}},
		{"a body that issues a decision which confers",
			"Ngày 5/6/2023, UBND tỉnh Hà Giang ban hành Quyết định số 901/QĐ-UBND tặng Bằng khen cho 10 tập thể.",
			[]string{"Bằng khen của UBND tỉnh Hà Giang 2023 ← 10 tập thể"}},
		{"a decision about the award, after về việc",
			"Ngày 5/6/2023, Quyết định số 12/QĐ-UBND của Chủ tịch UBND tỉnh Hà Giang về việc tặng Bằng khen cho 9 tập thể được công bố.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Hà Giang 2023 ← 9 tập thể"}},
		{"theo Quyết định of an office, at the head of the sentence",
			"Theo Quyết định số 41/QĐ-TTg của Thủ tướng Chính phủ, năm 2023 tỉnh Hà Giang trao Bằng khen cho 5 cá nhân.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2023 ← 5 cá nhân"}},
		{"a decision that confers nothing ties nothing",
			"Thực hiện Quyết định số 40/QĐ-TTg của Thủ tướng Chính phủ phê duyệt đề án, năm 2023 tỉnh Hà Giang trao Bằng khen cho 5 tập thể.",
			[]string{"Bằng khen 2023 ← 5 tập thể"}},
		// Y before a verb of giving.
		{"đề nghị Y tặng thưởng: Y, not the council that proposes",
			"Năm 2023, Hội đồng Thi đua - Khen thưởng tỉnh Hà Giang thống nhất đề nghị Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba cho 11 cá nhân.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2023 ← 11 cá nhân"}},
		{"a State office whose holder is named gives with tặng",
			"Năm 2023, Chủ tịch nước Lê Văn An tặng Huân chương Lao động hạng Nhất cho 2 tập thể.",
			[]string{"Huân chương Lao động hạng Nhất của Chủ tịch nước 2023 ← 2 tập thể"}},
		{"an honorary title takes the body that tặng it",
			"Năm 2023, UBND tỉnh Hà Giang tặng danh hiệu Tập thể Lao động xuất sắc cho 10 tập thể.",
			[]string{"Danh hiệu Tập thể Lao động xuất sắc của UBND tỉnh Hà Giang 2023 ← 10 tập thể"}},
		{"a body that also gives posthumously",
			"Năm 2023, Đảng ủy phường Ngọc Hà còn truy tặng Huy hiệu 40 năm tuổi Đảng cho 1 đảng viên.",
			[]string{"Huy hiệu 40 năm tuổi Đảng của Đảng ủy phường Ngọc Hà 2023 ← 1 cá nhân"}},
		// An issuer carries the province the text names for its body.
		{"an office after của, in a story that names the province",
			"Năm 2023, tỉnh Hà Giang có 14 cá nhân được tặng Bằng khen của Chủ tịch UBND tỉnh.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Hà Giang 2023 ← 14 cá nhân"}},
		// One award named bare with a count of its own, and in full with
		// another count: two conferrals.
		{"a bare mention with another count stays apart",
			"Năm 2023, 17 đảng viên nhận Huy hiệu 30 năm tuổi Đảng. Đảng ủy phường Ngọc Hà còn truy tặng Huy hiệu 30 năm tuổi Đảng cho 1 đảng viên.",
			[]string{"Huy hiệu 30 năm tuổi Đảng 2023 ← 17 cá nhân", "Huy hiệu 30 năm tuổi Đảng của Đảng ủy phường Ngọc Hà 2023 ← 1 cá nhân"}},
	})
}

// Round 6: the issuer of a decision signed by an office's holder, of a
// decision that praises and confers, and a minister's office written
// bare, in sentences of our own. Each case failed before its rule.
func TestIssuersRound6(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a posthumous award by a decision its office's holder signs",
			"Năm 2023, Chủ tịch nước Võ Văn Thưởng vừa ký Quyết định số 948/QĐ-CTN truy tặng Huân chương Dũng cảm cho ông Phạm Ngọc Anh.",
			[]string{"Huân chương Dũng cảm của Chủ tịch nước 2023 ← Phạm Ngọc Anh"}},
		{"a posthumous award by a decision its office signs",
			"Năm 2023, Chủ tịch nước ký quyết định truy tặng Huân chương Dũng cảm cho ông Phạm Ngọc Anh.",
			[]string{"Huân chương Dũng cảm của Chủ tịch nước 2023 ← Phạm Ngọc Anh"}},
		{"a decision that praises and confers a lower-case award",
			"Năm 2023, Ban Thi đua - Khen thưởng thành phố công bố quyết định của Chủ tịch UBND thành phố Đà Nẵng biểu dương và tặng bằng khen 78 tập thể, 140 cá nhân.",
			[]string{"Bằng khen của Chủ tịch UBND thành phố Đà Nẵng 2023 ← 78 tập thể, 140 cá nhân"}},
		{"a minister's office written bare, the ministry named before",
			"Năm 2023, Bộ Tư pháp tổ chức hội nghị tổng kết; Thứ trưởng Nguyễn Văn Hòa trao bằng khen của Bộ trưởng cho 23 tập thể và 23 cá nhân.",
			[]string{"Bằng khen của Bộ trưởng Bộ Tư pháp 2023 ← 23 tập thể, 23 cá nhân"}},
		{"a minister's office written bare, no ministry named",
			"Năm 2023, Thứ trưởng Nguyễn Văn Hòa trao bằng khen của Bộ trưởng cho 23 tập thể và 23 cá nhân.",
			[]string{"Bằng khen của Bộ trưởng 2023 ← 23 tập thể, 23 cá nhân"}},
	})
}
