package importer

import "testing"

// Round 35: a bare "Thủ tướng" of Việt Nam is the Thủ tướng Chính phủ
// written short, and is written by its full name (docs/import.md, "Gold
// lists", the bullet Issuers); "Phó Thủ tướng" and a named state's
// "Thủ tướng Lào" stay as written (lines of our own).
func TestBarePrimeMinisterRound35(t *testing.T) {
	checkAwards(t, []textCase{
		{"8 tập thể, 3 cá nhân đã được Thủ tướng ký quyết định tặng bằng khen vì đã có thành tích xuất sắc trong công tác phòng chống bão lũ.",
			"Bằng khen của Thủ tướng Chính phủ: 8 tập thể, 3 cá nhân"},
		{"Thủ tướng tặng bằng khen cho 8 tập thể.",
			"Bằng khen của Thủ tướng Chính phủ: 8 tập thể"},
		{"Ông được tặng bằng khen của Thủ tướng vì thành tích xuất sắc.",
			"Bằng khen của Thủ tướng Chính phủ: "},
		// Not the Thủ tướng Chính phủ written short.
		{"Phó Thủ tướng tặng bằng khen cho 8 tập thể.",
			"Bằng khen của Phó Thủ tướng: 8 tập thể"},
		{"Thủ tướng Lào tặng bằng khen cho 8 tập thể.",
			"Bằng khen của Thủ tướng Lào: 8 tập thể"},
	})
}

// Round 35: "ra quyết định tặng" is a verb of giving as "quyết định tặng"
// and "có quyết định tặng" are: the office before it gives (lines of our
// own). "ra" alone before "tặng" is no decision.
func TestDecisionMadeRound35(t *testing.T) {
	checkAwards(t, []textCase{
		{"Bộ trưởng Bộ Y tế vừa ra quyết định tặng bằng khen cho 120 nhà giáo tiêu biểu trong cả nước.",
			"Bằng khen của Bộ trưởng Bộ Y tế: 120 nhà giáo"},
		{"Chủ tịch UBND tỉnh đã ra quyết định tặng Bằng khen cho 14 cá nhân.",
			"Bằng khen của Chủ tịch UBND tỉnh: 14 cá nhân"},
		// No decision between the office and the giving.
		{"Bộ trưởng Bộ Y tế đi ra, Ban tổ chức tặng Bằng khen cho 14 cá nhân.",
			"Bằng khen: 14 cá nhân"},
	})
}

// Round 35: the giver written after an honorary title or an award, "do
// Y ký tặng" ("do Y ký quyết định tặng"), is its issuer as "do Y tặng"
// is; "do Y ký" without a giving, or a comma between, ties none (lines of
// our own).
func TestSignedGiverAfterRound35(t *testing.T) {
	checkAwards(t, []textCase{
		{"Có 3 nhà giáo được tặng danh hiệu “Nhà giáo ưu tú” do Chủ tịch nước ký tặng.",
			"Danh hiệu Nhà giáo ưu tú của Chủ tịch nước: 3 nhà giáo"},
		{"Có 3 nhà giáo được tặng Huân chương Lao động hạng Ba do Chủ tịch nước ký quyết định tặng.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: 3 nhà giáo"},
		// Not a giving after the signing; a comma ends the clause.
		{"Có 3 nhà giáo được tặng Huân chương Lao động hạng Ba do Chủ tịch nước ký năm 2015.",
			"Huân chương Lao động hạng Ba: 3 nhà giáo"},
		{"Có 3 nhà giáo được tặng danh hiệu “Nhà giáo ưu tú”, do Chủ tịch nước ký tặng.",
			"Danh hiệu Nhà giáo ưu tú: 3 nhà giáo"},
	})
}

// Round 35: a level written after a quoted title's closing quote, "danh
// hiệu “Chiến sỹ thi đua” cấp tỉnh", is the title's; a year or a place
// after it is not (lines of our own).
func TestLevelAfterQuotedTitleRound35(t *testing.T) {
	checkAwards(t, []textCase{
		{"Có 12 cá nhân được tặng danh hiệu “Lao động giỏi” cấp huyện.",
			"Danh hiệu Lao động giỏi cấp huyện: 12 cá nhân"},
		{"Năm nay, 20 cá nhân được tặng danh hiệu “Chiến sỹ thi đua” cấp cơ sở.",
			"Danh hiệu Chiến sỹ thi đua cấp cơ sở: 20 cá nhân"},
		// No level after the quote.
		{"Có 12 cá nhân được tặng danh hiệu “Lao động giỏi” năm 2017.",
			"Danh hiệu Lao động giỏi: 12 cá nhân"},
		{"Có 12 cá nhân được tặng danh hiệu “Lao động giỏi” thành phố Cần Thơ.",
			"Danh hiệu Lao động giỏi: 12 cá nhân"},
	})
}

// Round 35: a count after titles listed under one "danh hiệu" is of them
// together, marked once, on the title named first (docs/import.md, "Gold
// lists", Recipients); one title alone keeps its count (lines of our own).
func TestCountOfListedTitlesRound35(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch nước phong tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” cho 9 cá nhân.",
			"Danh hiệu Nghệ nhân nhân dân của Chủ tịch nước: 9 cá nhân; Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: "},
		{"Chủ tịch nước phong tặng danh hiệu NGND và NGƯT cho 9 nhà giáo.",
			"Danh hiệu Nhà giáo Nhân dân của Chủ tịch nước: 9 nhà giáo; Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước: "},
		// One title: its own count, once.
		{"Chủ tịch nước phong tặng danh hiệu Nghệ nhân ưu tú cho 9 cá nhân.",
			"Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: 9 cá nhân"},
	})
}

// Round 35: a count followed by where they are, "ở" or "tại" and a place
// by its name (perhaps after its unit), before "được" is who receives, as
// "của" and the place is; one counted is not read so (lines of our own).
func TestCountedAtPlaceRound35(t *testing.T) {
	checkAwards(t, []textCase{
		{"15 cá nhân ở Gia Lai được tặng thưởng Huân chương Lao động.",
			"Huân chương Lao động: 15 cá nhân"},
		{"Năm nay, 6 tập thể tại tỉnh Gia Lai được tặng Cờ thi đua của Chính phủ.",
			"Cờ thi đua của Chính phủ: 6 tập thể"},
		// One counted heads the story of one it names: not read so.
		{"1 cá nhân ở Gia Lai được tặng thưởng Huân chương Lao động.",
			"Huân chương Lao động: "},
	})
}
