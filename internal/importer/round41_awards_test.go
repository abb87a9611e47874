package importer

import "testing"

// Round 41: workers counted by the unions' initials ("85 CNVCLĐ",
// "CNVC", "CNLĐ") are individuals as "công nhân" are (lines of our own).
// The initials of no known kind count nothing.
func TestUnionInitialsCountRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Nhân dịp này, Liên đoàn Lao động tỉnh Hòa Bình tặng Bằng khen cho 42 CNVCLĐ tiêu biểu.",
			"Bằng khen của Liên đoàn Lao động tỉnh Hòa Bình: 42 CNVCLĐ"},
		{"Công đoàn ngành Y tế trao Bằng khen cho 17 CNLĐ có nhiều sáng kiến.",
			"Bằng khen: 17 CNLĐ"},
		// Initials of no known kind: no count.
		{"Nhân dịp này, Liên đoàn Lao động tỉnh Hòa Bình tặng Bằng khen cho 42 HTX tiêu biểu.",
			"Bằng khen của Liên đoàn Lao động tỉnh Hòa Bình: "},
	})
}

// Round 41: "văn nghệ sĩ" (writers and artists) count individuals as
// "nghệ sĩ" do (lines of our own). "văn nghệ" alone, of a troupe, does not.
func TestWritersArtistsCountRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Chủ tịch UBND tỉnh Quảng Trị tặng Bằng khen cho 6 văn nghệ sĩ.",
			"Bằng khen của Chủ tịch UBND tỉnh Quảng Trị: 6 văn nghệ sĩ"},
		{"Sáng 3/4, 12 văn nghệ sĩ được nhận Giấy khen của Hội Văn học nghệ thuật tỉnh.",
			"Giấy khen của Hội Văn học nghệ thuật tỉnh: 12 văn nghệ sĩ"},
		// "văn nghệ" of a troupe: no count.
		{"Chủ tịch UBND tỉnh Quảng Trị tặng Bằng khen cho 6 đội văn nghệ.",
			"Bằng khen của Chủ tịch UBND tỉnh Quảng Trị: "},
	})
}

// Round 41: a count that opens its clause, followed by what those counted
// contributed ("có nhiều đóng góp …", "có công …") up to the verb, is the
// count of recipients though the contribution names a place or a span of
// years (lines of our own). A figure other than a year, or a verb of
// giving inside, leaves it.
func TestContributedCountRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Theo đó, 6 nghệ sĩ có nhiều đóng góp cho sự nghiệp văn hóa tỉnh Quảng Trị giai đoạn 1990-2015 được tặng Bằng khen của Chủ tịch UBND tỉnh.",
			"Bằng khen của Chủ tịch UBND tỉnh Quảng Trị: 6 nghệ sĩ"},
		{"Sáng 5/9, 14 cá nhân có công xây dựng huyện Đông Anh được nhận Giấy khen của UBND huyện.",
			"Giấy khen của UBND huyện Đông Anh: 14 cá nhân"},
		// A sum of money, not a year: no count.
		{"Theo đó, 6 doanh nhân có đóng góp 500 triệu đồng cho Quỹ Vì người nghèo tỉnh Quảng Trị được tặng Bằng khen của Chủ tịch UBND tỉnh.",
			"Bằng khen của Chủ tịch UBND tỉnh Quảng Trị: "},
	})
}

// Round 41: the people named in the sentence after one whose award's
// only recipient is a count before it, its subject ("4 văn nghệ sĩ … được
// tặng Bằng khen …, kèm theo tiền thưởng. Đó là: A; B; …"), are its
// recipients, as after a count that ends its sentence (lines of our own).
// A count after the award that does not end its sentence still names
// nobody next.
func TestSubjectCountNamedNextRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Theo đó, 4 văn nghệ sĩ có nhiều đóng góp cho tỉnh Quảng Trị được tặng Bằng khen của Chủ tịch UBND tỉnh, kèm theo tiền thưởng. Đó là: Nguyễn Văn An; Trần Thị Bình; Lê Văn Cường; Phạm Thị Dung.",
			"Bằng khen của Chủ tịch UBND tỉnh Quảng Trị: 4 văn nghệ sĩ, nguyen van an, tran thi binh, le van cuong, pham thi dung"},
		{"Sáng 2/9, 3 nghệ nhân được nhận Giấy khen của UBND huyện Đông Anh, kèm theo tiền thưởng. Đó là: Nguyễn Văn An, Trần Thị Bình và Lê Văn Cường.",
			"Giấy khen của UBND huyện Đông Anh: 3 nghệ nhân, nguyen van an, tran thi binh, le van cuong"},
		// The count after the award, the sentence going on: nobody named.
		{"Chủ tịch UBND tỉnh Quảng Trị tặng Bằng khen cho 4 nghệ sĩ tại lễ kỷ niệm ngày thành lập hội. Đó là: Nguyễn Văn An; Trần Thị Bình.",
			"Bằng khen của Chủ tịch UBND tỉnh Quảng Trị: 4 nghệ sĩ"},
	})
}

// Round 41: a list after an award opened "gồm các ông/bà:" or "gồm các
// ông, bà:" starts after the colon, as after "gồm các ông:" (lines of our
// own). "ông" and "bà" not joined, or followed by lower-case words, open
// no list of their own.
func TestListClassSirMadamRound41(t *testing.T) {
	for _, tt := range []struct {
		text string
		want string // the token the list starts at
	}{
		{", gồm các ông/bà: Nguyễn Văn An; Trần Thị Bình.", "Nguyễn"},
		{", gồm các ông, bà: Nguyễn Văn An; Trần Thị Bình.", "Nguyễn"},
		{", gồm các bà/ông: Nguyễn Văn An; Trần Thị Bình.", "Nguyễn"},
		{", gồm các ông: Nguyễn Văn An; Trần Văn Bình.", "Nguyễn"},
		// Not a list's class: "các" stays.
		{", gồm các ông/bà con trong thôn.", "các"},
		{", gồm các ông/cha Nguyễn Văn An.", "các"},
	} {
		toks := tokenize(tt.text, 0)
		l := listIntro(toks, 0, len(toks))
		if got := toks[l].text; got != tt.want {
			t.Errorf("%q: list starts at %q, want %q", tt.text, got, tt.want)
		}
	}
}

// Round 41: the merit an award is given for, written between the award
// and "cho" ("về thành tích trong công tác phòng chống dịch Covid-19",
// "vì có thành tích …"), is passed to read the recipients after "cho"
// (lines of our own). A merit with a break or a verb of giving before
// "cho" is not passed.
func TestMeritBeforeChoRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Hội đồng đề xuất khen thưởng Huân chương Lao động hạng Nhì về thành tích trong công tác phòng chống dịch Covid-19 cho Nhân dân và cán bộ huyện Hải Hậu (tập thể) và ông Trần Văn Bình (cá nhân).",
			"Huân chương Lao động hạng Nhì: Nhân dân và cán bộ huyện Hải Hậu, tran van binh"},
		{"Chủ tịch UBND tỉnh Nam Định tặng Bằng khen vì có thành tích xuất sắc trong phong trào thi đua cho Sở Y tế tỉnh Nam Định.",
			"Bằng khen của Chủ tịch UBND tỉnh Nam Định: Sở Y tế Nam Định"},
		// A break before "cho": not passed.
		{"Chủ tịch UBND tỉnh Nam Định tặng Bằng khen về thành tích năm 2023. Tỉnh cũng hỗ trợ kinh phí cho Sở Y tế tỉnh Nam Định.",
			"Bằng khen của Chủ tịch UBND tỉnh Nam Định: "},
	})
}

// Round 41: "nhận khen thưởng" before an award receives it as "nhận"
// does, and "được bầu nhận" (voted to receive it) as "được nhận" (lines of
// our own). "khen thưởng" after another verb gives no receiver.
func TestReceiveRewardRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh cũng được nhận khen thưởng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: nguyen van an"},
		{"Sở Y tế tỉnh Nam Định được bầu nhận khen thưởng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: Sở Y tế Nam Định"},
		{"Ông Nguyễn Văn An cũng được bầu nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: nguyen van an"},
		// Who proposes the reward: no receiver.
		{"Sở Nội vụ tỉnh Nam Định đề xuất khen thưởng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: "},
	})
}

// Round 41: the bodies listed, parted by commas, before a place's people
// that receive an award as its subject ("Ủy ban MTTQ tỉnh A, Nhân dân và
// cán bộ huyện B cũng được …") receive it too; so do those of the clause
// before a semicolon when a person opens the award's clause ("…; ông C
// cũng được …") and the clause is that list alone (lines of our own). A
// clause that says more than the list gives nobody.
func TestSubjectListRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định, Nhân dân và cán bộ huyện Hải Hậu cũng được bầu nhận khen thưởng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định, Nhân dân và cán bộ huyện Hải Hậu"},
		{"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định, Nhân dân và cán bộ huyện Hải Hậu; ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh cũng được nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định, Nhân dân và cán bộ huyện Hải Hậu, nguyen van an"},
		// The clause before the semicolon says more: only the person.
		{"Sở Y tế tỉnh Nam Định tổ chức hội nghị tổng kết; ông Nguyễn Văn An cũng được nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: nguyen van an"},
		// A date before the place's people: no body.
		{"Sáng 5/9, Nhân dân và cán bộ huyện Hải Hậu được nhận Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba: Nhân dân và cán bộ huyện Hải Hậu"},
	})
}

// Round 41: a lower-case "giải thưởng" right after "đạt" or "nhận" and
// before a name of two capitalized words or more names a prize (lines of
// our own). Elsewhere, or before common words, it stays an ordinary word.
func TestPrizeReachedRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thành Đoàn giới thiệu 15 gương sinh viên tiêu biểu đạt giải thưởng Nguyễn Văn Trỗi lần 3.",
			"Giải thưởng Nguyễn Văn Trỗi: 15 gương"}, // the count since TestPrizeReachersRound41
		{"Năm 2019, chị đã nhận giải thưởng Trần Văn Ơn.",
			"Giải thưởng Trần Văn Ơn: "},
		// Common words after it, or no verb of reaching before: no prize.
		{"Năm 2019, đội bóng đạt giải thưởng lớn của mùa giải.", ""},
		{"Hội đồng xét giải thưởng Nguyễn Văn Trỗi họp sáng nay.", ""},
	})
}

// Round 41: those counted before "đạt" a prize (prizeReached) receive it,
// as before "nhận" (lines of our own). "đạt" a title is still who holds it.
func TestPrizeReachersRound41(t *testing.T) {
	checkAwards(t, []textCase{
		{"Thành Đoàn giới thiệu 15 gương sinh viên tiêu biểu đạt giải thưởng Nguyễn Văn Trỗi lần 3.",
			"Giải thưởng Nguyễn Văn Trỗi: 15 gương"},
		{"Năm nay, 12 cá nhân đạt giải thưởng Trần Văn Ơn.",
			"Giải thưởng Trần Văn Ơn: 12 cá nhân"},
		// A title reached: not read.
		{"Năm nay, 12 tập thể đạt danh hiệu Tập thể lao động xuất sắc.",
			"Danh hiệu Tập thể lao động xuất sắc: "},
	})
}

// Round 41: a date followed by a clock time that closes its parentheses
// ("(BTV 3 - 14/05/2021 08:15)") is the site's tag and time stamp, no
// date of the story (lines of our own). A time before the date, or a
// date with a time and no closing parenthesis, is the story's.
func TestClockStampRound41(t *testing.T) {
	checkDates(t, []dateCase{
		{"a tag and a time stamp",
			"Vinh danh 12 thầy thuốc trẻ\n\n(BTV 3 - 14/05/2021 08:15)\n\nThành Đoàn giới thiệu 12 gương thầy thuốc trẻ tiêu biểu.",
			""},
		{"the story's day and hour",
			"Vinh danh 12 thầy thuốc trẻ\n\nLễ tuyên dương diễn ra ngày 14/05/2021 08:15 tại Hội trường Thành Đoàn.",
			"2021-05-14"},
	})
}
