package importer

import "testing"

// Round 37: a decision that confers the Party badge "cho các đảng viên
// từ 30 năm, 40 năm, … tuổi Đảng" names each tier in its own sentence,
// no count (lines of our own): each tier is an award of the decision's
// body, and the next sentence's counts go to the tiers so named. One tier
// alone, or a range "từ 30 - 50 năm", names no list.
func TestDecisionTiersRound37(t *testing.T) {
	checkAwards(t, []textCase{
		{"Căn cứ Quyết định số 12-QĐ/TU ngày 5/1/2025 của Ban Thường vụ Tỉnh ủy Bình Định về việc trao tặng Huy hiệu Đảng cho các đảng viên từ 30 năm, 40 năm, 50 năm tuổi Đảng. Trong số này có 2 đảng viên nhận Huy hiệu 50 năm tuổi Đảng, 6 đảng viên nhận Huy hiệu 30 năm tuổi Đảng.",
			"Huy hiệu 30 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Bình Định: 6 đảng viên; Huy hiệu 40 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Bình Định: ; Huy hiệu 50 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Bình Định: 2 đảng viên"},
		{"Theo Quyết định của Ban Thường vụ Thành ủy, huyện trao Huy hiệu Đảng cho các đảng viên từ 40, 45 và 55 năm tuổi Đảng.",
			"Huy hiệu 40 năm tuổi Đảng của Ban Thường vụ Thành ủy: ; Huy hiệu 45 năm tuổi Đảng của Ban Thường vụ Thành ủy: ; Huy hiệu 55 năm tuổi Đảng của Ban Thường vụ Thành ủy: "},
		// One tier alone, or a range: no list.
		{"Chi bộ đề nghị xét trao Huy hiệu Đảng cho các đảng viên từ 30 năm tuổi Đảng trở lên.",
			"Huy hiệu Đảng: "},
		{"Chi bộ đề nghị xét trao Huy hiệu Đảng cho các đảng viên từ 30 - 50 năm tuổi Đảng.",
			"Huy hiệu Đảng: "},
	})
}

// Round 37: doctors counted by their calling ("8 bác sĩ còn lại được
// tặng …") are individuals as "thầy thuốc" are, and a calling among the
// craftsmen's written before a surname ("cho bác sĩ Lê Văn An", "là thầy
// giáo Trần Văn Bình") introduces the person who receives (lines of our
// own). A calling before no name receives nothing.
func TestCallingsRound37(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lê Văn Tâm trao tặng danh hiệu Thầy thuốc Nhân dân cho bác sĩ Trần Minh Đức.",
			"Danh hiệu Thầy thuốc Nhân dân của Chủ tịch nước: tran minh duc"},
		{"Năm nay, 6 bác sĩ của bệnh viện được tặng danh hiệu Thầy thuốc Ưu tú.",
			"Danh hiệu Thầy thuốc Ưu tú: 6 bác sĩ"},
		{"Năm nay, tỉnh có 5 bác sĩ, dược sĩ được trao tặng danh hiệu Thầy thuốc Ưu tú.",
			"Danh hiệu Thầy thuốc Ưu tú: 5 bác sĩ, dược sĩ"},
		{"Huyện có một nhà giáo được tặng danh hiệu Nhà giáo Ưu tú là thầy giáo Phạm Văn Lực - Hiệu trưởng Trường THCS Tân Lập.",
			"Danh hiệu Nhà giáo Ưu tú: một nhà giáo, pham van luc"},
		// A calling before no name.
		{"Chủ tịch UBND tỉnh trao tặng Bằng khen cho bác sĩ trẻ của bệnh viện.",
			"Bằng khen của Chủ tịch UBND tỉnh: "},
	})
}

// Round 37: the body that opens a sentence holding a ceremony "và trao
// tặng" confers what it gives ("Y tặng / trao tặng" of the convention),
// and a title listed right after another tied to a body is that body's
// too (lines of our own). A bare "trao" only presents; a story whose
// mandate hands the awards over on another's behalf makes its host no
// issuer.
func TestHostGiverRound37(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 20-11, Bộ Giáo dục và Đào tạo đã tổ chức lễ kỷ niệm ngày Nhà giáo Việt Nam và trao tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú năm 2025.",
			"Danh hiệu Nhà giáo Nhân dân của Bộ Giáo dục và Đào tạo: ; Danh hiệu Nhà giáo Ưu tú của Bộ Giáo dục và Đào tạo: "},
		{"Bộ Y tế tổ chức lễ kỷ niệm ngày Thầy thuốc Việt Nam và trao tặng danh hiệu Thầy thuốc Ưu tú cho 12 thầy thuốc.",
			"Danh hiệu Thầy thuốc Ưu tú của Bộ Y tế: 12 thầy thuốc"},
		// A bare "trao" only presents.
		{"Bộ Y tế tổ chức lễ kỷ niệm ngày Thầy thuốc Việt Nam và trao danh hiệu Thầy thuốc Ưu tú cho 12 thầy thuốc.",
			"Danh hiệu Thầy thuốc Ưu tú: 12 thầy thuốc"},
		// The ceremony of the giving ("lễ phong tặng và truy tặng"): its host holds it.
		{"Sở Lao động tổ chức lễ phong tặng và truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 12 mẹ.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: 12 mẹ"},
		// A mandate in the story: the host only presents.
		{"Sở Y tế tổ chức lễ kỷ niệm ngày Thầy thuốc Việt Nam và trao tặng danh hiệu Thầy thuốc Ưu tú. Thừa ủy quyền, Giám đốc Sở trao danh hiệu cho các bác sĩ.",
			"Danh hiệu Thầy thuốc Ưu tú: "},
	})
}

// Round 37: the orders by class listed after an order named only by its
// kind and issuer ("Huân chương của Chủ tịch nước cho 40 đồng chí, gồm: 5
// Huân chương A, 35 Huân chương B") are that order named again: each takes
// the issuer and its count, as individuals, and the kind alone is no
// award (lines of our own). One class alone, or classes without "gồm",
// are left as they read.
func TestOrdersByClassRound37(t *testing.T) {
	checkAwards(t, []textCase{
		{"Bộ Chỉ huy Quân sự tỉnh tổ chức lễ trao tặng Huân chương của Chủ tịch nước cho 40 đồng chí, gồm: 5 Huân chương Quân công hạng Ba, 35 Huân chương Bảo vệ Tổ quốc hạng Ba.",
			"Huân chương Quân công hạng Ba của Chủ tịch nước: 5; Huân chương Bảo vệ Tổ quốc hạng Ba của Chủ tịch nước: 35"},
		// One class alone.
		{"Bộ Chỉ huy Quân sự tỉnh tổ chức lễ trao tặng Huân chương của Chủ tịch nước cho 40 đồng chí, gồm: 40 Huân chương Bảo vệ Tổ quốc hạng Ba.",
			"Huân chương của Chủ tịch nước: 40 đồng chí; Huân chương Bảo vệ Tổ quốc hạng Ba: "},
		// No "gồm": the classes are not the order's list.
		{"Bộ Chỉ huy Quân sự tỉnh tổ chức lễ trao tặng Huân chương của Chủ tịch nước cho 40 đồng chí. Năm trước, tỉnh có 5 Huân chương Quân công hạng Ba, 35 Huân chương Bảo vệ Tổ quốc hạng Ba.",
			"Huân chương của Chủ tịch nước: 40 đồng chí; Huân chương Quân công hạng Ba: ; Huân chương Bảo vệ Tổ quốc hạng Ba: "},
	})
}

// Round 37: a mandate of the Chủ tịch nước handing over "Bằng, Huy hiệu"
// hands over the certificate and badge of the State title the story
// names: the title takes the Chủ tịch nước, and the badge named by its
// kind alone is no award (lines of our own). Without a State title named,
// nothing is tied or dropped.
func TestTitleInsigniaRound37(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đợt này, xã có thêm 3 bà mẹ được truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng”. Thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện đã trao Bằng, Huy hiệu và tiền thưởng cho thân nhân của 3 bà mẹ.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng của Chủ tịch nước: 3 bà mẹ"},
		// No State title named: the mandate ties nothing more.
		{"Xã có thêm 3 cán bộ được tặng danh hiệu Chiến sĩ thi đua cơ sở. Thừa ủy quyền của Chủ tịch nước, lãnh đạo huyện đã trao Bằng, Huy hiệu và tiền thưởng cho 3 cán bộ.",
			"Danh hiệu Chiến sĩ thi đua cơ sở: 3 cán bộ; Huy hiệu của Chủ tịch nước: "},
	})
}

// Round 37: how a title is given, written after it ("trao danh hiệu A
// truy tặng cho 11 cá nhân", "… phong tặng cho …"), stands between the
// title and those given it (lines of our own). Without "cho" after it,
// nothing is read.
func TestGivenHowAfterRound37(t *testing.T) {
	checkAwards(t, []textCase{
		{"Tại buổi lễ, lãnh đạo tỉnh đã trao danh hiệu Bà mẹ Việt Nam Anh hùng truy tặng cho 7 cá nhân.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 7 cá nhân"},
		{"Tại buổi lễ, lãnh đạo tỉnh đã trao danh hiệu Bà mẹ Việt Nam Anh hùng phong tặng cho 2 cá nhân.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: 2 cá nhân"},
		// No "cho" after it.
		{"Tại buổi lễ, lãnh đạo tỉnh đã trao danh hiệu Bà mẹ Việt Nam Anh hùng truy tặng, 7 cá nhân dự lễ.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng: "},
	})
}

// Round 37: "danh hiệu cao quý" alone, before "và", "cho" or a comma,
// is the title the story named last, as "danh hiệu cao quý này" is: no
// title of its own (lines of our own). Before a name it is that name's
// epithet.
func TestTitleByEpithetRound37(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đợt này, 20 mẹ được truy tặng danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam Anh hùng”. Thừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh trao danh hiệu cao quý và hoa cho thân nhân các mẹ.",
			"Danh hiệu Bà mẹ Việt Nam Anh hùng của Chủ tịch nước: 20 mẹ"},
		// Before a name: the name's epithet.
		{"Chủ tịch nước truy tặng danh hiệu vinh dự Nhà nước cao quý Bà mẹ Việt Nam anh hùng cho 30 mẹ.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước: 30 mẹ"},
	})
}
