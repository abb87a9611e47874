package importer

import (
	"testing"
	"time"
)

// Round 28: a province named by "tỉnh" (or a city of the centre by
// "thành phố") as the giver of an award, not its people's committee nor
// an office of it, is the award's issuer: "tỉnh A tặng Bằng khen cho …",
// "12 tập thể được tỉnh A tặng bằng khen" (lines of our own).
func TestProvinceGiverRound28(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the province gives, the counts after cho",
			"Năm 2021, tỉnh Quảng Trị tặng Bằng khen cho 12 tập thể và 40 cá nhân có thành tích trong phong trào xây dựng nông thôn mới.",
			[]string{"Bằng khen của tỉnh Quảng Trị 2021 ← 12 tập thể, 40 cá nhân"}},
		{"the counts before được, the province between it and the verb",
			"Năm 2020, có 9 tập thể, 25 cá nhân được tỉnh Hà Giang tặng bằng khen vì thành tích trong công tác giảm nghèo.",
			[]string{"Bằng khen của tỉnh Hà Giang 2020 ← 9 tập thể, 25 cá nhân"}},
		{"a city of the centre",
			"Năm 2019, thành phố Cần Thơ tặng Bằng khen cho 7 tập thể có thành tích trong công tác phòng chống thiên tai.",
			[]string{"Bằng khen của thành phố Cần Thơ 2019 ← 7 tập thể"}},
		// The province's people who present it with a bare "trao" give
		// nothing: no issuer, and no recipients for a lower-case award
		// with no issuer.
		{"a delegation of the province only presents",
			"Năm 2021, đoàn công tác của tỉnh Quảng Trị trao bằng khen cho 12 tập thể.",
			nil},
		// A province's city that bears its name is no province: it holds
		// the ceremony and confers nothing.
		{"a province's city of its name",
			"Năm 2021, thành phố Bắc Kạn tặng bằng khen cho 12 tập thể.",
			nil},
	})
}

// Round 28: counted recipients described after "là" before "được … tặng"
// ("12 tập thể, 30 cá nhân là hội viên nông dân được … tặng") are those
// the award goes to; a stretch after "là" that tells an act is no
// description of them
// (lines of our own).
func TestCountDescribedAsRound28(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the counts, then what they are",
			"Năm 2022, 8 tập thể, 30 cá nhân là hội viên nông dân được UBND tỉnh Bến Tre tặng bằng khen vì thành tích sản xuất giỏi.",
			[]string{"Bằng khen của UBND tỉnh Bến Tre 2022 ← 8 tập thể, 30 cá nhân"}},
		{"one count, what they are in capitals",
			"Năm 2023, 15 cá nhân là người có uy tín trong đồng bào DTTS được Chủ tịch UBND tỉnh Kon Tum tặng Bằng khen.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Kon Tum 2023 ← 15 cá nhân"}},
		// After "là", what they did with a verb of giving: those counted
		// give, and the stretch names no recipient.
		{"a verb of giving after là",
			"Năm 2023, 15 cá nhân là người trao quà cho hộ nghèo được UBND tỉnh Kon Tum tặng Bằng khen.",
			nil},
	})
}

// Round 28: a page's address that carries its date gives the clock of a
// story whose text names no year: "Ngày 13/2" of a page at
// "…/202402/…" is 2024's, not the clock's year (addresses of our own).
func TestURLDateRound28(t *testing.T) {
	clock := time.Date(2026, 12, 7, 0, 0, 0, 0, time.UTC)
	tests := []struct{ url, text, want string }{
		{"https://example.vn/thoi-su/202402/le-trao-tang-a1234.html", "Ngày 13/2, UBND huyện tổ chức lễ trao tặng danh hiệu.", "2024-02-13"},
		{"https://example.vn/xa-hoi/ky-hop-thu-nhat-20210615182031965.htm", "Chiều 10/6, HĐND tỉnh khai mạc kỳ họp thứ nhất.", "2021-06-10"},
		// A date after the page's falls in the year before it.
		{"https://example.vn/2019/03/05/tin-dia-phuong/", "Ngày 20/12, huyện tổng kết phong trào thi đua.", "2018-12-20"},
		// No date in the address: the clock's year, as before.
		{"https://example.vn/tin-tuc/66/166596/trao-co-thi-dua", "Ngày 13/2, UBND huyện tổ chức lễ trao tặng danh hiệu.", "2026-02-13"},
		// An article's number of six digits is no month of a year.
		{"https://example.vn/thoi-su/201913.html", "Ngày 13/2, UBND huyện tổ chức lễ trao tặng danh hiệu.", "2026-02-13"},
		// The text's own year wins over the address's.
		{"https://example.vn/thoi-su/202402/le-trao-tang-a1234.html", "Ngày 13/2/2023, UBND huyện tổ chức lễ trao tặng danh hiệu.", "2023-02-13"},
	}
	for _, tt := range tests {
		s := ExtractURL(tt.text, tt.url, clock)
		if len(s.Dates) != 1 || s.Dates[0].Date.Format(time.DateOnly) != tt.want {
			t.Errorf("%s: %q: dates %v, want %s", tt.url, tt.text, s.Dates, tt.want)
		}
	}
}

// Round 28: clauses parted by ";" that open with a bare verb of giving
// ("…; tặng Huân chương … cho …") carry the giver of the clause before
// (lines of our own).
func TestCarriedGiverRound28(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the State office's giving carried through two clauses",
			"Năm 2018, tỉnh được Chủ tịch nước quyết định tặng Huân chương Lao động hạng Ba cho 4 tập thể; tặng Huân chương Chiến công hạng Nhì cho 2 cá nhân; tặng Huân chương Chiến công hạng Ba cho 5 cá nhân.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2018 ← 4 tập thể", "Huân chương Chiến công hạng Nhì của Chủ tịch nước 2018 ← 2 cá nhân", "Huân chương Chiến công hạng Ba của Chủ tịch nước 2018 ← 5 cá nhân"}},
		// A clause with a giver of its own keeps it.
		{"the second clause names its giver",
			"Năm 2018, Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 4 tập thể; UBND tỉnh Phú Thọ tặng Bằng khen cho 9 cá nhân.",
			[]string{"Huân chương Lao động hạng Ba của Chủ tịch nước 2018 ← 4 tập thể", "Bằng khen của UBND tỉnh Phú Thọ 2018 ← 9 cá nhân"}},
		// The clause before names no giver: nothing to carry, the order
		// alone.
		{"no giver before",
			"Năm 2018, tỉnh tổ chức lễ tổng kết cho 4 tập thể; tặng Huân chương Chiến công hạng Ba cho 5 cá nhân.",
			[]string{"Huân chương Chiến công hạng Ba 2018 ← 5 cá nhân"}},
		// A bare "trao" only hands over: neither clause ties an issuer
		// (since round 47 not the first either).
		{"a bare trao before",
			"Năm 2018, UBND huyện Tiên Lữ trao Huân chương Lao động hạng Ba cho 4 tập thể; trao Huân chương Chiến công hạng Ba cho 5 cá nhân.",
			[]string{"Huân chương Lao động hạng Ba 2018 ← 4 tập thể", "Huân chương Chiến công hạng Ba 2018 ← 5 cá nhân"}},
	})
}

// Round 28: "tập thể" counted with its level right after ("1 tập thể xã
// được nhận Cờ thi đua") is the count of those who receive; a level
// after a count of people is no such word (lines of our own).
func TestCountedLevelRound28(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a commune counted as one collective",
			"Năm 2020, huyện Tân Biên có thêm 1 tập thể xã được nhận Cờ thi đua của Thủ tướng Chính phủ.",
			[]string{"Cờ thi đua của Thủ tướng Chính phủ 2020 ← 1 tập thể"}},
		{"districts counted",
			"Năm 2020, 3 tập thể huyện được tặng Bằng khen của Chủ tịch UBND tỉnh Long An.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Long An 2020 ← 3 tập thể"}},
		// "cá nhân xã": people of a commune, not a level of a collective;
		// the rule reads none.
		{"people of a commune",
			"Trong năm 2020 huyện có 5 cá nhân xã được nhận Cờ thi đua của Thủ tướng Chính phủ.",
			nil},
	})
}
