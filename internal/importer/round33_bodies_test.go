package importer

import "testing"

// TestNumberedCorpsRound33 covers an army corps and an economic corps
// named by their numbers ("Quân đoàn 4", "Binh đoàn 12"), alone or after
// the command and the party committee that are theirs. Lines of our own.
func TestNumberedCorpsRound33(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the party committee of a corps's command, and an economic corps",
			"Dự lễ có đại diện Đảng ủy Bộ Tư lệnh Quân đoàn 4, Binh đoàn 12 và các sở, ngành.",
			"Đảng ủy Bộ Tư lệnh Quân đoàn 4; Binh đoàn 12",
			skip},
		{"a corps alone",
			"Quân đoàn 1 tổ chức hội thao.",
			"Quân đoàn 1",
			skip},
		// Without its number a corps names none.
		{"must not fire: no number",
			"Các quân đoàn và binh đoàn đều tham gia. Binh đoàn đã hoàn thành nhiệm vụ.",
			"",
			skip},
		{"must not fire: a number too long",
			"Quân đoàn 2025 là một con số.",
			"",
			skip},
	})
}

// TestPresidentOfficeRound33 covers the office of the head of state,
// "Văn phòng Chủ tịch nước", "nước" in lower case part of its name. Lines
// of our own.
func TestPresidentOfficeRound33(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the office and its head",
			"Ông Lê Văn Bình, Chủ nhiệm Văn phòng Chủ tịch nước, dự buổi lễ.",
			"Văn phòng Chủ tịch nước",
			"Lê Văn Bình: Chủ nhiệm @ Văn phòng Chủ tịch nước"},
		// Another office keeps its own name.
		{"must not fire: the Government's office",
			"Văn phòng Chính phủ tổ chức hội nghị.",
			"Văn phòng Chính phủ",
			skip},
	})
}

// TestJoinedTradesCompanyRound33 covers a company named by two trades
// joined by "và" ("Công ty TNHH Thương mại và Dịch vụ Hòa Bình"), the
// second trade's first word capitalized, then its name. Lines of our own.
func TestJoinedTradesCompanyRound33(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"two trades, then a province",
			"Sáng nay, Công ty cổ phần Đầu tư và Xây dựng Nam Định kỷ niệm 30 năm thành lập.",
			"Công ty cổ phần Đầu tư và Xây dựng Nam Định",
			skip},
		{"three trades, then a province",
			"Năm 2020, Công ty TNHH Sản xuất và Thương mại và Dịch vụ Hà Nam nhận Bằng khen.",
			"Công ty TNHH Sản xuất và Thương mại và Dịch vụ Hà Nam",
			skip},
		// The second trade in lower case is no part of the name.
		{"must not fire: the second in lower case",
			"Sáng nay, Công ty cổ phần Sản xuất và thương mại hàng hóa ra mắt.",
			"",
			skip},
		// A second company after "và" keeps its own name.
		{"must not fire: two companies",
			"Công ty cổ phần Đầu tư và Xây dựng Nam Định và Công ty TNHH Xây dựng Hòa Bình ký kết hợp tác.",
			"Công ty cổ phần Đầu tư và Xây dựng Nam Định; Công ty TNHH Xây dựng Hòa Bình",
			skip},
	})
}

// TestVenueNoHostRound33 covers the body named as the venue ("tại hội
// trường UBND huyện", "tại UBND xã") before the body that holds a
// ceremony and receives an award: the venue's body receives nothing.
// Lines of our own.
func TestVenueNoHostRound33(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a venue's body before the host",
			"Sáng 5/9/2019, tại hội trường UBND thành phố Nam Định, Công ty cổ phần Đầu tư và Xây dựng Nam Định đã tổ chức lễ kỷ niệm 30 năm ngày thành lập và đón nhận Huân chương Lao động hạng Ba.",
			[]string{"Huân chương Lao động hạng Ba 2019 ← Công ty cổ phần Đầu tư và Xây dựng Nam Định"}},
		// Two hosts listed, neither a venue, both receive it.
		{"must not fire: two hosts",
			"Sáng 5/9/2019, Huyện ủy, UBND huyện Ba Vì đã tổ chức lễ kỷ niệm 30 năm ngày thành lập và đón nhận Huân chương Lao động hạng Ba.",
			[]string{"Huân chương Lao động hạng Ba 2019 ← Huyện ủy Ba Vì", "Huân chương Lao động hạng Ba 2019 ← UBND huyện Ba Vì"}},
	})
}

// TestMobilePoliceCommandRound33 covers the command of the mobile police,
// "Bộ Tư lệnh Cảnh sát cơ động", its branch in lower case, "tư lệnh" in
// either case. Lines of our own.
func TestMobilePoliceCommandRound33(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the command in lower case",
			"Ông Trần Văn Bình từng giữ chức vụ Phó tư lệnh Bộ tư lệnh Cảnh sát cơ động; Giám đốc Công an tỉnh Nam Định.",
			"Bộ tư lệnh Cảnh sát cơ động; Công an tỉnh Nam Định",
			skip},
		// The mobile police of a province is no command.
		{"must not fire: without the command",
			"Lực lượng cảnh sát cơ động tỉnh tham gia diễn tập.",
			"",
			skip},
	})
}
