package importer

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Award kinds, as the content model spells them.
const (
	AwardCertificateOfMerit        = "CERTIFICATE_OF_MERIT"
	AwardCertificateOfCommendation = "CERTIFICATE_OF_COMMENDATION"
	AwardMedal                     = "MEDAL"
	AwardHonoraryTitle             = "HONORARY_TITLE"
	AwardPrize                     = "PRIZE"
	AwardOther                     = "OTHER"
)

// Award is a distinction a story reports, one per issuer.
type Award struct {
	Name        string // "Bằng khen của Ban Tuyên giáo Trung ương"
	Kind        string
	Year        int
	Reason      string
	Issuer      *Org
	PresentedBy string   // the Key of a Person of the story, or ""
	Documents   []string // Keys of the documents it was given for implementing
	Recipients  []Recipient
	Span        Span
}

// Key identifies an award within a story: its folded name and year.
func (a Award) Key() string { return textvi.Fold(a.Name) + "|" + strconv.Itoa(a.Year) }

// awardKinds are the words that start an award's name; lower marks those
// that name an award in lower case too ("bằng khen của …", "huy hiệu
// Đảng"), where "danh hiệu" and "giải thưởng" are ordinary words.
var awardKinds = []struct {
	words phrase
	kind  string
	lower bool
}{
	{newPhrase("Bằng khen"), AwardCertificateOfMerit, true},
	{newPhrase("Bằng Tổ quốc ghi công"), AwardOther, false}, // the certificate of a fallen soldier, the martyr's: named by the phrase alone
	{newPhrase("Giấy khen"), AwardCertificateOfCommendation, true},
	{newPhrase("Huân chương"), AwardMedal, true},
	{newPhrase("Huy chương"), AwardMedal, true},
	{newPhrase("Huy hiệu"), AwardOther, true},
	{newPhrase("Kỷ niệm chương"), AwardOther, false}, // a commemorative medal, a ministry's or a province's: named by the kind alone
	{newPhrase("Cờ thi đua"), AwardOther, true},
	{newPhrase("Cờ"), AwardOther, false},               // only before a quoted name: "tặng cờ “Đơn vị xuất sắc …”" (round 33)
	{newPhrase("Danh hiệu"), AwardHonoraryTitle, true}, // in lower case only before a capitalized name: "danh hiệu Anh hùng Lao động"
	{newPhrase("Chiến sĩ thi đua"), AwardHonoraryTitle, false},
	{newPhrase("Giải thưởng"), AwardPrize, false},
}

// fighterTitle is the emulation fighter's title without its level.
var fighterTitle = newPhrase("chiến sĩ thi đua")

// prizeReached reports whether the lower-case "giải thưởng" at toks[i]
// names a prize those who reach or receive it reach: "28 thầy thuốc trẻ
// đạt giải thưởng Phạm Ngọc Thạch lần 7" (round 41). "đạt" or "nhận"
// comes right before, and a name of two capitalized words or more after.
//
// "trao" before it and the prize's field in lower case before its name
// are read too: "lễ trao giải thưởng văn học nghệ thuật Văn Xương Các
// tỉnh Vĩnh Long" (round 48); not "trao giải thưởng cho các tác giả" or
// "trao giải thưởng trị giá 5 triệu đồng", with no name.
func prizeReached(toks []token, i int) bool {
	if i < 1 || i+3 >= len(toks) || !(toks[i-1].is("đạt") || toks[i-1].is("nhận") || toks[i-1].is("trao")) || !toks[i].is("giải") || !toks[i+1].is("thưởng") {
		return false
	}
	k := i + 2
	for n := 0; n < len(prizeFields) && k < len(toks) && toks[k].lower(); n++ {
		f := anyAt(prizeFields, toks, k)
		if f == 0 {
			return false
		}
		k += f
	}
	return k+1 < len(toks) && toks[k].capitalized() && toks[k+1].capitalized()
}

// prizeFields are the fields a prize's name may give in lower case
// before its proper name: "giải thưởng văn học nghệ thuật Văn Xương Các",
// "giải thưởng báo chí Huỳnh Thúc Kháng".
var prizeFields = []phrase{newPhrase("văn học nghệ thuật"), newPhrase("văn học"), newPhrase("nghệ thuật"), newPhrase("báo chí"), newPhrase("khoa học")}

// givenBefore reads the recipient written between the verb of giving and
// the award at toks[i] ("… đã quyết định phong tặng cho Đảng bộ huyện A
// danh hiệu “…”", "tặng Đảng bộ huyện A danh hiệu …"): the recipient
// must end right before the award. It returns where the giver's verb
// ends (the index verbOfGiving reads before), and the recipient.
func (x *extractor) givenBefore(toks []token, s, i int) (int, Recipient, bool) {
	for v := i - 2; v > s && v >= i-12; v-- {
		if !toks[v].is("cho") && !toks[v].is("tặng") {
			continue
		}
		if toks[v].is("cho") && !(v-1 > s && toks[v-1].is("tặng")) {
			return 0, Recipient{}, false
		}
		r, next, ok := x.recipientAt(toks, v+1, i)
		if !ok || next != i || r.Count != nil {
			return 0, Recipient{}, false
		}
		if toks[v].is("cho") {
			return v, r, true
		}
		return v + 1, r, true
	}
	return 0, Recipient{}, false
}

// batchAt returns the end of a batch written at toks[j] ("đợt I", "đợt 2
// - năm 2017", "đợt 1 năm 2024"), or j.
func batchAt(toks []token, j int) int {
	if j+1 >= len(toks) || !toks[j].is("đợt") || !toks[j+1].word {
		return j
	}
	k := j + 2
	if k < len(toks) && (toks[k].is("-") || toks[k].is(",")) {
		k++
	}
	if k+1 < len(toks) && toks[k].is("năm") && isDigits(toks[k+1].text) {
		return k + 2
	}
	return j + 2
}

// givenByAfter reads the issuer written after an award's name in the
// same clause as the one who gives it: "đón nhận Cờ thi đua xuất sắc năm
// 2024 do Thủ tướng Chính phủ tặng", "… do Chủ tịch UBND tỉnh trao tặng",
// "… do Chủ tịch nước ký tặng", "… do Chủ tịch nước vừa phong tặng"
// (the adverbs "vừa", "đã", "mới", "cũng" before the verb).
// A comma, a semicolon, "cho" or another award ends the clause.
func (x *extractor) givenByAfter(toks []token, end, e int) (issuer, bool) {
	for k := end; k < e && k < end+20; k++ {
		t := toks[k]
		if t.is(",") || t.is(";") || t.is(":") || t.is("cho") || k > end && x.awardAt(t.start) {
			return issuer{}, false
		}
		if !t.is("do") {
			continue
		}
		is, f, ok := x.issuerAt(toks, k+1)
		if !ok || f >= len(toks) {
			return issuer{}, false
		}
		if toks[f].is("ký") {
			// "… do Chủ tịch nước ký tặng", "… do Y ký quyết định tặng":
			// the one who signs it confers it.
			f++
			if f+1 < len(toks) && toks[f].fold == "quyet" && toks[f+1].fold == "dinh" {
				f += 2
			}
		}
		for f < len(toks) && (toks[f].is("vừa") || toks[f].is("đã") || toks[f].is("mới") || toks[f].is("cũng")) {
			f++ // "… do Chủ tịch nước vừa phong tặng" (round 39)
		}
		if f < len(toks) && (toks[f].is("trao") || toks[f].is("khen") || toks[f].is("truy") || toks[f].is("phong")) {
			f++
		}
		if f < len(toks) && toks[f].is("tặng") {
			return is, true
		}
		return issuer{}, false
	}
	return issuer{}, false
}

// issuerAfter reports whether the kind words at toks[i] are followed
// right away by "của" and a capitalized word: "kỷ niệm chương của Chính
// phủ", "kỷ niệm chương của Bộ Nội vụ" (round 33), a medal named in lower
// case by its issuer alone.
func issuerAfter(toks []token, i int, words phrase) bool {
	j := i + len(words)
	return j+1 < len(toks) && words.matchAt(toks, i) == len(words) && toks[j].is("của") && toks[j+1].capitalized()
}

// qualifiers name a kind of certificate of merit by what it rewards:
// "Bằng khen toàn diện", "Bằng khen chuyên đề".
var qualifiers = []phrase{newPhrase("toàn diện"), newPhrase("phong trào"), newPhrase("chuyên đề"), newPhrase("đột xuất")}

func qualifierAt(toks []token, j int) int {
	if j >= len(toks) || !toks[j].lower() {
		return 0
	}
	return anyAt(qualifiers, toks, j)
}

// namedIssuers are issuers that are offices rather than organizations.
// The first two are the offices of the State that confer (stateOfficeAt).
// A bare "Thủ tướng" (last, so the longer forms are tried first) is the
// Thủ tướng Chính phủ written short; fullOffices writes it in full.
var namedIssuers = []phrase{newPhrase("Chủ tịch nước"), newPhrase("Thủ tướng Chính phủ"), newPhrase("Phó Chủ tịch nước"), newPhrase("Phó Thủ tướng Chính phủ"), newPhrase("Phó Thủ tướng"), newPhrase("Thủ tướng")}

// cite starts a citation: "có thành tích trong …".
var cite = newPhrase("có thành tích")

var reasonYearRe = regexp.MustCompile(`năm\s+(\d{4})`)

// untoned reports whether the words are all written in lower case without
// a tone or a mark ("huan chuong", a page's address or a file's name): every
// award's kind words carry one.
func untoned(toks []token) bool {
	for _, t := range toks {
		if t.text != t.fold {
			return false
		}
	}
	return true
}

// awardsIn finds awards: a kind word ("Bằng khen"), the rest of its name
// ("Huân chương Lao động hạng Ba"), "của" and its issuers, and the reason
// around it ("có thành tích trong …") with its year.
func (x *extractor) awardsIn(toks []token, docs []Document) {
	text := x.s.Text
	for i := 0; i < len(toks); i++ {
		if !toks[i].word {
			continue
		}
		lower := !toks[i].capitalized()
		kind, n := "", 0
		for _, k := range awardKinds {
			if lower && !k.lower && !(k.kind == AwardOther && (quotedAfter(toks, i, k.words) || issuerAfter(toks, i, k.words))) && !(k.kind == AwardPrize && prizeReached(toks, i)) {
				continue
			}
			if len(k.words) == 1 && !quotedAfter(toks, i, k.words) {
				continue // "Cờ" alone names an award only before its quoted name
			}
			if n = k.words.matchAt(toks, i); n > 0 {
				kind = k.kind
				break
			}
		}
		if n > 0 && i > 0 && insigniaWith(toks, i-1) {
			continue // a title's insignia, handed over with it (round 54)
		}
		if n > 0 && untoned(toks[i:i+n]) {
			continue // "huan chuong lao dong": an address's words, no award (round 39)
		}
		if kind == AwardMedal && contestMedal(toks, i+n) {
			continue // "giành 3 Huy chương Vàng, 1 Huy chương Bạc": a contest's result (round 42)
		}
		if n == 0 {
			// An honorary title without "danh hiệu", given to a count: "tập
			// thể lao động xuất sắc cho 16 tập thể".
			if hn := honoraryAt(toks, i); hn > 0 && (i == 0 || !toks[i-1].is("hiệu")) && countedAfter(toks, i+hn) {
				kind, n, lower = AwardHonoraryTitle, hn, false
			} else if hn := fighterTitle.matchAt(toks, i); hn > 0 && i > 0 && toks[i-1].is("tặng") && countedAfter(toks, i+hn) {
				// Or the emulation fighter's title in lower case with no
				// level, given right after "tặng": "Trao tặng chiến sĩ thi
				// đua cho 4 giáo viên" (round 54).
				kind, n, lower = AwardHonoraryTitle, hn, false
			}
		}
		if n == 0 && i > 0 && (toks[i-1].is("tặng") || honouredAs(toks, i)) {
			// A State's title conferred without "danh hiệu": "7 nghệ nhân
			// được phong tặng Nghệ nhân ưu tú", "được truy tặng NNƯT",
			// "28 bác sĩ được tôn vinh là Thầy thuốc Ưu tú" (round 46);
			// or with the page's "danh" alone before it in quotes: "trao
			// tặng danh “Nghệ nhân ưu tú” lần thứ nhất cho 6 cá nhân"
			// (round 50).
			t, q := i, 0
			if bareDanh(toks, i) {
				t, q = i+2, 1
			}
			if name, hn := honoraryTitleAt(text, toks, t); hn > 0 && stateTitle(name) {
				x.addHonorary(toks, i, t+hn+q, name, false)
				i = t + hn + q - 1
				continue
			}
		}
		if n == 0 && i > 0 && isDigits(toks[i].text) && i+1 < len(toks) && (toks[i-1].is("tặng") && i > 1 && (toks[i-2].is("truy") || toks[i-2].is("phong"))) {
			// "Chủ tịch nước truy tặng 30 Bà mẹ Việt Nam anh hùng",
			// "phong tặng 5 Nhà giáo Ưu tú": a State's title conferred on
			// those counted, the count written before the title (round 34).
			t := i + 1
			if t+2 < len(toks) && toks[t].is("danh") && toks[t+1].is("hiệu") && strings.IndexByte(text, '\n') < toks[i].start {
				// "trao và truy tặng 24 danh hiệu Bà mẹ Việt Nam anh hùng"
				// (round 48); not in a headline, which the body's sentence
				// tells again with its issuer.
				t += 2
			}
			if name, hn := honoraryTitleAt(text, toks, t); hn > 0 && stateTitle(name) {
				if v, err := strconv.Atoi(toks[i].text); err == nil && v > 0 {
					c := Count{Total: v, Individuals: &v} // each title is a person's
					if k := x.addHonorary(toks, t, t+hn, name, false); k >= 0 {
						x.addRecipients(k, []Recipient{{Count: &c, Span: spanOf(text, toks[i].start, toks[t+hn-1].end)}})
					}
					i = t + hn - 1
					// "Chủ tịch nước phong tặng 3 Nghệ nhân nhân dân, 28
					// Nghệ nhân ưu tú": each title counted after the first,
					// conferred by the same verb (round 50).
					for q := i + 1; q+2 < len(toks) && (toks[q].is(",") || toks[q].is("và")) && isDigits(toks[q+1].text); {
						name, hn := honoraryTitleAt(text, toks, q+2)
						v, err := strconv.Atoi(toks[q+1].text)
						if hn == 0 || !stateTitle(name) || err != nil || v == 0 {
							break
						}
						c := Count{Total: v, Individuals: &v}
						if k := x.addHonorary(toks, q+2, q+2+hn, name, false); k >= 0 {
							x.addRecipients(k, []Recipient{{Count: &c, Span: spanOf(text, toks[q+1].start, toks[q+1+hn].end)}})
						}
						i = q + 1 + hn
						q = i + 1
					}
					continue
				}
			}
		}
		if n == 0 && isDigits(toks[i].text) && i+1 < len(toks) {
			// "có 15 Nhà giáo ưu tú được Chủ tịch nước công nhận": a
			// State's title counted before it and recognized by the one
			// named right after it (round 39).
			if name, hn := honoraryTitleAt(text, toks, i+1); hn > 0 && stateTitle(name) {
				_, e := awardSentence(toks, i+1)
				if _, ok := x.recognizedBy(toks, i+1+hn, e); ok {
					if v, err := strconv.Atoi(toks[i].text); err == nil && v > 0 {
						c := Count{Total: v, Individuals: &v}
						if k := x.addHonorary(toks, i+1, i+1+hn, name, false); k >= 0 {
							x.addRecipients(k, []Recipient{{Count: &c, Span: spanOf(text, toks[i].start, toks[i+hn].end)}})
						}
						i += hn
						continue
					}
				}
			}
		}
		if n == 0 && i >= 1 {
			if cn, c := countedCitizenTitle(toks, i); cn > 0 {
				// "vinh danh 10 Công dân Thủ đô ưu tú", "chọn được 10
				// “Công dân Bắc Giang ưu tú”": a place's title for its
				// citizens, the ones honoured counted before it (round 32).
				x.addCitizenTitle(toks, i, i+cn, c)
				i += cn - 1
				continue
			}
		}
		grade := false
		if n == 0 {
			if gn := contestGradeAt(toks, i); gn > 0 {
				kind, n, lower, grade = AwardPrize, gn, false, true // "4 tác phẩm đạt giải Nhất:" (round 43)
			}
		}
		if n == 0 {
			if cn := quotedCupAt(toks, i); cn > 0 {
				kind, n, lower, grade = AwardPrize, cn, false, true // "trao thưởng “Cúp vàng A” cho …" (round 45)
			}
		}
		if n == 0 {
			if pn := prizeNamedAt(toks, i); pn > 0 {
				kind, n, lower = AwardPrize, pn, false // "lễ trao Giải Báo chí A năm 2021" (round 43)
			}
		}
		bareTier := false
		if n == 0 && bareTierAt(toks, i) {
			kind, n, lower, bareTier = AwardOther, 1, false, true
		}
		byInitials := false
		if o, hc := orderAbbr(toks, i); n == 0 && o != "" && hc {
			kind, n, lower, byInitials = AwardMedal, 1, false, true // "HCLĐ hạng Ba": an order by its initials
		}
		if n == 0 || lower && !toks[i].lower() {
			continue
		}
		j := i + n
		if kind == AwardPrize && lower {
			for f := anyAt(prizeFields, toks, j); f > 0 && j+f < len(toks) && toks[j].lower(); f = anyAt(prizeFields, toks, j) {
				j += f // "giải thưởng văn học nghệ thuật Văn Xương Các": the field, then the name (round 48)
			}
		}
		if kind == AwardHonoraryTitle && toks[i].fold == "danh" {
			if k, end := x.titleReferredTo(toks, j); k >= 0 {
				// "Trước đó, UBND tỉnh đã tổ chức lễ trao tặng danh hiệu
				// cao quý này cho 262 mẹ": the title named before, given
				// in an earlier ceremony of the same round.
				s, e := awardSentence(toks, i)
				x.addRecipients(k, x.recipientsIn(toks, s, i, end, e))
				i = end - 1
				continue
			}
		}
		if kind == AwardHonoraryTitle && toks[i].fold == "danh" {
			// "danh hiệu lao động tiên tiến", "danh hiệu “Chiến sĩ thi đua
			// cấp tỉnh”": a known title in any case, in quotes or not.
			q := j
			state := false
			if m := honor.matchAt(toks, q); m > 0 {
				q += m // "danh hiệu vinh dự Nhà nước “Bà mẹ Việt Nam anh hùng”"
				state = true
				if q+1 < len(toks) && toks[q].is("cao") && toks[q+1].is("quý") {
					q += 2 // "… vinh dự Nhà nước cao quý Bà mẹ Việt Nam anh hùng" (round 26)
				}
			}
			if !state && q+2 < len(toks) && toks[q].is("cao") && toks[q+1].is("quý") && toks[q+2].capitalized() {
				if _, hn := honoraryTitleAt(text, toks, q+2); hn > 0 {
					q += 2 // "phong tặng danh hiệu cao quý Anh hùng Lao động …" (round 49)
				}
			}
			if q < len(toks) && isQuote(toks[q].text) {
				q++
			}
			if hn := honoraryAt(toks, q); hn > 0 && namesTitlesOnly(toks, i) {
				i = q + hn - 1 // "Hội đồng xét tặng danh hiệu Nhà giáo Nhân dân": the council's name
				continue
			}
			if k := initialsTitleEnd(toks, q); k > 0 {
				// "Danh hiệu vinh dự Nhà nước Bà mẹ VNAH cho 103 mẹ": a
				// State's title with its last words by their initials,
				// unquoted, written out (round 40).
				x.addHonorary(toks, i, k, "Danh hiệu "+stateTitleByInitials(toks, q, k), false)
				i = k - 1
				continue
			}
			if name, hn := honoraryTitleAt(text, toks, q); hn > 0 {
				j = q + hn
				if j < len(toks) && isQuote(toks[j].text) {
					j++
				}
				first := x.addHonorary(toks, i, j, name, false)
				// "danh hiệu “Nghệ nhân nhân dân”, “Nghệ nhân ưu tú”", "danh
				// hiệu NGND và NGƯT": each title listed is one award; a count
				// after the list is of them together, marked once, on the
				// title named first (docs/import.md, "Gold lists",
				// Recipients).
				listed := false
				for j+1 < len(toks) && (toks[j].is(",") || toks[j].is("và")) {
					k := j + 1
					if isQuote(toks[k].text) {
						k++
					}
					name, hn := honoraryTitleAt(text, toks, k)
					if hn == 0 {
						break
					}
					j = k + hn
					if j < len(toks) && isQuote(toks[j].text) {
						j++
					}
					x.addHonorary(toks, k, j, name, true)
					listed = true
				}
				if listed && first >= 0 {
					s, e := awardSentence(toks, i)
					var counts []Recipient
					for _, r := range x.recipientsIn(toks, s, i, j, e) {
						if r.Count != nil {
							counts = append(counts, r)
						}
					}
					x.addRecipients(first, counts)
				}
				i = j - 1
				continue
			}
			if state {
				// "trao danh hiệu vinh dự Nhà nước cho thân nhân …": the
				// title the story names in full elsewhere, no new award.
				i = q - 1
				continue
			}
			if j < len(toks) && toks[j].word && toks[j].lower() {
				// "Huy hiệu Đảng là Danh hiệu cao quý của Đảng": "Danh
				// hiệu" before a common word and no known title names
				// no award (round 40).
				continue
			}
		}
		prevCap := false
		quoted := ""        // the name of an award written in quotes after its kind
		var tiers []string  // Party badges by tier: "Huy hiệu 40 năm và 30 năm tuổi Đảng"
		tiersAfter := false // the tiers written after those counted: "Huy hiệu Đảng cho 93 đảng viên có 60, 50 và 30 năm tuổi Đảng"
		if bareTier {
			tiers, j = []string{toks[i].text}, i+bareTierLen(toks, i)
			if ts, k := badgeTiers(toks, i); len(ts) > 1 && k == j {
				tiers = ts // "144 đảng viên 70 năm và 75 năm tuổi Đảng"
			}
			goto named
		}
		if badge.matchAt(toks, i) > 0 {
			var k int
			if tiers, k = badgeTiers(toks, j); len(tiers) > 0 {
				j = k
				goto named
			}
			if tiers = tiersAfterCount(toks, j); len(tiers) > 0 {
				tiersAfter = true
				if j < len(toks) && toks[j].fold == "dang" {
					j++
				}
				goto named
			}
		}
		if i > 0 && isQuote(toks[i-1].text) && !lower {
			// "bằng chứng nhận “Giải thưởng CNVC, LĐ tiêu biểu tỉnh A lần
			// thứ nhất, năm 2014”": a name in quotes runs to the closing
			// quote, commas and all.
			if k := closingQuote(toks, i+n); k > 0 {
				j = k
				goto named
			}
		}
		if j < len(toks) && isQuote(toks[j].text) && kind != AwardCertificateOfMerit {
			// A certificate of merit has no name of its own: a quote after
			// "Bằng khen" names the movement it was given in ("Bằng khen
			// “Công dân, gia đình, tập thể kiểu mẫu”"), not the award
			// (round 45).
			// "huy hiệu “Tuổi trẻ dũng cảm”", "Kỷ niệm chương 'Vì sự
			// nghiệp …'", "danh hiệu “Công dân ưu tú”": the award's name
			// in quotes after its kind.
			// A name that starts with a number keeps its quotes, which make
			// it a name: "Giải thưởng “15 tháng 10”".
			numbered := j+1 < len(toks) && isDigits(toks[j+1].text)
			if k := closingQuote(toks, j+1); k > j+1 && (toks[j+1].capitalized() || numbered) {
				if t := stateTitleByInitials(toks, j+1, k); t != "" && kind == AwardHonoraryTitle {
					x.addHonorary(toks, i, k+1, "Danh hiệu "+t, false) // "danh hiệu “Bà mẹ VNAH”"
					i = k
					continue
				}
				quoted = upperFirst(textOf(text, toks, i, i+n)) + " " + collapseSpace(textOf(text, toks, j+1, k))
				if numbered {
					quoted = upperFirst(textOf(text, toks, i, i+n)) + " " + collapseSpace(textOf(text, toks, j, k+1))
				}
				j = k + 1
				if j < len(toks) && kind == AwardHonoraryTitle && !numbered && toks[j].is("cấp") && honoraryTailAt(toks, j) > 0 {
					t := honoraryTailAt(toks, j)
					// "danh hiệu “Chiến sỹ thi đua” cấp tỉnh": the level
					// written after the closing quote is the title's.
					quoted += " " + collapseSpace(textOf(text, toks, j, j+t))
					j += t
				}
				goto named
			}
		}
		if grade {
			goto named // a contest's grade is named by its rank alone
		}
		if k := x.badgeNameEnd(toks, i, n); k > j {
			j = k // "Huy hiệu Tuổi trẻ dũng cảm cho …", "Kỷ niệm chương Vì sự nghiệp Giáo dục cho …"
			goto named
		}
		for j < len(toks) {
			if directIssuer(text, toks, i, n, j, kind) {
				break // "Cờ thi đua Chính phủ", "bằng khen Thủ tướng Chính phủ"
			}
			switch {
			case toks[j].is("Đảng"):
				j++ // "Huy hiệu Đảng": nothing after the Party is part of the name ("… Đảng đợt này")
				goto named
			case j == i+n && kind == AwardMedal && orderNameAt(toks, j) > 0:
				j += orderNameAt(toks, j) // "Huân chương hữu nghị", "Huân chương độc lập hạng Ba"
				prevCap = true
				continue
			case j == i+n && kind == AwardMedal && toks[i].fold == "huan" && orderInitialsAt(toks, j):
				j++ // "Huân chương BVTQ hạng Ba"
				prevCap = true
				continue
			case j == i+n && kind == AwardCertificateOfMerit && qualifierAt(toks, j) > 0:
				j += qualifierAt(toks, j) // "Bằng khen toàn diện", "Bằng khen chuyên đề"
				goto named
			case honoraryTailAt(toks, j) > 0:
				j += honoraryTailAt(toks, j) // "… Lao động xuất sắc", "Chiến sĩ thi đua cấp tỉnh"
				goto named
			case toks[j].capitalized() && !toks[j].is("Của"):
				j++
				if !prevCap && j < len(toks) && toks[j].lower() && !isStopWord(toks[j].text) && !toks[j].is("hạng") {
					j++
					prevCap = false
				} else {
					prevCap = true
				}
			case toks[j].is("hạng") && j+1 < len(toks) && toks[j+1].word:
				j += 2
				if kind == AwardMedal && rankWord(toks[j-1]) {
					// "Lễ đón nhận Huân chương Lao động hạng Ba Trường THCS
					// A": an order's name ends with its class; the
					// capitals after it name who receives (round 51).
					goto named
				}
			case toks[j].is("các") && j+1 < len(toks) && toks[j+1].is("hạng"):
				// "Huân chương Lao động các hạng cho 6 tập thể": one award
				// of every class, which carries the counts; the classes
				// listed after it are awards of their own.
				j += 2
				goto named
			default:
				goto named
			}
		}
	named:
		if kind == AwardPrize && quoted == "" && editionYearAt(toks, j) {
			// "Giải thưởng Phụ nữ Việt Nam năm 2024": a prize given each
			// year is named with its edition's year when the text writes
			// it right after the name.
			j += 2
		} else if k := editionRoundAt(toks, j); kind == AwardPrize && quoted == "" && k > j {
			// "Giải thưởng A lần IV năm 2023", "Giải thưởng A lần thứ 5,
			// năm 2021": a prize given in rounds is named with its round
			// and the round's year.
			j = k
		}
		if toks[i].fold == "co" && j+2 < len(toks) && isDigits(toks[j].text) && toks[j+1].fold == "nam" && toks[j+2].fold == "lien" {
			// "cờ thi đua xuất sắc 5 năm liền": a flag given for a streak
			// of years is named with it (round 52).
			j += 3
		}
		name := upperFirst(collapseSpace(textOf(text, toks, i, j)))
		if quoted != "" {
			name = quoted
		}
		if kind == AwardMedal {
			name = upperFirst(ordersWritten(text, toks, i, j))
		}
		if kind == AwardHonoraryTitle && quoted == "" && j == i+4 && j+1 < len(toks) && isQuote(toks[j].text) && toks[j+1].capitalized() && textvi.Fold(name) == "danh hieu nha nuoc" {
			// "danh hiệu Nhà nước “Bà mẹ Việt Nam Anh hùng”": a State
			// title, named by the quote right after it (read there), no
			// title of its own.
			continue
		}
		if kind == AwardHonoraryTitle && !toks[i].is("Danh") && !toks[i].is("danh") {
			name = "Danh hiệu " + name // an honorary title is stored as one: "Danh hiệu Chiến sĩ thi đua cấp tỉnh"
		}
		if kind == AwardHonoraryTitle && n == honoraryAt(toks, i) && toks[i].fold != "chien" {
			x.addHonorary(toks, i, j, name, false)
			i = j - 1
			continue
		}
		if kind == AwardMedal && j == i+n && !(j < len(toks) && toks[j].is("của")) && !byInitials {
			// "Huân, Huy chương cao quý", "trao Huân chương cho …": the
			// kind alone, no order or medal named.
			continue
		}
		names := []string{name}
		// "Huân chương Lao động hạng Nhì và hạng Ba": one award per rank.
		for j+2 < len(toks) && toks[j].is("và") && toks[j+1].is("hạng") && rankWord(toks[j+2]) && len(names) < 4 && toks[j-2].is("hạng") {
			base := collapseSpace(textOf(text, toks, i, j-2))
			names = append(names, upperFirst(base+" hạng "+toks[j+2].text))
			j += 3
		}
		// "Huân chương Lao động hạng II, III": the next class written
		// alone after a comma or "và", one award more (round 54).
		for j+1 < len(toks) && (toks[j].is(",") || toks[j].is("và")) && bareClass(toks[j+1]) && bareClass(toks[j-1]) && toks[j-2].is("hạng") && len(names) < 4 {
			base := collapseSpace(textOf(text, toks, i, j-1))
			names = append(names, upperFirst(base+" "+toks[j+1].text))
			j += 2
		}
		// "13 Huân chương Bảo vệ Tổ quốc (3 hạng nhất, 1 hạng nhì, 9 hạng
		// ba) cho …": one award per class, each with its count, beside
		// the order itself, counted by none (round 26).
		var classCounts []int
		if len(names) == 1 && !strings.Contains(name, " hạng ") && kind == AwardMedal {
			if cs, ws, k := classesCounted(toks, j); len(cs) > 1 {
				classCounts = append([]int{0}, cs...)
				for _, w := range ws {
					names = append(names, name+" hạng "+w)
				}
				j = k
			}
		}
		if len(tiers) > 0 {
			names = names[:0]
			for _, t := range tiers {
				names = append(names, "Huy hiệu "+t+" năm tuổi Đảng")
			}
			name = names[0]
		}
		end := j
		var issuers []Org
		raw := ""
		of := j + 1 // where the issuer starts: after "của", or right after the name
		if directIssuer(text, toks, i, n, j, kind) {
			of = j
		}
		defined := false
		if k := definedOf(toks, i, n, j); k > 0 {
			of = k // "Giải thưởng “15 tháng 10” là giải thưởng cao quý của B"
			defined = true
		}
		if b := batchAt(toks, j); b > j && b+1 < len(toks) && toks[b].is("của") {
			of = b + 1 // "Kỷ niệm chương … đợt I - năm 2017 của B": the batch between
		}
		if j+1 < len(toks) && toks[j].is("(") {
			// "Bằng khen (Đợt 1) của B" (round 31): the batch in brackets.
			b := j + 1
			if toks[b].fold == "dot" && b+1 < len(toks) && toks[b+1].word {
				b += 2 // "Đợt 1", capitalized in the brackets
			}
			if b > j+1 && b+1 < len(toks) && toks[b].is(")") && toks[b+1].is("của") {
				of = b + 2
			}
		}
		if of < len(toks) && (toks[of-1].is("của") || of == j || defined) {
			j := of - 1
			k := j + 1
			for k < len(toks) {
				o, e, ok := x.orgAt(toks, toks[k].start)
				if !ok {
					break
				}
				issuers = append(issuers, x.addOrg(o))
				k = e
				end = e
				if k+1 < len(toks) && toks[k].is("và") {
					k++
					continue
				}
				break
			}
			if offices, _, e, ok := foreignOfficesAt(toks, j+1); ok && len(issuers) == 0 && len(offices) == 1 {
				// "Huân chương Lao động của Chủ tịch nước CHDCND Lào": the
				// named state's office, whole.
				raw, end = offices[0], e
			}
			if len(issuers) == 0 && raw == "" && j+2 < len(toks) && toks[j+1].text == "nước" {
				// "Huân chương Hữu nghị của nước CHDCND Lào": the foreign
				// state itself, written after "nước" in lower case, where
				// the story names none of its offices; else the award is
				// that office's, read where the text names it ("trao
				// Huân chương … của Chủ tịch nước CHDCND Lào").
				if st, e, ok := foreignStateAt(toks, j+2); ok && !x.stateOfficeNamed(st) {
					raw, end = "nước "+st, e
				}
			}
			if len(issuers) == 0 && raw == "" {
				for _, p := range namedIssuers {
					if m := p.matchAt(toks, j+1); m > 0 && (raw == "" || len(p) > 2 || p[0] != "thu") {
						// The bare "Thủ tướng" only when no longer form matched.
						raw = collapseSpace(textOf(text, toks, j+1, j+1+m))
						end = j + 1 + m
					}
				}
			}
			if len(issuers) == 0 && raw == "" && toks[j].is("của") && j+1 < len(toks) && (toks[j+1].is("tỉnh") || toks[j+1].is("huyện")) && (j+2 >= len(toks) || !toks[j+2].capitalized()) {
				// "cờ thi đua của tỉnh": the province (its People's Committee).
				raw, end = toks[j+1].text, j+2
			}
			if len(issuers) == 0 && raw == "" {
				// An office: "Bằng khen của Chủ tịch UBND tỉnh".
				if name, e, ok := x.officeName(toks, j+1); ok {
					raw, end = name, e
				}
			}
			if len(issuers) == 0 && raw == "" && toks[j].is("của") {
				// A minister's office written bare: "bằng khen của Bộ
				// trưởng cho 23 tập thể".
				if name, e, ok := x.bareMinister(toks, j+1); ok {
					raw, end = name, e
				}
			}
		}
		s, e := awardSentence(toks, i)
		reasons := x.reasons(toks, s, i, end, e)
		if len(issuers) > 1 && len(reasons) == 1 {
			reasons = splitReason(reasons[0], len(issuers))
		}
		presenter := x.presenter(toks, s, i)
		recipients := x.recipientsIn(toks, s, i, end, e)
		if w := gradeWinnersAt(toks, end); grade && w > end {
			recipients = x.gradeWinners(toks, w, e) // "giải Nhất thuộc về tác phẩm A của tác giả B" (round 45)
		}
		given := -1 // where the verb's object starts when the recipient comes between it and the award
		if len(recipients) == 0 {
			if v, r, ok := x.givenBefore(toks, s, i); ok {
				recipients, given = []Recipient{r}, v
			}
		}
		if v := countedBefore(toks, i) - 1; len(recipients) > 0 && end < len(toks) && v > 0 && toks[v].is("và") && len(x.s.Awards) > 0 && x.s.Awards[len(x.s.Awards)-1].Span.byte+len(x.s.Awards[len(x.s.Awards)-1].Span.Text) == toks[v-1].end &&
			(toks[end].is(":") || (toks[end].is("cho") || toks[end].is("tặng")) && len(x.s.Awards[len(x.s.Awards)-1].Recipients) == 0 && kindsCounted(recipients)) {
			// "Bằng khen toàn diện và Bằng khen phong trào: 202 tập thể",
			// "14 Huân chương hữu nghị và 9 huy chương hữu nghị cho 15 tập
			// thể và 8 cá nhân", "trao Huân chương A và Huân chương B
			// tặng hai cá nhân" (round 42): the count is of the two
			// together, recorded on the first.
			x.addRecipients(len(x.s.Awards)-1, recipients)
			recipients = nil
		}
		if len(issuers) == 0 && raw == "" {
			is, ok := x.givenByAfter(toks, end, e)
			if !ok {
				is, ok = x.tiedIssuer(toks, s, i, name)
			}
			if !ok && given >= 0 {
				is, ok = x.tiedIssuer(toks, s, given, name)
			}
			if ok {
				if is.org != nil {
					if co, ok := x.coGiver(toks, s, i, *is.org); ok {
						issuers = append(issuers, co) // "UBND tỉnh A và LĐLĐ tỉnh A tặng …"
					}
					issuers = append(issuers, *is.org)
				}
				raw = is.office
			}
		}
		if len(issuers) == 0 && raw == "" {
			if is, ok := x.ofNextAward(toks, end, e); ok {
				// "5 đơn vị được nhận Cờ thi đua và 11 đơn vị nhận bằng
				// khen của Bộ Y tế": one "của Y" for both (round 50).
				if is.org != nil {
					issuers = append(issuers, *is.org)
				}
				raw = is.office
			}
		}
		if len(recipients) == 1 && recipients[0].Count != nil && recipients[0].Count.Collectives == nil && recipients[0].Count.Individuals == nil && i >= 2 && (toks[i-1].is("và") || toks[i-1].is(",")) && x.awardEndsAt(toks[i-2].end) {
			// "trao tặng Huân chương A, Huân chương B và Huy chương C cho
			// 25 tập thể và cá nhân": a total over every award of the
			// list and both kinds, the count of none of them. Of two
			// awards ("tặng thưởng Huân chương Lao động và Cờ thi đua
			// Chính phủ cho 66 tập thể và cá nhân") it is recorded on the
			// first, as a count of two awards split by kind is.
			if k := x.awardEndingAt(toks[i-2].end); k >= 0 && toks[i-1].is("và") && !strings.HasSuffix(strings.TrimRight(text[:x.s.Awards[k].Span.byte], " "), ",") {
				x.addRecipients(k, recipients)
			}
			recipients = nil
		}
		if lower && len(issuers) == 0 && raw == "" && j == i+n && !(len(recipients) > 0 && x.handedOverBy(toks, s, i)) {
			// "bằng khen" alone in running text: too often a generic word
			// ("xét tặng bằng khen") to be one award. With recipients it
			// is the one award of that name the story names with its
			// issuer: "… tặng bằng khen của Chủ tịch UBND tỉnh …. 10 tập
			// thể được tặng bằng khen gồm: A, B, C".
			if k, ok := x.onlyIssued(name); ok && len(recipients) > 0 {
				x.addRecipients(k, recipients)
				i = end - 1
			}
			continue
		}
		if len(issuers) == 0 && raw == "" && !(len(recipients) > 0 && x.handedByOther(toks, s, i, name)) && x.sameAward(name, presenter, recipients) {
			i = end - 1
			continue
		}
		if len(issuers) == 0 {
			issuers = []Org{{}}
		}
		for _, name := range names {
			for n, o := range issuers {
				a := Award{Kind: kind, Name: name, PresentedBy: presenter, Span: spanOf(text, toks[i].start, toks[end-1].end)}
				switch {
				case o.Base != "":
					iss := o
					a.Issuer = &iss
					a.Name = name + " của " + o.Name
				case raw != "":
					a.Name = name + " của " + raw
				}
				if len(reasons) > 0 {
					r := reasons[0]
					if n < len(reasons) {
						r = reasons[n]
					}
					a.Reason = upperFirst(strings.TrimSpace(r.text))
					for _, d := range docs {
						if d.start >= r.start && d.start < r.end {
							a.Documents = append(a.Documents, d.Key())
						}
					}
				}
				a.Year = x.s.Year
				if g := reasonYearRe.FindAllStringSubmatch(a.Reason, -1); len(g) > 0 {
					a.Year, _ = strconv.Atoi(g[len(g)-1][1])
				} else if end+1 < len(toks) && toks[end].is("năm") && isDigits(toks[end+1].text) && len(toks[end+1].text) == 4 {
					a.Year, _ = strconv.Atoi(toks[end+1].text)
				}
				if a.Year < 1900 || a.Year > 3000 {
					a.Year = x.s.Year
				}
				rs := recipients
				if len(tiers) > 1 && x.tierCountBefore(toks, s, i) && x.tierCounted(names, a.Year) {
					rs = countsDropped(rs)
				}
				if tiersAfter {
					// "cho 93 đảng viên có 60, 50 và 30 năm tuổi Đảng": a
					// count over the tiers, none of them alone.
					rs = countsDropped(rs)
				}
				if classCounts != nil {
					rs = classCount(recipients, classCounts[slices.Index(names, name)])
				} else if name != names[0] {
					// "Huy hiệu 45 năm, 40 năm và 30 năm tuổi Đảng cho 311
					// đảng viên": the count is of them together, recorded on
					// the first.
					rs = nil
				}
				if k, ok := x.awards[a.Key()]; ok {
					x.addRecipients(k, rs)
					continue
				}
				if len(x.s.Awards) >= maxEntities {
					continue
				}
				if _, ok := x.awardNames[textvi.Fold(name)]; !ok && a.Name != name {
					x.awardNames[textvi.Fold(name)] = len(x.s.Awards)
				}
				x.awards[a.Key()] = len(x.s.Awards)
				x.s.Awards = append(x.s.Awards, a)
				x.addRecipients(len(x.s.Awards)-1, rs)
			}
		}
		i = end - 1
	}
}

// occasionAt tells whether the words at toks[k] open the occasion an
// award is given on, which follows its name and is no part of it: "Kỷ
// niệm chương Cựu chiến binh Việt Nam nhân kỷ niệm 30 năm …", "… nhân dịp
// kỷ niệm …", "… nhân ngày truyền thống …".
func occasionAt(toks []token, k int) bool {
	if k >= len(toks) || !toks[k].is("nhân") || k+1 >= len(toks) {
		return false
	}
	switch toks[k+1].fold {
	case "dip", "ky", "ngay", "le":
		return true
	}
	return false
}

// contestMedal reports whether the medal whose kind ends before toks[j]
// is ranked by a metal ("Huy chương Vàng", "HC Bạc", "Huy chương Đồng"):
// the result of a contest, which no office confers (docs/import.md, "Gold
// lists"), however the text hands it over. A metal's word that opens a
// longer name ("Huy chương Đồng Khởi") is no rank.
func contestMedal(toks []token, j int) bool {
	if j >= len(toks) || !(toks[j].fold == "vang" || toks[j].fold == "bac" || toks[j].fold == "dong") {
		return false
	}
	return j+1 >= len(toks) || !toks[j+1].word || !toks[j+1].capitalized()
}

// contestGrades are the ranks of a contest's prizes after "giải": "giải
// Nhất", "giải nhì", "giải Ba", "giải khuyến khích", "giải đặc biệt".
var contestGrades = []phrase{newPhrase("nhất"), newPhrase("nhì"), newPhrase("ba"), newPhrase("tư"),
	newPhrase("khuyến khích"), newPhrase("đặc biệt")}

// contestGradeAt returns the length of a contest's grade at toks[i] ("giải
// Nhất") where it heads the list of its winners: the grade ends its line
// after a colon ("4 tác phẩm đạt giải Nhất:"), the works and their authors
// listed one a line after it until the next grade (round 43; heldout28's
// Đà Nẵng contest marks its grades as awards too, docs/import.md, "Gold
// lists"). The grade is an award of its own, whose issuer the sentence's
// frame gives, if any. Not read: a grade in running text ("đoạt giải nhất
// cuộc thi …"), where the prize itself is the story's award, nor a medal
// ranked by a metal (contestMedal), nor "giải" of any other word ("giải
// quyết"); or 0.
func contestGradeAt(toks []token, i int) int {
	if i+1 >= len(toks) || toks[i].fold != "giai" {
		return 0
	}
	m := anyAt(contestGrades, toks, i+1)
	if m == 0 && letterGrade(toks[i+1]) && gradeWinnersAt(toks, i+2) > i+2 {
		return 2 // "2 giải A được trao cho A, lớp …" (round 48): a grade by its letter, its winners named
	}
	if m == 0 {
		return 0
	}
	j := i + 1 + m
	if gradeWinnersAt(toks, j) > j {
		return 1 + m // "Giải Nhất thuộc về tác phẩm A của tác giả B" (round 45)
	}
	if j+1 != len(toks) || !toks[j].is(":") {
		return 0
	}
	return 1 + m
}

// gradeWinnersAt returns where a grade's winners start when running text
// names them right after the grade at toks[..j]: "giải Nhất thuộc về tác
// phẩm A của tác giả B", "2 giải Nhì là tác phẩm C của tác giả D và …",
// "giải Ba thuộc về tác giả E" (round 45): the grade heads its winners as
// a grade ending its line does, and is an award of its own. Not read: a
// grade followed by the prize's name or by anything but "thuộc về" or
// "là" and a work or its author ("đoạt giải nhất cuộc thi …", "giải nhất
// là phần thưởng xứng đáng"); else j.
func gradeWinnersAt(toks []token, j int) int {
	k := j
	switch {
	case k+1 < len(toks) && toks[k].is("thuộc") && toks[k+1].is("về"):
		k += 2
	case k+2 < len(toks) && toks[k].is("được") && toks[k+1].is("trao") && toks[k+2].is("cho") && j > 0 && letterGrade(toks[j-1]):
		k += 3 // "2 giải A được trao cho A, …" (round 48)
	case k < len(toks) && toks[k].is("là"):
		k++
	default:
		return j
	}
	if k+1 < len(toks) && toks[k].is("tác") && toks[k+1].is("phẩm") || k < len(toks) && authorSlotAt(toks, k) > k {
		return k
	}
	if letterGrade(toks[j-1]) && bareNameAt(toks, k) > k {
		return k // "giải B thuộc về Mai Ngọc Lành, lớp 11 Văn" (round 48)
	}
	return j
}

// letterGrade reports whether t is a grade written as a capital letter:
// "giải A", "giải B", "giải C" (round 48).
func letterGrade(t token) bool {
	return len(t.text) == 1 && t.text[0] >= 'A' && t.text[0] <= 'D'
}

// bareNameAt returns the end of a person's name written bare at toks[k]:
// two to five capitalized words, the first a family name; or k.
func bareNameAt(toks []token, k int) int {
	if k >= len(toks) || !isSurname(toks[k]) || !toks[k].capitalized() {
		return k
	}
	j := k
	for j < len(toks) && j < k+6 && toks[j].capitalized() && toks[j].word && !allCaps(toks[j].text) {
		j++
	}
	if j-k < 2 || j-k > 5 {
		return k
	}
	return j
}

// gradeWinners reads the winners of a grade that gradeWinnersAt found at
// toks[w], up to the clause's end (a semicolon, the next grade or the
// sentence's end e): the author after each "tác giả" (authorsNamed).
func (x *extractor) gradeWinners(toks []token, w, e int) []Recipient {
	end := w
	for end < e && !toks[end].is(";") && !(end > w && contestGradeAt(toks[:e], end) > 0) {
		end++
	}
	var rs []Recipient
	for k := w; k < end; k++ {
		if authorSlotAt(toks[:end], k) > k {
			rs = append(rs, x.authorsNamed(toks[:end], k)...)
		}
	}
	if len(rs) == 0 && w > 0 && bareNameAt(toks, w) > w {
		rs = x.gradeNames(toks, w)
	}
	return rs
}

// gradeNames reads the people a grade written as a letter goes to, named
// bare from toks[w], each with where she studies after a comma, parted by
// "và" or by semicolons to the sentence's full stop while each clause
// opens with a name or "tập thể": "2 giải A được trao cho Lê Bảo Toàn,
// lớp 11 Văn, Trường A; Phạm Đoàn Minh Anh, lớp 12C4 và Nguyễn Lê Quỳnh
// Như, lớp 11A5, Trường B." (round 48). A class ("tập thể lớp 11A3") is
// passed over; the next grade ends the list.
func (x *extractor) gradeNames(toks []token, w int) []Recipient {
	var rs []Recipient
	k := w
	for k < len(toks) && len(rs) < maxEntities {
		if j := bareNameAt(toks, k); j > k {
			sp := spanOf(x.s.Text, toks[k].start, toks[j-1].end)
			key := ""
			if m, ok := x.mentionAt(toks[k].start); ok {
				key = m.key
			} else {
				key = x.addPerson(Person{Name: collapseSpace(textOf(x.s.Text, toks, k, j)), Span: sp})
			}
			rs = append(rs, Recipient{Person: key, Span: sp})
			k = j
		} else if !(k+1 < len(toks) && toks[k].is("tập") && toks[k+1].is("thể")) {
			break
		}
		for n := 0; k < len(toks) && n < 25 && !toks[k].is("và") && !toks[k].is(";") && !(toks[k].is(".") && !abbrevDot(toks, k)); n++ {
			k++
		}
		if k+1 >= len(toks) || !(toks[k].is("và") || toks[k].is(";")) || contestGradeAt(toks, k+1) > 0 {
			break
		}
		k++
	}
	return rs
}

// quotedCupAt returns the length of a cup's name quoted whole from
// toks[i], up to its closing quote: "trao thưởng “Cúp vàng doanh nhân
// A” lần thứ 3 cho 41 doanh nhân" (round 45). A cup is an award of its
// own kind, a prize, named by the quote as a grade is by its rank. Not
// read: "Cúp" with no quote opened right before it (a sports cup told
// in running text, "Cúp quốc gia"), a quote that does not close within
// a dozen words or holds marks; or 0.
func quotedCupAt(toks []token, i int) int {
	if i < 1 || !toks[i].is("Cúp") || !isQuote(toks[i-1].text) {
		return 0
	}
	for k := i + 1; k < len(toks) && k < i+12; k++ {
		if isQuote(toks[k].text) {
			if k == i+1 {
				return 0
			}
			return k - i
		}
		if !toks[k].word {
			return 0
		}
	}
	return 0
}

// prizeNamedAt returns the length of the kind of a prize named with a
// capitalized "Giải" before its capitalized name, given or reached right
// before it: "lễ trao Giải Báo chí Nghệ An năm 2021", "đoạt Giải Báo chí
// Quốc gia" (round 43; "Giải thưởng" is an award's kind of its own). Not
// read: a grade or a metal after "Giải" ("Giải Nhất", "Giải Đồng"), a
// "Giải" after no verb of giving or reaching (a sports event, "Giải bóng
// đá …", a heading), a lower-case "giải" ("nhận giải Vì sự phát triển …"),
// or the prize counted in a running total ("đã có 3 lần đoạt Giải …",
// which retold_awards.go reads); or 0.
func prizeNamedAt(toks []token, i int) int {
	if i < 1 || i+1 >= len(toks) || !toks[i].is("Giải") || !toks[i+1].capitalized() || toks[i+1].fold == "thuong" {
		return 0
	}
	if anyAt(contestGrades, toks, i+1) > 0 || toks[i+1].fold == "vang" || toks[i+1].fold == "bac" || toks[i+1].fold == "dong" {
		return 0
	}
	switch toks[i-1].fold {
	case "trao", "doat", "dat", "nhan":
		return 1
	}
	return 0
}

// givenOnTo reports whether toks[from:to] are only the recipients of the
// award tied before them in the sentence that starts at toks[s]: "cho"
// right after that award and no other giving up to toks[to].
func givenOnTo(toks []token, s, from, to int) bool {
	if from <= s || from >= to || !toks[from].is("cho") {
		return false
	}
	for k := from + 1; k < to; k++ {
		if toks[k].is("tặng") || toks[k].is("trao") || toks[k].is("cho") || toks[k].is(";") {
			return false
		}
	}
	return true
}

// definedOf returns where the issuer starts when the award at toks[i:j],
// of kind toks[i:i+n], is told as one of its kind given by a body: "Giải
// thưởng “15 tháng 10” là giải thưởng cao quý của Trung ương Hội …"; or 0.
//
// A prize is told as "phần thưởng cao quý" too (the stock phrase of a
// prize's owner; a bare "phần thưởng" is any reward), and the body after
// "của" may be led by the common noun "tổ chức": "Giải thưởng A là phần
// thưởng cao quý của tổ chức Công đoàn Việt Nam" (round 29).
func definedOf(toks []token, i, n, j int) int {
	if j+n+1 >= len(toks) || !toks[j].is("là") || !toks[j+1].lower() {
		return 0
	}
	m := n
	if textvi.Fold(joinTokens(toks, j+1, j+1+n)) != textvi.Fold(joinTokens(toks, i, i+n)) {
		if !(toks[i].fold == "giai" && j+4 < len(toks) && toks[j+1].is("phần") && toks[j+2].is("thưởng") && toks[j+3].is("cao") && toks[j+4].is("quý")) {
			return 0
		}
		m = 4
	}
	for k := j + 1 + m; k < len(toks) && k <= j+m+4; k++ {
		if toks[k].is("của") {
			if k+2 < len(toks) && toks[k+1].is("tổ") && toks[k+2].is("chức") && k+3 < len(toks) && toks[k+3].capitalized() {
				return k + 3
			}
			return k + 1
		}
		if !toks[k].word || !toks[k].lower() {
			return 0
		}
	}
	return 0
}

// countsDropped returns rs without its counts.
func countsDropped(rs []Recipient) []Recipient {
	var out []Recipient
	for _, r := range rs {
		if r.Count == nil {
			out = append(out, r)
		}
	}
	return out
}

// closingQuote returns the closing quote of a name opened before
// toks[k], within a short name and its sentence, or 0.
func closingQuote(toks []token, k int) int {
	for q := k; q < len(toks) && q < k+25; q++ {
		switch {
		case isQuote(toks[q].text):
			return q
		case toks[q].is(";") || toks[q].is(".") && !abbrevDot(toks, q):
			return 0
		}
	}
	return 0
}

// awardEndsAt reports whether an award of the story ends at byte b.
func (x *extractor) awardEndsAt(b int) bool { return x.awardEndingAt(b) >= 0 }

// awardEndingAt is the index of the recent award that ends at byte b, or -1.
func (x *extractor) awardEndingAt(b int) int {
	for k := len(x.s.Awards) - 1; k >= 0 && k >= len(x.s.Awards)-4; k-- {
		if a := x.s.Awards[k]; a.Span.byte+len(a.Span.Text) == b {
			return k
		}
	}
	return -1
}

// coGiver is the body named with giver g before "và" when two bodies
// give the award at toks[i] together: "UBND TP A và LĐLĐ TP A tặng bằng
// khen cho 10 tập thể và 20 cá nhân" is a certificate of each, each
// with both counts (as the gold lists mark it). The first body must
// open its clause, so that "… của Sở A và UBND huyện B tặng" names one.
func (x *extractor) coGiver(toks []token, s, i int, g Org) (Org, bool) {
	k, _, ok := verbOfGiving(toks, s, i)
	if !ok {
		return Org{}, false
	}
	end := toks[k-1].end
	var first, second *mention
	for n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start }); n < len(x.orgMentions) && x.orgMentions[n].start < end; n++ {
		m := &x.orgMentions[n]
		if m.end == end {
			second = m
		} else {
			first = m
		}
	}
	if first == nil || second == nil || x.s.Orgs[x.orgs[second.key]].Key() != g.Key() {
		return Org{}, false
	}
	a := sort.Search(len(toks), func(q int) bool { return toks[q].start >= first.start })
	b := sort.Search(len(toks), func(q int) bool { return toks[q].start >= second.start })
	if b < 2 || !toks[b-1].is("và") || toks[b-2].end != first.end || a != s && !toks[a-1].is(",") && !toks[a-1].is(";") {
		return Org{}, false
	}
	o := x.s.Orgs[x.orgs[first.key]]
	return o, o.Key() != g.Key()
}

// titleReferredTo reads "(cao quý) này" right after "danh hiệu" at
// toks[j], or "cao quý" alone before "và", "cho" or a comma: the honorary
// title the story named last, and the token after the words; or -1.
func (x *extractor) titleReferredTo(toks []token, j int) (int, int) {
	k := j
	if k+1 < len(toks) && toks[k].is("cao") && toks[k+1].is("quý") {
		k += 2
		if k < len(toks) && (toks[k].is("và") || toks[k].is("cho") || toks[k].is(",")) {
			// "trao danh hiệu cao quý và hoa cho thân nhân các mẹ": the
			// title by its epithet alone (round 37).
			k--
		}
	}
	if k >= len(toks) || !(toks[k].is("này") || k > j && toks[k].is("quý")) {
		return -1, j
	}
	for a := len(x.s.Awards) - 1; a >= 0; a-- {
		if x.s.Awards[a].Kind == AwardHonoraryTitle {
			return a, k + 1
		}
	}
	return -1, j
}

// giver is the organization that gives the award at toks[i] when the story
// says "<organization> tặng <award>" (also "… trao tặng", "… còn truy
// tặng", "… quyết định tặng").
func (x *extractor) giver(toks []token, s, i int) (Org, bool) {
	k, bare, ok := verbOfGiving(toks, s, i)
	if !ok || bare {
		// "UBND TP. A trao giấy khen cho 70 cá nhân": a body that only
		// hands the award over ties nothing (docs/import.md, "Gold
		// lists", Issuers; round 47).
		return Org{}, false
	}
	if toks[k-1].is("và") {
		if o, ok := x.hostGiver(toks, s, k-1); ok {
			return o, true
		}
	}
	return x.subjectBody(toks, s, k)
}

// handedOverBy reports whether a body hands the award at toks[i] over with
// a bare "trao" ("UBND TP. A trao giấy khen cho 70 cá nhân"): it ties no
// issuer (round 47), but the lower-case award it hands over to recipients
// is an award, with an empty issuer, not the generic word. So is one an
// office's holder hands over, the office written right before the verb: "Chủ tịch UBND tỉnh A vừa trao bằng khen cho tập thể đội B", "ông
// C - Chủ tịch UBND tỉnh A đã trao bằng khen cho …" (round 51).
func (x *extractor) handedOverBy(toks []token, s, i int) bool {
	k, bare, ok := verbOfGiving(toks, s, i)
	if !ok || !bare {
		return false
	}
	if _, ok = x.subjectBody(toks, s, k); ok {
		return true
	}
	for b := k - 2; b >= s && b >= k-8; b-- {
		if e, ok := officeAt(x.s.Text, toks, b); ok && e == k {
			return true
		}
	}
	return false
}

// handedByOther reports whether a body hands the award at toks[i] over
// with a bare "trao" while the award of that name the story named before
// has another issuer: "Chủ tịch UBND tỉnh Cà Mau tặng bằng khen cho 15
// tập thể …; Tỉnh Đoàn trao bằng khen cho 13 tập thể …" is the Tỉnh
// Đoàn's own, no award named again (round 48). The same body handing
// over its own award, or an office's holder, is the award named again.
func (x *extractor) handedByOther(toks []token, s, i int, name string) bool {
	k, bare, ok := verbOfGiving(toks, s, i)
	if !ok || !bare {
		return false
	}
	body, ok := x.subjectBody(toks, s, k)
	if !ok {
		return false
	}
	q, named := x.awardNames[textvi.Fold(name)]
	if !named {
		return false
	}
	_, iss, cut := strings.Cut(x.s.Awards[q].Name, " của ")
	if !cut || iss == "" {
		return false
	}
	f, b := textvi.Fold(iss), textvi.Fold(body.Name)
	return f != b && !strings.HasSuffix(f, " "+b) && !strings.Contains(b, f)
}

// subjectBody is the body that ends right before the verb of giving at
// toks[k] and acts as its subject.
func (x *extractor) subjectBody(toks []token, s, k int) (Org, bool) {
	end := toks[k-1].end
	// orgMentions are in text order: look only at those in the sentence.
	for n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start }); n < len(x.orgMentions) && x.orgMentions[n].start < end; n++ {
		if m := x.orgMentions[n]; m.end == end {
			if titledBody(toks, s, m.start) {
				// "Trưởng Ban Nội chính Tỉnh ủy trao Huy hiệu …": the
				// body of an office whose holder gives or presents it
				// (officeGiver), not the body.
				return Org{}, false
			}
			if x.apposedBody(toks, s, m.start) {
				// "đồng chí A chi bộ Trường B tặng huy hiệu …", "bà C,
				// Trưởng Ban D, Đảng ủy phường trao Huy hiệu …": the body
				// of the person before it, who receives or hands over
				// (round 43).
				return Org{}, false
			}
			if ledBy(toks, s, m.start) {
				// "lãnh đạo Đảng ủy phường A đã trao Huy hiệu …": the
				// body's leaders hand it over, the body gives nothing
				// (round 40).
				return Org{}, false
			}
			return x.s.Orgs[x.orgs[m.key]], true
		}
	}
	return Org{}, false
}

// apposedBody reports whether the body that starts at byte b belongs to
// the person named right before it, in apposition: their party cell
// ("đồng chí Nguyễn Văn A chi bộ Trường THCS B tặng huy hiệu 30 năm tuổi
// Đảng": the member's cell, not a giver), or the body of the post a
// person's apposition gives after a comma ("bà Lê Thị C, Trưởng Ban Xây
// dựng Đảng, Đảng ủy phường trao Huy hiệu …": the one who hands it
// over). Such a body names whom the person belongs to; it gives nothing
// (round 43). Not read: a body that opens its clause ("Đảng ủy xã B trao
// tặng …"), or one after a comma that closes no person's post ("Sáng
// 2-9, Đảng ủy xã B trao tặng …").
func (x *extractor) apposedBody(toks []token, s, b int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= b })
	endsPerson := func(t int) bool {
		if t < s || t < 0 {
			return false
		}
		n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].end >= toks[t].end })
		return n < len(x.mentions) && x.mentions[n].end == toks[t].end
	}
	t := k - 1
	if t-1 > s && toks[t].fold == "bo" && toks[t-1].fold == "chi" {
		t -= 2 // "chi bộ" (or its misspelling "chị bộ") before the cell's name
	}
	if t < k-1 && endsPerson(t) {
		return true
	}
	if k-1 <= s || !toks[k-1].is(",") {
		return false
	}
	if endsPerson(k - 2) {
		return true // the person's mention took their post: "bà A, Trưởng Ban B, Đảng ủy phường"
	}
	for q := k - 2; q > s && q >= k-10; q-- {
		if toks[q].is(",") {
			if _, n := titleAt(toks, q+1); n > 0 && endsPerson(q-1) {
				return true
			}
			return false
		}
	}
	return false
}

// ledBy reports whether the body that starts at byte start is written
// after "lãnh đạo" ("lãnh đạo Đảng ủy phường A", "các đồng chí lãnh đạo
// UBND huyện"): its leaders, not the body.
func ledBy(toks []token, s, start int) bool {
	for k := s; k+1 < len(toks) && toks[k].start < start; k++ {
		if toks[k+1].start == start {
			return k > s && toks[k-1].fold == "lanh" && toks[k].fold == "dao"
		}
	}
	return false
}

// hostGiver is the body that opens the sentence holding a ceremony and
// confers at toks[v] after "và": "Bộ Giáo dục và Đào tạo đã tổ chức lễ kỷ
// niệm … và trao tặng danh hiệu …" (round 37). A bare "trao" only
// presents (giver checks it); the body must be the subject, the first
// body of the sentence, right before "(đã, vừa) tổ chức", and no mandate
// of the story hands the awards over on another's behalf.
func (x *extractor) hostGiver(toks []token, s, v int) (Org, bool) {
	n := sort.Search(len(x.orgMentions), func(n int) bool { return x.orgMentions[n].start >= toks[s].start })
	if n >= len(x.orgMentions) || x.orgMentions[n].start >= toks[v].start {
		return Org{}, false
	}
	m := x.orgMentions[n]
	e := sort.Search(len(toks), func(k int) bool { return toks[k].start >= m.end })
	for e < v && (toks[e].is("đã") || toks[e].is("vừa")) {
		e++
	}
	if e+1 >= v || !(toks[e].is("tổ") && toks[e+1].is("chức")) || titledBody(toks, s, m.start) {
		return Org{}, false
	}
	if mandateStory(x.s.Text) {
		// "Thừa ủy quyền của Chủ tịch nước, …" anywhere in the story: the
		// ceremony hands over on another's behalf, its host presents.
		return Org{}, false
	}
	for k := e + 2; k < v; k++ {
		// "tổ chức lễ phong tặng và truy tặng …": the ceremony of the
		// giving, which its host only holds.
		if toks[k].is(";") || toks[k].is("cho") || givingWords[strings.ToLower(toks[k].text)] {
			return Org{}, false
		}
	}
	return x.s.Orgs[x.orgs[m.key]], true
}

// titledBody reports whether a title ends right before the body that
// starts at byte b: "Trưởng Ban Nội chính Tỉnh ủy", "Bí thư Huyện ủy".
func titledBody(toks []token, s, b int) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].start >= b })
	for t := max(s, k-4); t < k; t++ {
		if _, n := titleAt(toks, t); n > 0 && t+n >= k { // "Trưởng Ban" shares the body's head
			return true
		}
		if _, n := titleAt(toks, t); n > 0 && t+n+2 == k && toks[t+n].is("thứ") && toks[t+n+1].is("nhất") {
			return true // "Bí thư thứ nhất Trung ương Đoàn" (round 53)
		}
	}
	return false
}

// officeGiver is the office that gives the award at toks[i] when the story
// says "Chủ tịch UBND tỉnh tặng <award>" (also "… quyết định tặng", "…
// trao tặng", "được Chủ tịch nước truy tặng", "đề nghị Thủ tướng Chính
// phủ tặng"), or "". A bare "trao" ties no office, whatever the award
// (round 47); a deputy's State office that "trao tặng" ("Phó Chủ tịch
// nước trao tặng") only presents.
func (x *extractor) officeGiver(toks []token, s, i int) string {
	k, bare, ok := verbOfGiving(toks, s, i)
	if !ok || bare {
		// "Chủ tịch nước trao Huân chương …", "Bí thư Tỉnh ủy trao Huy
		// hiệu …": an office that only hands the award over ties nothing,
		// whatever the award (round 47).
		return ""
	}
	for b := k - 2; b >= s && b >= k-10; b-- {
		// "Chủ tịch nước CHDCND Lào đã quyết định tặng": a named state's
		// office gives, not Vietnam's that its first words spell.
		if offices, _, e, ok := foreignOfficesAt(toks, b); ok && e == k && len(offices) == 1 && !(b > 0 && toks[b-1].is("Phó")) {
			return offices[0]
		}
	}
	for _, p := range namedIssuers {
		b := k - len(p)
		if b < s || p.matchAt(toks, b) != len(p) || !toks[b].capitalized() || b > 0 && toks[b-1].is("Phó") {
			continue
		}
		if p[0] == "pho" && toks[k].is("trao") {
			continue // "Phó Chủ tịch nước trao tặng": the deputy presents
		}
		return collapseSpace(textOf(x.s.Text, toks, b, k))
	}
	for b := k - 3; b >= s && b >= k-8; b-- {
		// "Chủ tịch nước Lê Văn An tặng Huân chương": the office whose
		// holder is named right after it gives, as "Chủ tịch UBND huyện
		// Kbang Nguyễn Văn Dũng tặng" below; the State's office confers
		// what it "trao tặng" too ("Chủ tịch nước Lê Văn An trao tặng
		// Huân chương Độc lập hạng Nhất cho …", round 27), a district's
		// only presents.
		// A deputy so named who signs the decision ("Phó Chủ tịch nước
		// Võ Văn A đã ký quyết định truy tặng …") confers what it signs
		// (round 42).
		deputy := b > 0 && toks[b-1].is("Phó")
		if stateOfficeAt(toks, b) && (!deputy || signsAt(toks, k)) {
			m := 0
			for _, q := range namedIssuers[:2] {
				m = max(m, q.matchAt(toks, b))
			}
			if ne, ok := nameAt(toks, b+m); ok && ne == k {
				from := b
				if deputy {
					from--
				}
				return collapseSpace(textOf(x.s.Text, toks, from, b+m))
			}
		}
	}
	if e := proposedOffice(toks, s, k); e != k {
		// "đề nghị Chủ tịch UBND tỉnh: Thứ nhất, xét và tặng thưởng
		// danh hiệu …": the office proposed, then the list of what it
		// is to confer.
		for b := e - 2; b >= s && b >= e-10; b-- {
			if name, end, ok := x.officeName(toks, b); ok && end == e && b >= 2 && toks[b-1].is("nghị") && toks[b-2].is("đề") {
				return name
			}
		}
	}
	for b := k - 5; b >= s && b >= k-14; b-- {
		if name, e, ok := x.firstOfficeName(toks, b); ok && e == k {
			return name // "Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh ký quyết định truy tặng" (round 53)
		}
	}
	upTo := toks
	if toks[k].is("Quyết") {
		// "Bộ trưởng Bộ Giáo dục và Đào tạo Quyết định tặng": the verb
		// written capitalized, which the body's name must not run into
		// (round 55).
		upTo = toks[:k]
	}
	for b := k - 2; b >= s && b >= k-10; b-- {
		if name, e, ok := x.officeName(upTo, b); ok && e == k && !x.inMention(toks[b].start) {
			// An office that "tặng" or "trao tặng" confers it (one that
			// "trao" bare hands it over: returned above).
			if b > s && toks[b-1].is("Phó") {
				name = "Phó " + name // "Phó Chủ tịch UBND tỉnh tặng": the deputy's office, as written
			}
			return name
		}
		// "Chủ tịch UBND huyện Kbang Nguyễn Văn Dũng tặng giấy khen": the
		// office of the holder named right after it gives ("tặng"); one
		// who "trao" only presents.
		// A deputy so named ("Phó Chủ tịch UBND tỉnh A Trần Văn B tặng
		// Bằng khen") hands over what the head confers (round 39).
		deputy := toks[b].fold == "pho" || b > s && toks[b-1].fold == "pho"
		if t, n := titleAt(toks, b); n > 0 && !t.sharesHead && !toks[k].is("trao") && !deputy {
			if m, ok := parseOrg(x.s.Text, toks, b+n, 0); ok && !m.generic {
				if ne, ok := nameAt(toks, m.j); ok && ne == k {
					return collapseSpace(textOf(x.s.Text, toks, b, b+n)) + " " + x.issuerBody(m, toks)
				}
			}
		}
	}
	return ""
}

// signsAt reports whether the verb of giving at toks[k] is a decision
// signed: "(đã) ký quyết định (về việc) tặng".
func signsAt(toks []token, k int) bool {
	for k < len(toks) && (toks[k].is("đã") || toks[k].is("vừa") || toks[k].is("cũng")) {
		k++
	}
	return k+2 < len(toks) && toks[k].is("ký") && toks[k+1].is("quyết") && toks[k+2].is("định")
}

// proposedOffice returns where the office proposed to confer ends when a
// list of proposals stands between it and the verb of giving at toks[k]
// ("… đề nghị Chủ tịch UBND tỉnh: Thứ nhất, xét và tặng thưởng"), else k.
func proposedOffice(toks []token, s, k int) int {
	e := k
	if e-2 > s && toks[e-1].is("và") && toks[e-2].is("xét") {
		e -= 2
		if e-1 > s && toks[e-1].is("xem") {
			e--
		}
	}
	if e-3 > s && toks[e-1].is(",") && toks[e-3].is("Thứ") {
		e -= 3 // "Thứ nhất,"
	}
	if e == k || e-1 <= s || !toks[e-1].is(":") {
		return k
	}
	return e - 1
}

// directIssuer reports whether an issuer is written right after the award
// kind at toks[i:i+n], without "của": "Cờ thi đua Chính phủ", "bằng khen
// Thủ tướng Chính phủ", "Bằng khen UBND tỉnh". Only certificates and flags
// are named so; an order's name goes on ("Huân chương Lao động").
func directIssuer(text string, toks []token, i, n, j int, kind string) bool {
	if j != i+n || j >= len(toks) || kind != AwardCertificateOfMerit && kind != AwardCertificateOfCommendation && !(kind == AwardOther && toks[i].fold == "co") {
		return false
	}
	for _, p := range namedIssuers {
		if p.matchAt(toks, j) > 0 && toks[j].capitalized() {
			return true
		}
	}
	if h, hn := headAt(toks, j); hn > 0 && h.complete && !h.part {
		if m, ok := parseOrg(text, toks, j, 0); ok && !m.generic && m.hasLevel {
			return true
		}
	}
	if _, ok := officeAt(text, toks, j); ok {
		return true
	}
	return false
}

// inMention reports whether byte b lies in a person's mention: "Chủ tịch
// UBND tỉnh" in "Ông Cao Tường Huy, Chủ tịch UBND tỉnh trao …" is his
// title, not an office acting alone.
func (x *extractor) inMention(b int) bool {
	// Mentions are in text order and do not overlap.
	n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].end > b })
	return n < len(x.mentions) && x.mentions[n].start <= b
}

// reason is a citation with its byte range.
type reason struct {
	text       string
	start, end int
}

// reasons finds the citation of an award in its sentence [s, e): "có thành
// tích …" or "vì …" after it, or "có thành tích …" before it up to "được
// nhận"/"nhận".
func (x *extractor) reasons(toks []token, s, i, end, e int) []reason {
	text := x.s.Text
	for k := end; k < e; k++ {
		if cite.matchAt(toks, k) > 0 || (toks[k].is("vì") && k+1 < e) {
			if e > k {
				return []reason{{textOf(text, toks, k, e), toks[k].start, toks[e-1].end}}
			}
		}
	}
	for k := s; k < i; k++ {
		if cite.matchAt(toks, k) == 0 {
			continue
		}
		stop := i
		for q := k; q < i; q++ {
			if toks[q].is("được") || toks[q].is("nhận") {
				stop = q
				break
			}
		}
		if stop > k {
			return []reason{{textOf(text, toks, k, stop), toks[k].start, toks[stop-1].end}}
		}
	}
	return nil
}

// splitReason pairs a citation naming n achievements ("… năm 2023 và trong
// thực hiện Chỉ thị …") with n issuers, in order.
func splitReason(r reason, n int) []reason {
	parts := strings.Split(r.text, " và trong ")
	if len(parts) != n {
		return []reason{r}
	}
	prefix := ""
	if i := strings.Index(parts[0], " trong "); i >= 0 {
		prefix = parts[0][:i+len(" trong ")]
	}
	out := make([]reason, n)
	off := r.start
	for k, p := range parts {
		t := p
		if k > 0 {
			t = prefix + p
		}
		out[k] = reason{text: t, start: off, end: off + len(p)}
		off += len(p) + len(" và trong ")
	}
	return out
}

// presenter is the person named before "trao" in the sentence, before toks[i].
func (x *extractor) presenter(toks []token, s, i int) string {
	trao := -1
	for k := s; k < i; k++ {
		if toks[k].is("trao") && !(k > 0 && toks[k-1].is("được")) { // "được trao": who received
			trao = toks[k].start
		}
	}
	if trao < 0 {
		return ""
	}
	// mentions are in text order: look only at those in the sentence.
	for n := sort.Search(len(x.mentions), func(n int) bool { return x.mentions[n].start >= toks[s].start }); n < len(x.mentions) && x.mentions[n].start < trao; n++ {
		if x.mentions[n].end <= trao {
			return x.mentions[n].key
		}
	}
	return ""
}

// ofNextAward returns the issuer written after the award that follows the
// one ending at toks[end], joined by "và" and its own count and verb: "5
// đơn vị được nhận Cờ thi đua và 11 đơn vị nhận bằng khen của Bộ Y tế",
// where "của Bộ Y tế" is both awards' (round 50). Only right after the
// first award's name, within its sentence toks[:e].
func (x *extractor) ofNextAward(toks []token, end, e int) (issuer, bool) {
	q := end
	if q+4 >= e || !toks[q].is("và") || !isDigits(toks[q+1].text) {
		return issuer{}, false
	}
	_, k, ok := countAt(toks, q+1, e)
	if !ok || k >= e {
		return issuer{}, false
	}
	if toks[k].is("được") {
		k++
	}
	if k >= e || !(toks[k].is("nhận") || toks[k].is("tặng") || toks[k].is("trao")) {
		return issuer{}, false
	}
	k++
	if k < e && toks[k].is("tặng") {
		k++
	}
	m := 0
	for _, a := range awardKinds {
		if m = a.words.matchAt(toks, k); m > 0 {
			break
		}
	}
	if m == 0 || k+m+1 >= e || !toks[k+m].is("của") {
		return issuer{}, false
	}
	is, _, ok := x.issuerAt(toks, k+m+1)
	if !ok || is.org == nil && is.office == "" {
		return issuer{}, false
	}
	return is, true
}

// bareClass reports whether t is an order's class written alone in Roman
// figures: "II", "III". Classes in words ("hạng Nhất, Nhì, Ba cho 5 cá
// nhân") are read by the rules of lists of classes, before this one.
func bareClass(t token) bool {
	return romanValue(t.text) > 0 && romanValue(t.text) <= 3
}

// bareDanh reports whether toks[i] is "danh" written without "hiệu"
// before a quoted name: "trao tặng danh “Nghệ nhân ưu tú”", a page's
// slip for "danh hiệu" (round 50). The quote is required: "danh" alone
// is also a word of its own ("tặng danh sách", "tặng danh dự").
func bareDanh(toks []token, i int) bool {
	return i+2 < len(toks) && toks[i].fold == "danh" && toks[i].lower() && isQuote(toks[i+1].text) && toks[i+2].capitalized()
}

// honouredAs reports whether toks[i] follows "được tôn vinh là": those
// honoured with the State's title written after it ("28 bác sĩ được tôn
// vinh là Thầy thuốc Ưu tú") receive it, though the sentence names no
// conferrer (round 46). "là" after another verb ("được biết là", "vẫn
// là") confers nothing.
func honouredAs(toks []token, i int) bool {
	return i >= 4 && toks[i-1].is("là") && toks[i-2].is("vinh") && toks[i-3].is("tôn") && toks[i-4].is("được")
}
