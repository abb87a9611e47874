package importer

import "testing"

// Round 34: a count followed by where those counted work ("đang công tác
// tại …", "công tác ở …") before "được nhận" is who receives, not the
// workplace's body (lines of our own).
func TestWorkplaceOfCountedRound34(t *testing.T) {
	checkAwards(t, []textCase{
		{"Có 12 đồng chí đang công tác tại các cơ quan, đơn vị Bộ Chỉ huy Quân sự tỉnh được nhận Huy chương Quân kỳ Quyết thắng.",
			"Huy chương Quân kỳ Quyết thắng: 12 đồng chí"},
		{"Dịp này, 5 cá nhân công tác ở Sở Y tế được tặng Bằng khen của Chủ tịch UBND tỉnh.",
			"Bằng khen của Chủ tịch UBND tỉnh: 5 cá nhân"},
		// A verb of giving between: the count is not who receives.
		{"Có 12 đồng chí công tác tại Sở Nội vụ trao tặng quà, Sở Y tế được nhận Bằng khen của Chủ tịch UBND tỉnh.",
			"Bằng khen của Chủ tịch UBND tỉnh: Sở Y tế"},
	})
}

// Round 34: a sentence opened by "Trong số đó," that splits a running
// total told in the sentence before ("(Cụ thể,) tính đến nay, …") is no
// conferral: neither its counts nor the awards named only there. The same
// split after a conferral stays (lines of our own).
func TestRunningTotalSplitRound34(t *testing.T) {
	checkAwards(t, []textCase{
		{"Cụ thể, tính đến nay, Đảng bộ huyện có 2.340 lượt đảng viên được nhận Huy hiệu Đảng. Trong số đó, 12 đảng viên được nhận Huy hiệu 70 năm tuổi Đảng; 40 đảng viên được nhận Huy hiệu 60 năm tuổi Đảng.",
			""},
		{"Tính đến nay, huyện có 300 lượt đảng viên được nhận Huy hiệu Đảng. Trong đó, 5 đảng viên được nhận Huy hiệu 65 năm tuổi Đảng.",
			""},
		// A split of the day's conferral stays.
		{"Sáng 3/2, Huyện ủy trao Huy hiệu Đảng cho 52 đảng viên. Trong số đó, 12 đảng viên được nhận Huy hiệu 70 năm tuổi Đảng.",
			"Huy hiệu 70 năm tuổi Đảng: 12 đảng viên"},
	})
}

// Round 34: a State's title conferred on a count written right before it,
// after "truy tặng" or "phong tặng": "Chủ tịch nước truy tặng 30 Bà mẹ
// Việt Nam anh hùng". A count before the title in a total ("có 54 Bà mẹ
// Việt Nam anh hùng") is none (lines of our own).
func TestCountedStateTitleRound34(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại buổi lễ, lãnh đạo tỉnh đã trao quyết định của Chủ tịch nước truy tặng 12 Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 12 Bà mẹ Việt Nam anh hùng"},
		{"Toàn huyện có 54 Bà mẹ Việt Nam anh hùng, trong đó 4 mẹ còn sống.",
			""},
	})
}

// Round 34: the sentence after a count that ends with what those counted
// did ("cho 3 cá nhân đã có nhiều cống hiến …. Đó là …") names them; a
// count followed by more than a citation does not (lines of our own).
func TestNamedAfterCitationRound34(t *testing.T) {
	checkAwards(t, []textCase{
		{"Căn cứ quyết định của Chủ tịch nước, UBND tỉnh trao Bằng chứng nhận truy tặng danh hiệu vinh dự nhà nước “Bà mẹ Việt Nam anh hùng” cho 02 cá nhân đã có nhiều cống hiến, hy sinh vì sự nghiệp giải phóng dân tộc. Đó là Mẹ Lê Thị Hoa ở xã Tân Phú; Mẹ Trần Thị Mai ở xã Tân Lộc.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 02 cá nhân, le thi hoa, tran thi mai"},
		{"UBND tỉnh trao Bằng khen cho 02 cá nhân tại hội nghị tổng kết năm. Đó là những tấm gương sáng.",
			"Bằng khen: 02 cá nhân"},
	})
}

// Round 34: the one congratulated ("chúc mừng đảng viên A, …, được trao
// tặng …") is who receives, past his apposition; one congratulated who is
// not followed by the giving is not read (lines of our own).
func TestCongratulatedRound34(t *testing.T) {
	checkAwards(t, []textCase{
		{"Lãnh đạo Thành ủy chúc mừng đảng viên Phan Văn Lộc, nguyên Chánh Văn phòng Tỉnh ủy, được trao tặng Huy hiệu 70 năm tuổi Đảng.",
			"Huy hiệu 70 năm tuổi Đảng: phan van loc"},
		{"Lãnh đạo Thành ủy chúc mừng đảng viên Phan Văn Lộc. Đồng chí Trần Văn Nam trao tặng Huy hiệu 70 năm tuổi Đảng cho các đảng viên.",
			"Huy hiệu 70 năm tuổi Đảng: "},
	})
}
