package importer

import (
	"strings"
	"testing"
)

// Round 20: a fraction followed by the targets, criteria or places it
// counts is no date, though it reads as a day and month; after "ngày" it
// is one (lines of our own).
func TestFractionOfTargetsRound20(t *testing.T) {
	checkDates(t, []dateCase{
		{"targets met",
			"Ngày 5/3/2019, tỉnh tổng kết. Năm 2018, cả 12/12 chỉ tiêu chủ yếu đều đạt.\n",
			"2019-03-05"},
		{"criteria met",
			"Ngày 5/3/2024, huyện tổng kết. Huyện đã hoàn thành 9/9 tiêu chí, cả 24/24 xã đạt chuẩn.\n",
			"2024-03-05"},
		{"a day after ngày stays a date",
			"Ngày 9/9 xã tổ chức lễ đón nhận, năm 2024.\n",
			"2024-09-09"},
	})
}

// Round 20: a page's stamp of a year and month in the ISO way ("date
// 2024-11") gives the year of the days and months its story writes when
// the story writes no year (lines of our own).
func TestISOMonthStampRound20(t *testing.T) {
	checkDates(t, []dateCase{
		{"year and month",
			"Tỉnh có tân Chủ tịch\n date 2024-11 TPO - Tại kỳ họp, đại biểu đã bầu Chủ tịch.\n\nChiều 18/11, HĐND tỉnh tổ chức kỳ họp.\n",
			"2024-11-18"},
	})
}

// Round 20: a document's heading broken after "ngày" leaves its date in
// words alone on the next line, still the document's date (lines of our
// own).
func TestHeadingDateRound20(t *testing.T) {
	checkDates(t, []dateCase{
		{"heading broken after ngày",
			"CHỈ THỊ\nSố: 01/CT-UBND\nBình Thuận, ngày\n10 tháng 01 năm 2025\nChủ tịch UBND tỉnh yêu cầu các sở thực hiện.\n",
			"2025-01-10"},
	})
}

// Round 20: in a list of the Party badge's tiers after one given to a
// count, a tier written bare after its own count is that count's badge:
// "…, 1 đảng viên 60 năm tuổi Đảng, 17 đảng viên 55 năm tuổi Đảng" (lines
// of our own).
func TestBareTierAfterCountRound20(t *testing.T) {
	checkAwards(t, []textCase{
		{"Trong số này có 5 đảng viên được trao Huy hiệu 70 năm tuổi Đảng, 1 đảng viên 60 năm tuổi Đảng, 17 đảng viên 55 năm tuổi Đảng.\n",
			"Huy hiệu 70 năm tuổi Đảng: 5 đảng viên; Huy hiệu 60 năm tuổi Đảng: 1 đảng viên; Huy hiệu 55 năm tuổi Đảng: 17 đảng viên"},
	})
}

// Round 20: a count in a sentence that counts since a time past ("Tính từ
// đầu năm đến nay, …") is a running total, no conferral, where the story
// counts the award's conferral elsewhere (lines of our own).
func TestRunningTotalRound20(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thành ủy vừa trao Huy hiệu Đảng cho các đảng viên. Trong số này có 5 đảng viên được trao Huy hiệu 70 năm tuổi Đảng.\n\nTính từ đầu năm đến nay, Thành ủy đã trao 1.227 Huy hiệu Đảng, trong đó có 39 đảng viên được trao Huy hiệu 70 năm tuổi Đảng.\n",
			"Huy hiệu 70 năm tuổi Đảng: 5 đảng viên"},
	})
}

// Round 20: the one counted before a badge may be named in parentheses
// after it, and a body after "của" before "được trao" is the body the one
// who receives belongs to, no recipient (lines of our own).
func TestNamedInParenthesesRound20(t *testing.T) {
	checkAwards(t, []textCase{
		{"Dịp này, 01 đảng viên được trao Huy hiệu 80 năm tuổi Đảng (đồng chí Trần Văn Bình, đảng viên Đảng bộ thị trấn Hồ Xá) - tính đến thời điểm này, đồng chí Trần Văn Bình là đảng viên đầu tiên của Đảng bộ tỉnh được trao tặng Huy hiệu 80 năm tuổi Đảng.\n",
			"Huy hiệu 80 năm tuổi Đảng: 01 đảng viên, tran van binh"},
	})
}

// Round 20: an order named without its rank and given the very count its
// one ranked form is given is that award retold, as a title retells it
// (lines of our own).
func TestUnrankedRetoldRound20(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thành phố trao Huân chương Độc lập cho 12 cá nhân\n\nSáng 25-4, UBND thành phố tổ chức lễ trao Huân chương Độc lập hạng ba của Chủ tịch nước cho 12 cá nhân.\n",
			"Huân chương Độc lập hạng ba của Chủ tịch nước: 12 cá nhân"},
	})
}

// Round 20: a closing line "Theo" and a name credits the story to its
// author at another paper, a person; "Theo" and a paper's name stays a
// source (lines of our own).
func TestRelayedBylineRound20(t *testing.T) {
	const body = "Tỉnh có tân Chủ tịch\n\nHĐND tỉnh đã họp và bầu ông Trần Văn Bình làm Chủ tịch UBND tỉnh.\n\n"
	for _, tt := range []struct{ line, want string }{
		{"Theo Hoàng Diên", "Hoàng Diên"},
		{"Theo Văn Hóa", ""},
		{"Theo Tuổi Trẻ", ""},
		{"Theo Hà Nội Mới", ""},
	} {
		var got []string
		for _, a := range Extract(body+tt.line+"\n", now).Authors {
			got = append(got, a.Name)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q: authors %q, want %q", tt.line, g, tt.want)
		}
	}
}

// Round 20: a byline on the last paragraph's line after the agency's
// closing mark "./.", perhaps with the agency in parentheses, is the
// story's author (lines of our own).
func TestClosingMarkBylineRound20(t *testing.T) {
	const body = "Tỉnh có tân Chủ tịch\n\nHĐND tỉnh đã họp và bầu ông Trần Văn Bình làm Chủ tịch UBND tỉnh./."
	for _, tt := range []struct{ tail, want string }{
		{" Phan Thái Sơn (TTXVN/Vietnam+)", "Phan Thái Sơn"},
		{" Nguyễn Phương Hoạt", "Nguyễn Phương Hoạt"},
		{"", ""},
	} {
		var got []string
		for _, a := range Extract(body+tt.tail+"\n", now).Authors {
			got = append(got, a.Name)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q: authors %q, want %q", tt.tail, g, tt.want)
		}
	}
}
