package importer

import "testing"

// TestBrandCompanyRound51 covers a company written with no kind after
// "Công ty": its trade, capitalized in its first word only, then its
// brand ("Công ty Cơ điện Trường Hải"), a brand after a dash too. Lines
// of our own.
func TestBrandCompanyRound51(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a trade, then the brand", "Năm 2024, Công ty Cơ điện Hoàng Long được tặng Bằng khen.", "Công ty Cơ điện Hoàng Long"},
		{"a trade of three words, then the brand after a dash",
			"Năm 2024, Công ty Vận tải biển Tân An - Hoàng Long được tặng Bằng khen.", "Công ty Vận tải biển Tân An - Hoàng Long"},
		{"two companies in a list", "Năm 2024, Công ty Cơ điện Hoàng Long, Công ty Vận tải biển Tân An được tặng Bằng khen.",
			"Công ty Cơ điện Hoàng Long; Công ty Vận tải biển Tân An"},
		{"must not fire: a trade with no brand", "Năm 2024, Công ty Cơ điện được tặng Bằng khen.", ""},
		{"must not fire: a verb after the capitalized word", "Năm 2024, Công ty Hoàng đã được tặng Bằng khen.", ""},
		{"must not fire: a body after the head", "Năm 2024, công ty và Sở Công thương tỉnh Phú Yên ký kết.", "Sở Công thương Phú Yên"},
	})
}

// TestCountedBodiesRound51 covers bodies a count names one by one, brands
// and bodies with no level among them: "4 tập thể Công ty Cơ điện Trường
// Hải, VINA MAZDA Trường Hải, … và Trung tâm R&D THACO". The list must
// hold as many items as the count. Lines of our own.
func TestCountedBodiesRound51(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"must not fire: the sentence goes on after the list",
			"Năm 2024, 2 tập thể VINA SUZUKI Hoàng Long và Trung tâm R&D ABC được tặng Bằng khen.", ""},
		{"three bodies after a colon, the list ending the sentence",
			"Bằng khen được trao cho 3 tập thể: VINA SUZUKI Hoàng Long, Trung tâm R&D ABC và Công ty Cơ điện Tân An.",
			"VINA SUZUKI Hoàng Long; Trung tâm R&D ABC; Công ty Cơ điện Tân An"},
		{"a count in words, then 'gồm'",
			"Bằng khen được trao cho hai tập thể gồm VINA SUZUKI Hoàng Long và Trung tâm R&D ABC.",
			"VINA SUZUKI Hoàng Long; Trung tâm R&D ABC"},
		{"must not fire: fewer items than the count",
			"Bằng khen được trao cho 3 tập thể: VINA SUZUKI Hoàng Long và Trung tâm R&D ABC.", ""},
		{"must not fire: a person in the list",
			"Bằng khen được trao cho 2 tập thể: VINA SUZUKI Hoàng Long và Nguyễn Văn Ba.", ""},
	})
}

// TestSchoolNumberRound51 covers a school's number after its name before
// the verb of its sentence, and after its town: "Trường Tiểu học thị trấn
// Kiên Lương 1 đón nhận …". Lines of our own.
func TestSchoolNumberRound51(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"the number after the town, before the verb",
			"Năm 2024, Trường Tiểu học thị trấn Tân An 1 đón nhận Huân chương Lao động hạng Ba.", "Trường Tiểu học thị trấn Tân An 1"},
		{"the number after the commune, before 'được'",
			"Năm 2024, Trường Tiểu học xã Vĩnh Bình 2 được tặng Bằng khen.", "Trường Tiểu học xã Vĩnh Bình 2"},
		{"the number after the town, before a comma",
			"Năm 2024, cô giáo Trường Tiểu học thị trấn Tân An 2, huyện Kiên Lương được tặng Bằng khen.", "Trường Tiểu học thị trấn Tân An 2"},
		{"must not fire: years after the name",
			"Trường Tiểu học thị trấn Tân An 3 năm liền đạt danh hiệu Tập thể lao động xuất sắc.", "Trường Tiểu học thị trấn Tân An"},
	})
}

// TestDepartmentRound51 covers a hospital's or a college's department
// ("Khoa"), named by its field with its first word alone capitalized, and
// its head's title "Trưởng khoa" sharing the head: "Trưởng khoa Điều trị
// tia xạ". Lines of our own.
func TestDepartmentRound51(t *testing.T) {
	checkBodiesPosts(t, []bodiesPostsCase{
		{"the head of a department, the field in lower case after its first word",
			"Năm 2024, bác sĩ Lê Văn Ba, Trưởng khoa Hồi sức tích cực cũng được tặng Bằng khen.",
			"Khoa Hồi sức tích cực", "Lê Văn Ba: Trưởng khoa @ Khoa Hồi sức tích cực"},
		{"fields listed, one department, before its hospital",
			"Năm 2024, bác sĩ Lê Thị Tư, Phó Trưởng khoa Xét nghiệm, Chẩn đoán hình ảnh và thăm dò chức năng, Bệnh viện Đa khoa tỉnh được tặng Bằng khen.",
			skip, "Lê Thị Tư: Phó Trưởng khoa @ Khoa Xét nghiệm, Chẩn đoán hình ảnh và thăm dò chức năng"},
		{"a department written with its capital, a staff member's",
			"Năm 2024, Đại úy Lê Thị Năm, Cán bộ Khoa Chống nhiễm khuẩn, Bộ Công an được tặng Bằng khen.",
			"Khoa Chống nhiễm khuẩn; Bộ Công an", skip},
		{"must not fire: a college's department, read as the college (round 37)",
			"Năm 2024, bà Lê Thị Bảy - Trưởng khoa Tiểu học - Mầm non, Trường Cao đẳng Sư phạm Nha Trang được tặng Bằng khen.",
			"Trường Cao đẳng Sư phạm Nha Trang", skip},
		{"must not fire: 'Khoa học' in a department's name",
			"Năm 2024, bà Lê Thị Sáu, Giám đốc Sở Khoa học & Công nghệ Bắc Kạn dự.",
			"Sở Khoa học & Công nghệ Bắc Kạn", "Lê Thị Sáu: Giám đốc @ Sở Khoa học & Công nghệ Bắc Kạn"},
		{"must not fire: 'Khoa' as a given name",
			"Năm 2024, ông Nguyễn Đăng Khoa, Trưởng phòng Nội vụ huyện Kiên Lương được tặng Bằng khen.",
			"Phòng Nội vụ huyện Kiên Lương", "Nguyễn Đăng Khoa: Trưởng phòng @ Phòng Nội vụ huyện Kiên Lương"},
	})
}

// TestResidentialGroupCellRound51 covers a party cell named by a ward's
// residential group written short, "tổ" and its number: "Chi bộ tổ 2".
// Lines of our own.
func TestResidentialGroupCellRound51(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a cell by its group's number", "Năm 2024, trao Huy hiệu Đảng cho đảng viên Lê Văn Ba, Chi bộ tổ 2, Đảng bộ phường Tân An.",
			"Chi bộ tổ 2; Đảng bộ phường Tân An"},
		{"the group written in full, as before", "Năm 2024, trao Huy hiệu Đảng cho đảng viên Lê Văn Ba, Chi bộ tổ dân phố 5, Đảng bộ phường Tân An.",
			"Chi bộ tổ dân phố 5; Đảng bộ phường Tân An"},
		{"must not fire: 'tổ' with no number or name", "Năm 2024, Chi bộ tổ chức lễ trao Huy hiệu Đảng.", ""},
	})
}
