package importer

import "testing"

// TestHolderAfterCityRound26 covers a city's body followed by its holder's
// name: the name is a person, the city the story's.
func TestHolderAfterCityRound26(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a council's chairman named right after the city's bare body",
			"Về phía Hải Phòng, có Chủ tịch UBND thành phố Đỗ Văn Bình, Chủ tịch HĐND thành phố Trần Thị Lan, cùng đại diện các ban, ngành.",
			"UBND thành phố Hải Phòng; HĐND thành phố Hải Phòng",
			"Trần Thị Lan: Chủ tịch @ HĐND thành phố Hải Phòng; Đỗ Văn Bình: Chủ tịch @ UBND thành phố Hải Phòng"},
		{"the holder's name at the sentence's end",
			"Sáng 2/9, thành phố Cần Thơ tổ chức lễ kỷ niệm. Dự buổi lễ có Phó Chủ tịch UBND thành phố Lâm Quốc Hưng.",
			"UBND thành phố Cần Thơ",
			"Lâm Quốc Hưng: Phó Chủ tịch @ UBND thành phố Cần Thơ"},
		{"must not fire: a provincial city of three words that starts with no family name",
			"Năm 2020, ông Lê Văn Ba, Chủ tịch UBND thành phố Buôn Ma Thuột, dự lễ.",
			"UBND thành phố Buôn Ma Thuột",
			"Lê Văn Ba: Chủ tịch @ UBND thành phố Buôn Ma Thuột"},
		{"must not fire: a city of two words from a family name",
			"Năm 2020, ông Lê Văn Ba, Chủ tịch UBND thành phố Cao Lãnh, dự lễ.",
			"UBND thành phố Cao Lãnh",
			"Lê Văn Ba: Chủ tịch @ UBND thành phố Cao Lãnh"},
	})
}
