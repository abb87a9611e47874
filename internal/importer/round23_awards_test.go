package importer

import "testing"

// Round 23: a count is read with any noun of bodies (villages, quarters,
// clubs, lineages) or of people (workers) it takes, and with several
// nouns parted by commas: of one kind it is of that kind, of both kinds
// of none (lines of our own).
func TestCountNounsRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"villages and quarters are bodies",
			"Năm 2023, UBND tỉnh Yên Bái tặng Bằng khen cho 15 thôn, tổ dân phố đạt chuẩn văn hóa.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 15 tập thể"}},
		{"workers are people",
			"Năm 2023, LĐLĐ tỉnh Yên Bái tặng Bằng khen cho 25 lao động giỏi.",
			[]string{"Bằng khen của LĐLĐ tỉnh Yên Bái 2023 ← 25 cá nhân"}},
		{"nouns of both kinds, each described: a count of no kind",
			"Năm 2023, UBND tỉnh Yên Bái tặng Bằng khen cho 37 hội viên, dòng họ hiếu học, chi hội khuyến học tiêu biểu.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 37 tập thể, cá nhân"}},
		{"a noun after và starts another conferral, not the count's kind",
			"Năm 2023, UBND huyện Văn Chấn tặng danh hiệu Lao động tiên tiến cho 640 cá nhân và tập thể lao động tiên tiến cho 31 tập thể.",
			[]string{"Danh hiệu Lao động tiên tiến của UBND huyện Văn Chấn 2023 ← 640 cá nhân", "Danh hiệu Tập thể lao động tiên tiến của UBND huyện Văn Chấn 2023 ← 31 tập thể"}},
	})
}

// Round 23: a count that opens its clause, described at length before
// "được … tặng", receives what follows; words with a verb or a figure
// between are no description (lines of our own).
func TestDescribedCountBeforeRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"families and clubs described before the award",
			"Năm 2023, Hội Khuyến học tỉnh Yên Bái tổ chức đại hội; 58 gia đình, dòng họ hiếu học, chi hội khuyến học tiêu biểu trong tỉnh tham dự đại hội được UBND tỉnh Yên Bái tặng Bằng khen.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 58 tập thể, cá nhân"}},
		{"a count whose clause ends before the award's",
			"Năm 2023, 58 hội viên tham dự đại hội; Hội Khuyến học tỉnh Yên Bái được UBND tỉnh Yên Bái tặng Bằng khen.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← Hội Khuyến học Yên Bái"}},
	})
}

// Round 23: two bodies that give one award together ("UBND tỉnh A và
// LĐLĐ tỉnh A tặng bằng khen cho …") each give it, with all its
// recipients; a body inside another's name phrase is no co-giver (lines
// of our own).
func TestTwoGiversRound23(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"two bodies open the clause",
			"Năm 2023, UBND tỉnh Yên Bái và Tỉnh đoàn Yên Bái tặng Bằng khen cho 7 tập thể và 11 cá nhân.",
			[]string{"Bằng khen của UBND tỉnh Yên Bái 2023 ← 7 tập thể, 11 cá nhân", "Bằng khen của Tỉnh đoàn Yên Bái 2023 ← 7 tập thể, 11 cá nhân"}},
		{"the first body is the place of the ceremony, not a giver",
			"Năm 2023, tại Hội trường UBND tỉnh Yên Bái, Tỉnh đoàn Yên Bái tặng Bằng khen cho 7 tập thể.",
			[]string{"Bằng khen của Tỉnh đoàn Yên Bái 2023 ← 7 tập thể"}},
	})
}
