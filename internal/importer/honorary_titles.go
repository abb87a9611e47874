// This file holds the rules that read honorary titles: the titles of the
// emulation law and the State's honorary titles, named in full, by their
// initials ("CSTĐ", "NGƯT") or in lower case ("Lao động tiên tiến"), the
// President who confers the State's titles ("Thừa ủy quyền của Chủ tịch
// nước"), their certificate and badge handed over, and a place's title
// for its citizens ("10 Công dân Thủ đô ưu tú").

package importer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// honoraries are the honorary titles of the emulation law, folded, which a
// report names in any case and often without "danh hiệu".
var honoraries []phrase

// emulationTitles are those titles as the law writes them; honoraries
// are they and stateTitles, folded, in this order.
var emulationTitles = []string{
	"Tập thể lao động xuất sắc", "Tập thể lao động tiên tiến",
	"Lao động tiên tiến", "Lao động xuất sắc",
	"Chiến sĩ thi đua cấp cơ sở", "Chiến sĩ thi đua cơ sở",
	"Chiến sĩ thi đua cấp tỉnh", "Chiến sĩ thi đua cấp bộ",
	"Chiến sĩ thi đua toàn quốc",
	"Chiến sỹ thi đua cấp cơ sở", "Chiến sỹ thi đua cơ sở",
	"Chiến sỹ thi đua cấp tỉnh", "Chiến sỹ thi đua cấp bộ",
	"Chiến sỹ thi đua toàn quốc",
	// A city's and a district's: "Chiến sĩ thi đua thành phố".
	"Chiến sĩ thi đua cấp thành phố", "Chiến sĩ thi đua thành phố", "Chiến sĩ thi đua cấp huyện",
	"Chiến sỹ thi đua cấp thành phố", "Chiến sỹ thi đua thành phố", "Chiến sỹ thi đua cấp huyện",
	"Đơn vị quyết thắng", "Đơn vị tiên tiến",
}

// stateTitles are the State's honorary titles (danh hiệu vinh dự Nhà
// nước), which the Chủ tịch nước confers; the rules read them as the
// honoraries above, and by their initials too (stateTitleAbbr).
var stateTitles = []string{
	"Bà mẹ Việt Nam anh hùng", "Mẹ Việt Nam anh hùng",
	"Anh hùng Lao động thời kỳ đổi mới", "Anh hùng Lực lượng vũ trang nhân dân thời kỳ đổi mới", // before the shorter names
	"Anh hùng Lao động", "Anh hùng Lực lượng vũ trang nhân dân",
	"Nhà giáo Nhân dân", "Nhà giáo Ưu tú",
	"Thầy thuốc Nhân dân", "Thầy thuốc Ưu tú",
	"Nghệ sĩ Nhân dân", "Nghệ sĩ Ưu tú",
	"Nghệ nhân Nhân dân", "Nghệ nhân Ưu tú", // the craftsmen's: "Nghệ nhân ưu tú" (NNƯT)
}

func init() {
	for _, t := range append(slices.Clone(emulationTitles), stateTitles...) {
		honoraries = append(honoraries, newPhrase(t))
	}
}

// titleByLeadInitials returns the honorary title at toks[i] whose first
// words are written by their initials in one word of capitals ("CSTĐ
// cấp tỉnh", "TTLĐ xuất sắc"), and its length; or "", 0.
func titleByLeadInitials(text string, toks []token, i int) (string, int) {
	if i >= len(toks) || len(toks[i].fold) < 2 || !allCaps(toks[i].text) {
		return "", 0
	}
	for k, t := range append(slices.Clone(emulationTitles), stateTitles...) {
		h, words := honoraries[k], strings.Fields(t)
		for l := 2; l < len(h); l++ {
			in := ""
			for _, w := range h[:l] {
				in += w[:1]
			}
			if in == toks[i].fold && phrase(h[l:]).matchAt(toks, i+1) > 0 {
				n := 1 + len(h) - l
				return "Danh hiệu " + strings.Join(words[:l], " ") + " " + collapseSpace(textOf(text, toks, i+1, i+n)), n
			}
		}
	}
	return "", 0
}

// honoraryTitleAt returns the honorary title at toks[i], named in full or by its
// initials ("Danh hiệu Nghệ nhân Ưu tú" for "NNƯT"), and its length; or
// "", 0.
func honoraryTitleAt(text string, toks []token, i int) (string, int) {
	if hn := honoraryAt(toks, i); hn > 0 {
		return "Danh hiệu " + upperFirst(collapseSpace(textOf(text, toks, i, i+hn))), hn
	}
	if t := stateTitleAbbr(toks, i); t != "" {
		return "Danh hiệu " + t, 1
	}
	return titleByLeadInitials(text, toks, i)
}

// stateTitleAbbr returns the State's honorary title whose initials
// toks[i] is, written in capitals ("NGƯT", "NSND", "NNƯT"), or "".
func stateTitleAbbr(toks []token, i int) string {
	if i >= len(toks) || len(toks[i].fold) < 4 {
		return ""
	}
	return stateTitleByInitials(toks, i, i+1)
}

// stateTitleByInitials returns the State's honorary title that
// toks[i:k] write with some words by their initials in capitals ("Bà
// mẹ VNAH", "NNƯT"), or "".
func stateTitleByInitials(toks []token, i, k int) string {
	initials, caps := "", false
	for _, t := range toks[i:k] {
		switch {
		case !t.word:
			return ""
		case len(t.fold) >= 2 && strings.ToUpper(t.text) == t.text:
			initials += t.fold
			caps = true
		default:
			initials += t.fold[:1]
		}
	}
	if !caps {
		return ""
	}
	for _, t := range stateTitles {
		in := ""
		for _, w := range newPhrase(t) {
			in += w[:1]
		}
		if in == initials {
			return t
		}
	}
	return ""
}

// initialsTitleEnd returns the end of a State's title written at toks[q]
// unquoted, its first words written out and capitalized and its last word
// the initials of the rest in capitals ("Bà mẹ VNAH"), or 0. A word of
// initials alone ("NNƯT") is stateTitleAbbr's.
func initialsTitleEnd(toks []token, q int) int {
	if q >= len(toks) || !toks[q].capitalized() {
		return 0
	}
	for k := q + 2; k <= len(toks) && k <= q+5; k++ {
		t := toks[k-1]
		if !t.word {
			return 0
		}
		if len(t.fold) >= 2 && strings.ToUpper(t.text) == t.text {
			if stateTitleByInitials(toks, q, k) != "" {
				return k
			}
			return 0
		}
	}
	return 0
}

// stateTitle reports whether name is one of the State's honorary titles.
func stateTitle(name string) bool {
	f := newPhrase(strings.TrimPrefix(name, "Danh hiệu "))
	for _, t := range stateTitles {
		if strings.Join(newPhrase(t), " ") == strings.Join(f, " ") {
			return true
		}
	}
	return false
}

// honor is "vinh dự Nhà nước" in "danh hiệu vinh dự Nhà nước “…”".
var honor = newPhrase("vinh dự nhà nước")

// honoraryAt returns the length of the honorary title at toks[i], or 0.
func honoraryAt(toks []token, i int) int {
	for _, h := range honoraries {
		if n := h.matchAt(toks, i); n > 0 {
			return n
		}
	}
	return 0
}

// countedAfter reports whether a count of recipients follows toks[j]
// (after a closing quote): "… cho 16 tập thể", "…: 45 cá nhân".
func countedAfter(toks []token, j int) bool {
	if j < len(toks) && isQuote(toks[j].text) {
		j++
	}
	if j+1 >= len(toks) || !(toks[j].is("cho") || toks[j].is(":")) {
		return false
	}
	_, _, ok := countAt(toks, j+1, min(len(toks), j+8))
	return ok
}

func isQuote(s string) bool {
	return s == "“" || s == "”" || s == `"` || s == "'" || s == "‘" || s == "’"
}

// stateOfficeNamed reports whether the story names an office of the
// foreign state st, in any paragraph, other than its "Nhà nước" ("Chủ tịch nước Cộng hòa
// dân chủ nhân dân Lào" for "CHDCND Lào"): the last words of the states
// agree.
func (x *extractor) stateOfficeNamed(st string) bool {
	toks := x.storyTokens()
	last := func(s string) string {
		f := strings.Fields(textvi.Fold(s))
		return f[len(f)-1]
	}
	for k := range toks {
		if !toks[k].capitalized() || toks[k].is("Nhà") {
			continue
		}
		if _, s, _, ok := foreignOfficesAt(toks, k); ok && last(s) == last(st) {
			return true
		}
	}
	return false
}

// awardSentence is the sentence around toks[i] as sentenceBounds reads
// it, except that the stop of "TP." or "TX." before a city's or town's
// name ends no sentence ("UBND TP. Bạc Liêu trao giấy khen cho 70 cá
// nhân", "tặng giấy khen cho UBND TX. Gò Công"), as parseOrg reads it.
func awardSentence(toks []token, i int) (int, int) {
	s, e := sentenceBounds(toks, i)
	for s >= 2 && shortCityDot(toks, s-1) {
		s, _ = sentenceBounds(toks, s-2)
	}
	for e+1 < len(toks) && shortCityDot(toks, e) {
		_, e = sentenceBounds(toks, e+1)
	}
	return s, e
}

// shortCityDot reports whether the stop toks[k] shortens "thành phố" or
// "thị xã" before a place's name of two words or more ("TP. Bạc Liêu"),
// not a stop at the end of a sentence ("UBND TP. Trao tặng …").
func shortCityDot(toks []token, k int) bool {
	return k >= 1 && k+1 < len(toks) && toks[k].is(".") && (toks[k-1].is("TP") || toks[k-1].is("TX")) && !sentenceAfterDot(toks, k+1)
}

// recognizedBy reads the issuer written right after a title as the one
// who recognizes it: "15 Nhà giáo ưu tú được Chủ tịch nước công nhận"
// ("### Gold lists", Issuers: "(được) Y công nhận (danh hiệu)", round 39).
// "được", the issuer and "công nhận" must follow the title at once.
func (x *extractor) recognizedBy(toks []token, j, e int) (issuer, bool) {
	if j+3 >= e || !toks[j].is("được") {
		return issuer{}, false
	}
	is, f, ok := x.issuerAt(toks, j+1)
	if !ok || f+1 >= len(toks) || f+1 >= e || !(toks[f].is("công") && toks[f+1].is("nhận")) {
		return issuer{}, false
	}
	return is, true
}

// titleOf reads the issuer written after an honorary title by "của", as
// after an award's name: "trao danh hiệu “Tập thể lao động xuất sắc” của
// Chủ tịch UBND tỉnh cho 7 tập thể" (round 42). Only an office: a body
// after "của" may as well hold the title ("danh hiệu Anh hùng của Công an
// tỉnh").
// It returns the token after the office, where the recipients may follow.
func (x *extractor) titleOf(toks []token, j int) (issuer, int, bool) {
	for j < len(toks) && !toks[j].word && !toks[j].is(",") && !toks[j].is(";") && !toks[j].is(".") {
		j++ // the closing quote
	}
	if j+1 >= len(toks) || !toks[j].is("của") {
		return issuer{}, 0, false
	}
	is, e, ok := x.issuerAt(toks, j+1)
	if !ok || is.office == "" {
		return issuer{}, 0, false
	}
	return is, e, true
}

// addHonorary records the honorary title toks[i:j] named name, with the
// issuer the text ties to it and the recipients its sentence gives it.
func (x *extractor) addHonorary(toks []token, i, j int, name string, listed bool) int {
	s, e := awardSentence(toks, i)
	of, ofEnd, byOf := x.titleOf(toks, j)
	after := j
	if byOf {
		after = ofEnd // "danh hiệu A của Chủ tịch UBND tỉnh cho 7 tập thể"
	}
	recipients := x.recipientsIn(toks, s, i, after, e)
	if listed {
		recipients = countsDropped(recipients)
	}
	a := Award{Kind: AwardHonoraryTitle, Name: name, Year: x.s.Year, Span: spanOf(x.s.Text, toks[i].start, toks[j-1].end)}
	// "… danh hiệu “Nhà giáo ưu tú” do Chủ tịch nước ký tặng": the
	// giver written after the title, as after an award's name.
	is, ok := x.givenByAfter(toks, j, e)
	if !ok {
		is, ok = x.recognizedBy(toks, j, e)
	}
	if !ok && byOf {
		is, ok = of, true
	}
	if !ok {
		is, ok = x.tiedIssuer(toks, s, i, name)
	}
	if ok && is.org == nil && stateTitle(name) && !strings.HasPrefix(textvi.Fold(is.office), textvi.Fold("Chủ tịch nước")) && mandateStory(x.s.Text) && x.stateConferrer() != "" {
		// "Thừa ủy quyền của Chủ tịch nước, Phó Chủ tịch UBND tỉnh A đã
		// trao …", then "Phó Chủ tịch UBND tỉnh cũng trao tặng danh hiệu
		// Nghệ nhân ưu tú …": the official who hands a State title over on
		// the President's behalf is never its issuer (round 38).
		ok = false
	}
	if ok && is.org != nil && stateTitle(name) && x.stateConferrer() != "" {
		// Nor is a body, of a story that says the President confers it:
		// "Bộ Công Thương tổ chức Lễ trao tặng danh hiệu Nghệ nhân Ưu tú
		// …", then "… được Chủ tịch nước phong tặng danh hiệu “Nghệ nhân
		// Ưu tú”": the ministry holds the ceremony (round 54).
		ok = false
	}
	if ok {
		// "Thừa ủy quyền của Chủ tịch nước, … truy tặng danh hiệu …"; a
		// mandate of a level ("thay mặt lãnh đạo Đảng, Nhà nước") gives
		// none.
		if is.org != nil {
			a.Issuer = is.org
		}
		if n := is.name(); n != "" {
			a.Name = name + " của " + n
		}
	} else if stateTitle(name) {
		// A State honorary title's issuer may be tied in another sentence
		// of the ceremony ("Thừa ủy quyền của Chủ tịch nước, lãnh đạo
		// huyện trao danh hiệu vinh dự Nhà nước cho …"); one who only
		// presents it ("Phó Chủ tịch nước … trao") is no issuer.
		if by := x.stateConferrer(); by != "" {
			a.Name = name + " của " + by
		}
	}
	if k, ok := x.awards[a.Key()]; ok {
		x.addRecipients(k, recipients)
		return k
	}
	if len(x.s.Awards) >= maxEntities {
		return -1
	}
	x.awards[a.Key()] = len(x.s.Awards)
	x.s.Awards = append(x.s.Awards, a)
	x.addRecipients(len(x.s.Awards)-1, recipients)
	return len(x.s.Awards) - 1
}

// conferredByStateRe ties the State's honorary titles of a story to the
// President: "được Chủ tịch nước truy tặng", "Thừa ủy quyền (của) Chủ tịch
// nước", "Thừa quyền Chủ tịch nước", "theo Quyết định của Chủ tịch nước",
// "Chủ tịch nước truy tặng", "Chủ tịch nước (name) vừa ký" (a decision),
// "theo Quyết định 2458/QĐ-CTN ngày 30/9/2014 của Chủ tịch nước" (its
// number and day between, round 33). "được Nhà nước trao tặng" ties none: the
// State alone is a level, not an office.
var conferredByStateRe = regexp.MustCompile(`(?i)(?:được|(?:ủy|uỷ)\s+(?:quyền|nhiệm)(?:\s+của)?|thừa\s+quyền|quyết\s+định(?:\s+(?:số\s+)?\d+/[\p{L}\d/-]+)?(?:\s+ngày\s+\d{1,2}/\d{1,2}/\d{4})?\s+của)\s+(chủ\s+tịch\s+nước)|(chủ\s+tịch\s+nước)\s+(?:đã\s+)?(?:(?:truy|phong|trao)\s+)?tặng|(chủ\s+tịch\s+nước)(?:\s+[^\s,.;]+){0,4}?\s+(?:đã|vừa)\s+ký`)

// titleInsigniaRe is the certificate and badge of an honorary title
// handed over, named by their kinds alone: "trao Bằng, Huy hiệu và tiền
// thưởng", "trao Bằng và Huy hiệu cho …".
var titleInsigniaRe = regexp.MustCompile(`(?:^|[^\p{L}])Bằng\s*(?:,|và)\s*[Hh]uy\s+hiệu(?:\s*(?:,|và|cho|\.|$)|$)`)

// stateConferrer is "Chủ tịch nước" when the story ties the President to
// a danh hiệu in one sentence ("Thừa ủy quyền của Chủ tịch nước, lãnh đạo
// huyện trao danh hiệu vinh dự Nhà nước …"), else "": a tie to another
// award ("theo Quyết định của Chủ tịch nước, tỉnh trao Huân chương") is
// none of the title's.
func (x *extractor) stateConferrer() string {
	for _, m := range conferredByStateRe.FindAllStringSubmatchIndex(x.s.Text, -1) {
		at := m[2]
		if at < 0 {
			at = m[4] // "Chủ tịch nước truy tặng"
		}
		if at < 0 {
			at = m[6] // "Chủ tịch nước Nguyễn Phú Trọng vừa ký Quyết định … phong tặng danh hiệu"
		}
		// "Phó Chủ tịch nước" is not the President.
		if strings.HasSuffix(strings.ToLower(x.s.Text[max(0, at-8):at]), "phó ") {
			continue
		}
		if inRunningTotal(x.s.Text, m[0]) {
			// "Tính đến nay, toàn huyện có 878 Mẹ đã được Chủ tịch nước
			// phong tặng …": a running total ties nothing (round 44).
			continue
		}
		rest := x.s.Text[m[1]:min(len(x.s.Text), m[1]+200)]
		if k := strings.IndexAny(rest, ".;\n"); k >= 0 {
			rest = rest[:k]
		}
		if strings.Contains(strings.ToLower(rest), "danh hiệu") || namesStateTitle(rest) {
			return "Chủ tịch nước"
		}
		if m[2] >= 0 && titleInsigniaRe.MatchString(rest) && namesStateTitle(x.s.Text) {
			// "Thừa ủy quyền của Chủ tịch nước, … trao Bằng, Huy hiệu và
			// tiền thưởng cho thân nhân của 5 bà mẹ": the certificate and
			// badge of the State title the story names (round 37).
			return "Chủ tịch nước"
		}
		if m[2] >= 0 && strings.Contains(strings.ToLower(x.s.Text[m[0]:m[2]]), "quyết") {
			// "… được truy tặng danh hiệu … theo Quyết định 2458/QĐ-CTN
			// ngày 30/9/2014 của Chủ tịch nước." (round 33): the decision
			// that ends the title's sentence.
			before := x.s.Text[max(0, m[0]-300):m[0]]
			if k := max(strings.LastIndex(before, ". "), strings.LastIndex(before, "\n"), strings.LastIndex(before, ";")); k >= 0 {
				before = before[k+1:]
			}
			if strings.Contains(strings.ToLower(before), "danh hiệu") || namesStateTitle(before) {
				return "Chủ tịch nước"
			}
		}
	}
	return ""
}

// namesStateTitle reports whether s names one of the State's honorary
// titles in full, as its certificate does: "trao Bằng Mẹ Việt Nam anh
// hùng cho các mẹ" (round 32).
func namesStateTitle(s string) bool {
	f := " " + textvi.Fold(s) + " "
	for _, t := range stateTitles {
		if strings.Contains(f, " "+textvi.Fold(t)+" ") {
			return true
		}
	}
	return false
}

// honoraryTails end the name of an honorary title in lower case: "Tập thể
// Lao động xuất sắc", "Lao động tiên tiến", "Chiến sĩ thi đua cấp tỉnh".
// A city's titles and flags name it by its level too: "Cờ thi đua cấp
// thành phố", "Chiến sĩ thi đua thành phố". A place's citizens' title
// ends in "ưu tú": "danh hiệu Công dân Thủ đô ưu tú" (round 32).
var honoraryTails = []phrase{newPhrase("xuất sắc"), newPhrase("tiêu biểu"), newPhrase("ưu tú"), newPhrase("tiên tiến"), newPhrase("cấp tỉnh"), newPhrase("cấp cơ sở"), newPhrase("cơ sở"), newPhrase("cấp bộ"), newPhrase("toàn quốc"), newPhrase("cấp thành phố"), newPhrase("cấp huyện"), newPhrase("thành phố")}

func honoraryTailAt(toks []token, j int) int {
	if !toks[j].lower() {
		return 0
	}
	n := anyAt(honoraryTails, toks, j)
	if n > 0 && j+n < len(toks) && toks[j+n].capitalized() && toks[j].is("thành") {
		return 0 // "… thành phố Cần Thơ": the city named, not its level
	}
	return n
}

// citizenTitleAt returns the length of a place's title for its citizens
// at toks[i], "Công dân" and the place's name in capitals ending in "ưu
// tú" ("Công dân Thủ đô ưu tú", "Công dân Bắc Giang ưu tú"), or 0.
func citizenTitleAt(toks []token, i int) int {
	if i+4 >= len(toks) || !toks[i].is("Công") || toks[i+1].is("dân") == false || toks[i].lower() {
		return 0
	}
	for k := i + 2; k < len(toks) && k < i+6; k++ {
		if toks[k].is("ưu") && k+1 < len(toks) && toks[k+1].is("tú") {
			if k == i+2 {
				return 0
			}
			return k + 2 - i
		}
		if !toks[k].word || k == i+2 && toks[k].lower() {
			return 0 // the place's name opens in capitals: "Thủ đô", "Bắc Giang"
		}
	}
	return 0
}

// countedCitizenTitle reads a citizens' title at toks[i], perhaps in
// quotes, right after a count ("10 Công dân Thủ đô ưu tú", "10 “Công dân
// Bắc Giang ưu tú”"): its length and where the count is.
func countedCitizenTitle(toks []token, i int) (int, int) {
	c := i - 1
	if isQuote(toks[c].text) {
		c--
	}
	if c < 0 || !isDigits(toks[c].text) || len(toks[c].text) > 3 {
		return 0, -1
	}
	n := citizenTitleAt(toks, i)
	if n == 0 || c < i-1 && !(i+n < len(toks) && isQuote(toks[i+n].text)) {
		return 0, -1
	}
	return n, c
}

// addCitizenTitle records the citizens' title toks[i:j] as an honorary
// title given to as many people as the count at toks[c] says.
func (x *extractor) addCitizenTitle(toks []token, i, j, c int) {
	name := "Danh hiệu " + collapseSpace(textOf(x.s.Text, toks, i, j))
	before := len(x.s.Awards)
	x.addHonorary(toks, i, j, name, true)
	k := len(x.s.Awards) - 1
	if len(x.s.Awards) == before {
		k = slices.IndexFunc(x.s.Awards, func(a Award) bool { return strings.HasPrefix(a.Name, name) })
	}
	if k < 0 {
		return
	}
	v, err := strconv.Atoi(toks[c].text)
	if err != nil || v == 0 {
		return
	}
	x.addRecipients(k, []Recipient{{Count: &Count{Total: v, Individuals: &v}, Span: spanOf(x.s.Text, toks[c].start, toks[c].end)}})
}

// insigniaBeforeRe is the certificate written right before the badge of
// an honorary title: "trao Bằng, Huy hiệu …".
var insigniaBeforeRe = regexp.MustCompile(`(?:^|[^\p{L}])Bằng\s*(?:,|và)\s*$`)

// dropTitleInsignia drops the badge named by its kind alone beside the
// certificate of a State honorary title the story names: "Thừa ủy quyền
// của Chủ tịch nước, … trao Bằng, Huy hiệu và tiền thưởng cho thân nhân
// của 5 bà mẹ" hands over the title's insignia, no award of its own
// (round 37).
func (x *extractor) dropTitleInsignia() {
	if !namesStateTitle(x.s.Text) {
		return
	}
	text := x.s.Text
	x.s.Awards = keep(x.s.Awards, func(a Award) bool {
		base, _, _ := strings.Cut(a.Name, " của ")
		return base != "Huy hiệu" || !insigniaBeforeRe.MatchString(text[max(0, a.Span.byte-12):a.Span.byte])
	})
}
