package importer

import "testing"

// TestBodiesPostsRound25 covers the rules of round 25 for bodies, posts
// and people: each case fails without its rule, but for those that say
// where a rule must not fire.
func TestBodiesPostsRound25(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a province written with a hyphen keeps it in its bodies' names",
			"Năm 2020, ông Lê Văn Ba, Chủ tịch UBND tỉnh Thừa Thiên-Huế, dự lễ ở Tỉnh ủy Thừa Thiên-Huế.",
			"UBND tỉnh Thừa Thiên-Huế; Tỉnh ủy Thừa Thiên-Huế",
			"Lê Văn Ba: Chủ tịch @ UBND tỉnh Thừa Thiên-Huế"},
		{"the spelling the story uses most wins over a headline's",
			"Thừa Thiên Huế đón nhận Cờ thi đua\nNăm 2020, ông Lê Văn Ba, Bí thư Tỉnh ủy Thừa Thiên - Huế, trao quà cho HĐND tỉnh Thừa Thiên - Huế.",
			skip,
			"Lê Văn Ba: Bí thư @ Tỉnh ủy Thừa Thiên - Huế"},
		{"a province the lexicon writes with a hyphen, written without",
			"Năm 2020, ông Lê Văn Ba, Phó Chủ tịch HĐND tỉnh Bà Rịa Vũng Tàu, dự lễ.",
			"HĐND tỉnh Bà Rịa Vũng Tàu",
			"Lê Văn Ba: Phó Chủ tịch @ HĐND tỉnh Bà Rịa Vũng Tàu"},
		{"must not fire: a province written as the lexicon writes it",
			"Năm 2020, ông Lê Văn Ba, Chủ tịch UBND tỉnh Thừa Thiên Huế, dự lễ.",
			"UBND tỉnh Thừa Thiên Huế",
			"Lê Văn Ba: Chủ tịch @ UBND tỉnh Thừa Thiên Huế"},
	})
}
