// This file holds the rules that read Party badges and the State's
// orders and medals: badges by tier ("Huy hiệu 70 năm tuổi Đảng", tiers
// written bare in a list, tiers after their count), the umbrella "Huy
// hiệu Đảng", orders by name and by initials ("HCLĐ hạng Ba"), their
// classes in words and in figures ("hạng Nhì", "hạng 3"), classes counted
// in parentheses, orders listed by class, and the names of badges and
// commemorative medals.

package importer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Party badges are conferred by tier, for 30 to 90 years in the Party, and
// named in several forms: "Huy hiệu 70 năm tuổi Đảng", "Huy hiệu 60 tuổi
// Đảng", "Huy hiệu 55 năm", "Huy hiệu Đảng 30 năm", and in lists ("huy
// hiệu 40 năm và 30 năm tuổi Đảng"). Each tier is one award, stored under
// the full name.
var (
	badge      = newPhrase("Huy hiệu")
	partyAge   = newPhrase("tuổi Đảng")
	partyYears = newPhrase("năm tuổi Đảng")
)

// badgeTiers reads the tiers of a Party badge at toks[j], right after "Huy
// hiệu": the years of each tier and the token after them.
func badgeTiers(toks []token, j int) ([]string, int) {
	party := false
	if j+2 < len(toks) && toks[j].fold == "dang" && isTier(toks[j+1].text) && toks[j+2].fold == "nam" {
		party = true // "Huy hiệu Đảng 30 năm"
		j++
	}
	var out []string
	// "Huy hiệu 55, 50, 45, 40, 30 năm tuổi Đảng": bare tiers parted by
	// commas or "và" before the last one's "năm", each one tier.
	if k := j; k < len(toks) && isTier(toks[k].text) {
		var bare []string
		for k+2 < len(toks) && isTier(toks[k].text) && (toks[k+1].is(",") || toks[k+1].is("và")) && isTier(toks[k+2].text) && len(bare) < 12 {
			bare = append(bare, toks[k].text)
			k += 2
		}
		if len(bare) > 0 && k+1 < len(toks) && (toks[k+1].fold == "nam" || partyAge.matchAt(toks, k+1) > 0) {
			// "huy hiệu 55, 50 tuổi đảng": the last without "năm" (round 30).
			out = bare
			j = k
		}
	}
	for j < len(toks) && isTier(toks[j].text) {
		k := j + 1
		switch {
		case partyYears.matchAt(toks, k) > 0:
			k += len(partyYears)
		case partyAge.matchAt(toks, k) > 0:
			k += len(partyAge) // "Huy hiệu 60 tuổi Đảng"
		case k < len(toks) && toks[k].fold == "nam" && (party || len(out) > 0 || k+1 >= len(toks) || !isDigits(toks[k+1].text)):
			k++ // "Huy hiệu 55 năm", not "Huy hiệu 2 năm 2023"
		default:
			return out, j
		}
		out = append(out, toks[j].text)
		j = k
		// "40 năm và 30 năm tuổi Đảng", "45, 50 năm", "50 năm đến 70 năm
		// tuổi Đảng" (a range, its two ends each a tier: round 40):
		// another tier follows, not "… 55 năm tuổi đảng và 40 đảng viên
		// được trao …".
		if j+2 < len(toks) && (toks[j].is("và") || toks[j].is(",") || toks[j].is("đến")) && isTier(toks[j+1].text) && len(out) < 13 && (toks[j+2].fold == "nam" || toks[j+2].is(",") || toks[j+2].is("và")) {
			j++
			continue
		}
		break
	}
	return out, j
}

// orderNames are the State's orders and medals by name (Luật Thi đua,
// Khen thưởng), which stories also write in lower case: "Huân chương
// độc lập", "huy chương hữu nghị".
var orderNames []phrase

// orders are those names as the law writes them; orderNames are they,
// folded.
var orders = []string{
	"Sao vàng", "Hồ Chí Minh", "Độc lập",
	"Quân công", "Lao động", "Bảo vệ Tổ quốc",
	"Chiến công", "Dũng cảm", "Đại đoàn kết dân tộc",
	"Hữu nghị", "Kháng chiến chống Mỹ", "Kháng chiến chống Pháp", "Kháng chiến", "Chiến thắng",
	// A medal of the war against the United States, the Lao State's
	// among others: "Huy chương chống Mỹ" (round 27).
	"Chống Mỹ",
}

func init() {
	for _, o := range orders {
		orderNames = append(orderNames, newPhrase(o))
	}
}

// orderAbbr returns the order whose initials toks[i] is, written in
// capitals after "Huân chương" ("BVTQ"), or with its own "HC" ("HCLĐ",
// "HCBVTQ"), and whether the word holds "HC"; or "".
func orderAbbr(toks []token, i int) (string, bool) {
	if i >= len(toks) || len(toks[i].fold) < 2 || !allCaps(toks[i].text) {
		return "", false
	}
	for k, o := range orderNames {
		in := ""
		for _, w := range o {
			in += w[:1]
		}
		switch toks[i].fold {
		case in:
			return orders[k], false
		case "hc" + in:
			return orders[k], true
		}
	}
	return "", false
}

// orderInitialsAt reports whether an order's initials, without "HC", are
// written at toks[j].
func orderInitialsAt(toks []token, j int) bool {
	o, hc := orderAbbr(toks, j)
	return o != "" && !hc
}

// ordersWritten is the text of toks[i:j] with each order written by its
// initials written out: "HCLĐ hạng Ba" → "Huân chương Lao động hạng Ba",
// "Huân chương BVTQ" → "Huân chương Bảo vệ Tổ quốc".
func ordersWritten(text string, toks []token, i, j int) string {
	var b strings.Builder
	at := toks[i].start
	for k := i; k < j; k++ {
		if o, hc := orderAbbr(toks, k); o != "" && (hc || k > i && toks[k-1].fold == "chuong") {
			b.WriteString(text[at:toks[k].start])
			if hc {
				b.WriteString("Huân chương ")
			}
			b.WriteString(o)
			at = toks[k].end
		}
	}
	b.WriteString(text[at:toks[j-1].end])
	return collapseSpace(b.String())
}

// orderNameAt returns the length of the order's name at toks[j], or 0.
func orderNameAt(toks []token, j int) int {
	return anyAt(orderNames, toks, j)
}

// isTier reports whether w is a badge's tier: 30 to 90 years, by fives.
func isTier(w string) bool {
	if len(w) != 2 || !isDigits(w) {
		return false
	}
	n := int(w[0]-'0')*10 + int(w[1]-'0')
	return n >= 30 && n <= 90 && n%5 == 0
}

// rankWord reports whether t names an order's rank after "hạng": "Nhì",
// and in lower case "nhì", "ba" ("hạng nhì và hạng ba").
func rankWord(t token) bool {
	return t.capitalized() || t.fold == "nhat" || t.fold == "nhi" || t.fold == "ba"
}

// genericBadge is "Huy hiệu Đảng" (or "Huy hiệu") without a tier: in a
// story that names the tiers, the umbrella of the badges it lists, not one
// more award.
func genericBadge(name string) bool {
	if i := strings.Index(name, " của "); i > 0 {
		name = name[:i]
	}
	f := textvi.Fold(name)
	return f == "huy hieu" || f == "huy hieu dang"
}

// dropGenericBadges drops the umbrella "Huy hiệu Đảng" of a story that
// names the badges by tier, with what was counted on it (the total of the
// tiers' counts). Where no tier is named, so is the umbrella given only a
// count ("84 đảng viên được trao tặng Huy hiệu từ 30 - 60 năm tuổi Đảng":
// a range of tiers, no one badge); given no one, it stays one award.
func (x *extractor) dropGenericBadges() {
	tiered := false
	for _, a := range x.s.Awards {
		base, _, _ := strings.Cut(a.Name, " của ") // a tier may have its issuer: "… năm tuổi Đảng của Ban Thường vụ Tỉnh ủy"
		tiered = tiered || strings.HasSuffix(base, " năm tuổi Đảng") && strings.HasPrefix(base, "Huy hiệu ")
	}
	x.s.Awards = keep(x.s.Awards, func(a Award) bool {
		if !genericBadge(a.Name) || tiered {
			return !genericBadge(a.Name)
		}
		for _, r := range a.Recipients {
			if r.Count == nil {
				return true
			}
		}
		return len(a.Recipients) == 0
	})
	// So is a commemorative medal's kind alone ("Các cựu thanh niên xung
	// phong nhận Kỷ niệm chương", a caption) in a story that names the
	// medal, when no one is counted or named on it.
	named := false
	for _, a := range x.s.Awards {
		named = named || strings.HasPrefix(textvi.Fold(a.Name), "ky niem chuong ")
	}
	if named {
		x.s.Awards = keep(x.s.Awards, func(a Award) bool { return textvi.Fold(a.Name) != "ky niem chuong" || len(a.Recipients) > 0 })
	}
}

// rankWords are an order's classes written in words, by the figure or
// Roman numeral that writes them too.
var rankWords = map[string]string{"1": "Nhất", "2": "Nhì", "3": "Ba", "I": "Nhất", "II": "Nhì", "III": "Ba"}

// rankInWords is name with its class written in figures ("Huân chương Lao
// động hạng 3") written in words ("… hạng Ba"), folded; or "" when name
// writes no class in figures.
func rankInWords(name string) string {
	base, iss, _ := strings.Cut(name, " của ")
	i := strings.LastIndex(base, " hạng ")
	if i < 0 {
		return ""
	}
	w, ok := rankWords[base[i+len(" hạng "):]]
	if !ok {
		return ""
	}
	return textvi.Fold(base[:i]+" hạng "+w) + "|" + textvi.Fold(iss)
}

// mergeRankFigures gives an order whose class is written in figures
// ("Trao Huân chương Lao động hạng 3 cho …", a headline) to the same order
// the story writes with its class in words ("… hạng Ba"), from the same
// issuer or from none: one award, named as the body writes it. A class
// written only in figures stays as written.
func (x *extractor) mergeRankFigures() {
	drop := map[int]bool{}
	for k, a := range x.s.Awards {
		f := rankInWords(a.Name)
		if f == "" {
			continue
		}
		fbase, fiss, _ := strings.Cut(f, "|")
		// The same name and issuer first; failing that, a figure written
		// without an issuer goes to the one class in words that has one.
		exact, issued := -1, -1
		for q, b := range x.s.Awards {
			if q == k || drop[q] || b.Year != a.Year || rankInWords(b.Name) != "" {
				continue
			}
			if a.Issuer != nil && (b.Issuer == nil || b.Issuer.Name != a.Issuer.Name) {
				continue
			}
			base, iss, _ := strings.Cut(b.Name, " của ")
			switch {
			case textvi.Fold(base) != fbase:
			case textvi.Fold(iss) == fiss && (a.Issuer != nil || b.Issuer == nil):
				exact = pick(exact, q)
			case fiss == "" && a.Issuer == nil:
				issued = pick(issued, q)
			}
		}
		into := exact
		if into == -1 {
			into = issued
		}
		if into < 0 {
			continue
		}
		x.addRecipients(into, a.Recipients)
		drop[k] = true
	}
	if len(drop) > 0 {
		n := 0
		x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
	}
}

// pick is q as the one match found so far after prev (-1: none yet), or
// -2 once there are two.
func pick(prev, q int) int {
	if prev == -1 {
		return q
	}
	return -2
}

// classIssuers names the issuer of a class of an order written without one
// ("Trao Huân chương Lao động hạng Nhì cho …") after the other classes of
// that order the story names with theirs ("Huân chương Lao động hạng Nhất
// của Chủ tịch nước"), or of the order named with its issuer and no class
// ("Huân chương Độc lập của Chủ tịch nước"): a ceremony's classes come from
// one conferrer, named once. With two issuers among the classes the bare one stays as it is.
func (x *extractor) classIssuers() {
	drop := map[int]bool{}
	for k := range x.s.Awards {
		a := &x.s.Awards[k]
		order, _, ranked := strings.Cut(a.Name, " hạng ")
		if !ranked || a.Issuer != nil || strings.Contains(a.Name, " của ") || conferredBare(x.s.Text, a.Span.byte) {
			continue
		}
		iss := ""
		for _, b := range x.s.Awards {
			bo, bi, named := strings.Cut(b.Name, " của ")
			bo, _, classed := strings.Cut(bo, " hạng ")
			if !named || bo != order || b.Year != a.Year {
				continue
			}
			// A class whose issuer its sentence ties lends it to no class
			// of another sentence (sentenceTied, round 49); a class in the
			// headline still takes the story's ("Trao Huân chương Lao động
			// hạng 3 cho ông A" over "Chủ tịch nước tặng … hạng Nhì cho bà
			// B", round 25).
			if classed && !(x.s.TitleGiven && a.Span.byte < len(x.s.Title)) && sentenceTied(x.s.Text, b.Span, a.Span.byte, a.Name) {
				continue
			}
			if !classed && !orderBefore(x.s.Text, a.Span.byte, order) {
				// The order named without a class ties its issuer to the
				// classes of its own sentence only ("được Chủ tịch nước
				// phong tặng Huân chương Độc lập …, có bốn gia đình nhận
				// Huân chương Độc lập hạng Nhất"): a class handed over in a
				// later sentence is named as the text gives it.
				continue
			}
			if iss != "" && iss != bi {
				iss = ""
				break
			}
			iss = bi
		}
		if iss == "" {
			continue
		}
		// The class may be named with its issuer elsewhere: one award.
		name := a.Name + " của " + iss
		if q := slices.IndexFunc(x.s.Awards, func(b Award) bool { return b.Name == name && b.Year == a.Year }); q >= 0 {
			x.addRecipients(q, a.Recipients)
			drop[k] = true
			continue
		}
		a.Name = name
	}
	if len(drop) > 0 {
		n := 0
		x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
	}
}

// classesCounted reads the classes of an order counted in parentheses
// after its name at toks[j]: "(3 hạng nhất, 1 hạng nhì, 9 hạng ba)". It
// returns each class's count and word, and the token after the closing
// parenthesis; or nothing.
func classesCounted(toks []token, j int) ([]int, []string, int) {
	if j >= len(toks) || !toks[j].is("(") {
		return nil, nil, j
	}
	var cs []int
	var ws []string
	for k := j + 1; k+2 < len(toks); {
		n, err := strconv.Atoi(toks[k].text)
		if err != nil || n < 1 || !toks[k+1].is("hạng") || !rankWord(toks[k+2]) {
			return nil, nil, j
		}
		cs, ws = append(cs, n), append(ws, toks[k+2].text)
		k += 3
		switch {
		case k < len(toks) && toks[k].is(")"):
			return cs, ws, k + 1
		case k < len(toks) && (toks[k].is(",") || toks[k].is("và") || toks[k].is(";")):
			k++
		default:
			return nil, nil, j
		}
	}
	return nil, nil, j
}

// classCount is the recipients of one class of an order counted by class
// (see classesCounted): n of the kind the order's whole count is of, when
// its recipients are one count; else none, and none when n is 0 (the
// order itself).
func classCount(rs []Recipient, n int) []Recipient {
	if n == 0 || len(rs) != 1 || rs[0].Count == nil {
		return nil
	}
	c := Count{Total: n}
	if rs[0].Count.Individuals != nil && rs[0].Count.Collectives == nil {
		c.Individuals = &n
	} else if rs[0].Count.Collectives != nil && rs[0].Count.Individuals == nil {
		c.Collectives = &n
	}
	return []Recipient{{Count: &c, Span: rs[0].Span}}
}

// badgeNameEnd returns the end of the name of a badge or a commemorative
// medal (or a medal named for a cause: "Huy chương Vì thế hệ trẻ")
// written without quotes after its kind at toks[i:i+n]: the words
// from a capitalized one up to "cho", "của" or another word no name of
// one holds ("Huy hiệu Tuổi trẻ dũng cảm cho 2 đoàn viên"); or 0. A body
// right after the kind is its issuer, not its name.
func (x *extractor) badgeNameEnd(toks []token, i, n int) int {
	j := i + n
	medal := toks[i].fold == "huy" && j < len(toks) && toks[j].is("Vì") // "Huy chương Vì thế hệ trẻ"
	if badge.matchAt(toks, i) > 0 && toks[i].fold == "huy" && j+1 < len(toks) && (toks[j].text == "tỉnh" || toks[j].text == "thành" && toks[j+1].text == "phố") {
		// A province's own badge, named by the province in lower case:
		// "Huy hiệu tỉnh Kon Tum", "Huy hiệu thành phố Đà Nẵng".
		k := j + 1
		if toks[j].text == "thành" {
			k++
		}
		end := k
		for end < len(toks) && end < k+3 && toks[end].word && toks[end].capitalized() {
			end++
		}
		if end > k {
			return end
		}
	}
	if !(badge.matchAt(toks, i) > 0 || toks[i].fold == "ky" || medal) || j >= len(toks) || !toks[j].capitalized() || toks[j].is("Đảng") {
		return 0
	}
	if _, _, ok := x.orgAt(toks, toks[j].start); ok {
		return 0
	}
	for k := j + 1; k < len(toks) && k <= j+10; k++ {
		if toks[j].is("Vì") && toks[k].is("của") && k+1 < len(toks) && toks[k+1].word {
			// "Kỷ niệm chương Vì sự nghiệp phát triển của phụ nữ Việt
			// Nam": a cause's "của" is the name's, an issuer's is not.
			if _, _, ok := x.orgAt(toks, toks[k+1].start); !ok && anyAt(namedIssuers, toks, k+1) == 0 {
				continue
			}
		}
		if toks[k].is("-") && k+1 < len(toks) && toks[k-1].capitalized() && toks[k+1].capitalized() && toks[k+1].start > toks[k].end {
			continue // "Kỷ niệm chương Thanh niên xung phong Lâm Đồng - Sông Bé": two places
		}
		if !toks[k].word || isStopWord(strings.ToLower(toks[k].text)) || toks[k].is("vì") || toks[k].is("nhằm") || toks[k].is("đợt") || occasionAt(toks, k) || towardAt(toks, k) {
			if k == j+1 {
				return 0 // one word: the rules of names read it
			}
			return k
		}
	}
	return 0
}

// towardAt reports whether "đối với" ("to", before whom an award goes)
// starts at toks[k]: it ends an award's name written without quotes
// ("Huy hiệu Tuổi trẻ dũng cảm đối với 2 cán bộ", round 54).
func towardAt(toks []token, k int) bool {
	return toks[k].is("đối") && k+1 < len(toks) && toks[k+1].is("với")
}

// bareTierAt reports whether a tier of the Party badge is written at
// toks[i] without "Huy hiệu", as an item of a list after the badges of a
// paragraph: "… Huy hiệu Đảng, trong đó: 70 năm tuổi Đảng: 3 đồng chí; 60
// năm tuổi Đảng: 7 đồng chí", "…; 50 tuổi Đảng cho 11 đồng chí, 40 năm
// tuổi Đảng cho 7 đồng chí và 30 năm tuổi Đảng cho 7 đồng chí".
func bareTierAt(toks []token, i int) bool {
	return bareTierLen(toks, i) > 0
}

// bareTierLen returns the length of the bare tier at toks[i] (see
// bareTierAt), its years and "năm tuổi Đảng" or "tuổi Đảng", or 0.
func bareTierLen(toks []token, i int) int {
	if i == 0 || i+1 >= len(toks) || !isTier(toks[i].text) {
		return 0
	}
	m := partyYears.matchAt(toks, i+1)
	if m == 0 {
		m = partyAge.matchAt(toks, i+1) // "50 tuổi Đảng cho 11 đồng chí"
	}
	if m == 0 && shortTierAt(toks, i) {
		m = 1 // "…, 1 đồng chí 45 năm, 5 đồng chí 40 năm và …" (round 52)
	}
	if m == 0 {
		return tiersCountedLen(toks, i)
	}
	j := i + 1 + m
	if j >= len(toks) {
		return 0
	}
	counted := func(k int) bool { _, _, ok := countAt(toks, k, len(toks)); return ok }
	if apposedTier(toks, i) {
		return 1 + m
	}
	if countBeforeTier(toks, i) < 0 {
		if !(toks[i-1].is(":") || toks[i-1].is(";") || toks[i-1].is(",") || toks[i-1].is("đó") || toks[i-1].is("và")) {
			return 0
		}
		if !counted(j) && !toks[j].is(":") && !toks[j].is("có") && !(toks[j].is("cho") && counted(j+1)) {
			return 0
		}
	}
	for k := 0; k < i; k++ {
		if badge.matchAt(toks, k) > 0 {
			return 1 + m
		}
	}
	if detailCue.matchAt(toks, 0) > 0 && (toks[j].is("có") || toks[j].is("cho")) && counted(j+1) {
		// "Cụ thể, 30 năm tuổi Đảng có 24 đảng viên, 40 năm tuổi Đảng có
		// 3 đảng viên": a paragraph that details the badges of the one
		// before, each tier with its count.
		return 1 + m
	}
	return 0
}

// shortTierAt reports whether the tier at toks[i] is written short, its
// years and a bare "năm", as an item of a list of counts whose earlier item
// names the badge in full: "Có 1 đồng chí được nhận huy hiệu 50 năm tuổi
// Đảng, 1 đồng chí 45 năm, 5 đồng chí 40 năm và 5 đồng chí …" (round 52).
// Not read: a bare "năm" that ends no item ("1 đồng chí 45 năm 2023"), or
// no tier in full before it in the sentence.
func shortTierAt(toks []token, i int) bool {
	if i+2 >= len(toks) || toks[i+1].fold != "nam" || countBeforeTier(toks, i) < 0 {
		return false
	}
	if t := toks[i+2]; !t.is(",") && !t.is("và") && !t.is(";") && !t.is(".") {
		return false
	}
	for k := i - 1; k >= 0 && !(toks[k].is(".") && !abbrevDot(toks, k)); k-- {
		if partyYears.matchAt(toks, k) > 0 {
			return true
		}
	}
	return false
}

// tiersCountedLen returns the length of the bare tiers at toks[i] written
// after their count, when the sentence goes on to the Party badge they
// are given: "có 144 đảng viên 70 năm và 75 năm tuổi Đảng vinh dự được
// nhận huy hiệu Đảng" (round 30); 0 otherwise. The count is the tiers'
// together, recorded on the first.
func tiersCountedLen(toks []token, i int) int {
	if countBeforeTier(toks, i) < 0 {
		return 0
	}
	tiers, k := badgeTiers(toks, i)
	if len(tiers) < 2 || toks[k-1].fold != "dang" {
		return 0
	}
	for q := k; q < len(toks) && q < k+12; q++ {
		if toks[q].is(".") || toks[q].is(";") {
			break
		}
		if badge.matchAt(toks, q) > 0 {
			return k - i
		}
	}
	return 0
}

// apposedTier reports whether the bare tier at toks[i] describes the one
// named before it, in apposition, in a sentence that tells of the Party
// badges given: "Thay mặt các đảng viên được nhận Huy hiệu Đảng, đồng chí
// A, đảng viên 55 năm tuổi Đảng, bày tỏ …" names A the holder of the
// badge of that tier (round 30). One named after "cho" is left to the
// giving that names it.
func apposedTier(toks []token, i int) bool {
	if i < 4 || !toks[i-3].is(",") || partyMember.matchAt(toks, i-2) == 0 || !toks[i-4].capitalized() {
		return false
	}
	for k := i - 5; k >= 0 && k >= i-10 && !toks[k].is(","); k-- {
		if toks[k].is("cho") {
			return false // "trao Huy hiệu Đảng cho đồng chí A, đảng viên 55 năm tuổi Đảng": the giving read
		}
	}
	for k := i - 4; k >= 0 && k > i-40 && !(toks[k].is(".") && !abbrevDot(toks, k)); k-- {
		if badge.matchAt(toks, k) > 0 {
			return true
		}
	}
	return false
}

// countBeforeTier returns where the count written right before the bare
// tier at toks[i] starts, an item of a list after a badge given to a count:
// "5 đảng viên được trao Huy hiệu 70 năm tuổi Đảng, 1 đảng viên 60 năm
// tuổi Đảng, 17 đảng viên 55 năm tuổi Đảng", or -1.
func countBeforeTier(toks []token, i int) int {
	for k := i - 1; k >= 1 && k >= i-4; k-- {
		if _, next, ok := countAt(toks, k, i); ok && next == i {
			// "…, 1 đảng viên 60 năm tuổi Đảng"; the list's first after
			// "có", ":" or "gồm" too: "… lần này có 1 đảng viên 80 năm
			// tuổi Đảng, …" (round 26).
			if toks[k-1].is(",") || toks[k-1].is(";") || toks[k-1].is("và") || toks[k-1].is("có") || toks[k-1].is(":") || toks[k-1].is("gồm") {
				return k
			}
			return -1
		}
	}
	return -1
}

// detailCue opens a paragraph that details the one before: "Cụ thể, …".
var detailCue = newPhrase("Cụ thể")

// tiersAfterCount reads the tiers of a Party badge written after those
// given it, at toks[j] right after "Huy hiệu": "(Đảng) cho 93 đảng viên
// có 80, 65, 50 và 30 năm tuổi Đảng" names a badge of each tier. One
// tier alone ("cho đảng viên có 50 năm tuổi Đảng") is no list and is
// left to the sentences that name it.
func tiersAfterCount(toks []token, j int) []string {
	if j < len(toks) && toks[j].fold == "dang" {
		j++
	}
	if j >= len(toks) || !toks[j].is("cho") {
		return nil
	}
	_, next, ok := countAt(toks, j+1, min(len(toks), j+8))
	if !ok {
		// "cho các đảng viên từ 30 năm, 40 năm, … 70 năm tuổi Đảng": the
		// members of a decision, no count, the tiers after "từ" (round 37).
		if j+3 < len(toks) && toks[j+1].is("các") && partyMember.matchAt(toks, j+2) > 0 {
			k := j + 2 + len(partyMember)
			if k < len(toks) && toks[k].is("từ") {
				if tiers, _ := badgeTiers(toks, k+1); len(tiers) >= 2 {
					return tiers
				}
			}
		}
		return nil
	}
	for k := next; k < len(toks) && k < next+3; k++ {
		if toks[k].is("có") {
			if tiers, _ := badgeTiers(toks, k+1); len(tiers) >= 2 {
				return tiers
			}
			return nil
		}
		if !toks[k].word {
			return nil
		}
	}
	return nil
}

// tierCountBefore reports whether the sentence counts, before the
// badges of several tiers at toks[i], those given them: "1.050 đảng viên
// được trao tặng huy hiệu 30, 40, 45, 50, 55 năm tuổi Đảng".
func (x *extractor) tierCountBefore(toks []token, s, i int) bool {
	for k := max(s, i-8); k < i; k++ {
		if _, next, ok := countAt(toks, k, i); ok && next < i && toks[next].is("được") {
			return true
		}
	}
	return false
}

// tierCounted reports whether one of the badges names, of year y, was
// already given a count: "575 đảng viên được trao tặng Huy hiệu 55 năm
// tuổi Đảng và 1.050 đảng viên được trao tặng huy hiệu 30, 40, 45, 50, 55
// năm tuổi Đảng". A count over tiers one of which has its own count mixes
// them, so it is the first tier's no more than another's; one over tiers
// no other count names goes to the first, as the convention has it.
func (x *extractor) tierCounted(names []string, y int) bool {
	for _, n := range names {
		k, ok := x.awards[Award{Name: n, Year: y}.Key()]
		if !ok {
			continue
		}
		for _, r := range x.s.Awards[k].Recipients {
			if r.Count != nil {
				return true
			}
		}
	}
	return false
}

// orderCountRe is the count written right before an order of the list:
// "gồm: 9 Huân chương Độc lập hạng Ba, 3 Huân chương …".
var orderCountRe = regexp.MustCompile(`(\d{1,4}) $`)

// splitGenericOrders reads the orders by class listed after an order
// named only by its kind and issuer: "trao tặng Huân chương của Chủ tịch
// nước cho 83 đồng chí …, gồm: 9 Huân chương Độc lập hạng Ba, 3 Huân
// chương Bảo vệ Tổ quốc hạng Nhì và 71 Huân chương Bảo vệ Tổ quốc hạng
// Ba" (round 37). The classes are the order named again: each takes its
// issuer and, when the order went to a count of individuals, its own
// count as individuals; the kind alone is no award. Two classes at least,
// each counted, in the sentence of the kind, after its "gồm".
func (x *extractor) splitGenericOrders() {
	text := x.s.Text
	for g := 0; g < len(x.s.Awards); g++ {
		a := x.s.Awards[g]
		base, by, ok := strings.Cut(a.Name, " của ")
		if !ok || base != "Huân chương" && base != "Huy chương" {
			continue
		}
		from := a.Span.byte + len(a.Span.Text)
		end := len(text)
		if k := strings.IndexAny(text[from:], "\n;"); k >= 0 {
			end = from + k
		}
		if k := strings.Index(text[from:end], ". "); k >= 0 {
			end = from + k
		}
		gom := strings.Index(text[from:end], "gồm")
		if gom < 0 {
			continue
		}
		gom += from
		individuals := false
		for _, r := range a.Recipients {
			individuals = individuals || r.Count != nil && r.Count.Individuals != nil && r.Count.Collectives == nil
		}
		var members []int
		for k, b := range x.s.Awards {
			if k == g || b.Span.byte < gom || b.Span.byte >= end || !strings.HasPrefix(b.Name, base+" ") || strings.Contains(b.Name, " của ") {
				continue
			}
			if !orderCountRe.MatchString(text[max(gom, b.Span.byte-6):b.Span.byte]) {
				continue
			}
			members = append(members, k)
		}
		if len(members) < 2 {
			continue
		}
		for _, k := range members {
			b := &x.s.Awards[k]
			b.Name += " của " + by
			b.Issuer = a.Issuer
			if !individuals {
				continue
			}
			before := text[max(gom, b.Span.byte-6):b.Span.byte]
			m := orderCountRe.FindStringSubmatchIndex(before)
			n, err := strconv.Atoi(before[m[2]:m[3]])
			if err != nil {
				continue
			}
			start := b.Span.byte - len(before) + m[2]
			b.Recipients = append(b.Recipients, Recipient{Count: &Count{Total: n, Individuals: &n}, Span: spanOf(text, start, start+m[3]-m[2])})
		}
		x.s.Awards = append(x.s.Awards[:g], x.s.Awards[g+1:]...)
		g--
	}
}

// sentenceTied reports whether the class of an order named at span took
// its issuer from its sentence (a mandate, a giver, a decision), not from
// its name: no "của" in the name as written. Such a tie gives the
// issuer to the awards of that sentence only (docs/import.md, "Gold
// lists", Issuers): not to the class named other, the award at at, in
// another sentence, unless the sentence lists that class too ("trao tặng
// Huân chương Lao động hạng Nhất, Nhì, Ba cho 5 cá nhân, cụ thể: …",
// round 49).
func sentenceTied(text string, span Span, at int, other string) bool {
	if strings.Contains(textvi.Fold(span.Text), " cua ") || span.byte < 0 || span.byte > len(text) || at < 0 || at > len(text) {
		return false
	}
	s, e := sentenceSpan(text, span.byte, span.byte)
	if at >= s && at < e {
		return false
	}
	rank := strings.ToLower(other[strings.LastIndex(other, " hạng ")+len(" hạng "):])
	for _, m := range classList.FindAllStringSubmatch(strings.ToLower(text[s:e]), -1) {
		for _, w := range classWord.FindAllString(m[0], -1) {
			if w == rank {
				return false
			}
		}
	}
	return true
}

// classList is a list of an order's classes written after one "hạng"
// ("hạng nhất, nhì, ba", "hạng nhì và hạng ba"), in lower case; classWord
// each class in it.
var (
	classList = regexp.MustCompile(`hạng (nhất|nhì|ba)((, | và )(hạng )?(nhất|nhì|ba))+`)
	classWord = regexp.MustCompile(`nhất|nhì|ba`)
)
