package importer

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/ent"
	"github.com/newsgraph/newsgraph/internal/search"
	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Recipient is who received an award: a person or an organization of the
// story, or a count of recipients the story does not name ("23 tập thể và
// 23 cá nhân").
type Recipient struct {
	Person string // the Key of a Person of the story, or ""
	Org    *Org
	Count  *Count
	Span   Span
}

// Count is how many recipients a story counts: Total always, and the split
// into collectives (tập thể) and individuals (cá nhân, đảng viên) when the
// story gives it ("20 tập thể, cá nhân" gives only the total).
type Count struct {
	Total                    int
	Collectives, Individuals *int
}

// String writes the count as a story does: "23 tập thể, 23 cá nhân".
func (c Count) String() string {
	total := c.Total
	return search.CountedRecipients(&total, c.Collectives, c.Individuals)
}

// Name is the recipient as the report names it: the person's or the
// organization's name, or the count.
func (r Recipient) Name(s Story) string {
	switch {
	case r.Org != nil:
		return r.Org.Name
	case r.Count != nil:
		return r.Count.String()
	}
	for _, p := range s.People {
		if p.Key() == r.Person {
			return p.Name
		}
	}
	return r.Span.Text
}

func (r Recipient) key() string {
	switch {
	case r.Org != nil:
		return "o|" + r.Org.Key()
	case r.Count != nil:
		return "c|" + r.Count.String()
	}
	return "p|" + r.Person
}

var (
	collective = newPhrase("tập thể")
	// Collectives counted by what they are: "cho 4 đơn vị", "cùng 3
	// doanh nghiệp".
	collectives = []phrase{collective, newPhrase("đơn vị"), newPhrase("doanh nghiệp"),
		newPhrase("tổ chức cơ sở đảng"), newPhrase("chi bộ"), newPhrase("cơ quan"), // "cho 20 tổ chức cơ sở đảng"
		// Places and clubs counted as bodies: "cho 22 làng, khu dân cư văn
		// hóa", "5 thôn, tổ dân phố", "3 chi hội khuyến học", "2 dòng họ".
		newPhrase("làng"), newPhrase("khu dân cư"), newPhrase("thôn"), newPhrase("tổ dân phố"), newPhrase("khu phố"),
		newPhrase("chi hội"), newPhrase("câu lạc bộ"), newPhrase("hợp tác xã"), newPhrase("dòng họ")}
	individual = []phrase{newPhrase("cá nhân"), newPhrase("đảng viên"), newPhrase("đồng chí"), newPhrase("trường hợp"),
		// People counted by their calling: "cho 4 nhà giáo", "2 thầy
		// thuốc", "3 nghệ nhân".
		newPhrase("nhà giáo"), newPhrase("giáo viên"), newPhrase("thầy thuốc"), newPhrase("nghệ sĩ"), newPhrase("nghệ nhân"),
		newPhrase("văn nghệ sĩ"),                 // "9 văn nghệ sĩ … được tặng Bằng khen" (round 41)
		newPhrase("bác sĩ"), newPhrase("bác sỹ"), // "8 bác sĩ còn lại được tặng danh hiệu Thầy thuốc Ưu tú" (round 37)
		newPhrase("dược sĩ"), newPhrase("dược sỹ"), // "6 bác sĩ, dược sĩ được trao tặng danh hiệu Thầy thuốc ưu tú" (round 37)
		newPhrase("ngư dân"), newPhrase("nông dân"), // "cho 2 ngư dân", "21 nông dân xuất sắc" (round 31)
		newPhrase("đoàn viên"), newPhrase("hội viên"), // "cho 2 đoàn viên": members of a union
		newPhrase("học sinh"), newPhrase("sinh viên"), newPhrase("cán bộ"), // "cho 12 học sinh"
		newPhrase("điển hình"), newPhrase("gương"), // "3 điển hình xuất sắc được nhận …", "1 gương thanh niên"
		// Veterans: "100 cựu thanh niên xung phong được … tặng Kỷ niệm
		// chương …", "12 cựu chiến binh".
		newPhrase("cựu thanh niên xung phong"), newPhrase("thanh niên xung phong"), newPhrase("cựu chiến binh"),
		newPhrase("cựu TNXP"), newPhrase("TNXP"), // the same, abbreviated: "40 cựu TNXP"
		newPhrase("ĐV"),                               // "1 ĐV được tặng Huy hiệu 75 năm tuổi Đảng": đảng viên
		newPhrase("lao động"), newPhrase("công nhân"), // workers: "cho 40 lao động giỏi"
		// Workers and employees by the unions' initials: "tặng Bằng khen
		// cho 85 CNVCLĐ" (công nhân, viên chức, lao động; round 41).
		newPhrase("CNVCLĐ"), newPhrase("CNVC"), newPhrase("CNLĐ"),
		// Authors of a prize and athletes: "19 tác giả đã được trao giải
		// thưởng …", "4 vận động viên của tỉnh được nhận Bằng khen" (round 48).
		newPhrase("tác giả"), newPhrase("vận động viên"),
		newPhrase("phóng viên"),
		newPhrase("thanh niên"),                       // "cho hai thanh niên đã dũng cảm …" (round 54), after "thanh niên xung phong"
		newPhrase("đội viên"), newPhrase("thiếu nhi"), // the Pioneers: "cho 2 đội viên, thiếu nhi có thành tích …" (round 55)
	}
	// countCues introduce a count right after an award: "Huy hiệu 80 năm
	// tuổi Đảng có 10 đồng chí", "Bằng khen của Thủ tướng Chính phủ với 1
	// tập thể, 4 cá nhân", "nâng tổng số … Bằng khen … lên 13 tập thể".
	countCues      = []phrase{newPhrase("đối với"), newPhrase("có"), newPhrase("với"), newPhrase("lên")}
	giveWords      = []phrase{newPhrase("được trao tặng cho"), newPhrase("được trao cho"), newPhrase("được tặng cho"), newPhrase("trao tặng cho"), newPhrase("trao tặng"), newPhrase("trao cho"), newPhrase("tặng cho"), newPhrase("cho"), newPhrase("tặng")}
	representative = newPhrase("đại diện")
)

// recipientsIn finds the recipients of the award named at toks[i:end] in
// its sentence [s, e): after it, "cho"/"trao tặng" and a list of people,
// organizations and counts ("cho đồng chí …", "cho Sở Nội vụ", "cho 23 tập
// thể và 23 cá nhân"); before it, the one person, organization or count
// that "(được) nhận" it ("12 tập thể được nhận Giấy khen …").
func (x *extractor) recipientsIn(toks []token, s, i, end, e int) []Recipient {
	rs := x.givers(x.recipientsOf(toks, s, i, end, e))
	if len(rs) == 0 {
		rs = x.awardsCounted(toks, s, i, end, e)
	}
	rs = x.splitTotal(toks, rs, e)
	rs = x.splitByGiving(toks, rs, e)
	rs = append(rs, x.amongThem(toks, rs, e)...)
	return append(rs, x.namedNext(toks, rs, i, e)...)
}

// insigniaWith reports whether "cùng Huy hiệu" and "cho" come at toks[q]:
// the badge handed over with a title ("Bằng công nhận Bà Mẹ Việt Nam Anh
// hùng cùng Huy hiệu cho thân nhân của 2 mẹ"), its insignia, no award of
// its own; those after "cho" receive the title.
func insigniaWith(toks []token, q int) bool {
	k := q + 1 + len(badge)
	return k < len(toks) && toks[q].is("cùng") && badge.matchAt(toks, q+1) > 0 && toks[k].is("cho")
}

// recipientsOf is recipientsIn without those named among a count.
func (x *extractor) recipientsOf(toks []token, s, i, end, e int) []Recipient {
	x.open = openList{at: -1, award: -1}
	q := end
	if q+1 < e && toks[q].is("năm") && isDigits(toks[q+1].text) {
		q += 2
	} else if q+2 < e && toks[q].is("năm") && toks[q+1].is("học") && isDigits(toks[q+2].text) {
		q += 3 // "danh hiệu A năm học 2019-2020 cho 101 tập thể" (round 31)
		if q+1 < e && (toks[q].is("-") || toks[q].is("–")) && isDigits(toks[q+1].text) {
			q += 2
		}
	}
	if q < e && isQuote(toks[q].text) {
		q++ // "danh hiệu “Chiến sĩ thi đua cấp tỉnh” cho 17 cá nhân"
	}
	if insigniaWith(toks, q) {
		q += 1 + len(badge) // "Bằng công nhận Bà Mẹ Việt Nam Anh hùng cùng Huy hiệu cho …" (round 54)
	}
	if q+2 < e && (toks[q].is("truy") || toks[q].is("phong")) && toks[q+1].is("tặng") && toks[q+2].is("cho") {
		q += 2 // "trao danh hiệu A truy tặng cho 11 cá nhân": how it is given, before those given it (round 37)
	}
	if q > 0 && q < e && isQuote(toks[q-1].text) {
		// "danh hiệu “Công dân A tiêu biểu”, “Công dân A danh dự” lần
		// thứ 2 năm 2022 cho 11 cá nhân": the other titles in quotes, and
		// the round of the titles, before those given them; a count
		// shared by the titles is recorded on the first (round 30).
		var titles []string
		c := q - 1 // the first title's closing quote
		// Where the story gives a title its own count too, the shared one
		// is the titles' total, not split, and is dropped (sharedTotals).
		for q+2 < e && (toks[q].is(",") || toks[q].is("và")) && isQuote(toks[q+1].text) {
			k := closingQuote(toks, q+2)
			if k == 0 || k+1 >= e {
				break
			}
			titles = append(titles, textvi.Fold(x.s.Text[toks[q+2].start:toks[k-1].end]))
			q = k + 1
		}
		if len(titles) > 0 {
			if o := quoteOpen(toks, c); o >= 0 && o+1 < c {
				titles = append(titles, textvi.Fold(x.s.Text[toks[o+1].start:toks[c-1].end]))
			}
			x.shared = append(x.shared, sharedCount{toks[q].start, titles})
		}
		q = pastRound(toks, q, e)
	}
	if q+1 < e && toks[q].is("các") && toks[q+1].is("hạng") {
		q += 2 // "Huân chương Lao động các hạng cho 4 tập thể"
	}
	if q+3 < e && toks[q].is("(") && allCaps(toks[q+1].text) && toks[q+2].is(")") {
		q += 3 // "Bà mẹ Việt Nam anh hùng (VNAH) cho 337 mẹ": the name's initials (round 26)
	}
	if q+2 < e && toks[q].is("(") && toks[q+1].is("đợt") {
		// "huy hiệu 70 năm, 60 năm tuổi Đảng (đợt 3-2-2022) cho 8 đồng
		// chí": the round of the conferral in parentheses (round 30).
		for k := q + 2; k < e && k < q+12; k++ {
			if toks[k].is(")") {
				q = k + 1
				break
			}
		}
	}
	if k := pastMerit(toks, q, e); k > q {
		q = k // "… hạng Nhất về thành tích trong công tác phòng chống dịch Covid-19 cho A" (round 41)
	}
	if q+3 < e && toks[q].is("và") && toks[q+1].is("tặng") && toks[q+2].is("hoa") {
		// "trao Huy hiệu 30 năm tuổi Đảng và tặng hoa chúc mừng đồng chí
		// A": the one given flowers with the award is the one who receives
		// it (round 32).
		k := q + 3
		if k+1 < e && toks[k].is("chúc") && toks[k+1].is("mừng") {
			k += 2
		}
		if k < e && toks[k].is("cho") {
			k++
		}
		if k+2 < e && toks[k].fold == "dang" && toks[k+1].fold == "vien" {
			k += 2 // "… tặng hoa chúc mừng đảng viên A"
		}
		if r, ok := x.personAfter(toks, k, e); ok {
			return []Recipient{r}
		}
	}
	if occasionAt(toks, q) {
		// "trao Kỷ niệm chương A nhân kỷ niệm 30 năm thành lập Hội cho 25
		// hội viên", "… nhân dịp kỷ niệm 75 năm ngày truyền thống (…), để
		// vinh danh 40 cựu TNXP": the occasion between the award and its
		// recipients.
		if k, c, next, ok := pastOccasion(toks, q, e); ok {
			return append(x.receiver(toks, s, i), Recipient{Count: &c, Span: spanOf(x.s.Text, toks[k].start, toks[next-1].end)})
		} else if k > q {
			q = k
		}
	}
	if i > 0 && (toks[i-1].is("tặng") || toks[i-1].is("trao")) || bareTierAt(toks, i) {
		// "tặng giấy khen 25 tập thể và 40 cá nhân": the count right after;
		// so in a list of tiers: "…, trong đó 70 năm tuổi Đảng 3 đồng chí".
		if c, next, ok := countAt(toks, q, e); ok {
			return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
		}
	}
	if apposedTier(toks, i) {
		// "…, đồng chí A, đảng viên 55 năm tuổi Đảng, …": the one named.
		end := toks[i-4].end
		from := toks[max(s, i-12)].start
		n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= from })
		for ; n < len(x.mentions) && x.mentions[n].start < end; n++ {
			if m := x.mentions[n]; m.end == end {
				if _, ok := x.people[m.key]; ok {
					return []Recipient{{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}}
				}
			}
		}
		return nil
	}
	if c, ok := badgesCounted(toks, s, i); ok {
		// "… 414 đảng viên được trao tặng Huy hiệu Đảng; trong đó có 1 Huy
		// hiệu 75 năm tuổi Đảng, 2 Huy hiệu 70 năm tuổi Đảng": the badges
		// of a tier counted, one a member (round 30).
		return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[i-1].start, toks[i-1].end)}}
	}
	if k := countBeforeTier(toks, i); k >= 0 && bareTierAt(toks, i) {
		// "…, 1 đảng viên 60 năm tuổi Đảng": the count before the tier.
		if c, next, ok := countAt(toks, k, i); ok {
			return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[k].start, toks[next-1].end)}}
		}
	}
	if q+1 < e && toks[q].is("(") {
		// "01 đảng viên được trao Huy hiệu 80 năm tuổi đảng (đồng chí A,
		// đảng viên Đảng bộ thị trấn B)": the one counted is named in the
		// parentheses after the award.
		if r, ok := x.personAfter(toks, q+1, e); ok {
			if rs := x.receiver(toks, s, i); len(rs) == 1 && rs[0].Count != nil {
				return append(rs, r)
			}
		}
	}
	if i > 0 && toks[i-1].is(";") {
		// "cờ thi đua của UBND tỉnh cho 28 tập thể; bằng khen của Thủ
		// tướng Chính phủ 197 tập thể, cá nhân; …": in a list of clauses,
		// a count that ends the award's clause is its recipients.
		if c, next, ok := countAt(toks, q, e); ok && (next == e || toks[next].is(";") || toks[next].is(".")) {
			return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
		}
	}
	if q+2 < e && toks[q].is(",") && toks[q+1].is("là") && i > s && toks[i-1].is("nhận") {
		q++ // "có 2 đồng chí vinh dự nhận Huy hiệu …, là đồng chí A (…) và đồng chí B (…)"
	}
	if q+1 < e && toks[q].is("là") && i > s && toks[i-1].is("nhận") {
		// "có 1 đảng viên nhận Huy hiệu 75 năm tuổi Đảng là đồng chí A":
		// the one counted before the award is named after it.
		if r, ok := x.personAfter(toks, q+1, e); ok {
			rs := append(x.receiver(toks, s, i), r) // the count, then its name
			// "3 điển hình … được nhận bằng khen … là anh A, Bí thư …;
			// anh B, … và chị C": the others named after the first.
			// The list runs past the semicolons to the full stop.
			for k := q + 2; k < len(toks) && !(toks[k-1].is(".") && !abbrevDot(toks, k-1)); k++ {
				if !toks[k-1].is(";") && !toks[k-1].is("và") {
					continue
				}
				if o, ok := x.personAfter(toks, k, len(toks)); ok && o.Person != r.Person {
					rs = append(rs, o)
				}
			}
			return rs
		}
	}
	for _, w := range countCues {
		if m := w.matchAt(toks, q); m > 0 && toks[q].lower() {
			if c, next, ok := countAt(toks, q+m, e); ok {
				return append(x.receiver(toks, s, i), Recipient{Count: &c, Span: spanOf(x.s.Text, toks[q+m].start, toks[next-1].end)})
			}
		}
	}
	if r := q + parenthesized(toks, q, e); r < e && toCollective.matchAt(toks, r) > 0 {
		// "khen thưởng Huân chương Độc lập hạng Nhất (lần 2) đối với Đảng
		// bộ, Chính quyền và Nhân dân tỉnh A": the place's people after
		// "đối với", as after "cho".
		if j := x.placeCollective(toks, r+2, e); j > r+2 {
			return append(x.receiver(toks, s, i), x.collectiveRecipient(toks, r+2, j))
		}
	}
	n := 0
	for _, g := range giveWords {
		if n = g.matchAt(toks, q); n > 0 && toks[q].lower() {
			break
		}
	}
	if n == 0 && q < e && (toks[q].is("đến") || toks[q].is("tới")) && i > s && (toks[i-1].is("tặng") || toks[i-1].is("trao")) {
		n = 1 // "trao tặng Huy hiệu 45 năm tuổi Đảng đến đồng chí A"
	}
	if n > 0 {
		n += familiesBefore(toks, q+n, e)
		if rs, ok := x.colonList(toks, q+n, e); ok {
			return rs
		}
		var rs []Recipient
		if le := listClauses(toks, e); le > e && (!partedIn(toks, q+n, e) || peopleClauses(toks, q+n, e, le)) {
			// "cho A; B; C và D; tặng … hạng Ba cho E": the sentence's
			// clauses after the first are the list's items, up to the
			// next award.
			rs = x.listOf(toks, q+n, le, true, true)
		} else {
			rs = x.recipientList(toks, q+n, e, false)
		}
		// "cho 6 tập thể … đã hoàn thành …, gồm: A; B; C": the list named
		// later in the sentence.
		for k := q + n + 1; k < e; k++ {
			if toks[k].is("gồm") && toks[k-1].is(",") {
				if l := listIntro(toks, k-1, e); l > k-1 {
					rs = append(rs, x.recipientList(toks, l, stopAt(toks, l), true)...)
					x.openAtEnd(toks, l, i)
				}
				break
			}
			// "cho Trạm A, Phòng B, Công an tỉnh C cùng bốn cá nhân: D; E":
			// a count joined to the list, with those it counts after a
			// colon, though the list before it was not read.
			if toks[k].is("cùng") || toks[k].is("và") {
				if c, next, ok := countAt(toks, k+1, e); ok && next < e && toks[next].is(":") {
					rs = append(rs, Recipient{Count: &c, Span: spanOf(x.s.Text, toks[k+1].start, toks[next-1].end)})
					if next+1 < len(toks) {
						rs = append(rs, x.listAfterColon(toks, next+1)...)
					}
					break
				}
			}
		}
		if len(rs) == 0 && q+n < len(toks) && toks[q+n].is(".") {
			// "… đón nhận Huân chương … của Chủ tịch nước trao tặng.": the
			// verb ends the sentence, so who received it is before.
			return x.receiver(toks, s, i)
		}
		return rs
	}
	if k := x.decisionClauseEnd(toks, q, e); k > q {
		q = k // "… phong tặng Nghệ nhân Ưu tú theo Quyết định … của Chủ tịch nước, gồm: A, B" (round 38)
	}
	if k := titleAside(toks, q, e); k > q && listIntro(toks, k, e) > k {
		q = k // "… được trao tặng danh hiệu "Nghệ nhân ưu tú" và Bằng chứng nhận đợt này gồm: A, B" (round 53)
	}
	if l := listIntro(toks, q, e); l > q {
		// "… được tặng Cờ thi đua của Chính phủ, gồm: Sở A, Sở B và Báo C";
		// such a list may be parted by semicolons, so it ends at the full stop.
		x.openAtEnd(toks, l, i)
		return append(x.receiver(toks, s, i), x.recipientList(toks, l, stopAt(toks, l), true)...)
	}
	g := i - 1
	if g > 0 && toks[g].is("thưởng") && toks[g-1].is("tặng") {
		g-- // "Được đề nghị tặng thưởng Huân chương … là A và B"
	}
	if q+1 < e && toks[q].is("là") && g >= 0 && toks[g].is("tặng") && passiveGive(toks, g) {
		// "Các cá nhân được tặng Bằng khen là A, …; B …": those who were
		// given it, named after "là" with no colon.
		return append(x.receiver(toks, s, i), x.recipientList(toks, q+1, stopAt(toks, q+1), true)...)
	}
	if q+1 == len(toks) && toks[q].is(":") {
		x.openAtEnd(toks, q+1, i) // "… tặng Bằng khen:" and a line for each
		return x.receiver(toks, s, i)
	}
	if q+1 < e && toks[q].is(":") {
		// A list of awards with their counts: "Cờ thi đua của UBND tỉnh: 54
		// tập thể; danh hiệu Chiến sĩ thi đua cấp tỉnh: 60 cá nhân" (the
		// count may be parted by semicolons: "… hạng Ba: 01 tập thể; 05 cá
		// nhân"); or the recipients listed after the colon, numbered or
		// not: "5 tập thể được … tặng Bằng khen: 1. Sở A; 2. Sở B". A few
		// words may come before a count: "…: Hội đồng nhất trí 05 tập thể".
		rs := x.recipientList(toks, q+1, stopAt(toks, q+1), true)
		if len(rs) == 0 {
			for k := q + 1; k < e && k <= q+5 && toks[k].word; k++ {
				if _, _, ok := countAt(toks, k, e); ok {
					rs = x.recipientList(toks, k, stopAt(toks, k), true)
					break
				}
			}
		}
		if countEndsItem(toks, q+1) {
			// "1. Đề nghị tặng Huân chương Lao động hạng Ba: 02 tập thể"
			// and a line for each of the two: the count ends its item, so
			// the lines that follow name those it counts.
			x.open = openList{at: toks[i].start, award: -1}
		}
		if len(rs) > 0 {
			return append(x.receiver(toks, s, i), rs...)
		}
	}
	return x.receiver(toks, s, i)
}

// pastMerit returns the "cho" after the merit an award is given for,
// written between the award and its recipients: "Huân chương Lao động
// hạng Nhất về thành tích trong công tác phòng chống dịch Covid-19 cho
// Nhân dân và cán bộ TP A" (round 41), "vì (có) thành tích …", "do có
// thành tích …". The merit is a phrase of words (a name's figures and
// dashes allowed: "Covid-19") without a break or a verb of giving, up to
// 20 tokens; else q.
func pastMerit(toks []token, q, e int) int {
	k := q
	if k < e && (toks[k].is("về") || toks[k].is("vì") || toks[k].is("do")) {
		k++
	} else {
		return q
	}
	if k < e && toks[k].is("có") {
		k++
	}
	if !(k+1 < e && toks[k].is("thành") && toks[k+1].is("tích")) {
		return q
	}
	for c := k + 2; c < e && c < k+22; c++ {
		t := toks[c]
		if t.is("cho") {
			return c
		}
		if !(t.word || t.is("-") || isDigits(t.text)) || t.is("tặng") || t.is("trao") || t.is("được") {
			return q
		}
	}
	return q
}

// awardAt reports whether an award of the story was found at byte b.
func (x *extractor) awardAt(b int) bool {
	for i := len(x.s.Awards) - 1; i >= 0 && i >= len(x.s.Awards)-8; i-- {
		if x.s.Awards[i].Span.byte == b {
			return true
		}
	}
	return false
}

// readsAt reports whether a recipient can be read at toks[q].
func (x *extractor) readsAt(toks []token, q, e int) bool {
	if q >= e {
		return false
	}
	_, _, ok := x.recipientAt(toks, q, e)
	return ok
}

// readsPersonAt reports whether a person or a count can be read at
// toks[q]: an item of a list that goes on after a person's name.
func (x *extractor) readsPersonAt(toks []token, q, e int) bool {
	if q >= e {
		return false
	}
	r, _, ok := x.recipientAt(toks, q, e)
	return ok && r.Org == nil
}

// recipientAt reads one recipient at toks[q]: a count, a person the people
// rules found there, or an organization.
func (x *extractor) recipientAt(toks []token, q, e int) (Recipient, int, bool) {
	if c, next, ok := countAt(toks, q, e); ok {
		return Recipient{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}, next, true
	}
	p := q + personIntroAt(toks, q)
	if p < e {
		if m, ok := x.mentionAt(toks[p].start); ok {
			k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.end })
			return Recipient{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}, k, true
		}
		if m, ok := x.titledMentionAt(toks, p, e); ok {
			// "đến nguyên Phó Chủ tịch nước Đặng Thị Ngọc Thịnh": the
			// person after the titles a list gives her.
			k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.end })
			return Recipient{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}, k, true
		}
	}
	if toks[q].capitalized() {
		if m, ok := parseOrg(x.s.Text, toks, q, 0); ok && !m.generic && m.hasLevel && m.j <= e {
			o := x.addOrg(x.resolve(m, toks))
			o.Span = spanOf(x.s.Text, toks[m.i].start, toks[m.j-1].end)
			return Recipient{Org: &o, Span: o.Span}, m.j, true
		}
	}
	if j := numberedTeam(toks, q, e); j > q {
		return x.collectiveRecipient(toks, q+2, j), j, true
	}
	if q >= 2 {
		if j := numberedTeam(toks, q-2, e); j > q {
			return x.collectiveRecipient(toks, q, j), j, true // the list skipped "tập thể"
		}
	}
	if collective.matchAt(toks, q) > 0 && x.placeCollective(toks, q+2, e) > q+2 {
		q += 2 // "cho tập thể cán bộ, Nhân dân tỉnh Điện Biên"
	}
	if j := x.placeCollective(toks, q, e); j > q {
		return x.collectiveRecipient(toks, q, j), j, true
	}
	if j := placeGiven(toks, q, e); j > q {
		return x.collectiveRecipient(toks, q, j), j, true
	}
	return Recipient{}, q, false
}

// mentionAt returns the person mention that starts at byte b, by name or by
// the titles before the name.
func (x *extractor) mentionAt(b int) (mention, bool) {
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= b })
	for ; n < len(x.mentions) && x.mentions[n].start == b; n++ {
		if _, ok := x.people[x.mentions[n].key]; ok {
			return x.mentions[n], true
		}
	}
	return mention{}, false
}

// personNamedAt reports whether a person the people rules found is
// named from byte b.
func (x *extractor) personNamedAt(b int) bool {
	_, ok := x.mentionAt(b)
	return ok
}

// titleAsides are what may follow a title given before the list of
// those given it: its certificate, handed over with it, and the round.
var titleAsides = []phrase{newPhrase("và bằng chứng nhận"), newPhrase("cùng bằng chứng nhận"),
	newPhrase("đợt này"), newPhrase("lần này")}

// titleAside returns the token after the asides at toks[q] ("và Bằng
// chứng nhận đợt này"), or q.
func titleAside(toks []token, q, e int) int {
	for q < e {
		n := anyAt(titleAsides, toks, q)
		if n == 0 {
			return q
		}
		q += n
	}
	return q
}

// addRecipients gives award k the recipients it lacks.
func (x *extractor) addRecipients(k int, rs []Recipient) {
	if x.open.at >= 0 && x.open.award < 0 {
		x.open.award = k // the award whose list recipientsIn opened
	}
	a := &x.s.Awards[k]
	for _, r := range rs {
		dup := len(a.Recipients) >= maxEntities
		for _, h := range a.Recipients {
			if h.key() == r.key() || r.Count != nil && h.Count != nil && counts(*h.Count, *r.Count) {
				dup = true
			}
		}
		if !dup {
			a.Recipients = append(a.Recipients, r)
		}
	}
}

// addRecipients records a's recipients on the award q creates: the people
// and organizations of the story as edges, a count in the award's counted
// recipients (the first count the story gives).
func (l *linker) addRecipients(q *ent.AwardCreate, a Award) {
	counted := false
	for k, r := range a.Recipients {
		// The award is reported next, then its recipients in order: a
		// reviewer's rejection of one (review.go) leaves it out.
		if l.decisionAt(len(l.rep.Entities)+1+k).Decision == DecisionReject {
			continue
		}
		switch {
		case r.Org != nil:
			if id := l.orgIDs[r.Org.Key()]; id != 0 {
				q.AddRecipientOrganizationIDs(id)
			}
		case r.Count != nil:
			if !counted {
				counted = true
				q.SetRecipientCount(r.Count.Total).
					SetNillableRecipientCollectives(r.Count.Collectives).
					SetNillableRecipientIndividuals(r.Count.Individuals)
			}
		default:
			if id := l.people[r.Person]; id != 0 {
				q.AddRecipientPersonIDs(id)
			}
		}
	}
}

// recipients reports a's recipients, after a: recorded with the award when
// it was created (or in a dry run would be), linked when the award existed
// (the import leaves an existing award as it is).
func (l *linker) recipients(a Award) {
	award := l.rep.Entities[len(l.rep.Entities)-1]
	for _, r := range a.Recipients {
		e := Entity{Kind: KindRecipient, Name: r.Name(*l.story), Action: award.Action, Span: r.Span, Award: award.Name}
		switch {
		case r.Org != nil:
			e.ID = l.orgIDs[r.Org.Key()]
		case r.Person != "":
			e.ID = l.people[r.Person]
		}
		e.How, e.Confidence = provenance(l.story, KindRecipient, r.Span)
		if d := l.decision(); d.Decision != "" {
			e.Decision = d.Decision
			if d.Decision == DecisionReject {
				e.Action, e.ID = Rejected, 0
			}
		}
		l.rep.Entities = append(l.rep.Entities, e)
	}
}

// personAfter is the person whose mention begins at toks[k], or right after
// the word that introduces a person there ("đồng chí", "ông", "bà").
func (x *extractor) personAfter(toks []token, k, e int) (Recipient, bool) {
	b := k
	if b+1 < e && toks[b].fold == "dong" && toks[b+1].fold == "chi" {
		b += 2
	} else if b < e && (toks[b].is("ông") || toks[b].is("bà") || toks[b].is("anh") || toks[b].is("chị")) {
		b++ // "là anh Lê Minh Quân": the young are "anh", "chị"
	}
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[k].start })
	for ; n < len(x.mentions) && b < e && x.mentions[n].start <= toks[b].start; n++ {
		if m := x.mentions[n]; m.start == toks[k].start || m.start == toks[b].start {
			if _, ok := x.people[m.key]; ok {
				return Recipient{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}, true
			}
		}
	}
	return Recipient{}, false
}

// collectiveWords are the parts of a place's people that receive an
// order as one: "Đảng bộ, chính quyền và nhân dân", "Cán bộ, nhân dân và
// Lực lượng vũ trang".
var collectiveWords = []phrase{
	newPhrase("đảng bộ"), newPhrase("chính quyền"), newPhrase("nhân dân"), newPhrase("cán bộ"),
	newPhrase("lực lượng vũ trang"), newPhrase("quân và dân"),
}

// placeCollective returns the end of a place's people named as one
// recipient from toks[q], at most e: two or more of collectiveWords
// joined by "," or "và", perhaps "các dân tộc", then a place ("tỉnh Hà
// Giang", "TP.Cần Thơ"); else q.
func (x *extractor) placeCollective(toks []token, q, e int) int {
	k, n := q, 0
	for k < e {
		m := anyAt(collectiveWords, toks, k)
		if m == 0 {
			break
		}
		k, n = k+m, n+1
		if k+1 < e && (toks[k].is(",") || toks[k].is("và")) && !placedAt(toks, k+1) && toks[k+1].fold != "cac" {
			k++
		}
	}
	if n < 2 || !(toks[k-1].is("dân") || toks[k-1].is("trang") || toks[k-1].is("bộ")) {
		return q
	}
	if m := ethnicGroups.matchAt(toks, k); m > 0 {
		k += m
	}
	u := k
	for _, p := range localUnits {
		if m := p.matchAt(toks, k); m > 0 {
			u = k + m
			break
		}
	}
	if u == k && k < e && toks[k].text == "TP" {
		u = k + 1
		if u < e && toks[u].is(".") {
			u++
		}
	}
	if u == k+1 && toks[k].is("tỉnh") && u < e && toks[u].is("này") && x.province != "" {
		// "… cho Đảng bộ, chính quyền và nhân dân tỉnh này": the province
		// the story is about (collectiveRecipient names it).
		return u + 1
	}
	if u == k && n >= 2 && toks[k-1].is("dân") && k < e && toks[k].capitalized() {
		// "Đảng bộ và nhân dân Long An", "Đảng bộ chính quyền nhân dân
		// Quảng Nam": the province by its name alone.
		u = k
	} else if u == k || u >= e || !toks[u].capitalized() {
		return q
	}
	if j := placeNameEnd(toks, u); j <= e {
		return j
	}
	return q
}

var ethnicGroups = newPhrase("các dân tộc")

// toCollective introduces the one an award is proposed or given to.
var toCollective = newPhrase("đối với")

// parenthesized returns the length of a short remark in brackets at
// toks[q] ("(lần 2)"), at most e; else 0.
func parenthesized(toks []token, q, e int) int {
	if q >= e || !toks[q].is("(") {
		return 0
	}
	for k := q + 1; k < e && k <= q+5; k++ {
		if toks[k].is(")") {
			return k + 1 - q
		}
	}
	return 0
}

// numberedTeam returns the end of a team named by its number after
// "tập thể" at toks[q]: "tập thể Tổ Nhân dân tự quản số 4", "tập thể Tổ
// dân phố số 11" (round 38); else q. The team's name opens with "Tổ" and
// runs a few words to "số" and its number; or it opens with "đội" and
// runs to the code of the craft it crews, capitals and a number: "tập
// thể đội cứu nạn tàu SAR 27-01" (round 51).
func numberedTeam(toks []token, q, e int) int {
	n := collective.matchAt(toks, q)
	if n == 0 || q+n >= e || toks[q+n].text != "Tổ" && toks[q+n].fold != "doi" {
		return q
	}
	crew := toks[q+n].fold == "doi"
	for k := q + n + 1; k+1 < e && k < q+10; k++ {
		if !toks[k].word {
			return q
		}
		if !crew && toks[k].is("số") && isDigits(toks[k+1].text) && len(toks[k+1].text) <= 3 {
			return k + 2
		}
		if crew && len(toks[k].text) >= 2 && strings.ToUpper(toks[k].text) == toks[k].text && !isDigits(toks[k].text) && isDigits(toks[k+1].text) {
			j := k + 2
			if j+1 < e && toks[j].is("-") && isDigits(toks[j+1].text) {
				j += 2 // "SAR 27-01"
			}
			return j
		}
	}
	return q
}

// collectiveRecipient is the recipient placeCollective reads in toks[q:j],
// named as the story writes it: the people of a place, no body of its own.
func (x *extractor) collectiveRecipient(toks []token, q, j int) Recipient {
	sp := spanOf(x.s.Text, toks[q].start, toks[j-1].end)
	o := Org{Name: sp.Text, Base: sp.Text, Span: sp}
	if toks[j-1].is("này") && x.province != "" {
		o.Name = strings.TrimSuffix(sp.Text, toks[j-1].text) + x.province // "… tỉnh này" is the story's province
		o.Base = o.Name
	}
	return Recipient{Org: &o, Span: sp}
}

// placeGiven returns the end of a place named right after "cho" or
// "tặng" as the recipient, at most e: "tặng cho thành phố Yên Bái", "trao
// tặng thành phố Hải Phòng", the city as a whole;
// else q. The place's name ends the item.
func placeGiven(toks []token, q, e int) int {
	if q == 0 || !(toks[q-1].is("cho") || toks[q-1].is("tặng")) || !toks[q].lower() {
		return q
	}
	for _, p := range localUnits {
		if m := p.matchAt(toks, q); m > 0 && q+m < e && toks[q+m].capitalized() {
			j := placeNameEnd(toks, q+m)
			if j+1 < e && toks[j].is("-") && toks[j].start == toks[j-1].end && toks[j+1].start == toks[j].end && toks[j+1].capitalized() {
				j = placeNameEnd(toks, j+1) // "tỉnh Thừa Thiên-Huế": one name, hyphened
			}
			if j == e || j < e && (endsItem(toks[j]) || toks[j].is("vì") || toks[j].is("nhân")) {
				// the reason or the occasion after the place ends it too:
				// "… cho tỉnh A vì có thành tích …", "… nhân dịp …"
				return j
			}
		}
	}
	return q
}
