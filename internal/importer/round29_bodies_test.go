package importer

import "testing"

// TestCountedListRound29 covers bodies listed under a shared head with a
// count instead of "các": "UBND 4 xã: A, B, C, D" is one body per place,
// even with where they lie written before the colon. Lines of our own.
func TestCountedListRound29(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a counted list after a colon",
			"Năm 2024, UBND 3 xã: Tân Lập, Phú Hòa, Long Điền được tặng cờ thi đua.",
			"UBND xã Tân Lập; UBND xã Phú Hòa; UBND xã Long Điền",
			skip},
		{"a counted list, where the places lie before the colon",
			"Năm 2025, UBND 4 phường trên địa bàn thành phố Tam Kỳ: An Mỹ, An Sơn, Hòa Thuận và Tân Thạnh được khen.",
			"UBND phường An Mỹ; UBND phường An Sơn; UBND phường Hòa Thuận; UBND phường Tân Thạnh",
			skip},
		{"a count in words",
			"Năm 2023, UBND hai thị trấn: Bình Minh, Hưng Long tổ chức hội nghị.",
			"UBND thị trấn Bình Minh; UBND thị trấn Hưng Long",
			skip},
		// A count that the names do not match is no list of those bodies.
		{"must not fire: fewer names than the count",
			"Năm 2024, UBND 5 xã: Tân Lập, Phú Hòa được tặng cờ thi đua.",
			"",
			skip},
		// A count with no colon after it tells how many, not which: the
		// rules read the first name with the head, as they did before.
		{"must not fire: a count without its colon",
			"Năm 2024, UBND 3 xã Tân Lập, Phú Hòa, Long Điền được tặng cờ thi đua.",
			"UBND xã Tân Lập",
			skip},
	})
}
