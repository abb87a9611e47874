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

// TestSharedPhongRound29 covers a department whose head "phòng" is written
// in lower case as the last word of the title ("Trưởng phòng Nội vụ huyện
// A") inside a list of past posts: the department is a body when it names
// its district or province. Lines of our own.
func TestSharedPhongRound29(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a past post's department with its district",
			"Năm 2023, ông Trần Văn Khải từng giữ các chức vụ: Trưởng phòng Nội vụ huyện Chợ Mới, Phó Chủ tịch UBND huyện Chợ Mới.",
			"Phòng Nội vụ huyện Chợ Mới; UBND huyện Chợ Mới",
			skip},
		{"a deputy head's department with its town",
			"Năm 2022, bà Hà Thị Lan từng đảm nhiệm các chức vụ: Phó Trưởng phòng Kinh tế thị xã Quảng Yên, Bí thư Huyện ủy Cao Lộc.",
			"Phòng Kinh tế thị xã Quảng Yên; Huyện ủy Cao Lộc",
			skip},
		// Without its district or province a department is any
		// department: no body.
		{"must not fire: a department with no place",
			"Năm 2023, ông Trần Văn Khải từng giữ các chức vụ: Trưởng phòng Nội vụ, Phó Chủ tịch UBND huyện Chợ Mới.",
			"UBND huyện Chợ Mới",
			skip},
	})
}

// TestPlaceNamedUnitRound29 covers a port and a telecom's provincial unit
// named by their province ("Cảng Quảng Ninh", "Viễn thông Nghệ An"), and a
// province whose name ends in a head's word ("Hải Phòng" after "Báo" or
// "Cảng"). Lines of our own.
func TestPlaceNamedUnitRound29(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a port named by its province",
			"Năm 2022, Cảng Quảng Ninh đón thêm hai tàu lớn.",
			"Cảng Quảng Ninh",
			skip},
		{"a telecom's unit named by its province",
			"Năm 2023, Viễn thông Nghệ An ra mắt dịch vụ mới.",
			"Viễn thông Nghệ An",
			skip},
		{"a city whose name ends in Phòng",
			"Năm 2021, Cảng Hải Phòng và Báo Hải Phòng ký kết hợp tác.",
			"Cảng Hải Phòng; Báo Hải Phòng",
			skip},
		{"must not fire: the trade, not a unit",
			"Năm 2023, Viễn thông là ngành mũi nhọn của tỉnh Nghệ An.",
			"",
			skip},
		{"must not fire: a port of no province",
			"Năm 2023, Cảng Cửa Lò đón thêm hai tàu lớn.",
			"",
			skip},
	})
}

// TestDismissedFromRound29 covers a dismissal that names the person before
// the post: "miễn nhiệm ông A khỏi chức vụ Phó Chủ tịch UBND tỉnh B" gives
// A the post they held until then, as "miễn nhiệm chức vụ … đối với ông A"
// does. Lines of our own.
func TestDismissedFromRound29(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the person, then khỏi chức vụ",
			"Năm 2024, HĐND tỉnh miễn nhiệm ông Đặng Quốc Khánh khỏi chức vụ Phó Chủ tịch UBND tỉnh Hà Nam.",
			skip,
			"Đặng Quốc Khánh: Phó Chủ tịch @ UBND tỉnh Hà Nam"},
		// "khỏi" after a place, not after the person, links nobody.
		{"must not fire: leaving a place",
			"Năm 2024, ông Đặng Quốc Khánh rời khỏi trụ sở, Phó Chủ tịch UBND tỉnh Hà Nam phát biểu.",
			skip,
			""},
	})
}
