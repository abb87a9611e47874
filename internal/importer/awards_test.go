package importer

import (
	"strings"
	"testing"
)

// Round 9: a class of an order written without its issuer takes the one
// issuer the story names for the order's other classes.
func TestClassIssuers(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ngày 3/5/2024, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lê Văn Hà trao tặng Huân chương Lao động hạng Nhất, Nhì cho 3 cá nhân.\n\nTrao Huân chương Lao động hạng Nhì cho ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh.",
			"Huân chương Lao động hạng Nhất của Chủ tịch nước; Huân chương Lao động hạng Nhì của Chủ tịch nước"},
		// Another order's issuer gives nothing.
		{"Ngày 3/5/2024, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lê Văn Hà trao tặng Huân chương Độc lập hạng Ba cho Sở Y tế.\n\nTrao Huân chương Lao động hạng Nhì cho ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh.",
			"Huân chương Độc lập hạng Ba của Chủ tịch nước; Huân chương Lao động hạng Nhì"},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range Extract(tt.text, now).Awards {
			got = append(got, a.Name)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q: awards %q, want %q", tt.text, g, tt.want)
		}
	}
}

// Round 9: the recipients named after "là" in the sentences after a
// decision that only counts them ("Tập thể được tặng Bằng khen là A và
// B"). Since round 10 they are the decision's award, the one of that name
// the story tied (docs/import.md, "Gold lists": an award named again).
func TestNamesAfterCounts(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5/6/2021, Thủ tướng Chính phủ đã quyết định tặng Bằng khen cho 2 tập thể và 1 cá nhân thuộc Sở Y tế tỉnh Nam Định.\n\nTập thể được tặng Bằng khen là Sở Tư pháp tỉnh Nam Định và Sở Xây dựng tỉnh Nam Định.\n\nCá nhân được tặng Bằng khen là ông Trần Văn Nam, Giám đốc Sở Y tế tỉnh Nam Định.",
			"Bằng khen của Thủ tướng Chính phủ: 2 tập thể và 1 cá nhân, Sở Tư pháp Nam Định, Sở Xây dựng Nam Định, tran van nam"},
		// "là" after an award given actively names no recipients.
		{"Ngày 5/6/2021, Sở tặng Bằng khen là phần thưởng cao quý cho 2 tập thể.", "Bằng khen: "},
	})
}

// Round 9: a dashed list of recipients, one a line, whose lines end with a
// full stop or none, stays open until a line that is no item; and the
// recipients of an award "được trao cho" after it.
func TestDashedLists(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2024, UBND tỉnh đề nghị tặng Cờ thi đua của Chính phủ cho 3 tập thể gồm:\n- Sở Tư pháp tỉnh Nam Định.\n- Sở Xây dựng tỉnh Nam Định\n- Sở Y tế tỉnh Nam Định.\nÝ kiến gửi về Sở Nội vụ.",
			"Cờ thi đua của Chính phủ: 3 tập thể, Sở Tư pháp Nam Định, Sở Xây dựng Nam Định, Sở Y tế Nam Định"},
		// Round 9: "AWARD được trao cho X", the passive giving after the award.
		{"Năm 2024, Huy hiệu 60 năm tuổi Đảng được trao cho đảng viên Trần Văn Nam; Huy hiệu 50 năm tuổi Đảng được trao tặng cho đảng viên Lê Thị Hoa.",
			"Huy hiệu 60 năm tuổi Đảng: tran van nam; Huy hiệu 50 năm tuổi Đảng: le thi hoa"},
	})
}

// awardsOf writes the awards extracted from text with their recipients:
// "Bằng khen: Sở Y tế, 2 tập thể; …", a count as the story writes it.
func awardsOf(text string) string {
	var got []string
	for _, a := range Extract(text, now).Awards {
		var rs []string
		for _, r := range a.Recipients {
			switch {
			case r.Count != nil:
				rs = append(rs, r.Span.Text)
			case r.Org != nil:
				rs = append(rs, r.Org.Name)
			default:
				rs = append(rs, r.Person)
			}
		}
		got = append(got, a.Name+": "+strings.Join(rs, ", "))
	}
	return strings.Join(got, "; ")
}

// Round 10: a class written without its issuer takes the issuer of the
// order named without a class; an award after a count of medals in a list
// shares the list's issuer; one office written with "TP" and "thành phố"
// confers one award.
func TestRound10Issuers(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 12-3-2014, các gia đình được Chủ tịch nước phong tặng Huân chương Độc lập lần này, có bốn gia đình nhận Huân chương Độc lập hạng Nhất.",
			"Huân chương Độc lập của Chủ tịch nước: ; Huân chương Độc lập hạng Nhất của Chủ tịch nước: "},
		// A class handed over in a later sentence stays as written.
		{"Ngày 3-10-2013, thừa ủy nhiệm của Chủ tịch nước Lào, ông A trao tặng Huân chương Itxala cho 25 tập thể và cá nhân. Trong đó, trao tặng Huân chương Itxala hạng 1 cho UBND thành phố.",
			"Huân chương Itxala của Chủ tịch nước Lào: 25 tập thể và cá nhân; Huân chương Itxala hạng 1: UBND thành phố"},
		{"Ngày 19-9-2025, Chủ tịch nước tặng 1 Huân chương Hồ Chí Minh, 1 Huân chương Độc lập hạng Ba.",
			"Huân chương Hồ Chí Minh của Chủ tịch nước: ; Huân chương Độc lập hạng Ba của Chủ tịch nước: "},
		{"Ngày 19-9-2025, Chủ tịch UBND TP Cần Thơ tặng bằng khen cho 12 tập thể.\n\nTrong 5 năm qua, 51.139 cá nhân được Chủ tịch UBND thành phố tặng bằng khen.",
			"Bằng khen của Chủ tịch UBND TP Cần Thơ: 12 tập thể, 51.139 cá nhân"},
	})
}

// Round 10: a city's flag and title named by its level ("cờ thi đua cấp
// thành phố", "Chiến sĩ thi đua thành phố") are awards with their counts.
func TestCityTitles(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 19-9-2025, toàn thành phố có 1.037 tập thể được tặng cờ thi đua cấp thành phố, 992 cá nhân được tặng danh hiệu \"Chiến sĩ thi đua thành phố\".",
			"Cờ thi đua cấp thành phố: 1.037 tập thể; Danh hiệu Chiến sĩ thi đua thành phố: 992 cá nhân"},
		// The city named after the words is no level.
		{"Ngày 19-9-2025, UBND tỉnh tặng Cờ thi đua cho Công an thành phố Huế.",
			"Cờ thi đua của UBND tỉnh Huế: Công an thành phố Huế"},
	})
}

// A textCase is a text and what an extraction of it must give, as the
// check's xOf function writes it.
type textCase struct{ text, want string }

// checkAwards extracts each case's text and compares its awards and their
// recipients (awardsOf).
func checkAwards(t *testing.T, tests []textCase) {
	t.Helper()
	for _, tt := range tests {
		if g := awardsOf(tt.text); g != tt.want {
			t.Errorf("%q: awards %q, want %q", tt.text, g, tt.want)
		}
	}
}
