package importer

import "testing"

// A place's people given an award as one are a body of the story too;
// praised or thanked, they are none.
func TestCollectiveRecipientIsABody(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the collective that receives an order",
			"Sáng 5/10, Chủ tịch nước trao tặng Huân chương Lao động hạng Nhất cho Đảng bộ, chính quyền và nhân dân tỉnh Phú Thọ.",
			"Đảng bộ, chính quyền và nhân dân tỉnh Phú Thọ",
			skip},
		{"must not fire: the collective praised, no award given to it",
			"Sáng 5/10, Chủ tịch nước chúc mừng những thành tựu mà Đảng bộ, chính quyền và nhân dân tỉnh Phú Thọ đã đạt được.",
			"",
			skip},
	})
}
