package importer

import "testing"

// Round 45: a list that follows the sentence of a conferral without naming
// the award ("N nghệ nhân được phong tặng là các ông bà: A; B …") goes to
// the award named last, the class of those listed ("các ông bà", "các đồng
// chí") written between "là" and the colon (lines of our own). No giving
// verb before "là", or a class not followed by a colon: no list.
func TestFollowOnListClassRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 300 người. Tỉnh Tân Lập có 3 người. 3 nghệ nhân được phong tặng là các ông bà: Bà Lò Thị Phương; ông Vi Văn Khâm (huyện Tân Lập), bà Hà Thị Nguyệt.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 300 người, lo thi phuong, vi van kham, ha thi nguyet"},
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 300 người. Hai người được tặng là các đồng chí: Lò Văn Phương, Bí thư Chi bộ thôn Nà Lừa.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 300 người, lo van phuong"},
		// "các ông bà" not before a colon is no class of a list.
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 300 người. Hai người được tặng là các ông bà cao tuổi, ông Lò Văn Phương và bà Vi Thị Khâm.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 300 người"},
		// No giving before "là": the sentence tells who attended.
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 300 người. Khách mời dự lễ là các ông bà: ông Lò Văn Phương, bà Vi Thị Khâm.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 300 người"},
	})
}

// Round 45: a contest's grade that heads its winners in running text,
// "giải Nhất thuộc về tác phẩm A của tác giả B; 2 giải Nhì là tác phẩm C
// của tác giả D và …", is an award of its own, and the authors named in
// its clause (up to a semicolon or the next grade) are its winners (lines
// of our own). A grade followed by the prize's name, or "là" and no work
// or author, is no award.
func TestGradeWinnersInRunningTextRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Kết quả, giải Nhất thuộc về tác phẩm Sông quê của tác giả Lê Minh Tâm (Trường THCS Tân Lập); 2 giải Nhì là tác phẩm Chợ phiên của tác giả Đỗ Thị Hạnh và tác phẩm Mùa lúa của tác giả Vũ Quang Huy.",
			"Giải Nhất: le minh tam; Giải Nhì: do thi hanh, vu quang huy"},
		{"Giải Ba thuộc về tác giả Phan Văn Lực.",
			"Giải Ba: phan van luc"},
		// A grade of a prize named after it.
		{"Em Lê Minh Tâm đoạt giải Nhất cuộc thi vẽ tranh Tân Lập.", ""},
		// "là" and no work or author.
		{"Giải Nhất là phần thưởng xứng đáng cho Lê Minh Tâm.", ""},
	})
}

// Round 45: people counted across the nation, "cho 547 người trong cả
// nước", "300 người trên toàn quốc", are a count of recipients, the scope
// written after "người" (lines of our own). "người" before another word
// ("100 người dân") still counts none.
func TestNationalCountRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 320 người trong cả nước.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 320 người"},
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 320 người trên toàn quốc.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: 320 người"},
		{"Ngày 9/9/2022, Chủ tịch nước phong tặng danh hiệu Nghệ nhân Ưu tú cho 320 người dân trong cả nước.",
			"Danh hiệu Nghệ nhân Ưu tú của Chủ tịch nước: "},
	})
}

// Round 45: an item of a list parted by semicolons that names a person
// after titles, degrees or a trade no rule reads as an introduction
// ("Nhạc sĩ, NSƯT A; Họa sĩ B; Nhà nghiên cứu văn hóa C") names that
// person (lines of our own). A list parted by commas, or an item whose
// person comes after a figure or a bracket, is not read so.
func TestTitledItemRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 5/3/2021, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân gồm: Nhạc sĩ, NSƯT Lê Văn An; Họa sĩ Vũ Thị Hòa; Nhà nghiên cứu văn hóa Đỗ Văn Lân.",
			"Bằng khen của Chủ tịch UBND tỉnh: 3 cá nhân, le van an, vu thi hoa, do van lan"},
		// Parted by commas: the titles may be items of their own.
		{"Ngày 5/3/2021, Chủ tịch UBND tỉnh tặng Bằng khen cho 3 cá nhân gồm: Nhạc sĩ, NSƯT Lê Văn An, Họa sĩ Vũ Thị Hòa.",
			"Bằng khen của Chủ tịch UBND tỉnh: 3 cá nhân"},
		// A body's item, the person in brackets after a figure.
		{"Ngày 5/3/2021, Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể gồm: Nhà văn hóa thôn 3 (ông Lê Văn An); Đội văn nghệ thôn 5 (bà Vũ Thị Hòa).",
			"Bằng khen của Chủ tịch UBND tỉnh: 2 tập thể"},
	})
}

// Round 45: the clause of who gave an award, "do Y (ký) tặng", written
// between the award and ", gồm:" does not part the award from its list:
// "… đạt danh hiệu “Nhà giáo ưu tú” do Chủ tịch nước ký tặng, gồm: bà A,
// …; ông B" (lines of our own). A "do" clause with no verb of giving
// before the comma ("do có thành tích …, gồm") is no such clause.
func TestGiverClauseBeforeListRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đợt này, huyện Tân Lập có 2 cá nhân đạt danh hiệu “Nhà giáo ưu tú” do Chủ tịch nước ký tặng, gồm: bà Lê Thị Mai, Hiệu trưởng Trường Tiểu học Tân Lập; ông Vũ Văn Hòa.",
			"Danh hiệu Nhà giáo ưu tú của Chủ tịch nước: le thi mai, vu van hoa"},
		{"Đợt này, huyện Tân Lập có 2 cá nhân đạt danh hiệu “Nhà giáo ưu tú” do có nhiều thành tích, gồm: bà Lê Thị Mai, Hiệu trưởng Trường Tiểu học Tân Lập; ông Vũ Văn Hòa.",
			"Danh hiệu Nhà giáo ưu tú: "},
	})
}

// Round 45: "Thầy" or "Cô" before a full name introduces a teacher as
// "ông" and "bà" do: "gồm: Thầy Võ Văn A, Hiệu trưởng …; Cô Lê Thị B"
// (lines of our own). Not read: "Cô" before a place ("xã Cô Tô"), a
// word not a surname after it.
func TestTeacherIntroRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 14/11/2012, Chủ tịch nước tặng danh hiệu Nhà giáo Ưu tú cho 2 nhà giáo gồm: Thầy Võ Văn Đảm, Hiệu trưởng Trường THCS Tân Lập; Cô Lê Thị Hồng, Phó Hiệu trưởng Trường THCS Tân Lập.",
			"Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước: 2 nhà giáo, vo van dam, le thi hong"},
		{"Ngày 14/11/2012, Chủ tịch nước tặng danh hiệu Nhà giáo Ưu tú cho 2 nhà giáo gồm: Thầy Hiệu trưởng Trường THCS Tân Lập; Cô Tô.",
			"Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước: 2 nhà giáo"},
	})
}

// Round 45: a place's share of an award, "Trong 570 nhà giáo được phong
// tặng Nhà giáo Ưu tú, tỉnh A có 2 nhà giáo, gồm:" ending its paragraph,
// opens a list one a line of that award, the one the sentence names
// again (else the award named last), its count included (lines of our
// own). A count after "cho" ("… trao … cho 5 cá nhân, cụ thể:") is not
// such a share.
func TestPlaceShareListRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 14-11, Chủ tịch nước phong tặng danh hiệu Nhà giáo Nhân dân cho 40 nhà giáo và danh hiệu Nhà giáo Ưu tú cho 570 nhà giáo.\n\nTrong 570 nhà giáo được phong tặng Nhà giáo Ưu tú, tỉnh Tân Lập có 2 nhà giáo, gồm:\n\n- Ông Võ Văn Đảm, Hiệu trưởng Trường THCS Tân Lập.\n\n- Bà Lê Thị Hồng, Phó Hiệu trưởng Trường THCS Tân Lập.\n",
			"Danh hiệu Nhà giáo Nhân dân của Chủ tịch nước: 40 nhà giáo; Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước: 570 nhà giáo, 2 nhà giáo, vo van dam, le thi hong"},
		{"Ngày 14-11, Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú cho 570 nhà giáo.\n\nTỉnh Tân Lập có 2 nhà giáo, gồm:\n\n- Ông Võ Văn Đảm, Hiệu trưởng Trường THCS Tân Lập.\n",
			"Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước: 570 nhà giáo, 2 nhà giáo, vo van dam"},
		// "cho" before the count: not a share.
		{"Ngày 14-11, Chủ tịch nước phong tặng danh hiệu Nhà giáo Ưu tú cho 570 nhà giáo.\n\nTại buổi lễ, ông Lê Văn Tám trao danh hiệu cho 2 nhà giáo, cụ thể:\n\n- Ông Võ Văn Đảm, Hiệu trưởng Trường THCS Tân Lập.\n",
			"Danh hiệu Nhà giáo Ưu tú của Chủ tịch nước: 570 nhà giáo"},
	})
}

// Round 45: a story that opens with its provincial paper's site,
// "(Baoyenbai.vn) - …", and names no province of its own, is that
// province's: "Chủ tịch UBND tỉnh" is its office (lines of our own). A
// site of no province's paper, or a story that names another province
// after "tỉnh", gives no such province.
func TestPaperSiteProvinceRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Lễ tuyên dương doanh nhân\n\n(Baoyenbai.vn) - Chiều 5/3, UBND tỉnh tặng Bằng khen của Chủ tịch UBND tỉnh cho Trường THCS Tân Lập.",
			"Bằng khen của Chủ tịch UBND tỉnh Yên Bái: Trường THCS Tân Lập"},
		{"Lễ tuyên dương doanh nhân\n\n(Baomoi.com) - Chiều 5/3, UBND tỉnh tặng Bằng khen của Chủ tịch UBND tỉnh cho Trường THCS Tân Lập.",
			"Bằng khen của Chủ tịch UBND tỉnh: Trường THCS Tân Lập"},
		{"Lễ tuyên dương doanh nhân\n\n(Baoyenbai.vn) - Chiều 5/3, UBND tỉnh Lào Cai tặng Bằng khen của Chủ tịch UBND tỉnh cho Trường THCS Tân Lập.",
			"Bằng khen của Chủ tịch UBND tỉnh Lào Cai: Trường THCS Tân Lập"},
	})
}

// Round 45: a cup quoted whole after a giving, "trao thưởng “Cúp vàng
// doanh nhân A” lần thứ 2 cho 30 doanh nhân", is an award of its own, a
// prize named by the quote (lines of our own). "Cúp" with no quote
// opened before it, or a quote that holds marks, is none.
func TestQuotedCupRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 25/02/2013, UBND tỉnh trao thưởng “Cúp vàng doanh nhân Tân Lập” lần thứ 2 cho 30 cá nhân.",
			"Cúp vàng doanh nhân Tân Lập: 30 cá nhân"},
		{"Ngày 25/02/2013, đội bóng Tân Lập giành Cúp quốc gia.", ""},
		{"Ngày 25/02/2013, UBND tỉnh trao thưởng “Cúp vàng, bạc” cho 30 doanh nhân.", ""},
	})
}

// Round 45: a count glued to the word it counts, "1đảng viên", "01đảng
// viên", is cut there as a capital after a photo's number is (lines of
// our own); a count glued to a unit written in ASCII ("5km") stays whole.
func TestGluedCountRound45(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ngày 7/11/2024, Đảng bộ xã Tân Lập trao Huy hiệu Đảng cho 3 đảng viên, trong đó có 2 đảng viên 55 năm tuổi Đảng; 1đảng viên 30 năm tuổi Đảng.",
			"Huy hiệu 55 năm tuổi Đảng: 2 đảng viên; Huy hiệu 30 năm tuổi Đảng: 1đảng viên"},
	})
	for _, w := range []string{"5km", "20kg", "3D"} {
		if c := gluedCuts(w); c != nil {
			t.Errorf("gluedCuts(%q) = %v, want none", w, c)
		}
	}
	if c := gluedCuts("01đảng"); len(c) != 1 || c[0] != 2 {
		t.Errorf("gluedCuts(%q) = %v, want [2]", "01đảng", c)
	}
}
