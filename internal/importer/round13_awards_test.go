package importer

import "testing"

// Round 13: the State's titles for craftsmen, "Nghệ nhân Nhân dân" and
// "Nghệ nhân Ưu tú"; a State's title by its initials ("NNƯT", "NGƯT");
// titles listed after one "danh hiệu"; a title conferred without "danh
// hiệu"; "được phong tặng", "được truy tặng"; the President who signed
// the decisions.
func TestRound13Titles(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5/6/2022, 7 nghệ nhân được phong tặng danh hiệu NNƯT.",
			"Danh hiệu Nghệ nhân Ưu tú: 7 nghệ nhân"},
		{"Ngày 5/6/2022, tỉnh có 3 cá nhân được tặng danh hiệu NGƯT.",
			"Danh hiệu Nhà giáo Ưu tú: 3 cá nhân"},
		// A hero of the renewal era: the title's full name.
		{"Ngày 5/6/2022, Chủ tịch nước tặng danh hiệu Anh hùng Lao động thời kỳ đổi mới cho ông Nguyễn Văn An.",
			"Danh hiệu Anh hùng Lao động thời kỳ đổi mới của Chủ tịch nước: nguyen van an"},
		// A title's first words by their initials.
		{"Ngày 5/6/2022, 12 cá nhân được tặng danh hiệu CSTĐ cấp tỉnh.",
			"Danh hiệu Chiến sĩ thi đua cấp tỉnh: 12 cá nhân"},
		{"Ngày 5/6/2022, UBND tỉnh Hà Nam tặng danh hiệu TTLĐ xuất sắc cho 5 tập thể.",
			"Danh hiệu Tập thể lao động xuất sắc của UBND tỉnh Hà Nam: 5 tập thể"},
		// A title's initials before a name (no conferral) give none.
		{"Ngày 5/6/2022, NSND Trần Văn Nam biểu diễn tại tỉnh.", ""},
		// A count shared by two titles is marked once, on the first (the
		// convention of "### Gold lists" since 7 December 2026; round 30).
		{"Ngày 5/6/2022, Chủ tịch nước tặng danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú” cho 628 nghệ nhân.",
			"Danh hiệu Nghệ nhân nhân dân của Chủ tịch nước: 628 nghệ nhân; Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: "},
		{"Ngày 5/6/2022, Hà Tĩnh có 07 nghệ nhân được phong tặng nghệ nhân ưu tú.",
			"Danh hiệu Nghệ nhân ưu tú: 07 nghệ nhân"},
		{"Ngày 5/6/2022, 02 nghệ nhân được truy tặng NNƯT là ông Nguyễn Văn Huân.",
			"Danh hiệu Nghệ nhân Ưu tú: 02 nghệ nhân, nguyen van huan"},
		{"Ngày 5/6/2022, Chủ tịch nước Nguyễn Phú Trọng vừa ký Quyết định phong tặng danh hiệu Nghệ nhân ưu tú cho 623 cá nhân. Hà Tĩnh có 07 nghệ nhân được phong tặng danh hiệu Nghệ nhân ưu tú.",
			"Danh hiệu Nghệ nhân ưu tú của Chủ tịch nước: 623 cá nhân, 07 nghệ nhân"},
	})
}

// Round 13: "ĐV" (đảng viên) counts and introduces a member; the next
// award of one giving, after "và" and the first's recipients, has the
// same giver.
func TestRound13Badges(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/2/2022, Đảng bộ thành phố có 1 ĐV được tặng Huy hiệu 75 năm tuổi Đảng.",
			"Huy hiệu 75 năm tuổi Đảng: 1 ĐV"},
		{"Ngày 3/2/2022, Ban Thường vụ Tỉnh ủy Gia Lai tặng Huy hiệu 45 năm tuổi Đảng cho đảng viên (ĐV) Phạm Đình Thu-nguyên Chủ tịch HĐND tỉnh.",
			"Huy hiệu 45 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Gia Lai: pham dinh thu"},
		{"Ngày 3/2/2022, Ban Thường vụ Tỉnh ủy Gia Lai tặng Huy hiệu 45 năm tuổi Đảng cho đồng chí Phạm Đình Thu, Chủ tịch HĐND tỉnh và Huy hiệu 30 năm tuổi Đảng cho đồng chí Vũ Sơn Hà.",
			"Huy hiệu 45 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Gia Lai: pham dinh thu; Huy hiệu 30 năm tuổi Đảng của Ban Thường vụ Tỉnh ủy Gia Lai: vu son ha"},
		// Tiers listed without "Huy hiệu" after the badges of a paragraph;
		// a member's years in the Party are no award.
		{"Ngày 3/2/2022, huyện có 30 đảng viên được tặng Huy hiệu Đảng gồm: 70 năm tuổi Đảng: 3 đồng chí; 60 năm tuổi Đảng: 7 đồng chí.",
			"Huy hiệu 70 năm tuổi Đảng: 3 đồng chí; Huy hiệu 60 năm tuổi Đảng: 7 đồng chí"},
		{"Ngày 3/2/2022, huyện trao Huy hiệu Đảng cho 10 đảng viên, trong đó 70 năm tuổi Đảng 3 đồng chí, 60 năm tuổi Đảng 7 đồng chí.",
			"Huy hiệu 70 năm tuổi Đảng: 3 đồng chí; Huy hiệu 60 năm tuổi Đảng: 7 đồng chí"},
		{"Ngày 3/2/2022, Huyện ủy trao Huy hiệu Đảng cho đồng chí Nguyễn Thị Thanh, đảng viên 55 năm tuổi Đảng, bày tỏ niềm xúc động.",
			"Huy hiệu Đảng: nguyen thi thanh"},
		// "các đảng viên" introduces those named; one who receives is
		// named before what the parentheses add.
		// Since round 40 the second full name after one introducer is
		// introduced too, and receives as the first does.
		{"Ngày 3/2/2022, đồng chí Lê Văn Hà trao Huy hiệu 30 năm tuổi Đảng cho các đảng viên Nguyễn Văn An, Trần Văn Bình.",
			"Huy hiệu 30 năm tuổi Đảng: nguyen van an, tran van binh"},
		{"Ngày 3/2/2022, đảng viên Nguyễn Văn An (Chi bộ khu phố 3) vinh dự nhận Huy hiệu 65 năm tuổi Đảng.",
			"Huy hiệu 65 năm tuổi Đảng: nguyen van an"},
		// So does an honorary title after an award of the same giving.
		{"Ngày 3/2/2022, Chủ tịch UBND tỉnh Gia Lai tặng Bằng khen cho 5 tập thể và danh hiệu Chiến sĩ thi đua cấp tỉnh cho 3 cá nhân.",
			"Bằng khen của Chủ tịch UBND tỉnh Gia Lai: 5 tập thể; Danh hiệu Chiến sĩ thi đua cấp tỉnh của Chủ tịch UBND tỉnh Gia Lai: 3 cá nhân"},
	})
}

// Round 13: the body of an office whose holder presents an award ("Trưởng
// Ban Nội chính Tỉnh ủy trao") is not its giver; the body alone is (one
// that "trao tặng": since round 47 a bare "trao" ties no body).
func TestRound13TitledGiver(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 3/2/2022, Trưởng Ban Nội chính Tỉnh ủy trao Huy hiệu 70 năm tuổi Đảng cho đồng chí Nguyễn Văn Luyến.",
			"Huy hiệu 70 năm tuổi Đảng: nguyen van luyen"},
		{"Ngày 3/2/2022, Ban Nội chính Tỉnh ủy trao tặng Huy hiệu 70 năm tuổi Đảng cho đồng chí Nguyễn Văn Luyến.",
			"Huy hiệu 70 năm tuổi Đảng của Ban Nội chính Tỉnh ủy: nguyen van luyen"},
	})
}

// Round 13: an award's name in quotes after its kind; members of a union
// counted ("2 đoàn viên").
func TestRound13QuotedNames(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 8/9/2025, UBND tỉnh Quảng Trị trao tặng huy hiệu “Tuổi trẻ dũng cảm” cho 2 đoàn viên.",
			"Huy hiệu Tuổi trẻ dũng cảm của UBND tỉnh Quảng Trị: 2 đoàn viên"},
		{"Ngày 8/9/2025, UBND tỉnh Quảng Trị trao tặng Kỷ niệm chương 'Vì sự nghiệp xây dựng tỉnh' cho 3 hội viên.",
			"Kỷ niệm chương Vì sự nghiệp xây dựng tỉnh của UBND tỉnh Quảng Trị: 3 hội viên"},
		// Without quotes, a badge's name runs to "cho".
		{"Ngày 8/9/2025, UBND tỉnh Quảng Trị trao tặng Huy hiệu Tuổi trẻ dũng cảm cho 2 đoàn viên.",
			"Huy hiệu Tuổi trẻ dũng cảm của UBND tỉnh Quảng Trị: 2 đoàn viên"},
		{"Ngày 8/9/2025, Bộ Giáo dục và Đào tạo tặng Kỷ niệm chương Vì sự nghiệp Giáo dục cho 3 cá nhân.",
			"Kỷ niệm chương Vì sự nghiệp Giáo dục của Bộ Giáo dục và Đào tạo: 3 cá nhân"},
		{"Ngày 8/9/2025, UBND tỉnh Quảng Trị tặng Huy chương Vì thế hệ trẻ cho 3 cá nhân.",
			"Huy chương Vì thế hệ trẻ của UBND tỉnh Quảng Trị: 3 cá nhân"},
		// A cause's "của" is the name's; an issuer's is not.
		{"Ngày 8/9/2025, bà Nguyễn Thị Hoa, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh được tặng Kỷ niệm chương Vì sự nghiệp phát triển của phụ nữ Việt Nam.",
			"Kỷ niệm chương Vì sự nghiệp phát triển của phụ nữ Việt Nam: nguyen thi hoa"},
		{"Ngày 8/9/2025, bà Nguyễn Thị Hoa được tặng Kỷ niệm chương Vì sự nghiệp Giáo dục của Bộ Giáo dục và Đào tạo.",
			"Kỷ niệm chương Vì sự nghiệp Giáo dục của Bộ Giáo dục và Đào tạo: nguyen thi hoa"},
		// A title in quotes the rules do not know.
		{"Ngày 8/9/2025, UBND tỉnh Quảng Trị tặng danh hiệu “Công dân ưu tú” cho ông Trần Văn Nam.",
			"Danh hiệu Công dân ưu tú của UBND tỉnh Quảng Trị: tran van nam"},
		// A State's title in quotes, some of its words by their initials.
		{"Ngày 8/9/2025, Phó Bí thư Huyện ủy Lê Tự Hồng trao danh hiệu \"Bà mẹ VNAH\" cho mẹ Võ Thị Đào.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng: vo thi dao"},
	})
}

// Round 13: a count, where those counted are from, and each of them after
// a colon; a list that an abbreviation's full stop ("VP.UBND") does not end.
func TestRound13CountedLists(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5/6/2021, Thủ tướng Chính phủ tặng Bằng khen cho 2 cá nhân của tỉnh Tiền Giang: bà Nguyễn Thị Lan, Phó Giám đốc Sở Y tế; ông Trần Văn Nam, Phó Chủ tịch UBND huyện Cái Bè.",
			"Bằng khen của Thủ tướng Chính phủ: 2 cá nhân, nguyen thi lan, tran van nam"},
		{"Ngày 5/6/2021, Thủ tướng Chính phủ tặng Bằng khen cho: ông Nguyễn Hữu Đức, Phó Chánh VP.UBND tỉnh; ông Trần Văn Nam, Phó Chủ tịch UBND huyện Cái Bè.",
			"Bằng khen của Thủ tướng Chính phủ: nguyen huu duc, tran van nam"},
		// Those counted, named after what they did.
		{"Ngày 5/6/2021, Chủ tịch UBND tỉnh Quảng Bình tặng Bằng khen cho 02 tập thể có thành tích xuất sắc trong công tác năm 2019 là Nhân dân và cán bộ xã Châu Hóa, Nhân dân và cán bộ xã Văn Hóa.",
			"Bằng khen của Chủ tịch UBND tỉnh Quảng Bình: 02 tập thể, Nhân dân và cán bộ xã Châu Hóa, Nhân dân và cán bộ xã Văn Hóa"},
		{"Ngày 5/6/2022, UBND tỉnh Hà Nam tặng Bằng khen cho 2 cá nhân, đó là: ông Nguyễn Văn An và bà Trần Thị Bình.",
			"Bằng khen của UBND tỉnh Hà Nam: 2 cá nhân, nguyen van an, tran thi binh"},
		// Bodies and people counted by what they are; bodies that "cùng"
		// receive one award.
		{"Ngày 5/6/2022, Ban Thường vụ Tỉnh ủy Hà Nam tặng Bằng khen cho 20 tổ chức cơ sở đảng trong sạch, vững mạnh tiêu biểu.",
			"Bằng khen của Ban Thường vụ Tỉnh ủy Hà Nam: 20 tổ chức cơ sở đảng"},
		{"Ngày 5/6/2022, UBND tỉnh Hà Nam tặng Bằng khen cho 12 học sinh đạt giải quốc gia.",
			"Bằng khen của UBND tỉnh Hà Nam: 12 học sinh"},
		{"Ngày 5/6/2022, Sở Y tế tỉnh Hà Nam và Sở Nội vụ tỉnh Hà Nam cùng được tặng Cờ thi đua của UBND tỉnh Hà Nam.",
			"Cờ thi đua của UBND tỉnh Hà Nam: Sở Y tế Hà Nam, Sở Nội vụ Hà Nam"},
		// A count of the story's own province before the award.
		{"Ngày 5/6/2022, 5 thầy thuốc của tỉnh được phong tặng danh hiệu Thầy thuốc Ưu tú.",
			"Danh hiệu Thầy thuốc Ưu tú: 5 thầy thuốc"},
		// Two people of one item of a list parted by semicolons.
		{"Ngày 5/6/2022, 3 nghệ nhân được phong tặng danh hiệu NNƯT là: ông Vũ Văn Đáp ở xã Thanh Hải; ông Phạm Văn Cỏn, ông Đinh Văn Cổn ở xã Lê Lợi.",
			"Danh hiệu Nghệ nhân Ưu tú: 3 nghệ nhân, vu van dap, pham van con, dinh van con"},
	})
}

// Round 13: some of those a count counts, named after "trong đó có" or
// "trong số đó (chỉ) có"; a count named among them is none of them.
func TestRound13Among(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5/6/2021, UBND thành phố truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 183 mẹ trên địa bàn thành phố; trong số đó chỉ có mẹ Huỳnh Thị Chước (SN 1915) hiện còn sống.",
			"Danh hiệu Bà mẹ Việt Nam anh hùng của UBND thành phố: 183 mẹ, huynh thi chuoc"},
		{"Ngày 5/6/2021, UBND tỉnh Hà Nam tặng Bằng khen cho 3 tập thể, 7 cá nhân, trong đó có ông Trần Văn Nam và bà Lê Thị Hoa.",
			"Bằng khen của UBND tỉnh Hà Nam: 3 tập thể, 7 cá nhân, tran van nam, le thi hoa"},
		{"Ngày 5/6/2021, UBND tỉnh Hà Nam tặng Bằng khen cho 10 cá nhân, trong đó có 2 cá nhân là nữ.",
			"Bằng khen của UBND tỉnh Hà Nam: 10 cá nhân"},
	})
}

// Round 13: an order by its initials, with "HC" ("HCLĐ") or after
// "Huân chương" ("Huân chương BVTQ").
func TestRound13OrderInitials(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5/6/2022, Chủ tịch nước tặng HCLĐ hạng Ba cho 3 tập thể.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: 3 tập thể"},
		{"Ngày 5/6/2022, Chủ tịch nước tặng Huân chương BVTQ hạng Ba cho Công an tỉnh Hà Nam.",
			"Huân chương Bảo vệ Tổ quốc hạng Ba của Chủ tịch nước: Công an tỉnh Hà Nam"},
		// Initials that are no order's are no award.
		{"Ngày 5/6/2022, Chủ tịch nước tặng HCXY cho 3 tập thể.", ""},
	})
}
