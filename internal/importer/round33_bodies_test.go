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
