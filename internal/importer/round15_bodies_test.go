package importer

import "testing"

// TestBodiesPostsRound15 covers the rules of round 15 for bodies, posts
// and people: each case fails without its rule.
func TestBodiesPostsRound15(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"TP.HCM written with no space around the dot, at a sentence's end",
			"Năm 2024, ông Dương Ngọc Hải là Chủ nhiệm Ủy ban Kiểm tra Thành ủy TP.HCM.",
			"Ủy ban Kiểm tra Thành ủy TP.HCM",
			skip},
		{"TPHCM written as one word",
			"Ngày 19-5-2024, tại phiên họp HĐND TPHCM, các đại biểu đã bầu ông Dương Ngọc Hải.",
			"HĐND TPHCM",
			skip},
		{"the Party's secretariat written Ban Bí thư T.Ư Đảng",
			"Năm 2023, Chỉ thị số 18-CT/TW của Ban Bí thư T.Ư Đảng được ban hành.",
			"Ban Bí thư T.Ư Đảng",
			skip},
	})
}
