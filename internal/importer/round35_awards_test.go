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
