package importer

import "testing"

// Round 26: the members named after "cho các đảng viên:" (or "các đồng
// chí:"), each perhaps followed by his cell up to "và" or ";", are the
// award's recipients, though the people rules read no bare name there
// (lines of our own).
func TestMembersListedRound26(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"two tiers, each member with his cell",
			"Ngày 4/3/2024, đồng chí Bí thư Huyện ủy đã trao Huy hiệu 55 năm tuổi Đảng cho các đảng viên: Lò Văn Tâm, Chi bộ bản Nà Hạ và Lường Thị Hoa, Chi bộ bản Co Mạ; Cầm Văn Sáng, Chi bộ bản Hua La, Đảng bộ xã Chiềng Mai. Cùng dịp, đồng chí trao Huy hiệu 50 năm tuổi Đảng cho các đảng viên: Vì Văn Phan, Chi bộ bản Kép, Đảng bộ xã Chiềng Ban và Quàng Văn Lả, Chi bộ bản Ít.",
			[]string{"Huy hiệu 55 năm tuổi Đảng 2024 ← Lò Văn Tâm", "Huy hiệu 55 năm tuổi Đảng 2024 ← Lường Thị Hoa", "Huy hiệu 55 năm tuổi Đảng 2024 ← Cầm Văn Sáng",
				"Huy hiệu 50 năm tuổi Đảng 2024 ← Vì Văn Phan", "Huy hiệu 50 năm tuổi Đảng 2024 ← Quàng Văn Lả"}},
		{"comrades, names only",
			"Năm 2023, Đảng ủy phường trao Huy hiệu 40 năm tuổi Đảng cho các đồng chí: Hoàng Văn Tư, Nông Thị Mai và Triệu Văn Sơn.",
			[]string{"Huy hiệu 40 năm tuổi Đảng của Đảng ủy phường 2023 ← Hoàng Văn Tư", "Huy hiệu 40 năm tuổi Đảng của Đảng ủy phường 2023 ← Nông Thị Mai", "Huy hiệu 40 năm tuổi Đảng của Đảng ủy phường 2023 ← Triệu Văn Sơn"}},
		// A two-word name whose first word is no surname is no name, nor
		// is one followed by a lower-case word.
		{"no name",
			"Năm 2023, Đảng ủy phường trao Huy hiệu 40 năm tuổi Đảng cho các đảng viên: Bản Lướt được nhắc tên.",
			nil},
	})
}
