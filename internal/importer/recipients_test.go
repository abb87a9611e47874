package importer

import (
	"strings"
	"testing"
)

// recipientLines lists each award's recipients as "award year ← recipient".
func recipientLines(s Story) []string {
	var out []string
	for _, a := range s.Awards {
		for _, r := range a.Recipients {
			out = append(out, a.Name+" "+itoa(a.Year)+" ← "+r.Name(s))
		}
	}
	return out
}

func TestRecipients(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a named person after cho",
			"Ngày 5/3/2024, đồng chí Trần Văn Nam, Bí thư Huyện ủy Đại Từ trao Bằng khen của UBND tỉnh Thái Nguyên cho đồng chí Lê Quang Vinh.",
			[]string{"Bằng khen của UBND tỉnh Thái Nguyên 2024 ← Lê Quang Vinh"}},
		{"a person with a title, and a second one",
			"Năm 2024, UBND tỉnh Vĩnh Long tặng Bằng khen cho ông Nguyễn Văn An, Giám đốc Sở Y tế và bà Lê Thị Hoa.",
			[]string{"Bằng khen của UBND tỉnh Vĩnh Long 2024 ← Nguyễn Văn An", "Bằng khen của UBND tỉnh Vĩnh Long 2024 ← Lê Thị Hoa"}},
		{"organizations",
			"Dịp này, UBND tỉnh Vĩnh Long tặng Bằng khen cho Sở Nội vụ và Sở Kế hoạch và Đầu tư năm 2024.",
			[]string{"Bằng khen của UBND tỉnh Vĩnh Long 2024 ← Sở Nội vụ Vĩnh Long", "Bằng khen của UBND tỉnh Vĩnh Long 2024 ← Sở Kế hoạch và Đầu tư Vĩnh Long"}},
		{"collectives and individuals counted apart",
			"Chiều 12/12/2023, Chủ tịch UBND tỉnh Thái Nguyên trao Bằng khen của UBND tỉnh Thái Nguyên cho 23 tập thể và 23 cá nhân có thành tích xuất sắc.",
			[]string{"Bằng khen của UBND tỉnh Thái Nguyên 2023 ← 23 tập thể, 23 cá nhân"}},
		{"counted together",
			"Dịp này, Ban Thường vụ Huyện ủy Đại Từ tặng Giấy khen cho 20 tập thể, cá nhân có thành tích tiêu biểu năm 2024.",
			[]string{"Giấy khen của Ban Thường vụ Huyện ủy Đại Từ 2024 ← 20 tập thể, cá nhân"}},
		{"a count before được nhận",
			"Dịp này, 12 tập thể được nhận Giấy khen của Ban Dân vận Tỉnh ủy Bắc Kạn vì đã có thành tích xuất sắc năm 2023.",
			[]string{"Giấy khen của Ban Dân vận Tỉnh ủy Bắc Kạn 2023 ← 12 tập thể"}},
		{"party members counted",
			"Sáng 3/2/2024, đồng chí Trần Văn Nam trao Huy hiệu 30 năm tuổi Đảng cho 15 đảng viên.",
			[]string{"Huy hiệu 30 năm tuổi Đảng 2024 ← 15 cá nhân"}},
		{"an organization after trao tặng",
			"Sáng 12.5, UBND tỉnh Quảng Ninh tổ chức lễ đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước trao tặng Sở Y tế vì đã có thành tích xuất sắc năm 2024.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2024 ← Sở Y tế Quảng Ninh"}},
		{"an organization before nhận",
			"Năm 2024, Sở Y tế tỉnh Quảng Ninh vinh dự được nhận Cờ thi đua của Chính phủ.",
			[]string{"Cờ thi đua của Chính phủ 2024 ← Sở Y tế Quảng Ninh"}},
		{"a second mention adds its recipient to the award named before",
			"Năm 2024, Sở Y tế tỉnh Quảng Ninh đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước.\nÔng Cao Tường Huy, Chủ tịch UBND tỉnh trao Huân chương Lao động hạng Ba cho tập thể Sở Y tế.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2024 ← Sở Y tế Quảng Ninh"}},
		// Not recipients: no count, no name.
		{"many, uncounted",
			"Năm 2024, nhiều tập thể, cá nhân có thành tích được nhận Bằng khen của UBND tỉnh Thái Nguyên.", nil},
		{"representatives, uncounted",
			"Năm 2023, đồng chí Vũ Duy Hoàng trao Bằng khen của Ban Tuyên giáo Trung ương cho đại diện tập thể, cá nhân có thành tích.", nil},
		{"the host of the ceremony is not the recipient",
			"Năm 2024, UBND tỉnh Quảng Ninh tổ chức lễ đón nhận Huân chương Lao động hạng Ba của Chủ tịch nước.", nil},
	})
}

// The tuning stories' recipients, as a careful reader finds them.
func TestRecipientsInStories(t *testing.T) {
	want := map[string][]string{
		"thai-nguyen-tuyen-giao-2024.txt": nil,
		"bac-kan-dan-van-2023.txt":        {"Giấy khen của Ban Dân vận Tỉnh ủy Bắc Kạn 2023 ← 12 tập thể"},
		"dai-tu-ket-luan-01.txt":          {"Giấy khen của Ban Thường vụ Huyện ủy Đại Từ 2024 ← 20 tập thể, cá nhân"},
		"quang-ninh-huan-chuong-2024.txt": {"Huân chương Lao động hạng Ba của Chủ tịch nước 2024 ← Sở Y tế Quảng Ninh"},
	}
	for name, w := range want {
		if got := recipientLines(extractFile(t, name)); strings.Join(got, "\n") != strings.Join(w, "\n") {
			t.Errorf("%s: recipients:\n%s\nwant:\n%s", name, strings.Join(got, "\n"), strings.Join(w, "\n"))
		}
	}
}

func TestPartyBadgeTiers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"tiers counted before nhận, by đảng viên and đồng chí",
			"Năm 2024, Đảng bộ huyện trao Huy hiệu Đảng cho 40 đảng viên: 5 đảng viên nhận Huy hiệu 70 năm tuổi Đảng; 12 đồng chí nhận Huy hiệu 55 năm và 23 đồng chí nhận huy hiệu 30 năm tuổi Đảng.",
			[]string{"Huy hiệu 70 năm tuổi Đảng 2024 ← 5 cá nhân", "Huy hiệu 55 năm tuổi Đảng 2024 ← 12 cá nhân", "Huy hiệu 30 năm tuổi Đảng 2024 ← 23 cá nhân"}},
		{"the Party before the tier",
			"Năm 2024, Đảng ủy xã còn truy tặng Huy hiệu Đảng 40 năm cho 2 đảng viên.",
			// The Đảng ủy that "truy tặng" is the badge's issuer (the issuer convention).
			[]string{"Huy hiệu 40 năm tuổi Đảng của Đảng ủy xã 2024 ← 2 cá nhân"}},
		{"years without năm",
			"Năm 2024, đồng chí Trần Văn Nam vinh dự nhận Huy hiệu 65 tuổi Đảng.",
			[]string{"Huy hiệu 65 năm tuổi Đảng 2024 ← Trần Văn Nam"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := recipientLines(Extract(tt.text, now))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("recipients:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestPartyBadgeNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a list of tiers is one award each; the umbrella is none",
			"Năm 2024, một số đảng viên được nhận Huy hiệu Đảng, gồm huy hiệu 45 năm và 40 năm tuổi Đảng.",
			[]string{"Huy hiệu 45 năm tuổi Đảng", "Huy hiệu 40 năm tuổi Đảng"}},
		{"without tiers the Party badge stays one award, and nothing after Đảng is its name",
			"Năm 2024, đồng chí Trần Văn Nam trao Huy hiệu Đảng đợt 3/2 cho 12 đảng viên.",
			[]string{"Huy hiệu Đảng"}},
		{"a certificate of merit by what it rewards",
			"Năm 2024, hội nghị đề nghị Bằng khen toàn diện và Bằng khen chuyên đề cho các tập thể.",
			[]string{"Bằng khen toàn diện", "Bằng khen chuyên đề"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, a := range Extract(tt.text, now).Awards {
				got = append(got, a.Name)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("awards:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestAwardListsWithCounts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"each award of a list with its count after a colon",
			"Năm 2024, hội đồng đề nghị Cờ thi đua của UBND tỉnh Hà Nam: 30 tập thể; danh hiệu Lao động tiên tiến: 120 cá nhân; Chiến sĩ thi đua cơ sở: 45 cá nhân.",
			[]string{"Cờ thi đua của UBND tỉnh Hà Nam 2024 ← 30 tập thể", "Danh hiệu Lao động tiên tiến 2024 ← 120 cá nhân", "Danh hiệu Chiến sĩ thi đua cơ sở 2024 ← 45 cá nhân"}},
		{"two awards sharing one count: on the first",
			"Năm 2024, Bằng khen toàn diện và Bằng khen chuyên đề: 15 tập thể và 40 cá nhân.",
			[]string{"Bằng khen toàn diện 2024 ← 15 tập thể, 40 cá nhân"}},
		{"lists of awards and recipients after cho",
			"Năm 2024, UBND tỉnh Hà Nam tặng Bằng khen cho 5 tập thể và 12 cá nhân; Giấy khen của Sở Nội vụ tỉnh Hà Nam cho 8 cá nhân.",
			[]string{"Bằng khen của UBND tỉnh Hà Nam 2024 ← 5 tập thể, 12 cá nhân", "Giấy khen của Sở Nội vụ Hà Nam 2024 ← 8 cá nhân"}},
		{"a year before a count is not a thousands separator",
			"Năm 2024, 15 tập thể được nhận Giấy khen của Sở Nội vụ tỉnh Hà Nam.",
			[]string{"Giấy khen của Sở Nội vụ Hà Nam 2024 ← 15 tập thể"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := recipientLines(Extract(tt.text, now))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("recipients:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestStateAwardsAndLists(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"an issuer right after the flag, a count of a province's bodies",
			"Năm 2024, 6 tập thể của tỉnh Hà Tĩnh được tặng Cờ thi đua Chính phủ.",
			[]string{"Cờ thi đua của Chính phủ 2024 ← 6 tập thể"}},
		{"an office right after the certificate, in lower case",
			"Năm 2024, hội đồng đề nghị bằng khen Thủ tướng Chính phủ cho 3 cá nhân.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2024 ← 3 cá nhân"}},
		{"a list after gồm, parted by semicolons",
			"Năm 2024, 3 tập thể được tặng Cờ thi đua của Chính phủ, gồm: Sở Y tế tỉnh Hà Tĩnh; Báo Hà Tĩnh và Hội Nông dân tỉnh Hà Tĩnh.",
			[]string{"Cờ thi đua của Chính phủ 2024 ← 3 tập thể", "Cờ thi đua của Chính phủ 2024 ← Sở Y tế Hà Tĩnh", "Cờ thi đua của Chính phủ 2024 ← Báo Hà Tĩnh", "Cờ thi đua của Chính phủ 2024 ← Hội Nông dân Hà Tĩnh"}},
		{"an award named short is the one named in full",
			"Năm 2024, Thủ tướng ký quyết định tặng Cờ thi đua cho Báo Hà Tĩnh. Dịp này, 4 tập thể được tặng Cờ thi đua của Chính phủ.",
			[]string{"Cờ thi đua của Chính phủ 2024 ← 4 tập thể", "Cờ thi đua của Chính phủ 2024 ← Báo Hà Tĩnh"}},
		{"ranked orders from the Chủ tịch nước, the count on the first",
			"Năm 2024, thừa ủy quyền của Chủ tịch nước, đồng chí Lê Văn Hải trao Huân chương Lao động hạng Nhì và hạng Ba cho 5 cá nhân.",
			[]string{"Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← 5 cá nhân"}},
		{"the unranked order beside two ranks is their umbrella",
			"Năm 2024, 5 cá nhân được Chủ tịch nước trao tặng Huân chương Lao động. Cụ thể, Huân chương Lao động hạng Nhì và hạng Ba của Chủ tịch nước được trao.",
			[]string{"Huân chương Lao động hạng Nhì của Chủ tịch nước 2024 ← 5 cá nhân"}},
		{"tiers listed for one count: on the first",
			"Năm 2024, 30 đảng viên được trao tặng Huy hiệu 45 năm, 40 năm và 30 năm tuổi Đảng.",
			[]string{"Huy hiệu 45 năm tuổi Đảng 2024 ← 30 cá nhân"}},
		{"honorary titles of a report's numbers, in lower case, with and without danh hiệu",
			"Năm 2024, hội đồng thống nhất tặng danh hiệu lao động tiên tiến cho 1.250 cá nhân và tập thể lao động xuất sắc cho 12 tập thể; danh hiệu “Chiến sỹ thi đua cấp tỉnh” cho 07 cá nhân.",
			[]string{"Danh hiệu Lao động tiên tiến 2024 ← 1250 cá nhân", "Danh hiệu Tập thể lao động xuất sắc 2024 ← 12 tập thể", "Danh hiệu Chiến sỹ thi đua cấp tỉnh 2024 ← 7 cá nhân"}},
		{"an office of the story's district, and all ranks of an order",
			"Năm 2024, hội đồng đề nghị giấy khen của Chủ tịch UBND huyện cho 40 cá nhân; Huân chương Lao động các hạng cho 2 tập thể, 3 cá nhân.",
			// Since round 7 the order of every class keeps "các hạng" in its
			// name: the classes a story lists after it are other awards.
			[]string{"Giấy khen của Chủ tịch UBND huyện 2024 ← 40 cá nhân", "Huân chương Lao động các hạng 2024 ← 2 tập thể, 3 cá nhân"}},
		{"the office of a holder named before tặng, the count right after the award",
			"Năm 2024, Chủ tịch UBND huyện Ia Pa Nguyễn Văn Tám tặng giấy khen 12 tập thể và 20 cá nhân.",
			[]string{"Giấy khen của Chủ tịch UBND huyện Ia Pa 2024 ← 12 tập thể, 20 cá nhân"}},
		{"a count of party members after a tier is not another tier",
			"Năm 2024, 6 đảng viên được trao huy hiệu 55 năm tuổi đảng và 40 đảng viên được trao huy hiệu 50 năm tuổi đảng.",
			[]string{"Huy hiệu 55 năm tuổi Đảng 2024 ← 6 cá nhân", "Huy hiệu 50 năm tuổi Đảng 2024 ← 40 cá nhân"}},
		{"people listed before được trao tặng, across semicolons",
			"Năm 2024, các đồng chí Lê Văn Hải - Giám đốc Sở Y tế; Trần Văn Tâm - Giám đốc Sở Tài chính và đồng chí Hà Thị Lan - Bí thư Huyện ủy Mường Tè được trao tặng Huân chương Lao động hạng Ba.",
			[]string{"Huân chương Lao động hạng Ba 2024 ← Lê Văn Hải", "Huân chương Lao động hạng Ba 2024 ← Trần Văn Tâm", "Huân chương Lao động hạng Ba 2024 ← Hà Thị Lan"}},
		{"a list after gồm later in the sentence, with places in parentheses",
			"Năm 2024, Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 2 tập thể đã dẫn đầu phong trào thi đua, gồm: Nhân dân và cán bộ xã Tân Lập (huyện Mộc Châu); Nhân dân và cán bộ phường Quyết Thắng.",
			[]string{"Cờ thi đua của Chính phủ 2024 ← 2 tập thể", "Cờ thi đua của Chính phủ 2024 ← Nhân dân và cán bộ xã Tân Lập", "Cờ thi đua của Chính phủ 2024 ← Nhân dân và cán bộ phường Quyết Thắng"}},
		{"a list in the next sentence without the award's name",
			"Năm 2024, 2 tập thể được tặng Cờ thi đua của Chính phủ. Hai tập thể được tặng là: Báo Sơn La; Hội Cựu chiến binh tỉnh Sơn La.",
			[]string{"Cờ thi đua của Chính phủ 2024 ← 2 tập thể", "Cờ thi đua của Chính phủ 2024 ← Báo Sơn La", "Cờ thi đua của Chính phủ 2024 ← Hội Cựu chiến binh Sơn La"}},
		{"được trao a badge in lower case",
			"Năm 2024, 5 đảng viên được trao huy hiệu 60 năm tuổi đảng.",
			[]string{"Huy hiệu 60 năm tuổi Đảng 2024 ← 5 cá nhân"}},
	})
}

// Round 3 of issue 18: counts written before the award, counts after "có",
// "với", "lên" or a colon, and lists of recipients numbered after a colon
// (sentences of our own).
func TestRecipientsRound3(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"counts proposed before an order and a certificate",
			"Năm 2023, hội đồng xét chọn 2 tập thể, 3 cá nhân được đề nghị tặng thưởng Huân chương Lao động hạng Ba; 4 tập thể, 9 cá nhân đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.",
			[]string{"Huân chương Lao động hạng Ba 2023 ← 2 tập thể, 3 cá nhân", "Bằng khen của Chủ tịch UBND tỉnh 2023 ← 4 tập thể, 9 cá nhân"}},
		{"badges given and given posthumously",
			"Đợt này có 41 đảng viên được tặng và truy tặng Huy hiệu 60 năm tuổi Đảng; 2 trường hợp được truy tặng Huy hiệu 55 năm tuổi Đảng năm 2024.",
			[]string{"Huy hiệu 60 năm tuổi Đảng 2024 ← 41 cá nhân", "Huy hiệu 55 năm tuổi Đảng 2024 ← 2 cá nhân"}},
		{"a count after có",
			"Năm 2024, nhận Huy hiệu 70 năm tuổi Đảng có 12 đồng chí.",
			[]string{"Huy hiệu 70 năm tuổi Đảng 2024 ← 12 cá nhân"}},
		{"a count after với, and after lên",
			"Năm 2022, hội đồng thống nhất đề nghị Bằng khen của Thủ tướng Chính phủ với 3 tập thể, 7 cá nhân và nâng số đề nghị Cờ thi đua của Chính phủ lên 6 tập thể.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2022 ← 3 tập thể, 7 cá nhân", "Cờ thi đua của Chính phủ 2022 ← 6 tập thể"}},
		{"a count a few words after the colon, parted by a semicolon",
			"Năm 2021, Huân chương Lao động hạng Nhì: Hội đồng nhất trí 02 tập thể; 06 cá nhân.",
			[]string{"Huân chương Lao động hạng Nhì 2021 ← 2 tập thể", "Huân chương Lao động hạng Nhì 2021 ← 6 cá nhân"}},
		{"a numbered list after the colon, past an item no rule reads",
			"Năm 2021, 4 tập thể được Thủ tướng Chính phủ tặng Bằng khen: 1.Sở Y tế tỉnh Hà Tĩnh; 2. Công ty Điện lực Hà Tĩnh; 3. Sở Nội vụ tỉnh Hà Tĩnh.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2021 ← 4 tập thể", "Bằng khen của Thủ tướng Chính phủ 2021 ← Sở Y tế Hà Tĩnh", "Bằng khen của Thủ tướng Chính phủ 2021 ← Sở Nội vụ Hà Tĩnh"}},
		{"numbered people with their titles up to the semicolon",
			"Năm 2021, 2 cá nhân được Thủ tướng Chính phủ tặng Bằng khen: 1. Ông Trần Văn Lâm - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Hà Tĩnh; 2. Đại tá Lê Văn Hòa - Giám đốc, Công an tỉnh.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2021 ← 2 cá nhân", "Bằng khen của Thủ tướng Chính phủ 2021 ← Trần Văn Lâm", "Bằng khen của Thủ tướng Chính phủ 2021 ← Lê Văn Hòa"}},
		// Not recipients.
		{"who presents a badge does not receive it",
			"Năm 2024, đồng chí Nguyễn Văn Thành trao tặng Huy hiệu 50 năm tuổi Đảng.", nil},
		{"who proposes an award does not receive it",
			"Năm 2024, UBND tỉnh Hà Tĩnh đề nghị tặng Cờ thi đua của Chính phủ.", nil},
	})
}

// The State's honorary titles given to mothers, named or counted
// (sentences of our own).
func TestMothersRound3(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"mothers listed after cho các Bà mẹ, each with her commune",
			"Năm 2023, huyện Can Lộc được Chủ tịch nước truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng” cho các Bà mẹ: Trần Thị Lan quê ở xã Gia Hanh, Lê Thị Mai quê ở xã Thuần Thiện và Phan Thị Cúc quê ở xã Vượng Lộc.",
			[]string{"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2023 ← Trần Thị Lan", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2023 ← Lê Thị Mai", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2023 ← Phan Thị Cúc"}},
		{"a count of mothers, then the mothers in the next sentence",
			"Năm 2023, Chủ tịch nước truy tặng danh hiệu 'Bà mẹ Việt Nam anh hùng' cho 2 mẹ. Các Mẹ gồm: Mẹ Võ Thị Hoa, sinh năm 1901, ở xã Kỳ Tân; Mẹ Đinh Thị Sen, sinh năm 1910, xã Kỳ Lạc.",
			[]string{"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2023 ← 2 cá nhân", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2023 ← Võ Thị Hoa", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2023 ← Đinh Thị Sen"}},
		{"their relatives receive for the mothers",
			"Năm 2023, thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện trao danh hiệu “Bà mẹ Việt Nam anh hùng” cho thân nhân mẹ Hà Thị Nga và mẹ Lưu Thị Tâm.",
			[]string{"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2023 ← Hà Thị Nga", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2023 ← Lưu Thị Tâm"}},
		{"a title not yet named in full is no award of its own",
			"Năm 2023, lãnh đạo huyện trao danh hiệu vinh dự Nhà nước cho thân nhân các Mẹ.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Extract(tt.text, now)
			checkSpans(t, s)
			if got := recipientLines(s); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("recipients:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if len(tt.want) == 0 && len(s.Awards) > 0 {
				t.Errorf("awards %v, want none", s.Awards[0].Name)
			}
			for _, p := range s.People {
				if strings.Contains(p.Name, "Việt Nam") || strings.HasPrefix(p.Name, "Mẹ") {
					t.Errorf("person %q is the title, not a name", p.Name)
				}
			}
		})
	}
}

// A deputy's office as the giver, and "đến"/"tới" before the recipient
// (sentences of our own).
func TestDeputiesRound3(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a count before được and a deputy prime minister",
			"Năm 2023, 12 tập thể được Phó Thủ tướng tặng Bằng khen.",
			[]string{"Bằng khen của Phó Thủ tướng 2023 ← 12 tập thể"}},
		{"a count before được and a deputy prime minister named",
			"Năm 2023, 7 tập thể, 9 cá nhân được Phó Thủ tướng Trần Lưu Quang tặng Bằng khen.",
			[]string{"Bằng khen 2023 ← 7 tập thể, 9 cá nhân"}},
		{"a deputy's office gives, as written",
			"Năm 2023, Phó Chủ tịch UBND tỉnh Hà Tĩnh tặng Bằng khen cho 5 tập thể.",
			[]string{"Bằng khen của Phó Chủ tịch UBND tỉnh Hà Tĩnh 2023 ← 5 tập thể"}},
		{"a badge presented to a comrade after tới",
			"Năm 2024, ông Lê Văn An trao Huy hiệu 50 năm tuổi Đảng tới đồng chí Trần Văn Bình.",
			[]string{"Huy hiệu 50 năm tuổi Đảng 2024 ← Trần Văn Bình"}},
	})
}

// Round 4: the issuer of the State's awards is the one the story ties to
// them, perhaps in another clause or sentence; orders named in lower case
// (sentences of our own).
func TestStateIssuersRound4(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a mandate covers every order its verb takes, past semicolons and abbreviations",
			"Năm 2012, thừa ủy nhiệm của Chủ tịch nước, ông Lê Văn An đã trao Huân chương Độc lập hạng Nhất cho tỉnh bạn; Huân chương Độc lập hạng Nhì cho 2 cá nhân là ông Bua Khăm, Ủy viên T.Ư Đảng; Huân chương Độc lập hạng Ba cho 3 cá nhân.",
			// Round 5 names the one the count counts, after "là".
			[]string{"Huân chương Độc lập hạng Nhì của Chủ tịch nước 2012 ← 2 cá nhân", "Huân chương Độc lập hạng Nhì của Chủ tịch nước 2012 ← Bua Khăm", "Huân chương Độc lập hạng Ba của Chủ tịch nước 2012 ← 3 cá nhân"}},
		{"a decision of the President before the verb; an order in lower case",
			"Năm 2020, theo các Quyết định của Chủ tịch nước, tỉnh trao Huân chương độc lập cho 9 cá nhân.",
			[]string{"Huân chương độc lập của Chủ tịch nước 2020 ← 9 cá nhân"}},
		{"the State alone is a level, no issuer (the issuer convention)",
			"Năm 2020, lãnh đạo tỉnh trao danh hiệu “Bà mẹ Việt Nam Anh hùng” cho 12 mẹ. Đến nay, tỉnh có 900 mẹ được Nhà nước trao tặng danh hiệu “Bà mẹ Việt Nam Anh hùng”.",
			[]string{"Danh hiệu Bà mẹ Việt Nam Anh hùng 2020 ← 12 cá nhân"}},
		{"the sentence's subject who receives, past an apposition",
			"Năm 2020, ông Lê Văn An, Giám đốc Sở Y tế tỉnh Quảng Trị, nhận Bằng khen của Thủ tướng Chính phủ.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2020 ← Lê Văn An"}},
		{"a mother who receives, past where she lives",
			"Mẹ Tạ Thị Hoa, trú tại xã Vĩnh Nam, huyện Vĩnh Linh, nhận danh hiệu “Bà mẹ Việt Nam anh hùng” năm 2020.",
			[]string{"Danh hiệu Bà mẹ Việt Nam anh hùng 2020 ← Tạ Thị Hoa"}},
		{"one who presents, past an apposition, is no recipient",
			"Năm 2020, ông Lê Văn An, Giám đốc Sở Y tế, trao Bằng khen cho 5 tập thể.",
			[]string{"Bằng khen 2020 ← 5 tập thể"}},
		{"a Vice President who presents is no issuer",
			"Năm 2024, Phó Chủ tịch nước Lê Thị Hoa trao truy tặng danh hiệu Bà mẹ Việt Nam Anh hùng cho thân nhân 3 mẹ.",
			[]string{"Danh hiệu Bà mẹ Việt Nam Anh hùng 2024 ← 3 cá nhân"}},
	})
}

// Round 5: recipients listed after a colon, one a clause or one a line,
// and the people a count counts, named after it (sentences of our own).
func TestRecipientListsRound5(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"collectives after cho and a colon, each with where it is, parted by semicolons",
			"Năm 2023, Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho: Nhân dân và cán bộ xã Tân An, huyện Krông Búk; Nhân dân và cán bộ phường Bình Minh, thị xã Buôn Hồ; Nhân dân và cán bộ xã Ea Tu.",
			[]string{"Cờ thi đua của Chính phủ 2023 ← Nhân dân và cán bộ xã Tân An", "Cờ thi đua của Chính phủ 2023 ← Nhân dân và cán bộ phường Bình Minh", "Cờ thi đua của Chính phủ 2023 ← Nhân dân và cán bộ xã Ea Tu"}},
		{"collectives one a line after the colon that ends the paragraph",
			"Năm 2023, Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho các tập thể sau:\n- Nhân dân và cán bộ xã Cư Né, huyện Krông Búk;\n- Nhân dân và cán bộ phường Thống Nhất.\nUBND tỉnh Đắk Lắk tổ chức lễ đón nhận.",
			[]string{"Cờ thi đua của Chính phủ 2023 ← Nhân dân và cán bộ xã Cư Né", "Cờ thi đua của Chính phủ 2023 ← Nhân dân và cán bộ phường Thống Nhất"}},
		{"a count, a colon, then a line each",
			"Năm 2023, Sở Nội vụ tặng Giấy khen cho 2 tập thể:\n1. Sở Y tế tỉnh Hà Tĩnh;\n2. Báo Hà Tĩnh.",
			[]string{"Giấy khen của Sở Nội vụ Hà Tĩnh 2023 ← 2 tập thể", "Giấy khen của Sở Nội vụ Hà Tĩnh 2023 ← Sở Y tế Hà Tĩnh", "Giấy khen của Sở Nội vụ Hà Tĩnh 2023 ← Báo Hà Tĩnh"}},
		{"a count, then gồm ending the paragraph, a numbered line each, one no rule reads",
			"Năm 2023, UBND tỉnh tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho 03 tập thể có thành tích xuất sắc, gồm:\n1. Văn phòng Huyện ủy Bắc Trà My; dẫn đầu Khối 01;\n2. Công ty Điện lực; dẫn đầu Khối 02;\n3. Ban Quản lý rừng phòng hộ huyện Bắc Trà My; dẫn đầu Khối 03./.\nTiền thưởng trích từ Quỹ thi đua, khen thưởng tỉnh.",
			[]string{"Cờ thi đua của Ủy ban nhân dân tỉnh 2023 ← 3 tập thể", "Cờ thi đua của Ủy ban nhân dân tỉnh 2023 ← Văn phòng Huyện ủy Bắc Trà My", "Cờ thi đua của Ủy ban nhân dân tỉnh 2023 ← Ban Quản lý rừng phòng hộ huyện Bắc Trà My"}},
		{"a line that is no recipient closes the list",
			"Năm 2023, UBND tỉnh tặng Bằng khen cho:\nNăm nay tỉnh có nhiều điển hình.\nSở Y tế tỉnh Hà Tĩnh tổ chức hội nghị.",
			nil},
		{"teachers counted by their calling, then named after a colon",
			"Năm 2023, Hội đồng đề nghị xét tặng danh hiệu Nhà giáo Ưu tú cho 4 nhà giáo: ông Nguyễn Văn An, bà Lê Thị Hoa, ông Trần Văn Bình và bà Phạm Thị Lan.",
			[]string{"Danh hiệu Nhà giáo Ưu tú 2023 ← 4 cá nhân", "Danh hiệu Nhà giáo Ưu tú 2023 ← Nguyễn Văn An", "Danh hiệu Nhà giáo Ưu tú 2023 ← Lê Thị Hoa", "Danh hiệu Nhà giáo Ưu tú 2023 ← Trần Văn Bình", "Danh hiệu Nhà giáo Ưu tú 2023 ← Phạm Thị Lan"}},
		{"people after là, each past the titles of the one before",
			"Năm 2013, ông Lê Văn Thanh trao Huân chương Lao động hạng Nhì cho 2 cá nhân là đồng chí Nguyễn Văn Khánh - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Huyện ủy và đồng chí Lê Văn Bình - Nguyên Bí thư Huyện ủy.",
			[]string{"Huân chương Lao động hạng Nhì 2013 ← 2 cá nhân", "Huân chương Lao động hạng Nhì 2013 ← Nguyễn Văn Khánh", "Huân chương Lao động hạng Nhì 2013 ← Lê Văn Bình"}},
		{"a list after a count and gồm",
			"Năm 2020, Hội đồng đề nghị tặng Bằng khen cho 3 tập thể gồm: Sở Y tế tỉnh Hà Tĩnh, Báo Hà Tĩnh và Hội Nông dân tỉnh.",
			[]string{"Bằng khen 2020 ← 3 tập thể", "Bằng khen 2020 ← Sở Y tế Hà Tĩnh", "Bằng khen 2020 ← Báo Hà Tĩnh", "Bằng khen 2020 ← Hội Nông dân Hà Tĩnh"}},
		{"people proposed, named in the next sentence after được đề nghị xét tặng gồm",
			"Năm 2023, Hội đồng đề nghị Chủ tịch nước tặng danh hiệu Nhà giáo Ưu tú cho 2 cá nhân. Các nhà giáo được đề nghị xét tặng gồm: Lê Văn An, Hiệu trưởng Trường THPT Hồng Quang; Trần Thị Bích, giáo viên Trường THCS Chu Văn An.",
			[]string{"Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước 2023 ← 2 cá nhân", "Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước 2023 ← Lê Văn An", "Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước 2023 ← Trần Thị Bích"}},
		{"titles in a council's name and in how they are considered are no award",
			"Năm 2023, Hội đồng xét tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú tỉnh họp. Việc xét tặng danh hiệu Nhà giáo Nhân dân được tiến hành 3 năm một lần, theo Nghị định quy định về xét tặng danh hiệu Nhà giáo Nhân dân.",
			nil},
		{"a province's broadcaster",
			"Năm 2021, Thủ tướng Chính phủ tặng Bằng khen cho Đài Phát thanh và Truyền hình tỉnh Nghệ An.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2021 ← Đài Phát thanh và Truyền hình tỉnh Nghệ An"}},
	})
}

// recipientCase is a sentence of our own and the recipients it must give,
// as recipientLines writes them.
type recipientCase struct {
	name, text string
	want       []string
}

// checkRecipients extracts each case's text and compares its recipients.
func checkRecipients(t *testing.T, tests []recipientCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Extract(tt.text, now)
			checkSpans(t, s)
			if got := recipientLines(s); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("recipients:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// Round 6: recipients named one after another after "cho" (bodies,
// people with their posts, "và các đồng chí …", "và cho …"), counts in
// words and by calling, a list after a lower-case award's "gồm", people
// after their titles, the staff of a body, in sentences of our own. Each
// case failed before its rule.
func TestRecipientsRound6(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a count in words",
			"Ngày 13-9, Chủ tịch UBND tỉnh Ninh Thuận ký quyết định tặng Bằng khen của Chủ tịch UBND tỉnh cho một tập thể và bốn cá nhân vì thành tích xuất sắc.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2026 ← 1 tập thể, 4 cá nhân"}},
		{"people counted by their calling",
			"Năm 2025, tỉnh trao Huân chương Dũng cảm của Chủ tịch nước cho 2 ngư dân.",
			[]string{"Huân chương Dũng cảm của Chủ tịch nước 2025 ← 2 cá nhân"}},
		{"a lower-case award's list after gồm goes to the one award of its name; past a body no rule reads that names its place; firms counted",
			"Năm 2023, ông Lê Văn Hải, Chủ tịch UBND tỉnh Ninh Thuận ký quyết định tặng bằng khen của Chủ tịch UBND tỉnh Ninh Thuận cho 5 tập thể và 2 cá nhân. 5 tập thể được tặng bằng khen gồm: Nhóm thợ lặn Phước Hà huyện Ninh Hải, Công an huyện Ninh Hải, Công an xã Vĩnh Hải cùng 2 doanh nghiệp. Những cá nhân được tặng bằng khen gồm: ông Lê Văn Dũng (Chính trị viên Ban Chỉ huy quân sự huyện Ninh Hải), ông Trần Văn Trung (Phó Trưởng phòng Cảnh sát cơ động Công an tỉnh Ninh Thuận).",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← 5 tập thể, 2 cá nhân", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← Công an huyện Ninh Hải", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← Công an xã Vĩnh Hải", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← 2 tập thể", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← Lê Văn Dũng", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← Trần Văn Trung"}},
		{"a list after gồm goes on past several bodies no rule reads, each naming its place",
			"Năm 2023, Hội đồng đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận cho 3 tập thể gồm: Nhóm thợ lặn thị xã Ninh Hòa, Tổ cứu hộ huyện Ninh Hải, Công an xã Vĩnh Hải.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← 3 tập thể", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← Công an xã Vĩnh Hải"}},
		{"a body that names no place is owned by the next one, no item of the list",
			"Năm 2023, Hội đồng đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận cho 1 tập thể gồm: Nhóm thợ lặn, Công an tỉnh Ninh Thuận.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← 1 tập thể"}},
		{"a count joined to a list no rule reads, then a colon and the people it counts, each with a rank and posts",
			"Năm 2021, Chủ tịch UBND tỉnh Ninh Thuận tặng Bằng khen cho Nhóm thợ lặn Phước Hà, Tổ cứu hộ huyện Ninh Hải cùng ba cá nhân: Thiếu tá Nguyễn Văn An, Cán bộ Phòng CSGT, Công an tỉnh Ninh Thuận; Đại úy Lê Văn Bình, Cán bộ Đội CSGT, Công an huyện Ninh Hải và Thượng úy Trần Văn Cường, Cán bộ Phòng Cảnh sát cơ động.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2021 ← 3 cá nhân", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2021 ← Nguyễn Văn An", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2021 ← Lê Văn Bình", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2021 ← Trần Văn Cường"}},
		{"bodies, then và các đồng chí and people with their posts parted by semicolons",
			"Năm 2022, Chủ tịch UBND tỉnh Ninh Thuận tặng Bằng khen cho Công an huyện Ninh Hải và các đồng chí Nguyễn Văn An, Giám đốc Sở Nội vụ; Lê Văn Bình, Giám đốc Sở Y tế.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2022 ← Công an huyện Ninh Hải", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2022 ← Nguyễn Văn An", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2022 ← Lê Văn Bình"}},
		{"after cho, units one after another past one no rule reads, then people",
			"Năm 2022, Chủ tịch UBND tỉnh Ninh Thuận tặng Bằng khen cho Nhóm thợ lặn Phước Hà huyện Ninh Hải, Công an xã Vĩnh Hải và các đồng chí Nguyễn Văn An, Giám đốc Sở Nội vụ; Lê Văn Bình, Giám đốc Sở Y tế.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2022 ← Công an xã Vĩnh Hải", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2022 ← Nguyễn Văn An", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2022 ← Lê Văn Bình"}},
		{"after cho, a unit that names no place is owned by the body after it",
			"Năm 2022, Chủ tịch UBND tỉnh Ninh Thuận tặng Bằng khen cho Nhóm thợ lặn, Công an tỉnh Ninh Thuận.",
			nil},
		{"a body after a person's apposition and và cho",
			"Năm 2022, UBND tỉnh Ninh Thuận tặng Bằng khen cho đồng chí Nguyễn Văn An, Giám đốc Sở Nội vụ và cho Sở Y tế tỉnh Ninh Thuận.",
			[]string{"Bằng khen của UBND tỉnh Ninh Thuận 2022 ← Nguyễn Văn An", "Bằng khen của UBND tỉnh Ninh Thuận 2022 ← Sở Y tế Ninh Thuận"}},
		{"a body right after a person's name is the person's own, no recipient",
			"Năm 2024, đồng chí Trần Văn Nam trao Huy hiệu 60 năm tuổi Đảng cho ông Nguyễn Văn Bảy, Công an xã Vĩnh Hải.",
			[]string{"Huy hiệu 60 năm tuổi Đảng 2024 ← Nguyễn Văn Bảy"}},
		{"people each with a post in parentheses, whichever rule reads the post",
			"Năm 2023, Chủ tịch UBND tỉnh Ninh Thuận tặng bằng khen của Chủ tịch UBND tỉnh Ninh Thuận cho 2 cá nhân gồm: ông Lê Văn Dũng (Chính trị viên Ban Chỉ huy quân sự huyện Ninh Hải), ông Trần Văn Trung (Phó Trưởng phòng Cảnh sát cơ động Công an tỉnh Ninh Thuận), ông Phạm Văn Hùng (Đội trưởng Đội chữa cháy khu vực 4).",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← 2 cá nhân", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← Lê Văn Dũng", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← Trần Văn Trung", "Bằng khen của Chủ tịch UBND tỉnh Ninh Thuận 2023 ← Phạm Văn Hùng"}},
		{"a person after the titles the list gives her",
			"Năm 2024, đồng chí Trần Văn Nam trao tặng Huy hiệu 55 năm tuổi Đảng đến nguyên Phó Chủ tịch nước Trương Mỹ Hoa.",
			[]string{"Huy hiệu 55 năm tuổi Đảng 2024 ← Trương Mỹ Hoa"}},
		{"the staff of a body as a collective",
			"Năm 2023, Phó Chủ tịch nước trao Huân chương Lao động hạng Nhì tặng tập thể cán bộ, công chức Sở Tư pháp tỉnh Ninh Thuận.",
			[]string{"Huân chương Lao động hạng Nhì 2023 ← Sở Tư pháp Ninh Thuận"}},
		{"a count before được, a body that proposes it and the office that confers it",
			"Năm 2022, 9 tập thể được UBND tỉnh Bình Định trình Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ.",
			[]string{"Cờ thi đua của Chính phủ 2022 ← 9 tập thể"}},
		{"a count of those not given it",
			"Năm 2023, Hội đồng xét: Huân chương Lao động hạng Nhất: 01 trường hợp không đủ điều kiện xét.",
			nil},
	})
}

// Round 8: a numbered list of awards, each item naming its award and a
// count alone, with those it counts one a line under it (sentences of our
// own). Each case failed before its rule unless it says it guards one.
func TestRecipientsRound8(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"items of a numbered list of awards, each a count and its lines",
			"Năm 2019, Sở Nội vụ đề nghị Chủ tịch nước khen thưởng, cụ thể như sau:\n1. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể\n- Sở Y tế tỉnh Hà Tĩnh;\n- Báo Hà Tĩnh\n2. Đề nghị tặng Huân chương Độc lập hạng Nhất: 01 tập thể\n- Nhân dân và cán bộ huyện Kỳ Anh.",
			[]string{"Huân chương Lao động hạng Ba 2019 ← 2 tập thể", "Huân chương Lao động hạng Ba 2019 ← Sở Y tế Hà Tĩnh", "Huân chương Lao động hạng Ba 2019 ← Báo Hà Tĩnh", "Huân chương Độc lập hạng Nhất 2019 ← 1 tập thể", "Huân chương Độc lập hạng Nhất 2019 ← Nhân dân và cán bộ huyện Kỳ Anh"}},
		{"guard: a count that goes on to other words opens no list",
			"Năm 2019, Hội đồng xét: Huân chương Lao động hạng Ba: 02 tập thể có thành tích xuất sắc\nSở Y tế tỉnh Hà Tĩnh tổ chức hội nghị.",
			[]string{"Huân chương Lao động hạng Ba 2019 ← 2 tập thể"}},
		{"a commemorative medal, named by its kind alone",
			"Năm 2025, UBND tỉnh Kon Tum tặng Kỷ niệm chương cho 40 cá nhân có nhiều đóng góp.",
			[]string{"Kỷ niệm chương của UBND tỉnh Kon Tum 2025 ← 40 cá nhân"}},
		{"an office that signs and issues the decision: ký ban hành",
			"Năm 2025, Chủ tịch UBND tỉnh Kon Tum đã ký ban hành Quyết định số 12/QĐ-UBND về việc tặng Bằng khen cho 5 tập thể.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Kon Tum 2025 ← 5 tập thể"}},
		{"the office of the holder named before the verb that issues the decision",
			"Năm 2025, Chủ tịch UBND tỉnh Kon Tum Nguyễn Văn Bình đã ký ban hành Quyết định số 12/QĐ-UBND về việc tặng Bằng khen cho 5 tập thể.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Kon Tum 2025 ← 5 tập thể"}},
		{"a count over badge tiers one of which has its own count is no tier's",
			"Năm 2023, 12 đảng viên được trao tặng Huy hiệu 60 năm tuổi Đảng và 300 đảng viên được trao tặng huy hiệu 30, 40, 60 năm tuổi Đảng.",
			[]string{"Huy hiệu 60 năm tuổi Đảng 2023 ← 12 cá nhân"}},
		{"guard: a count over tiers no other count names goes to the first",
			"Năm 2023, 12 đảng viên được trao tặng Huy hiệu 60 năm tuổi Đảng và 300 đảng viên được trao tặng Huy hiệu 45 năm, 40 năm và 30 năm tuổi Đảng.",
			[]string{"Huy hiệu 60 năm tuổi Đảng 2023 ← 12 cá nhân", "Huy hiệu 45 năm tuổi Đảng 2023 ← 300 cá nhân"}},
		{"a count of families before the count after it",
			"Năm 2024, UBND tỉnh Kon Tum trao tặng Bằng khen của Thủ tướng Chính phủ cho 3 gia đình, 15 cá nhân.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2024 ← 15 cá nhân"}},
		{"a count of households before the count after it",
			"Năm 2024, UBND tỉnh Kon Tum tặng Bằng khen cho 4 hộ gia đình và 2 tập thể.",
			[]string{"Bằng khen của UBND tỉnh Kon Tum 2024 ← 2 tập thể"}},
	})
}

// Round 10: the recipients the award reaches in lists.
func TestRecipientsRound10(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a place after the first item's comma parts no list: the semicolon's items go on",
			"Năm 2019, Thủ tướng Chính phủ đã tặng Bằng khen cho Nhân dân và cán bộ xã Lâm Thủy, huyện Lệ Thủy; bà Hồ Thị Thoi, Bí thư Đảng ủy xã Trọng Hóa.",
			[]string{"Bằng khen của Thủ tướng Chính phủ 2019 ← Nhân dân và cán bộ xã Lâm Thủy", "Bằng khen của Thủ tướng Chính phủ 2019 ← Hồ Thị Thoi"}},
		{"two awards joined by và, each after a count of medals, before counts of kinds: the counts are the first's",
			"Năm 2013, Chủ tịch nước tặng 14 Huân chương Hữu nghị và 9 Huy chương Hữu nghị cho 15 tập thể và 8 cá nhân.",
			[]string{"Huân chương Hữu nghị của Chủ tịch nước 2013 ← 15 tập thể, 8 cá nhân"}},
		{"a dashed line is one item: the body after its comma is the item's own",
			"Năm 2019, UBND tỉnh đề nghị:\n\n6. Đề nghị phong tặng danh hiệu Anh hùng Lao động: 02 tập thể\n\n- Trường Trung học phổ thông Việt Bắc, Sở Giáo dục và Đào tạo tỉnh Lạng Sơn;\n\n- Sở Y tế tỉnh Lạng Sơn.",
			[]string{"Danh hiệu Anh hùng Lao động 2019 ← 2 tập thể", "Danh hiệu Anh hùng Lao động 2019 ← Trường Trung học phổ thông Việt Bắc", "Danh hiệu Anh hùng Lao động 2019 ← Sở Y tế Lạng Sơn"}},
	})
}
