package importer

import "testing"

// Round 18: a place's past honours told as a record (a list after "… đã
// được khen thưởng:") or as a tally with an approximate count ("hơn 200
// đơn vị, cá nhân được tặng …") are no conferral of the story; a
// conferral told with "đã được … tặng" stays one.
func TestRound18Records(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5/3/2022, tỉnh trình khen thưởng Huân chương Lao động hạng Nhất cho Sở Y tế.\n\nNhững thành tích Đảng bộ, Chính quyền và Nhân dân tỉnh Bình Định đã được khen thưởng:\n\n1. Trong kháng chiến\n\n- Huân chương Độc lập hạng Nhất: 1 tập thể.\n\n- Bằng khen Thủ tướng: 156 tập thể, 260 cá nhân\n\n+ Thầy thuốc ưu tú: 31 thầy thuốc",
			"Huân chương Lao động hạng Nhất: Sở Y tế Bình Định"},
		{"Ngày 5/3/2022, lễ kỷ niệm diễn ra. Trong kháng chiến, tỉnh có gần 30.000 liệt sĩ; hơn 200 đơn vị, cá nhân được tặng danh hiệu Anh hùng lực lượng vũ trang nhân dân.",
			""},
		// A conferral, not a record: the list item follows no record's head.
		{"Ngày 5/3/2022, tại buổi lễ, Sở Y tế đã được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: Sở Y tế"},
		{"Ngày 5/3/2022, UBND tỉnh tặng bằng khen cho các tập thể có thành tích xuất sắc:\n\n- Bằng khen của Chủ tịch UBND tỉnh: 12 tập thể.",
			"Bằng khen của UBND tỉnh: ; Bằng khen của Chủ tịch UBND tỉnh: 12 tập thể"},
	})
}

// Round 18: a place's people receive an order after "đối với" too (a
// remark in brackets between), written with capitals or not, and named
// by the province alone after "nhân dân".
func TestRound18PlaceRecipients(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5/3/2022, Sở Nội vụ trình khen thưởng Huân chương Độc lập hạng Nhất (lần 2) đối với Đảng bộ, Chính quyền và Nhân dân tỉnh Quảng Trị, đã có thành tích xuất sắc.",
			"Huân chương Độc lập hạng Nhất: Đảng bộ, Chính quyền và Nhân dân tỉnh Quảng Trị"},
		{"Ngày 5/3/2022, tỉnh đề nghị tặng Huân chương Lao động hạng Nhì đối với Đảng bộ, chính quyền và nhân dân huyện Đức Phổ.",
			"Huân chương Lao động hạng Nhì: Đảng bộ, chính quyền và nhân dân huyện Đức Phổ"},
		{"Ngày 5/3/2022, ông A đã trao Huân chương Độc lập hạng Nhất cho Đảng bộ và nhân dân Hà Giang vì đã có thành tích đặc biệt.",
			"Huân chương Độc lập hạng Nhất: Đảng bộ và nhân dân Hà Giang"},
		// Not a place's people: the people alone.
		{"Ngày 5/3/2022, tỉnh đề nghị tặng Huân chương Lao động hạng Nhì đối với Đảng bộ và nhân dân.",
			"Huân chương Lao động hạng Nhì: "},
	})
}

// Round 18: a total across kinds given to two awards at once is recorded
// on the first, which stays an award of its own beside its ranks (a list
// of three or more still gives it to none); ranks joined by "và" in lower
// case are one award each.
func TestRound18TwoAwards(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 14-5-2019, tỉnh công bố quyết định tặng thưởng Huân chương Lao động và Cờ thi đua Chính phủ cho 66 tập thể và cá nhân. Cụ thể, tặng thưởng Huân chương Lao động hạng nhì và hạng ba cho 4 cá nhân.",
			"Huân chương Lao động: 66 tập thể và cá nhân; Cờ thi đua của Chính phủ: ; Huân chương Lao động hạng nhì: 4 cá nhân; Huân chương Lao động hạng ba: "},
		{"Ngày 14-5-2019, tỉnh tặng thưởng Huân chương Lao động hạng nhì và hạng ba cho 4 cá nhân.",
			"Huân chương Lao động hạng nhì: 4 cá nhân; Huân chương Lao động hạng ba: "},
		{"Ngày 3-10-2013, ông A trao tặng Huân chương Itxala, Huân chương Lao động và Huy chương Hữu nghị cho 25 tập thể và cá nhân.",
			"Huân chương Itxala: ; Huân chương Lao động: ; Huy chương Hữu nghị: "},
	})
}

// Round 18: in a list of clauses parted by semicolons, a count that ends
// an award's clause right after its name is its recipients.
func TestRound18ClauseCounts(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 26-11-2020, Hội đồng thống nhất đề nghị cờ thi đua của UBND tỉnh cho 28 tập thể; bằng khen của Thủ tướng Chính phủ 197 tập thể, cá nhân; cờ thi đua của Chính phủ cho 4 tập thể.",
			"Cờ thi đua của UBND tỉnh: 28 tập thể; Bằng khen của Thủ tướng Chính phủ: 197 tập thể, cá nhân; Cờ thi đua của Chính phủ: 4 tập thể"},
		// A count that goes on is no clause's end.
		{"Ngày 26-11-2020, tỉnh đề nghị cờ thi đua của UBND tỉnh cho 28 tập thể; bằng khen của Thủ tướng Chính phủ 197 tập thể đã được trình.",
			"Cờ thi đua của UBND tỉnh: 28 tập thể; Bằng khen của Thủ tướng Chính phủ: "},
	})
}

// Round 18: the recipient written between the verb of giving and the
// award ("phong tặng cho Đảng bộ huyện A danh hiệu “…”"), the giver
// before the verb.
func TestRound18RecipientBeforeAward(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 17-9-1967, UBND tỉnh Long An đã quyết định phong tặng cho Đảng bộ huyện Cần Giuộc danh hiệu “Trung dũng kiên cường, toàn dân đánh giặc”.",
			"Danh hiệu Trung dũng kiên cường, toàn dân đánh giặc của UBND tỉnh Long An: Đảng bộ huyện Cần Giuộc"},
		{"Ngày 17-9-1967, UBND tỉnh Long An đã phong tặng Đảng bộ Long An danh hiệu “Trung dũng kiên cường”.",
			"Danh hiệu Trung dũng kiên cường của UBND tỉnh Long An: Đảng bộ Long An"},
	})
}

// Round 18: a short date of a ceremony that announces a decision takes
// the year of the decision before it, not the clock's; a day before a
// range of years is the anniversary's day and the day it remembers.
func TestRound18Dates(t *testing.T) {
	checkDates(t, []dateCase{
		{"the announcement after the decision",
			"Sáng nay 3/3, UBND tỉnh đã tổ chức lễ công bố các quyết định của Thủ tướng Chính phủ.\nTheo Quyết định số 467/QĐ-TTg ngày 28/2/2025, Thủ tướng Chính phủ phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh.",
			"2025-03-03,2025-02-28"},
		{"a day before a range of years",
			"Ngày 1/2/2023, nhân kỷ niệm 93 năm ngày thành lập Đảng Cộng sản Việt Nam 3/2 (1930-2023), tỉnh trao Huy hiệu Đảng.",
			"2023-02-01,2023-02-03,1930-02-03"},
	})
}
