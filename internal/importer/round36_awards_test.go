package importer

import "testing"

// Round 36: two dashed or dotted dates split by a slash are a range as two
// dates split by a dash are: "(22-12-1944/22-12-2023)" gives both days (lines
// of our own). Dates that write their own slashes take no slash between
// them.
func TestSlashRangeRound36(t *testing.T) {
	checkDates(t, []dateCase{
		{"dashed dates split by a slash",
			"Chiều 2-9, huyện tổ chức lễ kỷ niệm 80 năm thành lập Công an nhân dân (19-8-1945/19-8-2025) và trao Bằng khen cho 5 tập thể.",
			"2025-09-02,1945-08-19,2025-08-19"},
		{"dotted dates split by a slash",
			"Sáng 3.2, tỉnh kỷ niệm ngày thành lập Đảng (3.2.1930/3.2.2025).",
			"2025-02-03,1930-02-03"},
		// Slashed dates split by a slash are no range.
		{"slashed dates split by a slash",
			"Ngày 5/6/2025, tỉnh nhận số liệu 19/8/1945/19/8/2025 từ huyện.",
			"2025-06-05"},
	})
}
