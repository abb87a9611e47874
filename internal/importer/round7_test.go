package importer

import (
	"strings"
	"testing"
)

// Round 7: a foreign state's awards and offices, awards listed by class
// after "các hạng", a total over several awards, a count of awards, an
// office that only hands an award over, in sentences of our own. Each
// case failed before its rule.
func TestAwardsRound7(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a mandate of two offices of a named foreign state",
			"Năm 2013, thừa ủy nhiệm của Chủ tịch nước, Thủ tướng Lào, đồng chí Khăm Phăn, Bí thư Tỉnh ủy tỉnh Sê Kông trao tặng Huân chương Itxala cho ông Lê Văn Nam.",
			[]string{"Huân chương Itxala của Chủ tịch nước Lào 2013 ← Lê Văn Nam"}},
		{"a mandate of a foreign state's offices and a flag, which neither confers by kind",
			"Năm 2013, thừa ủy quyền của Chủ tịch nước, Thủ tướng Campuchia, Đại sứ trao tặng Cờ thi đua cho Sở Y tế tỉnh Tây Ninh và Huân chương Hữu nghị cho Sở Nội vụ tỉnh Tây Ninh.",
			[]string{"Cờ thi đua 2013 ← Sở Y tế Tây Ninh", "Huân chương Hữu nghị của Chủ tịch nước Campuchia 2013 ← Sở Nội vụ Tây Ninh"}},
		{"an order of every class carries the counts; the classes listed after it their recipients",
			"Năm 2014, Chủ tịch nước vừa ký Quyết định số 2234 tặng thưởng Huân chương Lao động các hạng cho 6 tập thể và 3 cá nhân. Cụ thể, tặng Huân chương Lao động hạng Nhì cho Sở Y tế thành phố Đà Nẵng; tặng Huân chương Lao động hạng Ba cho ông Lê Văn Nam, Giám đốc Sở Nội vụ thành phố Đà Nẵng.",
			[]string{"Huân chương Lao động các hạng của Chủ tịch nước 2014 ← 6 tập thể, 3 cá nhân", "Huân chương Lao động hạng Nhì 2014 ← Sở Y tế thành phố Đà Nẵng", "Huân chương Lao động hạng Ba 2014 ← Lê Văn Nam"}},
		{"the clauses after cho are the list's items, past one no rule reads, up to the next award",
			"Năm 2014, tặng Huân chương Lao động hạng Nhì cho Nhóm thợ lặn Cửa Việt; Hội Nhà báo thành phố Đà Nẵng; bà Đỗ Thị Lan, Chủ tịch Hội Liên hiệp Phụ nữ thành phố Đà Nẵng; tặng Huân chương Lao động hạng Ba cho Sở Y tế thành phố Đà Nẵng.",
			[]string{"Huân chương Lao động hạng Nhì 2014 ← Hội Nhà báo thành phố Đà Nẵng", "Huân chương Lao động hạng Nhì 2014 ← Đỗ Thị Lan", "Huân chương Lao động hạng Ba 2014 ← Sở Y tế thành phố Đà Nẵng"}},
		{"a prize's name in quotes runs to the closing quote; a certificate (chứng nhận) is no receiving",
			"Năm 2014, ông Lê Văn Nam, Phó Chủ tịch, thay mặt UBND tỉnh Quảng Trị tặng bằng chứng nhận “Giải thưởng CNVC, LĐ tiêu biểu tỉnh Quảng Trị lần thứ nhất” cho 53 cá nhân.",
			[]string{"Giải thưởng CNVC, LĐ tiêu biểu tỉnh Quảng Trị lần thứ nhất của UBND tỉnh Quảng Trị 2014 ← 53 cá nhân"}},
		{"an office that hands an award over (bare trao) is no issuer",
			"Năm 2025, Bí thư Tỉnh ủy Tuyên Quang trao Huy hiệu 30 năm tuổi Đảng cho ông Trần Mạnh Lợi.",
			[]string{"Huy hiệu 30 năm tuổi Đảng 2025 ← Trần Mạnh Lợi"}},
	})
}

// TestAwardNamesRound7 holds round 7's rules whose awards have no
// recipient to show them by.
func TestAwardNamesRound7(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a total over every award of a list and both kinds is the count of none",
			"Năm 2013, thừa ủy nhiệm của Chủ tịch nước Lào, ông Khăm Phăn trao tặng Huân chương Itxala, Huân chương Lao động và Huy chương Hữu nghị cho 25 tập thể và cá nhân.",
			[]string{"Huân chương Itxala của Chủ tịch nước Lào", "Huân chương Lao động của Chủ tịch nước Lào", "Huy chương Hữu nghị của Chủ tịch nước Lào"}},
		{"an order's kind alone names no award",
			"Năm 2013, Nhà nước Lào trao tặng Huân, Huy chương cao quý cho các tập thể. Đại sứ trao Huân chương cho Sở Y tế tỉnh Quảng Nam.",
			nil},
		{"a count of awards of two kinds, both given by the body before the verb",
			"Năm 2024, UBND tỉnh Long An tặng 45 Cờ Thi đua và Bằng khen cho các cơ quan, đơn vị dẫn đầu phong trào thi đua.",
			[]string{"Cờ Thi đua của UBND tỉnh Long An", "Bằng khen của UBND tỉnh Long An"}},
	}
	for _, tt := range tests {
		s := Extract(tt.text, now)
		var got []string
		for _, a := range s.Awards {
			got = append(got, a.Name)
			if len(a.Recipients) > 0 {
				t.Errorf("%s: %s has recipients %v", tt.name, a.Name, a.Recipients)
			}
		}
		if g := strings.Join(got, "\n"); g != strings.Join(tt.want, "\n") {
			t.Errorf("%s: awards\n%s\nwant\n%s", tt.name, g, strings.Join(tt.want, "\n"))
		}
	}
}

// TestDatesRound7 holds round 7's dates: a date written in words, and a
// page's stamp followed by the buttons that size its text.
func TestDatesRound7(t *testing.T) {
	checkDates(t, []dateCase{
		{"a date written in words, with and without its year",
			"Ngày 21 tháng 6 năm 2025, UBND tỉnh Kon Tum ban hành Văn bản số 2302/UBND-KTTH thực hiện Nghị quyết số 154/NQ-CP ngày 31 tháng 5 của Chính phủ.",
			"2025-06-21,2025-05-31"},
		{"a stamp with the text-size buttons after it is furniture and dates the story",
			"Thứ 6, 09/08/2024 | 11:33:16 [GMT +7] A A\nChiều 8/8, UBND tỉnh Long An tổ chức lễ trao tặng.",
			"2024-08-08"},
	})
}
