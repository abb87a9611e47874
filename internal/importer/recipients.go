package importer

import (
	"regexp"
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
		newPhrase("lao động"), newPhrase("công nhân")} // workers: "cho 40 lao động giỏi"
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
	return append(rs, x.namedNext(toks, rs, e)...)
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

// pastRound returns the end of a round written at toks[q] after an
// award's name in quotes, "lần thứ 2", "lần 3", perhaps with its year
// ("lần thứ 2 năm 2022", "lần II, năm 2021"), when "cho" follows it; else q.
func pastRound(toks []token, q, e int) int {
	if q+1 >= e || !toks[q].is("lần") {
		return q
	}
	k := q + 1
	if toks[k].is("thứ") {
		k++
	}
	if k >= e || !(isDigits(toks[k].text) || strings.Trim(toks[k].text, "IVX") == "") {
		return q
	}
	k++
	if k < e && toks[k].is(",") {
		k++
	}
	if k+1 < e && toks[k].is("năm") && isDigits(toks[k+1].text) {
		k += 2
	}
	if k < e && toks[k].is("cho") {
		return k
	}
	return q
}

// pastOccasion reads past the occasion opened at toks[q] ("nhân kỷ niệm
// …"): to the "cho" that names the recipients (its index, no count), or
// to a count after a clause that honours them (that count and where it
// ends). The occasion ends at a comma or the sentence's end otherwise.
func pastOccasion(toks []token, q, e int) (int, Count, int, bool) {
	for k := q + 2; k < e; k++ {
		if toks[k].is("cho") {
			return k, Count{}, 0, false
		}
		if toks[k].is(",") {
			if n := anyAt(honouring, toks, k+1); n > 0 {
				if c, next, ok := countAt(toks, k+1+n, e); ok {
					return k + 1 + n, c, next, true
				}
			}
			break
		}
	}
	return q, Count{}, 0, false
}

// groupHeadings name a group of a list by its kind, before a colon.
var groupHeadings = []phrase{newPhrase("các tập thể"), newPhrase("các cá nhân"), newPhrase("tập thể"), newPhrase("cá nhân"), newPhrase("các đơn vị")}

// groupHeading returns where the group named at toks[q] begins, after its
// kind and colon, in a list of groups: "tặng Bằng khen cho các tập thể: A,
// B; các cá nhân: ông C, bà D" (q when none is).
func groupHeading(toks []token, q, e int) int {
	if n := anyAt(groupHeadings, toks, q); n > 0 && q+n+1 < e && toks[q+n].is(":") && toks[q+n+1].word {
		return q + n + 1
	}
	return q
}

// timeOpened returns where a sentence from toks[s] begins after the time
// that opens it, "Ngày 3/4/2023, ", "Sáng 12-5, " (s when none does).
func timeOpened(toks []token, s, c int) int {
	switch toks[s].fold {
	case "ngay", "sang", "chieu", "toi", "trua", "hom":
	default:
		return s
	}
	for k := s + 1; k < c && k <= s+9; k++ {
		if toks[k].is(",") {
			return k + 1
		}
		if toks[k].word && !isDigits(toks[k].text) && toks[k].fold != "ngay" && toks[k].fold != "thang" && toks[k].fold != "nam" && toks[k].fold != "nay" {
			return s
		}
	}
	return s
}

// tableCells returns the cells of a line of a table, parted by "|" or by
// tabs, as ranges of toks, and whether the line is so parted; a number
// alone (the row's) is no cell.
func tableCells(text string, toks []token) ([][2]int, bool) {
	var cells [][2]int
	parted := false
	a := 0
	cut := func(k int) {
		if k > a && !(k == a+1 && isDigits(toks[a].text)) {
			cells = append(cells, [2]int{a, k})
		}
	}
	for k := range toks {
		switch {
		case toks[k].is("|"):
			parted = true
			cut(k)
			a = k + 1
		case k > 0 && strings.Contains(text[toks[k-1].end:toks[k].start], "\t"):
			parted = true
			cut(k)
			a = k
		}
	}
	cut(len(toks))
	return cells, parted
}

// oneOf is "là một trong", before a count of which the subject is one.
var oneOf = newPhrase("là một trong")

// oneOfDigit is oneOf with the one written as a digit (round 31).
var oneOfDigit = newPhrase("là 1 trong")

// namedEndingAt is the person or body whose mention in the sentence from
// toks[s] ends at byte end, as a recipient; none when no mention does.
func (x *extractor) namedEndingAt(toks []token, s, end int) []Recipient {
	for _, m := range x.mentions {
		if m.end == end && m.start >= toks[s].start {
			if _, ok := x.people[m.key]; ok {
				return []Recipient{{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}}
			}
		}
	}
	for _, m := range x.orgMentions {
		if m.end == end && m.start >= toks[s].start {
			o := x.s.Orgs[x.orgs[m.key]]
			o.Span = spanOf(x.s.Text, m.start, m.end)
			return []Recipient{{Org: &o, Span: o.Span}}
		}
	}
	return nil
}

// numberedBareRe is a numbered item with no mark at its end: "2. Trạm
// Y tế xã A".
var numberedBareRe = regexp.MustCompile(`^\s*\d{1,2}[.)]\s+\S.*[^;,.:]\s*$`)

// numberedBare reports whether the line before the one at byte at is a
// numbered item with no mark at its end.
func numberedBare(text string, at int) bool {
	before := strings.TrimRight(text[:at], " \t\r\n")
	line := before[strings.LastIndexByte(before, '\n')+1:]
	return numberedBareRe.MatchString(line)
}

// peopleClauses reports whether the clauses from toks[q] to le, parted at
// e and at each semicolon after it, each open with a person ("cho ông A,
// Giám đốc Sở B; bà C, Trưởng phòng D; ông E, …"): the commas are each
// one's posts, and the clauses one list.
func peopleClauses(toks []token, q, e, le int) bool {
	if personIntroAt(toks, q) == 0 {
		return false
	}
	for k := e; k < le; k++ {
		if toks[k].is(";") && (k+1 >= le || personIntroAt(toks, k+1) == 0) {
			return false
		}
	}
	return true
}

// colonList reads the recipients listed after a colon that follows "cho"
// at toks[q], with what the colon may follow: "cho: A; B", "cho các tập
// thể sau: A; B", "cho 4 nhà giáo: ông A, bà B" (the count and each
// name). A colon that ends the paragraph opens a list written one item a
// line (openList). ok is false when no colon comes there.
func (x *extractor) colonList(toks []token, q, e int) ([]Recipient, bool) {
	var rs []Recipient
	k := q
	switch {
	case k+3 < e && (toks[k].is("các") || toks[k].is("những")) && (memberIntro.matchAt(toks, k+1) > 0 || comrade.matchAt(toks, k+1) > 0) && toks[k+3].is(":"):
		// "cho các đảng viên: A, Chi bộ B và C, Chi bộ D; E, …": the
		// members named after the colon, each with his cell (round 26).
		if rs := x.membersListed(toks, k+4, stopAt(toks, k+4)); len(rs) > 0 {
			return rs, true
		}
		return append(rs, x.listAfterColon(toks, k+4)...), true
	case k < e && (toks[k].is("các") || toks[k].is("những")):
		// "các tập thể, cá nhân sau", "các đơn vị": who the list holds.
		for k++; k < e && k < q+8 && (toks[k].lower() || toks[k].is(",")); k++ {
		}
	default:
		if c, next, ok := countAt(toks, k, e); ok {
			rs = append(rs, Recipient{Count: &c, Span: spanOf(x.s.Text, toks[k].start, toks[next-1].end)})
			k = next
			if k < e && (toks[k].is("sau") || toks[k].is("gồm")) {
				k++
			}
		}
	}
	if k >= len(toks) || !toks[k].is(":") {
		return nil, false
	}
	if k+1 == len(toks) {
		x.openAtEnd(toks, k+1, q)
		return rs, true
	}
	return append(rs, x.listAfterColon(toks, k+1)...), true
}

// membersListed reads the members a list names from toks[l] to e after
// "các đảng viên:" or "các đồng chí:", each name perhaps followed by his
// cell or branch up to the next "và" or ";" ("Lò Văn A, Chi bộ bản B và
// Cầm Thị C, Chi bộ bản D; Lường Văn E, …"). A name starts the list or
// follows "và", ";" or a comma right after another name; it is a person
// the people rules found there, or a bare name of two to five capitalized
// words (three or more when its first is no known surname) followed by
// ",", ";", "và" or the list's end. A body in the list is the member's
// own, no recipient.
func (x *extractor) membersListed(toks []token, l, e int) []Recipient {
	var rs []Recipient
	start := true
	for k := l; k < e; {
		if !start {
			start = toks[k].is(";") || toks[k].is("và")
			k++
			continue
		}
		start = false
		if m, ok := x.mentionAt(toks[k].start); ok {
			j := sort.Search(len(toks), func(j int) bool { return toks[j].start >= m.end })
			rs = append(rs, Recipient{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)})
			k, start = pastNameComma(toks, j, e)
			continue
		}
		j, ok := nameAt(toks, k)
		if !ok || j > e || x.isPlace(toks, k, j) || !isSurname(toks[k]) && j-k < 3 {
			continue
		}
		if j < e && !(toks[j].is(",") || toks[j].is(";") || toks[j].is("và")) {
			continue
		}
		key := x.addPerson(Person{Name: nameCase(textOf(x.s.Text, toks, k, j)), Span: spanOf(x.s.Text, toks[k].start, toks[j-1].end)})
		x.mentions = append(x.mentions, mention{key, toks[k].start, toks[j-1].end})
		sort.SliceStable(x.mentions, func(a, b int) bool { return x.mentions[a].start < x.mentions[b].start })
		rs = append(rs, Recipient{Person: key, Span: spanOf(x.s.Text, toks[k].start, toks[j-1].end)})
		k, start = pastNameComma(toks, j, e)
	}
	return rs
}

// pastNameComma returns where a list goes on after a name that ends
// before toks[j], and whether a name may start there: past the comma
// right after the name (which its mention may have taken).
func pastNameComma(toks []token, j, e int) (int, bool) {
	switch {
	case j > 0 && toks[j-1].is(","):
		return j, true
	case j < e && toks[j].is(","):
		return j + 1, true
	}
	return j, false
}

// listAfterColon reads the recipients listed from toks[l] to the full
// stop: parted by semicolons when the list has one, else by commas and
// "và".
func (x *extractor) listAfterColon(toks []token, l int) []Recipient {
	le := stopAt(toks, l)
	return x.recipientList(toks, l, le, true)
}

// openAtEnd opens a list written one item a line when its items, from
// toks[l], would start past the paragraph's end; the award is the one
// whose recipients are being read (at toks[i]).
func (x *extractor) openAtEnd(toks []token, l, i int) {
	if l >= len(toks) {
		x.open = openList{at: toks[i].start, award: -1}
	}
}

// openList is a list of recipients whose award's paragraph ends with a
// colon: its items are the lines that follow ("Cờ thi đua của Chính phủ
// cho:" / "- Nhân dân và cán bộ xã A;" / "- Nhân dân và cán bộ xã B.").
// at is where the list was opened while its award is still to be
// recorded; award is that award's index once it is, else -1.
type openList struct{ at, award int }

// listedLine reads one line of an open list: its recipients go to the
// list's award. A line that reads as none, or that ends with a full
// stop, closes the list.
func (x *extractor) listedLine(toks []token) {
	k := x.open.award
	x.open = openList{at: -1, award: -1}
	if len(toks) == 0 {
		return
	}
	if cells, ok := tableCells(x.s.Text, toks); ok {
		// A row of a table: "| 1 | Ông A | Giám đốc Sở B |". The first
		// cell that reads as recipients names the row's; a row with none
		// (the heading "| TT | Họ và tên | Chức vụ |") keeps the table
		// open.
		for _, c := range cells {
			if rs := x.recipientList(toks, c[0], c[1], true); len(rs) > 0 {
				x.addRecipients(k, rs[:1])
				break
			}
		}
		x.open.award = k
		return
	}
	q := skipNumbering(toks, 0, len(toks))
	if n := anyAt(groupHeadings, toks, q); n > 0 && q+n+1 == len(toks) && toks[q+n].is(":") {
		x.open.award = k // "Tập thể:", "b) Cá nhân:": a group's heading on its own line
		return
	}
	if q == 0 && numberedBare(x.s.Text, toks[0].start) {
		return // a list numbered with no marks goes on only with the next number
	}
	rs := x.recipientList(toks, q, len(toks), true)
	if len(rs) == 0 && q == 0 {
		return
	}
	if dashed(toks, q) && len(rs) == 2 && rs[0].Org != nil && rs[1].Org != nil && commaBetween(x.s.Text, rs[0].Span, rs[1].Span) {
		// A dashed line is one item: the body after its comma is the
		// item's own ("- Trường THPT A, Sở Giáo dục và Đào tạo tỉnh B;").
		rs = rs[:1]
	}
	// A numbered item no rule reads ("3. Ban Quản lý rừng phòng hộ …;")
	// does not close the list.
	x.addRecipients(k, rs)
	if last := toks[len(toks)-1]; last.is(";") || last.is(",") || dashed(toks, q) || q > 0 && len(rs) > 0 && !last.is(".") {
		x.open.award = k // "1. Trường A" with no mark after it: the next line may be "2. …"
	}
}

// commaBetween reports whether only a comma parts two spans of text.
func commaBetween(text string, a, b Span) bool {
	e := a.byte + len(a.Text)
	return e <= b.byte && strings.TrimSpace(text[e:b.byte]) == ","
}

// dashed reports whether a line is an item marked by a dash ("- Sở A."),
// read up to toks[q]: a dashed list's lines end with a full stop or none as
// the writer pleases, so only a line that is no item closes it.
func dashed(toks []token, q int) bool {
	return q == 1 && (toks[0].is("-") || toks[0].is("+") || toks[0].is("–"))
}

// stopAt returns the full stop that ends the list starting at toks[l];
// one inside an abbreviation ("VP.UBND tỉnh") ends none.
func stopAt(toks []token, l int) int {
	le := l
	for le < len(toks) && le < l+maxSentence && !(toks[le].is(".") && !numbering(toks, le, l) && !abbrevDot(toks, le) && !degreeDot(toks, le)) && !toks[le].is("!") && !toks[le].is("?") {
		le++
	}
	return le
}

// degreeDot reports whether the full stop at toks[k] closes an academic
// title written before a name, which goes on the sentence: "gồm: PGS.TS.
// Lê Văn Bình – Hiệu trưởng …" (round 36).
func degreeDot(toks []token, k int) bool {
	if k == 0 || k+1 >= len(toks) || !degrees[toks[k-1].text] || toks[k-1].end != toks[k].start {
		return false
	}
	return degrees[toks[k+1].text] || toks[k+1].capitalized() && isSurname(toks[k+1])
}

// numbering reports whether the full stop at toks[k] numbers an item of
// a list that starts at toks[l]: "1.Sở A; 2. Sở B".
func numbering(toks []token, k, l int) bool {
	if k-1 < l || k+1 >= len(toks) || !isDigits(toks[k-1].text) || len(toks[k-1].text) > 2 || !toks[k+1].capitalized() {
		return false
	}
	return k-1 == l || toks[k-2].is(";") || toks[k-2].is(":")
}

// followOnLists gives the recipients a sentence lists without naming the
// award to the award the story named last: "Bốn tập thể được tặng là: Sở
// A; Báo B; Hội C."
func (x *extractor) followOnLists(toks []token) {
	if n := len(x.s.Awards); n > 0 && x.s.Awards[n-1].Kind == AwardHonoraryTitle && len(toks) > 0 {
		// "Các Mẹ gồm: Mẹ A, sinh năm …; Mẹ B …": the mothers of the
		// honorary title named before.
		for k := range toks {
			if k > 0 && !toks[k-1].is(".") {
				continue // a sentence's start
			}
			if l := motherList(toks, k); l > k {
				x.addRecipients(n-1, x.mothersListed(toks, l, stopAt(toks, l)))
				return
			}
		}
	}
	if q := skipNumbering(toks, 0, len(toks)); len(x.s.Awards) > 0 && groupHeading(toks, q, len(toks)) > q {
		// "Tập thể: Trường A, Trạm Y tế xã B." and "Cá nhân: ông C, bà
		// D." in paragraphs of their own after "… tặng Bằng khen cho các
		// tập thể và cá nhân.": each group of those the last award named
		// goes to it, unless its sentence names an award of its own.
		l := groupHeading(toks, q, len(toks))
		e := stopAt(toks, l)
		for k := q; k < e; k++ {
			if x.awardAt(toks[k].start) {
				return
			}
		}
		x.addRecipients(len(x.s.Awards)-1, x.recipientList(toks, l, e, true))
		return
	}
	for k := 2; k+2 < len(toks); k++ {
		if !(toks[k].is("là") || toks[k].is("gồm")) || !toks[k+1].is(":") || !(toks[k-1].is("tặng") || toks[k-1].is("nhận")) || !passiveGive(toks, k-1) {
			continue
		}
		if len(x.s.Awards) == 0 {
			return
		}
		s, _ := sentenceBounds(toks, k)
		for q := s; q < k; q++ {
			if x.awardAt(toks[q].start) {
				return // the sentence names its award: the award rules read it
			}
		}
		x.addRecipients(len(x.s.Awards)-1, x.recipientList(toks, k+2, stopAt(toks, k+2), true))
		return
	}
	x.countedLists(toks)
}

// praised reports whether toks[q:e] only praises those counted before
// it: "80 thầy, cô giáo tiêu biểu nhận …", "12 tập thể xuất sắc được tặng …".
//
// So is "trong số đó" after the praise: "3 điển hình xuất sắc trong số
// đó được nhận …", a part of those counted before.
func praised(toks []token, q, e int) bool {
	if e-q == 5 && toks[q+2].is("trong") && toks[q+3].is("số") && toks[q+4].is("đó") {
		e -= 3
	}
	if e-q >= 4 && (toks[e-2].is("toàn") && (toks[e-1].is("quốc") || toks[e-1].is("tỉnh")) || toks[e-2].is("cả") && toks[e-1].is("nước")) {
		e -= 2 // the scope of the praise: "… tiêu biểu toàn quốc"
	}
	if e-q >= 3 && toks[e-1].is("nhất") {
		e-- // "… xuất sắc nhất cả nước" (round 31)
	}
	if e-q > 2 && e-q <= 8 {
		// What they are before the praise: "69 cán bộ hội thanh niên Việt
		// Nam tiêu biểu toàn quốc đã được trao …", words without a verb.
		for k := q; k < e-2; k++ {
			if !toks[k].word || toks[k].is("của") {
				return false
			}
		}
		if hasVerb(toks, q, e-2) {
			return false
		}
		q = e - 2
	}
	return e-q == 2 && (toks[q].is("tiêu") && toks[q+1].is("biểu") || toks[q].is("xuất") && toks[q+1].is("sắc"))
}

// achieved reports whether toks[q:e] cite what those counted right before
// achieved, in words without a break: "33 cá nhân có thành tích hiến máu
// từ 20 lần trở lên được nhận …" (round 31).
func achieved(toks []token, q, e int) bool {
	if e-q < 4 || e-q > 14 || cite.matchAt(toks, q) == 0 {
		return false
	}
	for k := q; k < e; k++ {
		if !toks[k].word || toks[k].is("được") || toks[k].is("nhận") || toks[k].is("tặng") {
			return false
		}
	}
	return true
}

// workingAt reports whether toks[q:e] say where those counted right
// before work, in words and commas without a verb of giving: "17 đồng
// chí đang công tác tại các cơ quan, đơn vị Bộ CHQS tỉnh được nhận …"
// (round 34).
func workingAt(toks []token, q, e int) bool {
	if q < e && toks[q].is("đang") {
		q++
	}
	if e-q < 4 || e-q > 16 || !toks[q].is("công") || !toks[q+1].is("tác") || !(toks[q+2].is("tại") || toks[q+2].is("ở")) {
		return false
	}
	for k := q + 3; k < e; k++ {
		if !toks[k].word && !toks[k].is(",") || toks[k].is("được") || toks[k].is("là") {
			return false
		}
	}
	return !hasVerb(toks, q+3, e)
}

// levelOfCounted reports whether toks[q:e] is the one word of the level
// of those counted right before: "1 tập thể xã được nhận Cờ thi đua", "3
// tập thể huyện được tặng …" (round 28).
func levelOfCounted(toks []token, q, e int) bool {
	if e-q != 1 {
		return false
	}
	switch toks[q].text {
	case "xã", "phường", "huyện", "quận", "tỉnh":
		return q > 0 && toks[q-1].fold == "the" && q > 1 && toks[q-2].fold == "tap"
	}
	return false
}

// describedAs reports whether toks[q:e] say what those counted right
// before are, after "là", in words without a verb or a break: "16 tập
// thể, 60 cá nhân là đồng bào dân tộc thiểu số được tỉnh tặng …" (round
// 28). A longer stretch tells more than what they are.
func describedAs(toks []token, q, e int) bool {
	if q >= e || !toks[q].is("là") || e-q < 2 || e-q > 10 {
		return false
	}
	for k := q + 1; k < e; k++ {
		if !toks[k].word || toks[k].is("là") || toks[k].is("được") {
			return false
		}
	}
	return !hasVerb(toks, q+1, e)
}

// hasVerb reports whether toks[q:e] tells an act rather than describing
// those counted ("có thành tích xuất sắc trong phong trào thi đua"): a
// count followed by what they did is no list's head.
func hasVerb(toks []token, q, e int) bool {
	for k := q; k < e; k++ {
		if toks[k].is("tặng") || toks[k].is("nhận") || toks[k].is("trao") || toks[k].is("bị") || toks[k].is(":") {
			return true
		}
	}
	return false
}

// namesTitlesOnly reports whether the "danh hiệu" at toks[i] names the
// titles a council or a rule is about, not one conferred: "Hội đồng xét
// tặng danh hiệu Nhà giáo Nhân dân, Nhà giáo Ưu tú tỉnh", "Nghị định …
// quy định về xét tặng danh hiệu …", "Việc xét tặng danh hiệu … được thực
// hiện 3 năm một lần".
func namesTitlesOnly(toks []token, i int) bool {
	if i < 3 || !toks[i-2].is("xét") || !toks[i-1].is("tặng") {
		return false
	}
	return toks[i-3].fold == "dong" && i >= 4 && toks[i-4].fold == "hoi" || toks[i-3].is("về") && i >= 4 && toks[i-4].is("định") || toks[i-3].fold == "viec"
}

// passiveGive reports whether the "tặng" or "nhận" at toks[k] is what
// those listed after it are given or proposed for: "được tặng", "được
// trao tặng", "được đề nghị xét tặng", "được truy tặng", "được phong tặng".
func passiveGive(toks []token, k int) bool {
	for b := k - 1; b >= 0 && b >= k-4; b-- {
		switch t := toks[b]; {
		case t.is("được") || t.is("Được"): // "Được đề nghị tặng thưởng … là A"
			return true
		case t.is("trao") || t.is("xét") || t.is("nghị") || t.is("đề") || t.is("truy") || t.is("phong"):
		default:
			return false
		}
	}
	return false
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

// listIntro reads what introduces a list of recipients after an award at
// toks[q]: ", gồm:", "gồm có", "là:". It returns the token after it, or q.
func listIntro(toks []token, q, e int) int {
	k := q
	if k < e && toks[k].is(",") {
		k++
	}
	switch {
	case k < e && toks[k].is("gồm"):
		k++
		if k < e && toks[k].is("có") {
			k++
		}
	case k+1 < e && toks[k].is("là") && toks[k+1].is(":"):
		k++
	default:
		return q
	}
	k = listClass(toks, k, e)
	if k < e && toks[k].is(":") {
		k++
	}
	return k
}

// decisionClauseEnd returns the comma before "gồm" that ends the decision
// an award at toks[q-1] was given by, written right after it: "… phong
// tặng Nghệ nhân Ưu tú theo Quyết định 13/QĐ-CTN ngày 8-3-2024 của Chủ
// tịch nước, gồm: A, B" (round 38). No "cho", no other award and no
// other comma come between; else q.
func (x *extractor) decisionClauseEnd(toks []token, q, e int) int {
	if q+2 >= e || !(toks[q].is("theo") || toks[q].is("tại")) || !(toks[q+1].is("Quyết") && toks[q+2].is("định") || toks[q+1].is("Nghị") && toks[q+2].is("quyết")) {
		return q
	}
	for k := q + 3; k+1 < e && k < q+30; k++ {
		if toks[k].is("cho") || x.awardAt(toks[k].start) {
			return q
		}
		if toks[k].is(",") {
			if toks[k+1].is("gồm") {
				return k
			}
			return q
		}
	}
	return q
}

// listClasses name what the members of a list after "gồm" are: "gồm các
// nghệ nhân A, B", "gồm các đồng chí: C, D".
var listClasses = append([]phrase{newPhrase("đồng chí"), newPhrase("cá nhân"), newPhrase("tập thể"),
	newPhrase("đảng viên"), newPhrase("đơn vị"), newPhrase("mẹ"), newPhrase("ông"), newPhrase("bà")}, craftsmen...)

// listClass returns the token after "các" and a class of listClasses at
// toks[k] when a colon or a capitalized word follows them ("gồm các nghệ
// nhân Trần Văn A, …", round 38), or k.
func listClass(toks []token, k, e int) int {
	if k+2 >= e || !toks[k].is("các") {
		return k
	}
	n := anyAt(listClasses, toks, k+1)
	if n == 0 || k+1+n >= e || !(toks[k+1+n].is(":") || toks[k+1+n].capitalized()) {
		return k
	}
	return k + 1 + n
}

// recipientList reads "đồng chí A, Sở B và 23 tập thể" from toks[q]; a list
// introduced by "gồm:" (semis) may also be parted by semicolons.
func (x *extractor) recipientList(toks []token, q, e int, semis bool) []Recipient {
	return x.listOf(toks, q, e, semis, false)
}

// listOf is recipientList; clauses reports a list whose items are the
// clauses of a sentence after "cho" (listClauses), which goes on past an
// item no rule reads.
func (x *extractor) listOf(toks []token, q, e int, semis, clauses bool) []Recipient {
	var out []Recipient
	if q >= e {
		return nil
	}
	if q+1 < e && toks[q].is("thân") && toks[q+1].is("nhân") {
		q += 2 // "cho thân nhân mẹ A và mẹ B": the relatives receive for the dead
		if q < e && toks[q].is("của") {
			q++
		}
	}
	if q+2 < e && toks[q].is("tổng") && (toks[q+1].is("số") || toks[q+1].is("cộng")) && countOpens(toks, q+2, e) {
		q += 2 // "cho tổng số 30 tập thể và cá nhân"
	}
	if q+2 < e && toks[q].is("hai") && toks[q+1].is("vợ") && toks[q+2].is("chồng") {
		q++ // "cho hai vợ chồng đảng viên A và B"
	}
	if q+2 < e && toks[q].is("vợ") && toks[q+1].is("chồng") && (personIntroAt(toks, q+2) > 0 || memberIntro.matchAt(toks, q+2) > 0) {
		q += 2 // "cho vợ chồng ông A và bà B": the couple, each named
	}
	if l := motherList(toks, q); l > q {
		return x.mothersListed(toks, l, stopAt(toks, l))
	}
	// A list parted by semicolons; an explicit list ("gồm: A, B, C")
	// without them is parted by commas.
	parted := semis && hasSemicolon(toks, q, e)
	named := false // the list names those a count counts
	for q < e {
		if semis {
			q = skipNumbering(toks, q, e)
		}
		if representative.matchAt(toks, q) > 0 {
			q += 2
		}
		if collective.matchAt(toks, q) > 0 && q+2 < e && x.placeCollective(toks, q+2, e) == q+2 {
			// "cho tập thể Sở Y tế", "tặng tập thể cán bộ, công chức
			// Thanh tra tỉnh": the body whose staff it names.
			if k := staffOf(toks, q+2, e); k < e && toks[k].capitalized() {
				q = k
			}
		}
		if k := groupHeading(toks, q, e); k > q {
			q = k // "…; các cá nhân: ông A, bà B": the list's next group
		}
		if k := peopleIntro(toks, q, e); k > q {
			// "… và các ông: A, Cán bộ Phòng X; B, Đội trưởng Đội Y": the
			// people named after it, each with his posts, parted by
			// semicolons when they are.
			q, named = k, true
			if le := stopAt(toks, q); hasSemicolon(toks, q, le) {
				semis, parted, e = true, true, max(e, le) // the sentence's clauses are the list's items
			}
		}
		r, next, ok := x.recipientAt(toks, q, e)
		if ok && r.Org != nil && semis && !parted && next < e && !endsItem(toks[next]) {
			// In a list after "gồm:" an item is a name and ends at a
			// comma: a body read short ("Ban Chỉ huy quân" of "Ban Chỉ
			// huy quân sự TP A") is no item the rules read.
			ok = false
		}
		if !ok && named && personIntroAt(toks, q) > 0 {
			// A person of the list the rules do not read as a name: the
			// list goes on with the next one.
			if n := nextPerson(toks, q, e); n > q {
				q = n
				continue
			}
		}
		if !ok && parted && clauses {
			// The clauses of a list after "cho" go on past an item no
			// rule reads ("cho Liên hiệp các Tổ chức hữu nghị thành phố;
			// Hội Nhà báo thành phố"). Within an item the rules cannot
			// tell a list from one name ("Văn phòng Đoàn Đại biểu Quốc
			// hội và HĐND thành phố"): the item is skipped whole.
			if n := nextItem(toks, q, e); n > q {
				q = n
				continue
			}
		}
		if !ok {
			// A numbered list goes on past an item no rule reads: "…; 5.
			// Phòng Xây dựng chính quyền, Sở Nội vụ; 6. Sở Y tế".
			if n := nextItem(toks, q, e); semis && n > q && skipNumbering(toks, n, e) > n {
				q = n
				continue
			}
			// So does a list of bodies parted by commas, past a body no
			// rule reads that names its place ("gồm: Phòng Cảnh sát PCCC
			// Công an tỉnh A, Công an huyện B", "cho Trạm Kiểm lâm C
			// huyện D, Công an xã E"); one that names none is owned by
			// the next ("Phòng X, Công an tỉnh A"), no item.
			if n := x.pastUnread(toks, q, e); !parted && n > q {
				q = n
				continue
			}
			break
		}
		if r.Count != nil && next < e && toks[next].is("không") {
			break // "01 trường hợp không đủ điều kiện": not given it
		}
		out = append(out, r)
		q = next
		if q < e && toks[q].is(")") && strings.Contains(r.Span.Text, "(") {
			q++ // a mention that took the post in parentheses after the name: "ông A (Chính trị viên …)"
		}
		if r.Count != nil && q+1 < e {
			// "cho 2 cá nhân là đồng chí A - …, và đồng chí B", "cho 4
			// nhà giáo: ông A, bà B": the count, then each of them.
			if k := namedAfterCount(toks, q, e); k > q {
				if toks[k-1].is(":") {
					return append(out, x.listAfterColon(toks, k)...)
				}
				q, named = k, true
				continue
			}
			if (toks[q-1].is("ông") || toks[q-1].is("bà")) && toks[q].capitalized() {
				named = true // "cho 2 ông A - … và B - …": each named after the count
				continue
			}
			if k := x.namedAfterPraise(toks, q, e); k > q {
				if toks[k-1].is(":") {
					return append(out, x.listAfterColon(toks, k)...)
				}
				q, named = k, true
				continue
			}
		}
		if q < e && toks[q].is("(") {
			// "Nhân dân và cán bộ xã Tân Hội (huyện Đức Trọng)", "ông A
			// (Chính trị viên Ban Chỉ huy quân sự huyện B)": where it is,
			// what he is.
			for c := q + 1; c < e && c < q+30; c++ {
				if toks[c].is(")") {
					q = c + 1
					break
				}
			}
		}
		if r.Person != "" && !parted && q < e && (toks[q].is("-") || toks[q].is("–") || toks[q].is(",") && !x.readsPersonAt(toks, q+1, e)) {
			// "đồng chí A - Ủy viên …, Bí thư … và đồng chí B", "đồng chí
			// A, Giám đốc Sở X và cho Sở Y": the person's titles run to
			// the next one; so does a body right after the name ("đảng
			// viên A, Đảng bộ phường B"), the person's own.
			if n := nextPerson(toks, q, e); n > q {
				q = n
				continue
			}
			if n := x.nextMention(toks, q, e); named && n > q {
				q = n // "cho 2 ông A - nguyên …, và B - nguyên …": a name the people rules found
				continue
			}
			if toks[q].is(",") && x.readsAt(toks, q+1, e) {
				break
			}
		}
		if r.Person != "" && !parted && q < e && q > 0 && toks[q-1].is(",") && toks[q-1].start < r.Span.byte+len(r.Span.Text) {
			// The name's mention took the comma after it: "ông A, bà B";
			// a body after it is the person's own.
			if x.readsAt(toks, q, e) && !x.readsPersonAt(toks, q, e) {
				break
			}
			continue
		}
		if parted && r.Person != "" && q+1 < e && toks[q].is(",") && x.readsPersonAt(toks, q+1, e) {
			// "…; ông A, ông B ở xã C; …": two people of one item.
			q++
			continue
		}
		if parted && r.Person != "" && q < e && !toks[q].is(";") && !toks[q].is("và") {
			// "1. Ông A - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; 2. Bà B":
			// the person's titles run to the semicolon, and the last one's
			// to "và" and the next person ("…; C, Cán bộ Đội X và Binh
			// nhì D").
			if n := nextItem(toks, q, e); n > q {
				q = n
				continue
			}
			if n := nextPerson(toks, q, e); n > q {
				q = n
				continue
			}
			break // the last person's titles end the list
		}
		if parted && r.Org != nil && q+1 < e && toks[q].is(",") && toks[q+1].lower() {
			// "Nhân dân và cán bộ xã Tân An, huyện Krông Búk; …": where it
			// is runs to the semicolon.
			if n := nextItem(toks, q, e); n > q {
				q = n
				continue
			}
			break
		}
		if q+1 < e && (toks[q].is(",") || toks[q].is("và") || toks[q].is("cùng") || parted && toks[q].is(";")) {
			// "A, B và C", "A cùng 3 doanh nghiệp", "A và cho B".
			q++
			if q+1 < e && (toks[q].is("và") || toks[q].is("cùng")) {
				q++
			}
			if q+2 < e && (toks[q].is("phong") || toks[q].is("truy")) && toks[q+1].is("tặng") && toks[q+2].is("cho") {
				q += 2 // "truy tặng … cho 5 mẹ và phong tặng cho 2 mẹ": one award, two givings
			}
			if q+1 < e && toks[q].is("cho") {
				q++
			}
			continue
		}
		break
	}
	return out
}

// listClauses returns the end of the clauses after the semicolon
// toks[e] that go on a list of recipients begun before it with one item
// (see partedIn): each starts
// with a name or a person's intro ("bà", "ông"), is short, and gives no
// award of its own (no verb of giving, "cho", nor an award's name); else
// e.
func listClauses(toks []token, e int) int {
	end := e
	for end < len(toks) && toks[end].is(";") {
		c := end + 1
		if c >= len(toks) || !(toks[c].capitalized() && toks[c].word || personIntroAt(toks, c) > 0) {
			break
		}
		_, f := sentenceBounds(toks, c)
		if f-c > 30 {
			break
		}
		for k := c; k < f; k++ {
			if toks[k].is("tặng") || toks[k].is("trao") || toks[k].is("cho") || toks[k].is("được") || awardKindAt(toks, k) {
				return end
			}
		}
		end = f
	}
	return end
}

// partedIn reports whether a comma or a colon parts toks[q:e]: a first
// clause that is a list of its own ("cho A, B cùng ba cá nhân: C; D"),
// whose items the rules of such lists read. A comma before where the item
// is ("cho Nhân dân và cán bộ xã A, huyện B; bà C, …") parts nothing.
func partedIn(toks []token, q, e int) bool {
	for k := q; k < e; k++ {
		if toks[k].is(":") || toks[k].is(",") && !placeAfter(toks, k+1, e) {
			return true
		}
	}
	return false
}

// placeAfter reports whether toks[k:e] is where something is and no more:
// a local unit and its name ("huyện Lệ Thủy", "tỉnh Quảng Bình").
func placeAfter(toks []token, k, e int) bool {
	n := anyAt(localUnits, toks, k)
	if n == 0 || !toks[k].lower() || k+n >= e {
		return false
	}
	for j := k + n; j < e; j++ {
		if !toks[j].capitalized() {
			return toks[j].is(",") && placeAfter(toks, j+1, e)
		}
	}
	return true
}

// awardKindAt reports whether an award's kind word is written at toks[k]
// ("Huân chương", "bằng khen").
func awardKindAt(toks []token, k int) bool {
	for _, a := range awardKinds {
		if a.words.matchAt(toks, k) > 0 {
			return true
		}
	}
	return false
}

// staffWords name the staff of a body: "cán bộ, công chức, viên chức và
// người lao động Sở A".
var staffWords = []phrase{newPhrase("cán bộ"), newPhrase("công chức"), newPhrase("viên chức"), newPhrase("nhân viên"), newPhrase("người lao động"), newPhrase("chiến sĩ"), newPhrase("đảng viên")}

// staffOf returns the token after the staff words at toks[k] (and "của"
// after them), or k.
func staffOf(toks []token, k, e int) int {
	q := k
	for q < e {
		n := 0
		for _, w := range staffWords {
			if n = w.matchAt(toks, q); n > 0 && toks[q].lower() {
				break
			}
		}
		if n == 0 {
			break
		}
		q += n
		if q+1 < e && (toks[q].is(",") || toks[q].is("và")) {
			q++
		}
	}
	if q > k && q < e && toks[q].is("của") {
		q++
	}
	return q
}

// pastUnread returns the next item a comma list reads after the bodies
// from toks[q] that no rule reads but that each name their place
// ("Ban Chỉ huy quân sự TP A, Đội CSGT Công an TP A, Công an xã B"),
// or q.
func (x *extractor) pastUnread(toks []token, q, e int) int {
	k := q
	for range 6 {
		n := nextComma(toks, k, e)
		if n <= k || !placed(toks, k, n-1) {
			return q
		}
		if x.readsAt(toks, n, e) {
			return n
		}
		k = n
	}
	return q
}

// endsItem reports whether t ends an item of a list of names: ",", "và",
// "cùng", ";", ":", "(" or a full stop.
func endsItem(t token) bool {
	return t.is(",") || t.is("và") || t.is("cùng") || t.is(";") || t.is(":") || t.is("(") || t.is(".")
}

// hasSemicolon reports whether a semicolon parts toks[q:e].
func hasSemicolon(toks []token, q, e int) bool {
	for k := q; k < e; k++ {
		if toks[k].is(";") {
			return true
		}
	}
	return false
}

// peopleIntro returns the token after "các ông", "các bà", "các đồng
// chí" (and a colon) at toks[q], which introduce people named without
// them; else q.
func peopleIntro(toks []token, q, e int) int {
	if q+2 >= e || !(toks[q].is("các") || toks[q].is("Các")) {
		return q
	}
	k := q + 1
	switch {
	case toks[k].is("ông") || toks[k].is("bà"):
		k++
	case comrade.matchAt(toks, k) > 0, memberIntro.matchAt(toks, k) > 0, fallen.matchAt(toks, k) > 0:
		k += 2 // "các đồng chí:", "các đảng viên A, B", "truy tặng … cho các liệt sĩ A, B"
	default:
		return q
	}
	if k < e && toks[k].is(":") {
		k++
	}
	if k >= e || !toks[k].capitalized() {
		return q
	}
	return k
}

// nextComma returns the token after the next comma of toks[q:e] that
// parts a list, before any semicolon, colon or full stop; else q.
func nextComma(toks []token, q, e int) int {
	for k := q + 1; k+1 < e && k < q+20; k++ {
		switch t := toks[k]; {
		case t.is(","):
			return k + 1
		case t.is(";") || t.is(":") || t.is(".") && !abbrevDot(toks, k):
			return q
		}
	}
	return q
}

// placeWordsLower are the words that place a body, in lower case:
// "Công an huyện Đạ Huoai", "Đội CSGT Công an TP Bảo Lộc".
var placeUnits = map[string]bool{"tỉnh": true, "huyện": true, "xã": true, "phường": true, "quận": true, "TP": true, "thị": true, "thành": true}

// placed reports whether the words toks[q:k] name the place of a body
// ("… Công an tỉnh Lâm Đồng", "… huyện Đạ Huoai", "… Tỉnh ủy"): a
// body of a list that no rule reads but that stands alone.
func placed(toks []token, q, k int) bool {
	for p := q; p+1 < k; p++ {
		if placeUnits[toks[p].text] && toks[p+1].capitalized() {
			return true
		}
		if toks[p+1].fold == "uy" && (toks[p].fold == "tinh" || toks[p].fold == "huyen" || toks[p].fold == "thanh") && toks[p].capitalized() {
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

// nextPerson returns the start of the next recipient a list names after
// toks[q], past the titles of the person before: the word after ", " or
// "và" that introduces a person ("đồng chí", "ông", "bà", a rank), or
// what follows "và cho"; else q.
func nextPerson(toks []token, q, e int) int {
	for k := q + 1; k+1 < e && k < q+40; k++ {
		if t := toks[k]; t.is(";") || t.is(".") && !abbrevDot(toks, k) || t.is(":") {
			return q
		}
		if !(toks[k].is(",") || toks[k].is("và")) {
			continue
		}
		n := k + 1
		if n < e && toks[n].is("và") {
			n++
		}
		if n < e && personIntroAt(toks, n) > 0 {
			return n
		}
		if toks[k].is("và") && n+1 < e && toks[n].is("cho") {
			return n + 1 // "đồng chí A, Giám đốc Sở X và cho Sở Y"
		}
	}
	return q
}

// nextMention returns the start of the next person a list names after
// toks[q] by a mention the people rules found, right after "và" (round
// 26), before any semicolon, colon or full stop; else q.
func (x *extractor) nextMention(toks []token, q, e int) int {
	for k := q + 1; k+1 < e && k < q+40; k++ {
		if t := toks[k]; t.is(";") || t.is(".") && !abbrevDot(toks, k) || t.is(":") {
			return q
		}
		if toks[k].is("và") {
			if _, ok := x.mentionAt(toks[k+1].start); ok {
				return k + 1
			}
		}
	}
	return q
}

// mothersListed reads the people listed from toks[q] after "các Bà mẹ:",
// each perhaps followed by where she lived or her sons up to the next ",",
// "và" or ";".
func (x *extractor) mothersListed(toks []token, q, e int) []Recipient {
	// Items whose details have commas are parted by semicolons: "Mẹ A,
	// sinh năm 1897, ở xã B; Mẹ C, …".
	semis := nextItem(toks, q, e) > q
	sep := func(t token) bool { return t.is(";") || !semis && (t.is(",") || t.is("và")) }
	var out []Recipient
	for q < e && len(out) < maxEntities {
		r, next, ok := x.recipientAt(toks, q, e)
		if !ok || r.Person == "" {
			break
		}
		out = append(out, r)
		for q = next; q < e && !sep(toks[q]); q++ {
		}
		for q < e && (sep(toks[q]) || toks[q].is("và")) {
			q++
		}
	}
	return out
}

// skipNumbering skips the number or dash that starts an item of a list:
// "1.", "2)", "a)", "-", "+".
func skipNumbering(toks []token, q, e int) int {
	switch {
	case q+2 < e && (isDigits(toks[q].text) && len(toks[q].text) <= 2 || len([]rune(toks[q].text)) == 1 && toks[q].lower()) && (toks[q+1].is(".") || toks[q+1].is(")")) && toks[q+2].capitalized():
		return q + 2
	case q+1 < e && (toks[q].is("-") || toks[q].is("+") || toks[q].is("–")) && (toks[q+1].capitalized() || isDigits(toks[q+1].text) && countOpens(toks, q+1, e)):
		return q + 1 // "- Sở A;", and "- 02 tập thể;" a count on its own line
	}
	return q
}

// nextItem returns the token after the next semicolon before e, or q.
func nextItem(toks []token, q, e int) int {
	for k := q; k < e && k < q+60; k++ {
		if toks[k].is(";") {
			return k + 1
		}
	}
	return q
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

// personIntroAt returns the length of the words that introduce a person
// at toks[k]: "đồng chí", "ông", "bà", a rank ("Thiếu tá"), "mẹ", "đảng
// viên"; or 0.
func personIntroAt(toks []token, k int) int {
	if k >= len(toks) {
		return 0
	}
	switch {
	case comrade.matchAt(toks, k) > 0:
		return 2
	case toks[k].is("ông") || toks[k].is("bà") || toks[k].is("Ông") || toks[k].is("Bà"):
		if n := motherAt(toks, k); n > 0 {
			return n // "Bà mẹ Đỗ Thị Điền"
		}
		return 1
	case rankAt(toks, k) > 0:
		return rankAt(toks, k) // "Thiếu tướng Phạm Thế Tùng"
	case motherAt(toks, k) > 0:
		return motherAt(toks, k) // "mẹ Đỗ Thị Điền"
	case memberIntro.matchAt(toks, k) > 0 && toks[k].lower() && k+2 < len(toks) && toks[k+2].capitalized():
		return 2 // "cho đảng viên Trần Xuân Thái"
	case memberIntro.matchAt(toks, k) > 0 && toks[k].lower() && k+5 < len(toks) && toks[k+2].is("(") && toks[k+3].text == "ĐV" && toks[k+4].is(")") && toks[k+5].capitalized():
		return 5 // "cho đảng viên (ĐV) Phạm Đình Thu", which names the abbreviation the story uses after it
	case toks[k].text == "ĐV" && k+1 < len(toks) && toks[k+1].capitalized():
		return 1 // "cho ĐV Vũ Sơn Hà"
	case teacher.matchAt(toks, k) > 0 && k+2 < len(toks) && isSurname(toks[k+2]) && toks[k+2].capitalized():
		return 2 // "gồm: Nhà giáo Trần Thị Hoa - Hiệu trưởng …" (round 36), not "Nhà giáo Ưu tú"
	case anyAt(craftsmen, toks, k) == 2 && toks[k].lower() && k+2 < len(toks) && isSurname(toks[k+2]) && toks[k+2].capitalized():
		return 2 // "cho bác sĩ Nguyễn Văn An", "là thầy giáo Lê Văn Bình" (round 37)
	case degrees[toks[k].text]:
		// "PGS.TS. Lê Văn Bình", "TS Trần Thị Hoa": academic titles, then
		// the name (round 36).
		n := k
		for n < len(toks) && degrees[toks[n].text] {
			n++
			if n < len(toks) && toks[n].is(".") {
				n++
			}
		}
		if n < len(toks) && isSurname(toks[n]) && toks[n].capitalized() {
			return n - k
		}
	}
	return 0
}

// teacher is "nhà giáo" written before a teacher's name.
var teacher = newPhrase("nhà giáo")

var memberIntro = newPhrase("đảng viên")

// fallen is "liệt sĩ", the dead an award is given to posthumously.
var fallen = newPhrase("liệt sĩ")

// titledMentionAt returns the person mention a list names after the
// titles it gives him, from toks[p]: "nguyên Phó Chủ tịch nước Đặng Thị
// Ngọc Thịnh", "Bí thư Chi bộ 3 Nguyễn Văn An". Only title and name words
// come between: no punctuation, no verb.
func (x *extractor) titledMentionAt(toks []token, p, e int) (mention, bool) {
	k := p
	if k < e && toks[k].is("nguyên") {
		k++ // former: the post is no longer held, the person is named all the same
	}
	if _, n := titleAt(toks, k); n == 0 || k >= e {
		return mention{}, false
	}
	for k < e && k < p+14 && (toks[k].word || toks[k].is("-")) {
		if m, ok := x.mentionAt(toks[k].start); ok {
			return m, true
		}
		k++
	}
	return mention{}, false
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

// orgSpanning reports whether an organization is named by toks[a:b]
// exactly: "hai cá nhân Văn phòng UBND tỉnh được …", "3 cán bộ Sở Tư pháp
// nhận …" (round 33), the body those counted belong to.
func (x *extractor) orgSpanning(toks []token, a, b int) bool {
	from, to := toks[a].start, toks[b-1].end
	n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= from })
	for ; n < len(x.orgMentions) && x.orgMentions[n].start == from; n++ {
		if x.orgMentions[n].end == to {
			return true
		}
	}
	return false
}

// receiver is the recipient that "(vinh dự) (được) nhận / đón nhận / được
// tặng" the award at toks[i]: a count, person or organization that ends
// right before those words.
func (x *extractor) receiver(toks []token, s, i int) []Recipient {
	if q := achieversAt(toks, s, i); q > 0 {
		c, next, _ := countAt(toks, q, i-1)
		return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
	}
	p := i
	if p-2 > s && (toks[p-1].is("các") || toks[p-1].is("những")) && (toks[p-2].is("nhận") || toks[p-2].is("tặng")) {
		p-- // "26 đảng viên nhận các Huy hiệu 55, 50 và 30 năm tuổi Đảng"
	}
	if p-2 > s && toks[p-1].is("thưởng") && toks[p-2].is("tặng") {
		p-- // "được đề nghị tặng thưởng Huân chương …"
	}
	if p-1 <= s || !(toks[p-1].is("nhận") || toks[p-1].is("tặng") || toks[p-1].is("trao") && p-2 > s && toks[p-2].is("được")) {
		return nil // "được trao Huy hiệu": who received
	}
	received := toks[p-1].is("nhận")
	p--
	if p-1 > s && (toks[p-1].is("đón") || toks[p-1].is("trao") || toks[p-1].is("truy") || toks[p-1].is("phong")) {
		p--
	}
	if p-2 > s && toks[p].is("truy") && (toks[p-1].is("và") || toks[p-1].is(",")) && toks[p-2].is("tặng") {
		p -= 2 // "78 đảng viên được tặng và truy tặng Huy hiệu 65 năm tuổi Đảng"
		if p-1 > s && toks[p-1].is("trao") {
			// "21 đảng viên được trao tặng, truy tặng Huy hiệu …" (round
			// 36). Not a title's "phong tặng và truy tặng": its count is a
			// running total ("Thị xã có 582 Mẹ được phong tặng và truy
			// tặng …") or the sum of counts given apart (heldout13's "9
			// nghệ nhân": 7 and 2).
			p--
		}
	}
	passive, proposed := false, false
	for _, ph := range namedIssuers {
		// "5 cá nhân được Chủ tịch nước trao tặng": the issuer between.
		if b := p - len(ph); b-1 > s && ph.matchAt(toks, b) == len(ph) && toks[b-1].is("được") {
			p = b
			break
		}
	}
	for b := p - 2; b > s && b >= p-10 && toks[b].word; b-- {
		// "12 tập thể được Phó Thủ tướng Trần Lưu Quang tặng", "… được
		// Chủ tịch UBND tỉnh tặng": an office, or its holder, between;
		// "14 tập thể được UBND tỉnh trình Thủ tướng Chính phủ tặng": a
		// body that proposes it to the office.
		if toks[b-1].is("được") {
			if _, tn := titleAt(toks, b); tn > 0 {
				p = b
			} else if _, _, ok := x.issuerAt(toks, b); ok {
				p = b
			} else if _, e := provinceGiverAt(toks, b); e == p {
				p = b // "16 tập thể được tỉnh Ninh Thuận tặng" (round 28)
			}
			break
		}
	}
	for b := p - 1; b-2 > s && b >= p-8; b-- {
		// "chọn 05 tập thể đề nghị Chính phủ tặng Cờ thi đua" (round
		// 31): the body or office proposed to give it, between.
		if toks[b-2].is("đề") && toks[b-1].is("nghị") {
			if _, e, ok := x.issuerAt(toks, b); ok && e == p {
				p = b
			}
			break
		}
	}
	if p-2 > s && toks[p-2].is("đề") && toks[p-1].is("nghị") {
		p -= 2 // "1 tập thể, 4 cá nhân (được) đề nghị tặng …": proposed for it
		proposed = true
	}
	if p-1 > s && toks[p-1].is("được") {
		p--
		passive = true
	}
	if passive && p-1 > s && (toks[p-1].is("cùng") || toks[p-1].is("đều") || toks[p-1].is("cũng")) {
		p-- // "A và B cùng được tặng …", "các đơn vị đều được tặng …", "B cũng được tặng …"
	}
	if !received && !passive && !proposed {
		return nil // "đồng chí A trao tặng Huy hiệu …": who gives, not who receives
	}
	if p-2 > s && toks[p-2].is("vinh") && toks[p-1].is("dự") {
		p -= 2
	}
	if p-1 > s && toks[p-1].is("đã") {
		p--
	}
	if p <= s {
		return nil
	}
	if received && toks[p].is("đón") && toks[p-1].is("và") {
		// "Tỉnh ủy, HĐND, UBND tỉnh A đã long trọng tổ chức Lễ kỷ niệm …
		// và đón nhận Huân chương …": the bodies that hold the ceremony.
		return x.hostsBefore(toks, s, p-1)
	}
	if (received || passive && !proposed) && toks[p-1].is(",") {
		// "Mẹ A, trú tại xã …, nhận danh hiệu …", "ông A, Giám đốc Sở
		// Y tế, nhận Bằng khen …", "đảng viên A, 95 tuổi, sinh hoạt tại
		// Chi bộ B, được trao Huy hiệu …": the sentence's subject, past
		// its apposition.
		if rs := x.subjectBefore(toks, s, p-1); rs != nil || !(received && toks[p].is("đón")) {
			return rs
		}
		// "Sáng 11/10, Hội A tổ chức kỷ niệm 90 năm ngày thành lập, đón
		// nhận Huân chương …" (round 31): the body that holds the
		// ceremony, when nothing is given between.
		for k := p - 2; k > s; k-- {
			if toks[k].is("trao") || toks[k].is("tặng") || toks[k].is("cho") || toks[k].is("nhận") {
				return nil
			}
		}
		return x.hostsBefore(toks, s, p-1)
	}
	if toks[p-1].is(")") {
		// "đảng viên A (Chi bộ khu phố 3) vinh dự nhận …": the one who
		// receives it is named before what the parentheses add.
		for c := p - 2; c > s && c >= p-20; c-- {
			if toks[c].is("(") {
				p = c
				break
			}
		}
	}
	if c := placeOfPerson(toks, s, p); c > 0 && (received || passive) {
		p = c // "đảng viên A ở xã B được trao huy hiệu …" (round 30)
	}
	endByte := toks[p-1].end
	// A count ends there: "12 tập thể", "23 tập thể và 23 cá nhân", "5
	// tập thể của tỉnh Nghệ An".
	// The earliest count that ends there: "1 tập thể, 12 cá nhân", not "12
	// cá nhân".
	for q := max(s, p-20); q < p; q++ {
		if !isDigits(toks[q].text) && numberWord(toks[q]) == 0 {
			continue
		}
		if c, next, ok := countAt(toks, q, p); ok && q < p-12 && (achieved(toks, next, p) || workingAt(toks, next, p)) {
			// A long citation: the count ends further back (round 31).
			return []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
		} else if q < p-12 {
			continue
		}
		if c, next, ok := countAt(toks, q, p); ok && (next == p || next < p && toks[next].is("của") && ofPlace(toks, next+1, p) || next < p && x.orgSpanning(toks, next, p) || c.Total > 1 && ofNamedPlace(toks, next, p) || praised(toks, next, p) || achieved(toks, next, p) || describedAs(toks, next, p) || levelOfCounted(toks, next, p) || workingAt(toks, next, p)) {
			rs := []Recipient{{Count: &c, Span: spanOf(x.s.Text, toks[q].start, toks[next-1].end)}}
			if b := q - len(oneOf); b > s && (oneOf.matchAt(toks, b) > 0 || oneOfDigit.matchAt(toks, b) > 0) {
				// "Trường A là một trong 3 đơn vị được tặng …": one of
				// those counted, named before; "ông A ở xã B, huyện C
				// vinh dự là 1 trong 21 nông dân …" (round 31): past the
				// honour and the place.
				if b-2 > s && toks[b-2].is("vinh") && toks[b-1].is("dự") {
					b -= 2
				}
				if c := placeOfPerson(toks, s, b); c > 0 {
					b = c
				}
				rs = append(x.namedEndingAt(toks, s, toks[b-1].end), rs...)
			}
			return rs
		}
	}
	if rs := x.describedCountBefore(toks, s, p); rs != nil && (passive || received) {
		return rs
	}
	if proposed && !passive {
		return nil // "UBND tỉnh đề nghị tặng …": who proposes
	}
	if name, n := provinceAt(toks, s); n > 0 && s+n == p {
		// "Yên Bái nhận Huân chương Độc lập": a province that is the
		// whole subject stands for its people as one.
		sp := spanOf(x.s.Text, toks[s].start, toks[p-1].end)
		return []Recipient{{Org: &Org{Name: name, Base: name, Span: sp}, Span: sp}}
	}
	for q := s; q+2 < p && q < s+12; q++ {
		// "Tại đại hội, tỉnh A vinh dự đón nhận Cờ thi đua …", "Tỉnh A
		// đón nhận Huân chương …" (a headline): the province named with
		// its unit, the whole subject after any opening clause, stands for
		// its people as one; written as the text writes it.
		if q > s && !toks[q-1].is(",") || !(toks[q].fold == "tinh" || toks[q].fold == "thanh" && toks[q+1].fold == "pho") {
			continue
		}
		u := q + 1
		if toks[q].fold == "thanh" {
			u++
		}
		if _, n := provinceAt(toks, u); n > 0 && u+n == p {
			sp := spanOf(x.s.Text, toks[q].start, toks[p-1].end)
			name := textOf(x.s.Text, toks, q, p)
			return []Recipient{{Org: &Org{Name: name, Base: name, Span: sp}, Span: sp}}
		}
	}
	for q := max(s, p-16); q < p; q++ {
		// "Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh A vinh dự
		// được Chủ tịch nước tặng thưởng …": a place's people as one.
		if x.placeCollective(toks, q, p) == p {
			return []Recipient{x.collectiveRecipient(toks, q, p)}
		}
	}
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[s].start })
	for ; n < len(x.mentions) && x.mentions[n].start < endByte; n++ {
		if m := x.mentions[n]; m.end == endByte {
			if _, ok := x.people[m.key]; ok {
				rs := x.peopleListBefore(toks, n)
				return append(x.bodyBeforePeople(toks, s, rs[0].Span.byte), rs...)
			}
		}
	}
	n = sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start })
	for ; n < len(x.orgMentions) && x.orgMentions[n].start < endByte; n++ {
		if m := x.orgMentions[n]; m.end == endByte {
			if k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.start }); k > s && toks[k-1].is("của") {
				// "A là đảng viên đầu tiên của Đảng bộ tỉnh được trao
				// tặng …": the body the one who receives belongs to.
				return nil
			}
			return x.orgListBefore(toks, s, n)
		}
	}
	return nil
}

// homeUnits are the units of a place a person lives in, after "ở".
var homeUnits = []phrase{newPhrase("xã"), newPhrase("phường"), newPhrase("thị trấn"), newPhrase("thôn"), newPhrase("xóm"), newPhrase("ấp"), newPhrase("khu phố"), newPhrase("huyện"), newPhrase("quận")}

// placeOfPerson returns where the place a person lives in starts, "ở" and
// a unit's name written right before toks[p] ("đảng viên A ở xã B được
// trao …"), or 0: the one who receives is named before it.
func placeOfPerson(toks []token, s, p int) int {
	commas := 0
	for c := p - 2; c > s && c >= p-16; c-- {
		if toks[c].is(",") && (toks[c+1].capitalized() || anyAt(homeUnits, toks, c+1) > 0) {
			// "ông A ở thôn B, xã C, D được tặng …" (round 31): the
			// place written down to its commune and district.
			commas++
			continue
		}
		if !toks[c].word || c < p-8 && commas == 0 {
			return 0
		}
		if toks[c].is("ở") && anyAt(homeUnits, toks, c+1) > 0 && toks[c-1].capitalized() {
			return c
		}
	}
	return 0
}

// bodyBeforePeople returns the bodies listed before "và đồng chí" (or
// "ông", "bà") and the person named at byte b, a place in parentheses
// between: "Trường THPT A (TP B) và đồng chí C, … được đề nghị tặng …".
func (x *extractor) bodyBeforePeople(toks []token, s, b int) []Recipient {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= b })
	if k-2 <= s || !(toks[k-1].is("chí") && k-3 > s && toks[k-2].is("đồng") || toks[k-1].is("ông") || toks[k-1].is("bà")) {
		return nil
	}
	if toks[k-1].is("chí") {
		k--
	}
	k--
	if !toks[k-1].is("và") {
		return nil
	}
	k--
	if toks[k-1].is(")") {
		for c := k - 2; c > s && c >= k-8; c-- {
			if toks[c].is("(") {
				k = c
				break
			}
		}
	}
	end := toks[k-1].end
	n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start })
	for ; n < len(x.orgMentions) && x.orgMentions[n].start < end; n++ {
		if x.orgMentions[n].end == end {
			return x.orgListBefore(toks, s, n)
		}
	}
	return nil
}

// orgListBefore returns the organization of org mention n and those listed
// before it in the sentence at toks[s], parted only by "," or "và": "Cụ
// thể, A và B được trao Huân chương Lao động hạng I".
func (x *extractor) orgListBefore(toks []token, s, n int) []Recipient {
	var out []Recipient
	for {
		m := x.orgMentions[n]
		o := x.s.Orgs[x.orgs[m.key]]
		o.Span = spanOf(x.s.Text, m.start, m.end)
		out = append([]Recipient{{Org: &o, Span: o.Span}}, out...)
		if n == 0 || len(out) >= maxEntities {
			return out
		}
		prev := x.orgMentions[n-1]
		if prev.start < toks[s].start {
			return out
		}
		a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= prev.end })
		b := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.start })
		if b-a != 1 || !(toks[a].is(",") || toks[a].is("và")) {
			return out
		}
		if venueAt(toks, sort.Search(len(toks), func(k int) bool { return toks[k].start >= prev.start })) {
			return out // "tại hội trường UBND thành phố, Công ty A tổ chức": the venue's body hosts nothing (round 33)
		}
		n--
	}
}

// venueAt reports whether the body whose name starts at toks[p] is where
// something takes place: "tại UBND xã", "tại hội trường UBND thành phố".
func venueAt(toks []token, p int) bool {
	if p > 0 && toks[p-1].is("tại") {
		return true
	}
	return p > 2 && toks[p-2].is("hội") && toks[p-1].is("trường") && toks[p-3].is("tại")
}

// hostsBefore returns the bodies listed as the subject of the sentence
// at toks[s] ("Sáng 30/9, Tỉnh ủy, HĐND, UBND tỉnh A") when they "(đã)
// (long trọng) tổ chức" something, before toks[c]; else nil.
func (x *extractor) hostsBefore(toks []token, s, c int) []Recipient {
	n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start })
	if n >= len(x.orgMentions) || x.orgMentions[n].start > toks[min(s+14, c)].start {
		return nil
	}
	for n+1 < len(x.orgMentions) {
		a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= x.orgMentions[n].end })
		b := sort.Search(len(toks), func(k int) bool { return toks[k].start >= x.orgMentions[n+1].start })
		if b-a != 1 || !(toks[a].is(",") || toks[a].is("và")) {
			break
		}
		n++
	}
	a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= x.orgMentions[n].end })
	for k := a; k < c && k <= a+4; k++ {
		if toks[k].is("tổ") && k+1 < c && toks[k+1].is("chức") {
			return x.orgListBefore(toks, s, n)
		}
		if !(toks[k].is("đã") || toks[k].is("long") || toks[k].is("trọng") || toks[k].is("thể")) {
			return nil
		}
	}
	return nil
}

// subjectBefore is the person who opens the sentence at toks[s] and whose
// apposition runs, comma to comma, to toks[c], with no verb of giving or
// receiving in it; else nil.
func (x *extractor) subjectBefore(toks []token, s, c int) []Recipient {
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[s].start })
	if n >= len(x.mentions) {
		return nil
	}
	m := x.mentions[n]
	if g, ok := x.congratulated(toks, s, c); ok {
		m = g // "… chúc mừng đảng viên A, nguyên …, được trao tặng …" (round 34)
	} else if _, ok := x.people[m.key]; !ok || m.start > toks[min(timeOpened(toks, s, c)+6, c)].start {
		return nil // "Mẹ A", "Năm 2020, ông A": the name opens it
	}
	a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.end })
	if a > 0 && toks[a-1].is(",") && toks[a-1].start < m.end {
		a-- // the mention took the comma after the name
	}
	if a > c || !toks[a].is(",") || c-a > 25 {
		return nil
	}
	for k := a; k < c; k++ {
		if t := toks[k]; t.is("nhận") || t.is("trao") || t.is("tặng") || t.is("được") || t.is(";") {
			return nil
		}
	}
	return []Recipient{{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}}
}

// congratulated returns the person named right after "chúc mừng" in
// toks[s:c], past the words that introduce him ("chúc mừng đảng viên A"):
// in "Lãnh đạo tỉnh chúc mừng đảng viên A, nguyên Phó Chánh Văn phòng,
// được trao tặng Huy hiệu …" (a caption), the one congratulated is the
// subject of what follows his apposition (round 34).
func (x *extractor) congratulated(toks []token, s, c int) (mention, bool) {
	for k := s; k+2 < c && k < s+20; k++ {
		if !toks[k].is("chúc") || !toks[k+1].is("mừng") {
			continue
		}
		q := k + 2
		for _, b := range []int{q, q + personIntroAt(toks, q)} {
			if b >= c {
				continue
			}
			n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[b].start })
			if n < len(x.mentions) && x.mentions[n].start == toks[b].start {
				if _, ok := x.people[x.mentions[n].key]; ok {
					return x.mentions[n], true
				}
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// ofPlace reports whether toks[k:p] names a place: "tỉnh Nghệ An",
// "huyện Đại Từ", or the story's own: "tỉnh", "huyện".
func ofPlace(toks []token, k, p int) bool {
	if k >= p || !placeWords[toks[k].text] {
		return false
	}
	if k+1 == p && toks[k].lower() && placeUnits[toks[k].text] {
		return true // "5 thầy thuốc của tỉnh được phong tặng …": the story's province
	}
	for q := k + 1; q < p; q++ {
		if !toks[q].capitalized() && !toks[q].is("-") {
			return false
		}
	}
	return k+1 < p
}

// achieversAt returns where a count starts that a verb of giving or
// recognising gives the title at toks[i] as those who reach it: "tặng
// thưởng 55 tập thể đạt danh hiệu …", "công nhận 12 tập thể đạt danh hiệu
// …" (round 29); or 0. A count that "đạt" the title with no such verb
// before it reports who holds it, and is not read.
func achieversAt(toks []token, s, i int) int {
	if i-3 <= s || !toks[i-1].is("đạt") {
		return 0
	}
	for q := max(s+1, i-8); q < i-1; q++ {
		if !isDigits(toks[q].text) {
			continue
		}
		if _, next, ok := countAt(toks, q, i-1); ok && next == i-1 && (toks[q-1].is("tặng") || toks[q-1].is("thưởng") || toks[q-1].is("nhận") && q-2 >= s && toks[q-2].is("công")) {
			return q
		}
		return 0
	}
	return 0
}

// ofNamedPlace reports whether toks[k:p], after a count, is the place or
// body they belong to, by its name alone, after their praise if any: "9
// cá nhân tiêu biểu của Hà Nội vinh dự nhận …", "7 công nhân của Bắc Ninh
// nhận …" (round 29): "của" and one to four capitalized words. The caller
// reads it for a count of more than one: "1 cá nhân của A được trao …"
// heads the story of one the story names. "ở" or "tại" (perhaps with the
// place's unit: "ở tỉnh Gia Lai") says where they are as "của" does: "22
// cá nhân ở Đắk Lắk được tặng thưởng …" (round 35).
func ofNamedPlace(toks []token, k, p int) bool {
	for n := 0; n < 2 && k+2 < p && (toks[k].is("tiêu") && toks[k+1].is("biểu") || toks[k].is("xuất") && toks[k+1].is("sắc")); n++ {
		k += 2
	}
	if k < p && (toks[k].is("ở") || toks[k].is("tại")) {
		if k+2 < p && toks[k+1].lower() && placeUnits[toks[k+1].text] {
			k++ // "ở tỉnh Gia Lai": the unit before the name
		}
	} else if k >= p || !toks[k].is("của") {
		return false
	}
	if p-k-1 < 1 || p-k-1 > 4 {
		return false
	}
	for q := k + 1; q < p; q++ {
		if !toks[q].capitalized() {
			return false
		}
	}
	return true
}

// peopleListBefore returns the person of mention n and those listed before
// it: "đồng chí A - …; B - … và đồng chí C - … được trao tặng": mentions
// parted only by ",", ";", "và" and the words that introduce a person.
func (x *extractor) peopleListBefore(toks []token, n int) []Recipient {
	var out []Recipient
	for {
		m := x.mentions[n]
		if _, ok := x.people[m.key]; ok {
			out = append([]Recipient{{Person: m.key, Span: spanOf(x.s.Text, m.start, m.end)}}, out...)
		}
		if n == 0 || len(out) >= maxEntities {
			return out
		}
		prev := x.mentions[n-1]
		if prev.end <= toks[0].start {
			return out // the list may cross ";" but not the paragraph
		}
		// The words between the two mentions.
		a := sort.Search(len(toks), func(k int) bool { return toks[k].start >= prev.end })
		b := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.start })
		if a < b && toks[a].is("(") {
			// "bà A (trú huyện B); ông C (trú xã D) được trao …" (round
			// 31): each one named with where they live in brackets, the
			// list's items apart by ";" or ",".
			a = residenceClosed(toks, a, b)
		}
		if a == b || b-a > 4 {
			return out
		}
		for k := a; k < b; k++ {
			t := toks[k]
			if !(t.is(",") || t.is(";") || t.is("và") || t.is("ông") || t.is("bà") || t.fold == "dong" || t.fold == "chi") {
				return out
			}
		}
		n--
	}
}

// residenceClosed returns the token past the brackets opened at toks[a]
// when they hold where a listed person lives ("(trú huyện B)", "(đã mất,
// trú xã D)") and close before toks[b] followed by ";" or ","; else a.
func residenceClosed(toks []token, a, b int) int {
	lived := false
	for k := a + 1; k < b && k <= a+14; k++ {
		switch {
		case toks[k].is("trú") || toks[k].is("ngụ") || toks[k].is("quê"):
			lived = true
		case toks[k].is("(") || toks[k].is(";"):
			return a
		case toks[k].is(")"):
			if lived && k+1 < b && (toks[k+1].is(";") || toks[k+1].is(",")) {
				return k + 1
			}
			return a
		}
	}
	return a
}

// givers drops from rs a body that gives in a clause of its own right
// after it: "UBND tỉnh A tặng bằng khen cho 32 cá nhân, LĐLĐ tỉnh tặng
// bằng khen cho 201 tập thể, cá nhân" (the second body gives; it is no
// recipient of the first's award).
func (x *extractor) givers(rs []Recipient) []Recipient {
	out := rs[:0]
	for _, r := range rs {
		if r.Org != nil {
			after := strings.TrimLeft(x.s.Text[min(len(x.s.Text), r.Span.byte+len(r.Span.Text)):], " ")
			for _, adv := range []string{"đã ", "cũng ", "còn ", "vừa "} {
				after = strings.TrimPrefix(after, adv)
			}
			if strings.HasPrefix(after, "tặng ") || strings.HasPrefix(after, "trao tặng ") || strings.HasPrefix(after, "quyết định tặng ") {
				continue
			}
		}
		out = append(out, r)
	}
	return out
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
		m := 0
		for _, w := range collectiveWords {
			if m = w.matchAt(toks, k); m > 0 {
				break
			}
		}
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

// collectiveRecipient is the recipient placeCollective reads in toks[q:j],
// named as the story writes it: the people of a place, no body of its own.
// numberedTeam returns the end of a team named by its number after
// "tập thể" at toks[q]: "tập thể Tổ Nhân dân tự quản số 4", "tập thể Tổ
// dân phố số 11" (round 38); else q. The team's name opens with "Tổ" and
// runs a few words to "số" and its number.
func numberedTeam(toks []token, q, e int) int {
	if collective.matchAt(toks, q) == 0 || q+2 >= e || toks[q+2].text != "Tổ" {
		return q
	}
	for k := q + 3; k+1 < e && k < q+10; k++ {
		if !toks[k].word {
			return q
		}
		if toks[k].is("số") && isDigits(toks[k+1].text) && len(toks[k+1].text) <= 3 {
			return k + 2
		}
	}
	return q
}

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
