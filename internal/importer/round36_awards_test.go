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

// Round 36: "được trao tặng, truy tặng" gives as "được tặng và truy tặng"
// does: the count before it receives the award (lines of our own). A count
// the tiers share is recorded on the first. A title's "phong tặng, truy
// tặng" stays unread: its counts are totals.
func TestGivenAndPosthumousRound36(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chi bộ thôn Đông có 12 đảng viên được trao tặng, truy tặng Huy hiệu 50, 40 và 30 năm tuổi Đảng.",
			"Huy hiệu 50 năm tuổi Đảng: 12 đảng viên; Huy hiệu 40 năm tuổi Đảng: ; Huy hiệu 30 năm tuổi Đảng: "},
		{"Năm nay, 7 cựu chiến binh được trao tặng, truy tặng Huân chương Kháng chiến hạng Nhất.",
			"Huân chương Kháng chiến hạng Nhất: 7 cựu chiến binh"},
		// A title's "phong tặng, truy tặng": a total, no receiver.
		{"Đến nay, huyện có 300 mẹ được phong tặng, truy tặng danh hiệu Bà mẹ Việt Nam anh hùng.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: "},
		// No giving before the comma: the count is no receiver.
		{"Chi bộ thôn Đông có 12 đảng viên, truy tặng Huy hiệu 50 năm tuổi Đảng.",
			"Huy hiệu 50 năm tuổi Đảng: "},
	})
}

// Round 36: the teachers listed after an honorary title, each with his
// post after a dash, written "Nhà giáo A – …" or after academic titles
// "PGS.TS. B – …" (lines of our own): "Nhà giáo" before a surname opens a
// person as "ông" does, and the full stop of an academic title before a
// name ends no sentence. "Nhà giáo Ưu tú" is the title, no person.
func TestTeachersListedRound36(t *testing.T) {
	checkAwards(t, []textCase{
		{"5 giáo viên được trao danh hiệu Nhà giáo Ưu tú gồm: Nhà giáo Lê Văn Bình – Hiệu trưởng Trường THCS Tân An; Nhà giáo Trần Thị Hoa - Hiệu trưởng trường Tiểu học Yên Hòa.",
			"Danh hiệu Nhà giáo Ưu tú: 5 giáo viên, le van binh, tran thi hoa"},
		{"5 giáo viên được trao danh hiệu Nhà giáo Ưu tú gồm: PGS.TS. Lê Văn Bình – Hiệu trưởng Trường Cao đẳng Y tế; ThS. Trần Thị Hoa - Hiệu trưởng trường Tiểu học Yên Hòa.",
			"Danh hiệu Nhà giáo Ưu tú: 5 giáo viên, le van binh, tran thi hoa"},
		// The title, no person; a sentence that ends on a degree ends.
		{"Tỉnh có 5 nhà giáo được trao danh hiệu Nhà giáo Ưu tú, Nhà giáo Nhân dân.",
			"Danh hiệu Nhà giáo Ưu tú: 5 nhà giáo; Danh hiệu Nhà giáo Nhân dân: "},
		{"5 giáo viên được trao danh hiệu Nhà giáo Ưu tú, đều có học vị TS. Lê Văn Bình phát biểu cảm ơn.",
			"Danh hiệu Nhà giáo Ưu tú: 5 giáo viên"},
	})
}
