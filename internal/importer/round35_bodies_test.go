package importer

import "testing"

// TestNumberedSchoolRound35 covers a school numbered in its district,
// "số N" after its kind and the place after the number ("Trường THPT số 2
// Thanh Hà"). Lines of our own.
func TestNumberedSchoolRound35(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"a numbered high school and its head",
			"Ông Trần Văn Sơn, Hiệu trưởng Trường THPT số 2 Thanh Hà, phát biểu.",
			"Trường THPT số 2 Thanh Hà",
			"Trần Văn Sơn: Hiệu trưởng @ Trường THPT số 2 Thanh Hà"},
		{"a numbered primary school",
			"Trường Tiểu học số 3 Hòa Bình nhận Bằng khen.",
			"Trường Tiểu học số 3 Hòa Bình",
			skip},
		// A number with no place after it is no school's name.
		{"must not fire: a count after the school",
			"Trường THPT Lê Lợi có số 12 lớp học mới.",
			"Trường THPT Lê Lợi",
			skip},
	})
}
