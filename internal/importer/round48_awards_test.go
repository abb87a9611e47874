package importer

import "testing"

// Round 48: a sentence that names no award and opens with a count given
// it passively ("12 mẹ được truy tặng gồm các mẹ A (…), …", "Trong số đó
// có 10 tác giả được truy tặng, gồm: tác giả A (bút danh: …), …") lists
// those the count counts: the award whose name the count writes again,
// the mothers' title for mothers, else the award named last (lines of
// our own). A count that tells more than a giving ("được nhận thêm tiền
// thưởng") opens no list of this kind.
func TestCountedListPassiveRound48(t *testing.T) {
	checkAwards(t, []textCase{
		{"UBND huyện Tân Lập tổ chức lễ truy tặng danh hiệu Bà mẹ Việt Nam anh hùng và trao Huân chương Độc lập cho 2 gia đình. 3 mẹ được truy tặng gồm các mẹ Lê Thị Mận (xã 1), Hồ Thị Lài (xã 2) và Đinh Thị Hoa (xã 3).",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 3 mẹ, le thi man, ho thi lai, dinh thi hoa; Huân chương Độc lập: "},
		{"Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho 12 cá nhân. Trong số đó có 2 cá nhân được truy tặng, gồm: ông Lê Văn Mận (quê xã Bình Sơn) và ông Hồ Văn Lài (quê xã Bình Minh).",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: 12 cá nhân, 2 cá nhân, le van man, ho van lai"},
		// What they did: no list of this kind.
		{"Chủ tịch UBND tỉnh Tân Lập tặng Bằng khen cho 12 cá nhân. Trong số đó có 2 cá nhân được nhận thêm tiền thưởng, gồm: ông Lê Văn Mận (quê xã Bình Sơn) và ông Hồ Văn Lài (quê xã Bình Minh).",
			"Bằng khen của Chủ tịch UBND tỉnh Tân Lập: 12 cá nhân"},
	})
}
