// This file holds the rules that read an award a story tells more than
// once or tells as no conferral: the same award told short, without its
// issuer, with its class in figures, by its prize's edition or in a
// headline, cut at the story's end; the counts two mentions give it; and
// what a story tells as a record of past honours, a running total or a
// period's review ("Tính từ đầu năm đến nay", "Những thành tích …").

package importer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// dropCutAwards drops an award named where the story's text ends with
// no closing mark, cut inside its last word, whose name starts another
// award's of the story: "… Huân chương Lao đ" at the end of a stored page
// that names "Huân chương Lao động hạng Ba" before (round 31).
func (x *extractor) dropCutAwards() {
	text := strings.TrimRight(x.s.Text, " \t\r\n")
	if text == "" || strings.ContainsAny(text[len(text)-1:], ".!?”\")…") {
		return
	}
	out := x.s.Awards[:0]
	for k, a := range x.s.Awards {
		cut := false
		if a.Span.byte+len(a.Span.Text) == len(text) {
			f := textvi.Fold(a.Name)
			for q, b := range x.s.Awards {
				if g := textvi.Fold(b.Name); q != k && len(g) > len(f) && strings.HasPrefix(g, f) && g[len(f)] != ' ' {
					cut = true
					break
				}
			}
		}
		if !cut {
			out = append(out, a)
		}
	}
	x.s.Awards = out
}

// mergeWrappedAwards makes one award of an award named where its line
// ends, wrapped before the rest of its name: a caption broken across
// lines ("… trao danh hiệu Bà mẹ Việt Nam" and, on the next line, "anh
// hùng cho …", round 40). When the next line opens in lower case with the
// words that complete another award's name of the story, the cut name's
// recipients go to the whole one and the cut one is dropped. A line that
// opens with other words, or in capitals, leaves both as they are.
func (x *extractor) mergeWrappedAwards() {
	text := x.s.Text
	drop := map[int]bool{}
	for k, a := range x.s.Awards {
		end := a.Span.byte + len(a.Span.Text)
		if a.Issuer != nil || strings.Contains(a.Name, " của ") || end <= 0 || end > len(text) {
			continue
		}
		rest := strings.TrimLeft(text[end:], " \t\r")
		if !strings.HasPrefix(rest, "\n") {
			continue
		}
		rest = strings.TrimLeft(rest, " \t\r\n")
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLower(r) {
			continue
		}
		f := textvi.Fold(a.Name)
		next := textvi.Fold(rest)
		for q, b := range x.s.Awards {
			base, _, _ := strings.Cut(b.Name, " của ")
			g := textvi.Fold(base)
			if q == k || drop[q] || !strings.HasPrefix(g, f+" ") {
				continue
			}
			if tail := g[len(f)+1:]; strings.HasPrefix(next, tail) && (len(next) == len(tail) || !unicode.IsLetter(rune(next[len(tail)]))) {
				x.addRecipients(q, a.Recipients)
				drop[k] = true
				break
			}
		}
	}
	if len(drop) > 0 {
		n := 0
		x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
	}
}

// dropKindOnlyAwards drops an order or medal named by its kind alone
// with its giver ("Lễ trao tặng Huân chương của Nhà nước Lào cho 1 tập
// thể và 6 cá nhân", round 40) when the story names orders of that kind
// by their names ("Huân chương Lao động hạng Nhất", "Huân chương Hữu
// nghị"): the kind alone sums those, no award of its own. Only a giver
// that is a state as a whole ("Nhà nước Lào"), which confers through its
// offices: the kind alone of an office ("Huân chương của Chủ tịch nước")
// is round 37's. Alone in its story it stays.
func (x *extractor) dropKindOnlyAwards() {
	drop := map[int]bool{}
	for k, a := range x.s.Awards {
		base, iss, _ := strings.Cut(a.Name, " của ")
		f := textvi.Fold(base)
		if f != textvi.Fold("Huân chương") && f != textvi.Fold("Huy chương") || !strings.HasPrefix(textvi.Fold(iss), textvi.Fold("Nhà nước")+" ") {
			continue
		}
		for q, b := range x.s.Awards {
			if g, _, _ := strings.Cut(b.Name, " của "); q != k && strings.HasPrefix(textvi.Fold(g), f+" ") {
				drop[k] = true
				break
			}
		}
	}
	if len(drop) > 0 {
		n := 0
		x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
	}
}

// regulationCited is a sentence citing a regulation ("theo Thông tư
// 160/2014/TT-BQP …", "Theo Nghị định …", "theo Luật Thi đua, khen
// thưởng"), and kindListed what follows an award the regulation lists
// ("… gồm:", "… để tặng cho …", "… dùng để tặng …").
var (
	regulationCited = regexp.MustCompile(`(?i)(^|[\s,(])theo (thông tư|nghị định|luật|điều lệ)([^\p{L}]|$)`)
	kindListed      = regexp.MustCompile(`^["“”»’\s]*(gồm|bao gồm|để tặng|để truy tặng|dùng để|được dùng để)([^\p{L}]|$)`)
)

// dropRegulationKinds drops an award named in a sentence that tells what a
// regulation provides ("theo Thông tư … do Bộ Quốc phòng ban hành, Kỷ
// niệm chương của Bộ Quốc phòng gồm: Kỷ niệm chương “A” để tặng cho …;
// Kỷ niệm chương “B” để tặng …", round 40) when the award is listed as
// what the regulation has ("gồm") or what it is for ("để tặng"): the
// regulation's kinds, not a conferral. An award named in such a sentence
// and given to someone ("theo Luật …, ông A được tặng Bằng khen") stays.
func (x *extractor) dropRegulationKinds() {
	text := x.s.Text
	drop := map[int]bool{}
	for k, a := range x.s.Awards {
		b, e := a.Span.byte, a.Span.byte+len(a.Span.Text)
		if b < 0 || e > len(text) || b >= e {
			continue
		}
		from := strings.LastIndexAny(text[:b], ".!?\n") + 1
		if regulationCited.MatchString(text[from:b]) && kindListed.MatchString(text[e:]) {
			drop[k] = true
		}
	}
	if len(drop) > 0 {
		n := 0
		x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
	}
}

// mergeBareAwards gives an award named without its issuer ("tặng Cờ thi
// đua cho Báo Nghệ An") to the one award of that name the story names with
// its issuer ("Cờ thi đua của Chính phủ"), before or after it: a story
// names an award in full once and short elsewhere. With two issuers of
// that name the short one stays as it is.
func (x *extractor) mergeBareAwards() {
	defer x.headlineCounts() // last: when the story's one award is known
	defer x.dropPlaceInCollective()
	defer x.classIssuers()     // after the umbrellas of ranked orders are dropped
	defer x.dropRetoldPlaces() // after the short names are merged into the full
	x.dropRecords()
	x.dropCutAwards()
	x.mergeWrappedAwards()
	x.dropKindOnlyAwards()
	x.dropRegulationKinds()
	x.mergePeriodTitles()
	x.fullOffices()
	x.mergeOfficeForms()
	x.mergeRankFigures()
	x.nameShortMedals()
	drop := map[int]bool{}
	for k := range x.s.Awards {
		a := &x.s.Awards[k]
		if base, iss, _ := strings.Cut(a.Name, " của "); !strings.Contains(base, " hạng ") {
			// "Huân chương Lao động" in a story that names its ranks
			// ("… hạng Nhì", "… hạng Ba") from the same issuer: the
			// umbrella of the ranked ones, its recipients those of the first.
			ranked, ranks := -1, 0
			for q := range x.s.Awards {
				b, biss, _ := strings.Cut(x.s.Awards[q].Name, " của ")
				if q != k && !drop[q] && biss == iss && strings.HasPrefix(b, base+" hạng ") {
					if ranks++; ranked < 0 {
						ranked = q
					}
				}
			}
			if ranks >= 2 && !totalled(a.Recipients) { // one rank named beside it is another award
				x.addRecipients(ranked, a.Recipients)
				drop[k] = true
				continue
			}
			if q := x.retoldRank(k, base, drop); iss == "" && a.Issuer == nil && q >= 0 {
				x.addRecipients(q, a.Recipients)
				drop[k] = true
				continue
			}
		}
		if q := x.issuedEdition(k, drop); q >= 0 {
			b := &x.s.Awards[q]
			short, _, _ := strings.Cut(a.Name, " của ")
			b.Name += a.Name[len(short):]
			b.Issuer = a.Issuer
			x.addRecipients(q, a.Recipients)
			drop[k] = true
			continue
		}
		if a.Issuer != nil || strings.Contains(a.Name, " của ") {
			continue
		}
		if q := x.editionOf(k, drop); q >= 0 {
			x.addRecipients(q, a.Recipients)
			drop[k] = true
			continue
		}
		into := -1
		for q := range x.s.Awards {
			b := x.s.Awards[q]
			if q == k || drop[q] || b.Year != a.Year || !strings.HasPrefix(strings.ToLower(b.Name), strings.ToLower(a.Name)+" của ") {
				continue
			}
			if into >= 0 {
				into = -2
				break
			}
			into = q
		}
		if into == -2 {
			into = x.sameCounted(k, drop)
		}
		if into == -1 {
			into = x.earlierYearIssued(k, drop)
		}
		if into < 0 || otherCounts(a.Recipients, x.s.Awards[into].Recipients) {
			continue
		}
		if x.s.Awards[into].PresentedBy == "" {
			x.s.Awards[into].PresentedBy = a.PresentedBy
		}
		x.addRecipients(into, a.Recipients)
		drop[k] = true
	}
	if len(drop) == 0 {
		return
	}
	n := 0
	x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
}

// earlierYearIssued returns the one award of award k's name with an
// issuer whose year is before award k's, when award k (named without
// issuer) has the story's year and the full one the year its reason
// ends: "Sở GD&ĐT Đắk Lắk đón nhận Huân chương Lao động hạng Nhì" in
// 2019 retells "thừa ủy quyền của Chủ tịch nước, lãnh đạo tỉnh đã trao
// tặng Huân chương Lao động hạng Nhì … vì có thành tích … từ năm 2014
// đến năm 2018" (round 48). Two such awards, or one of a later year:
// -1.
func (x *extractor) earlierYearIssued(k int, drop map[int]bool) int {
	a := x.s.Awards[k]
	into := -1
	for q, b := range x.s.Awards {
		if q == k || drop[q] || a.Year == 0 || b.Year == 0 || b.Year >= a.Year || !strings.HasPrefix(strings.ToLower(b.Name), strings.ToLower(a.Name)+" của ") {
			continue
		}
		if into >= 0 {
			return -1
		}
		into = q
	}
	return into
}

// sameCounted returns the one award of award k's name with an issuer
// that counts the very recipients award k counts, or -1: with two issuers
// of the name, "99 cá nhân được trao tặng Kỷ niệm chương A" (a headline)
// retells "… 99 cá nhân được Tổng LĐLĐ Việt Nam trao tặng Kỷ niệm chương
// A", not the other issuer's 28 (round 30).
func (x *extractor) sameCounted(k int, drop map[int]bool) int {
	a := x.s.Awards[k]
	into := -1
	for q, b := range x.s.Awards {
		if q == k || drop[q] || b.Year != a.Year || !strings.HasPrefix(strings.ToLower(b.Name), strings.ToLower(a.Name)+" của ") || !sameCounts(a.Recipients, b.Recipients) {
			continue
		}
		if into >= 0 {
			return -1
		}
		into = q
	}
	return into
}

// nameShortMedals names a commemorative medal told short with its issuer
// ("99 cá nhân được Tổng LĐLĐ Việt Nam trao tặng Kỷ niệm chương") by the
// one medal the story names in full ("Kỷ niệm chương Vì sự nghiệp xây
// dựng tổ chức Công đoàn"), whoever that one's issuer: the story names the
// medal once and short elsewhere (round 30). With two medals named, or
// none, the short one stays.
func (x *extractor) nameShortMedals() {
	full := ""
	for _, a := range x.s.Awards {
		base, _, _ := strings.Cut(a.Name, " của ")
		if f := textvi.Fold(base); strings.HasPrefix(f, "ky niem chuong ") {
			if full != "" && textvi.Fold(full) != f {
				return
			}
			full = base
		}
	}
	if full == "" {
		return
	}
	for k := range x.s.Awards {
		a := &x.s.Awards[k]
		base, iss, ok := strings.Cut(a.Name, " của ")
		if !ok || textvi.Fold(base) != "ky niem chuong" {
			continue
		}
		name := full + " của " + iss
		if slices.ContainsFunc(x.s.Awards, func(b Award) bool { return b.Name == name && b.Year == a.Year }) {
			continue
		}
		a.Name = name
	}
}

// quotedAfter reports whether the kind words at toks[i] are followed by
// a name in quotes: "kỷ niệm chương “Vì sự nghiệp A”" names one medal in
// lower case as surely as in capitals.
func quotedAfter(toks []token, i int, words phrase) bool {
	n := words.matchAt(toks, i)
	return n > 0 && i+n+1 < len(toks) && isQuote(toks[i+n].text) && toks[i+n+1].capitalized()
}

// dropRetoldPlaces drops a province given an award as the whole subject
// of "nhận" ("Yên Bái đón nhận Huân chương Độc lập", a headline) when the
// story names that province's people as the award's recipient too
// ("… cho Đảng bộ, chính quyền và nhân dân tỉnh Yên Bái"): one recipient,
// told short and in full.
func (x *extractor) dropRetoldPlaces() {
	for k := range x.s.Awards {
		a := &x.s.Awards[k]
		all := append([]Recipient(nil), a.Recipients...) // keep writes over the list it reads
		a.Recipients = keep(a.Recipients, func(r Recipient) bool {
			if r.Org == nil {
				return true
			}
			if _, ok := provinces[textvi.Fold(r.Org.Name)]; !ok {
				return true
			}
			for _, o := range all {
				if o.Org != nil && o.Org.Name != r.Org.Name && strings.HasSuffix(textvi.Fold(o.Org.Name), " "+textvi.Fold(r.Org.Name)) {
					return false
				}
			}
			return true
		})
	}
}

// editionYearAt reports whether "năm YYYY" is written at toks[j].
func editionYearAt(toks []token, j int) bool {
	return j+1 < len(toks) && toks[j].is("năm") && len(toks[j+1].text) == 4 && isDigits(toks[j+1].text)
}

// editionRoundAt returns the end of a prize's round and year written at
// toks[j] ("lần IV năm 2023", "lần thứ 5, năm 2021"), or j: the round alone
// ("lần này", "lần IV") is not read, only with its year.
func editionRoundAt(toks []token, j int) int {
	k := j
	if k >= len(toks) || !toks[k].is("lần") {
		return j
	}
	k++
	if k < len(toks) && toks[k].is("thứ") {
		k++
	}
	if k >= len(toks) {
		return j
	}
	w := toks[k].text
	if !(isDigits(w) && len(w) <= 2 || w != "" && strings.Trim(w, "IVXL") == "") {
		return j
	}
	k++
	if k < len(toks) && toks[k].is(",") {
		k++
	}
	if !editionYearAt(toks, k) {
		return j
	}
	return k + 2
}

// editionOf returns the one award that names award k's prize with its
// edition's year ("Giải thưởng A năm 2024" for "Giải thưởng A"), or -1:
// a story names the edition once and the prize short elsewhere ("Năm nay,
// Giải thưởng A được trao cho 4 tập thể").
func (x *extractor) editionOf(k int, drop map[int]bool) int {
	a := x.s.Awards[k]
	if a.Kind != AwardPrize {
		return -1
	}
	into := -1
	for q, b := range x.s.Awards {
		if q == k || drop[q] || !editionName(b.Name, a.Name) {
			continue
		}
		if into >= 0 {
			return -1 // two editions: the short name is neither
		}
		into = q
	}
	return into
}

// editionName reports whether name is the prize short's name with its
// edition: "A năm 2024", "A lần IV năm 2023", "A lần thứ 5, năm 2021".
func editionName(name, short string) bool {
	rest, ok := strings.CutPrefix(name, short+" ")
	if r, round := strings.CutPrefix(rest, "lần "); round {
		if i := strings.Index(r, "năm "); i > 0 {
			rest = r[i:]
		}
	}
	rest, year := strings.CutPrefix(rest, "năm ")
	return ok && year && len(rest) == 4 && isDigits(rest)
}

// issuedEdition returns the one edition of prize k ("A lần IV năm 2023")
// that has no issuer when award k, the prize's short name, has one ("A",
// told as "phần thưởng cao quý của B" elsewhere in the story), or -1: the
// story ties the prize to its body once and names the edition apart.
func (x *extractor) issuedEdition(k int, drop map[int]bool) int {
	a := x.s.Awards[k]
	if a.Kind != AwardPrize || a.Issuer == nil {
		return -1
	}
	short, _, _ := strings.Cut(a.Name, " của ")
	into := -1
	for q, b := range x.s.Awards {
		if q == k || drop[q] || b.Kind != AwardPrize || b.Issuer != nil || strings.Contains(b.Name, " của ") || !editionName(b.Name, short) {
			continue
		}
		if into >= 0 {
			return -1
		}
		into = q
	}
	return into
}

// retoldRank returns the one ranked form of award k's order (base, named
// without rank or issuer) that gives the very counts award k gives, or -1:
// "Trao và truy tặng Huân chương Độc lập cho 12 cá nhân" retells "…
// Huân chương Độc lập hạng ba của Chủ tịch nước cho 12 cá nhân", one
// award; a rank beside it that counts others is another award.
func (x *extractor) retoldRank(k int, base string, drop map[int]bool) int {
	ranked := -1
	for q := range x.s.Awards {
		if q == k || drop[q] || !strings.HasPrefix(x.s.Awards[q].Name, base+" hạng ") {
			continue
		}
		if ranked >= 0 {
			return -1
		}
		ranked = q
	}
	if ranked < 0 || !sameCounts(x.s.Awards[k].Recipients, x.s.Awards[ranked].Recipients) {
		return -1
	}
	return ranked
}

// sameCounts reports whether a gives only counts, each of which b gives
// too: the same recipients counted again.
func sameCounts(a, b []Recipient) bool {
	if len(a) == 0 {
		return false
	}
	for _, r := range a {
		if r.Count == nil || !slices.ContainsFunc(b, func(q Recipient) bool { return q.Count != nil && q.Count.String() == r.Count.String() }) {
			return false
		}
	}
	return true
}

// totalled reports whether rs holds a total across kinds ("cho 66 tập thể
// và cá nhân"): an order given so as a whole, beside its ranks, is an
// award of its own, not the umbrella of the ranks.
func totalled(rs []Recipient) bool {
	for _, r := range rs {
		if r.Count != nil && r.Count.Collectives == nil && r.Count.Individuals == nil {
			return true
		}
	}
	return false
}

// fullOffices writes an office of the central state written short by its
// full name (docs/import.md, "Gold lists", the bullet Issuers): "Bằng
// khen của Thủ tướng" is "Bằng khen của Thủ tướng Chính phủ". Only for
// an award of the kind the Thủ tướng Chính phủ confers (stateOffice):
// another award of a bare "Thủ tướng" ("Thủ tướng ký quyết định tặng Cờ
// thi đua") keeps no issuer, as before, and goes to the one named in full.
// "Phó Thủ tướng" stays as written.
func (x *extractor) fullOffices() {
	for k, a := range x.s.Awards {
		base, ok := strings.CutSuffix(a.Name, " của Thủ tướng")
		if a.Issuer != nil || !ok {
			continue
		}
		if stateOffice(base) == "Thủ tướng Chính phủ" {
			x.s.Awards[k].Name = a.Name + " Chính phủ"
		} else {
			x.s.Awards[k].Name = base
		}
	}
}

// mergeOfficeForms makes one award of an award whose issuer's office is
// written once with "TP" and once with "thành phố" ("Chủ tịch UBND TP Cần
// Thơ tặng bằng khen …", "… được Chủ tịch UBND thành phố tặng bằng khen",
// the city appended): one office, named as the story first writes it.
func (x *extractor) mergeOfficeForms() {
	first := map[string]int{}
	drop := map[int]bool{}
	for k, a := range x.s.Awards {
		base, iss, ok := strings.Cut(a.Name, " của ")
		if !ok || a.Issuer != nil {
			continue
		}
		key := strconv.Itoa(a.Year) + "|" + base + "|" + strings.ReplaceAll(" "+textvi.Fold(iss)+" ", " tp ", " thanh pho ")
		q, seen := first[key]
		if !seen {
			first[key] = k
			continue
		}
		x.addRecipients(q, a.Recipients)
		drop[k] = true
	}
	if len(drop) > 0 {
		n := 0
		x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
	}
}

// dropPlaceInCollective drops a province named with its unit as an
// award's recipient ("Thành phố A đón nhận …", a headline) when the same
// award goes to that place's people as one ("Đảng bộ, chính quyền và nhân
// dân thành phố A"): the one recipient, named in full.
func (x *extractor) dropPlaceInCollective() {
	for k := range x.s.Awards {
		a := &x.s.Awards[k]
		all := append([]Recipient(nil), a.Recipients...)
		a.Recipients = keep(a.Recipients, func(r Recipient) bool {
			if r.Org == nil {
				return true
			}
			f := textvi.Fold(r.Org.Name)
			if !strings.HasPrefix(f, "tinh ") && !strings.HasPrefix(f, "thanh pho ") {
				return true
			}
			for _, o := range all {
				if o.Org != nil && o.Org != r.Org && strings.HasSuffix(textvi.Fold(o.Org.Name), " "+f) {
					return false
				}
			}
			return true
		})
	}
}

// countedBefore returns where the award at toks[i] starts with the count
// of its medals written before it ("9 huy chương hữu nghị"): i-1 after a
// count, else i.
func countedBefore(toks []token, i int) int {
	if i > 0 && isDigits(toks[i-1].text) && len(toks[i-1].text) <= 4 {
		return i - 1
	}
	return i
}

// kindsCounted reports whether rs are counts each of one kind ("15 tập
// thể và 8 cá nhân"), no total over both.
func kindsCounted(rs []Recipient) bool {
	for _, r := range rs {
		if r.Count == nil || r.Count.Collectives == nil && r.Count.Individuals == nil {
			return false
		}
	}
	return true
}

// orderBefore reports whether the sentence that holds text[at] names the
// order without a class before it.
func orderBefore(text string, at int, order string) bool {
	s := strings.LastIndexAny(text[:at], ".\n") + 1
	f, o := textvi.Fold(text[s:at]), textvi.Fold(order)
	for k := strings.Index(f, o); k >= 0; k = strings.Index(f, o) {
		if !strings.HasPrefix(f[k+len(o):], " hang ") {
			return true
		}
		f = f[k+len(o):]
	}
	return false
}

// conferredBare reports whether the sentence that holds text[at] confers
// the award before it without naming who ("3 cá nhân được tặng Huân
// chương Lao động hạng Nhì"): a decision ties its issuer to the awards of
// its own sentence only, so the class has none. A class handed over
// ("Trao Huân chương Lao động hạng Nhì cho …") is still the ceremony's.
// So a class received in a passive clause of its own ("…; 3 tập thể được
// vinh dự nhận Huân chương Lao động hạng Ba", round 32).
func conferredBare(text string, at int) bool {
	s := strings.LastIndexAny(text[:at], ".\n") + 1
	if strings.Contains(textvi.Fold(text[s:at]), "duoc tang") {
		return true
	}
	if c := strings.LastIndex(text[:at], ";"); c >= s {
		s = c + 1 // the clause of the award: "…; 3 tập thể được nhận …"
	}
	f := " " + textvi.Fold(text[s:at])
	return strings.HasSuffix(f, " duoc nhan") || strings.HasSuffix(f, " duoc vinh du nhan")
}

// otherCounts reports whether two mentions of an award count different
// recipients and no same one: "17 đảng viên nhận Huy hiệu 30 năm tuổi
// Đảng" and "Đảng ủy phường còn truy tặng Huy hiệu Đảng 30 năm cho 1 đảng
// viên" are two conferrals, the first tied to no issuer, not one award
// named short and then in full.
func otherCounts(a, b []Recipient) bool {
	var ca, cb []string
	for _, r := range a {
		if r.Count != nil {
			ca = append(ca, r.Count.String())
		}
	}
	for _, r := range b {
		if r.Count != nil {
			cb = append(cb, r.Count.String())
		}
	}
	if len(ca) == 0 || len(cb) == 0 {
		return false
	}
	for _, c := range ca {
		for _, d := range cb {
			if c == d {
				return false
			}
		}
	}
	for _, r := range a {
		for _, q := range b {
			if r.Count != nil && q.Count != nil && (splitOf(*r.Count, *q.Count) || splitOf(*q.Count, *r.Count)) {
				return false
			}
		}
	}
	return true
}

// splitOf reports whether count c splits the mixed total d: "13 tập thể
// và 12 cá nhân" is "25 tập thể và cá nhân" (a headline's total, the
// lead's split).
func splitOf(c, d Count) bool {
	return c.Collectives != nil && c.Individuals != nil && d.Collectives == nil && d.Individuals == nil &&
		c.Total == d.Total
}

// onlyIssued returns the award of the story named name with its issuer
// ("Bằng khen của …") when there is one and only one.
func (x *extractor) onlyIssued(name string) (int, bool) {
	k := -1
	for q, a := range x.s.Awards {
		if strings.HasPrefix(a.Name, name+" của ") {
			if k >= 0 {
				return 0, false
			}
			k = q
		}
	}
	return k, k >= 0
}

// sameAward reports whether an award named without its issuer ("trao Huân
// chương Lao động hạng Ba") is one the story named in full before; it gives
// that one its presenter and recipients.
func (x *extractor) sameAward(name, presenter string, recipients []Recipient) bool {
	k, ok := x.awardNames[textvi.Fold(name)]
	if !ok {
		return false
	}
	if a := &x.s.Awards[k]; a.PresentedBy == "" {
		a.PresentedBy = presenter
	}
	x.addRecipients(k, recipients)
	return true
}

// recordHead is a paragraph that opens a list of what a body has been
// awarded over the years ("Những thành tích Đảng bộ, Chính quyền và Nhân
// dân tỉnh A đã được khen thưởng:"): past honours, told as a record.
var recordHead = regexp.MustCompile(`(?i)đã được[^:.]{0,40}(khen thưởng|tặng|trao|phong)[^:.]*:\s*$`)

// recordItem is a paragraph of a list: "- Anh hùng Lao động: 1 tập thể",
// "+ Nhà giáo ưu tú: 7 nhà giáo", "1. Trong kháng chiến chống Pháp và Mỹ".
var recordItem = regexp.MustCompile(`^\s*([-+•–]|\d{1,2}[.)]\s)`)

// approximate is a word before a count that makes it a tally, not the
// count of one conferral, which a story gives exactly: "hơn 200 đơn vị,
// cá nhân được tặng danh hiệu Anh hùng …", "gần 30.000 liệt sĩ".
// streakRe is a streak of years written before a giving: "5 năm liên
// tục".
var streakRe = regexp.MustCompile(`(^|[\s,(])\d+\s+năm\s+liên\s+(?:tục|tiếp)\s`)

// streakBefore reports whether the sentence of the award at text[at]
// opens, before it, a streak of years ("5 năm liên tục Công an tỉnh được
// … tặng …"), with no comma between the streak and the award.
func streakBefore(text string, at int) bool {
	from := max(0, at-160)
	before := text[from:at]
	if i := strings.LastIndexAny(before, ".\n;:"); i >= 0 {
		before = before[i+1:]
	}
	loc := streakRe.FindStringIndex(before)
	return loc != nil && !strings.Contains(before[loc[1]:], ",")
}

var approximate = regexp.MustCompile(`(?i)(^|[\s(])(hơn|gần|trên|khoảng)\s+$`)

// records returns the byte ranges of the lists that follow a record's
// head: each list item after it, up to the first paragraph that is none.
func records(text string) [][2]int {
	var out [][2]int
	open := false
	for at, end := range lineSpans(text) {
		line := text[at:end]
		switch {
		case strings.TrimSpace(line) == "":
		case open && recordItem.MatchString(line):
			out[len(out)-1][1] = end
		default:
			open = recordHead.MatchString(line)
			if open {
				out = append(out, [2]int{end, end})
			}
		}
	}
	return out
}

// summarized reports whether the sentence of the award at text[at] sums up
// past honours after it: "… tự hào được Đảng, Nhà nước phong tặng danh
// hiệu Anh hùng lực lượng vũ trang nhân dân cùng nhiều phần thưởng cao
// quý khác". It looks at most 200 bytes on.
func summarized(text string, at int) bool {
	rest := text[at:min(len(text), at+200)]
	if e := strings.IndexAny(rest, ".\n"); e >= 0 {
		rest = rest[:e]
	}
	return strings.Contains(rest, "nhiều phần thưởng cao quý khác")
}

// pastYearAfter is the year written right after an award's name: "…
// Huân chương Lao động hạng Nhì năm 1998".
var pastYearAfter = regexp.MustCompile(`^\s*(?:\(\s*)?năm\s+(\d{4})\b`)

// pastHonour reports whether award a is told as an honour received
// before, in a record of honours: its clause says it was received ("đã
// được (trao) tặng", "đã nhận", "từng được") and its name is dated to a
// year before the story's ("nhà trường đã được trao tặng Huân chương Lao
// động hạng Nhì năm 1998, Cờ thi đua của Thủ tướng Chính phủ năm 2010").
// A record marks no award (docs/import.md, "### Gold lists", a record of
// honours received before), whichever kind it names (round 44). A prize
// is named by its edition's year ("Giải Báo chí A năm 2021", given the
// next year), so a "Giải" is left as it is; so is an award of the story's
// year, or one with no "đã"/"từng" before it in its sentence.
func (x *extractor) pastHonour(a Award) bool {
	text := x.s.Text
	end := a.Span.byte + len(a.Span.Text)
	if strings.HasPrefix(textvi.Fold(a.Span.Text), "giai") {
		return false
	}
	before, _ := sentenceBefore(text, a.Span.byte, 300)
	f := " " + textvi.Fold(before) + " "
	m := pastYearAfter.FindStringSubmatch(text[end:min(len(text), end+20)])
	if m == nil {
		// "Năm 2010, Công an tỉnh Đồng Tháp từng đón nhận Huân chương
		// Quân công hạng Nhì" (round 49): the year opens the sentence,
		// "từng" tells it as past, and the year is before the story's
		// clock (the story's own year may be that past one, the only
		// one it names).
		m = pastYearOpens.FindStringSubmatch(before)
		if m == nil || !strings.Contains(f, " tung ") {
			return false
		}
		y, _ := strconv.Atoi(m[1])
		return y < x.s.now.Year() && (strings.Contains(f, " tung duoc ") || strings.Contains(f, " tung nhan ") || strings.Contains(f, " tung don nhan "))
	}
	if y, _ := strconv.Atoi(m[1]); y >= x.eventYear() {
		return false
	}
	return strings.Contains(f, " da duoc ") || strings.Contains(f, " da nhan ") || strings.Contains(f, " tung duoc ") || strings.Contains(f, " tung nhan ")
}

// pastYearOpens is a year that opens a sentence: "Năm 2010, …".
var pastYearOpens = regexp.MustCompile(`(?i)^\s*(?:vào\s+|trong\s+)?năm\s+(\d{4})\s*,`)

// pastReceiver reports whether the person r names is told as having
// received the award in a year before the event's: "Trước đó, từ năm 2015
// bà Đỗ Thị Thanh đã được Chủ tịch nước phong tặng danh hiệu “Nghệ nhân
// Ưu tú”" (round 49). The year is written in the sentence before the
// name, and "đã được" or "từng được" follows it: a record of honours
// received before, which marks nothing (docs/import.md, "Gold lists").
func (x *extractor) pastReceiver(r Recipient) bool {
	text := x.s.Text
	if r.Person == "" || r.Span.byte <= 0 || r.Span.byte+len(r.Span.Text) > len(text) {
		return false
	}
	before, ok := sentenceBefore(text, r.Span.byte, 200)
	if !ok {
		return false
	}
	m := pastYearIn.FindAllStringSubmatch(before, -1)
	if m == nil {
		return false
	}
	if y, _ := strconv.Atoi(m[len(m)-1][1]); y >= x.eventYear() || y >= x.s.now.Year() {
		return false
	}
	after := " " + textvi.Fold(text[r.Span.byte+len(r.Span.Text):min(len(text), r.Span.byte+len(r.Span.Text)+30)])
	return strings.HasPrefix(after, " da duoc ") || strings.HasPrefix(after, " tung duoc ")
}

// pastYearIn is a year written as a time: "năm 2015", "từ năm 2015".
var pastYearIn = regexp.MustCompile(`(?i)(?:^|\s)năm\s+(\d{4})(?:\s|,|$)`)

// eventYear is the year of the story's event: that of the lead's first
// date ("Ngày 10/11/2013, Trường A tổ chức lễ …"), else the story's year
// (a year the text names, "năm 2010", may be a past one).
func (x *extractor) eventYear() int {
	for _, d := range x.s.Dates {
		if strings.Contains(x.s.Lead, d.Span.Text) {
			return d.Date.Year()
		}
	}
	return x.s.Year
}

// runningTotalRe opens a sentence that counts since a time past, not the
// conferral the story tells: "Tính từ đầu năm đến nay, Thành ủy đã trao
// 1.227 Huy hiệu Đảng, trong đó có 39 đảng viên được trao Huy hiệu 70 năm
// tuổi Đảng", "Lũy kế đến nay, …", or since ever: "Được biết, đến nay
// huyện đã làm thủ tục đề nghị phong tặng danh hiệu … cho 1.000 trường
// hợp" (round 33), or since a year: "Từ năm 2013 đến nay, huyện đã tổ
// chức 12 lần Lễ phong tặng … cho 567 Mẹ" (round 44); or after the
// rounds held so far, or what a place holds now: "Sau 3 lần phong tặng,
// toàn tỉnh hiện có 2 nghệ nhân được phong tặng danh hiệu …", "Toàn
// huyện hiện có 40 Mẹ …" (round 46). "Sau" before a count of anything
// but rounds ("Sau 3 ngày", "Sau lễ") opens no running total.
var runningTotalRe = regexp.MustCompile(`(?i)^\s*(?:được\s+biết\s*,\s*)?(?:tính\s+)?(?:từ\s+đầu\s+năm(?:\s+\d{4})?\s+(?:đến|tới)\s+nay|từ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s+nay|(?:đến|tới)\s+nay\s*,?\s|lũy\s+kế|luỹ\s+kế|sau\s+\d+\s+(?:lần|đợt)\s|(?:toàn\s+(?:tỉnh|huyện|thành\s+phố|thị\s+xã|xã|phường|quận|ngành)\s+|cả\s+nước\s+)?hiện\s+(?:đã\s+)?có\s)`)

// inRunningTotal reports whether text[at] is in a sentence that opens
// with a running total (runningTotalRe). A running total marks nothing
// and ties nothing: neither its counts nor the giver it names for the
// holders it counts ("Tính đến nay, toàn huyện có 878 Mẹ đã được Chủ
// tịch nước phong tặng …") are the story's conferral (round 44). It
// looks at most 300 bytes back for the sentence's start.
func inRunningTotal(text string, at int) bool {
	before, ok := sentenceBefore(text, at, 300)
	return ok && runningTotalRe.MatchString(before)
}

// sentenceBefore returns the text from the start of the sentence that
// holds text[at] (after ". " or a line's end) up to at, looking at most
// reach bytes back; ok is false when no sentence's start is within reach,
// and the window is then returned whole.
func sentenceBefore(text string, at, reach int) (before string, ok bool) {
	before = text[max(0, at-reach):at]
	if i := max(strings.LastIndex(before, ". "), strings.LastIndex(before, "\n")); i >= 0 {
		return before[i+1:], true
	}
	return before, at <= reach
}

// periodRe opens a sentence that reviews a period's record, not the
// conferral the story tells: "6 tháng đầu năm 2023, các cụm, khối trong
// huyện được Chủ tịch UBND tỉnh tặng cờ thi đua: 3 tập thể; bằng khen …
// cho 4 tập thể" (round 30), or a span of years: "Giai đoạn 2010 - 2018,
// Đảng bộ, chính quyền và nhân dân thị xã được tặng thưởng …; 4 tập thể
// được …" (round 33).
var periodRe = regexp.MustCompile(`(?i)^\s*(?:(?:trong\s+)?\d{1,2}\s+tháng\s+(?:đầu\s+)?năm(?:\s+\d{4})?|(?:trong\s+)?giai\s+đoạn\s+(?:từ\s+(?:năm\s+)?)?\d{4}\s*(?:-|–|đến)\s*(?:năm\s+)?\d{4})\s*,`)

// periodReviewed reports whether the sentence of the count at text[at]
// opens with a period under review (periodRe). A record's sentence runs
// long, its items joined by semicolons, so it looks 700 bytes back.
func periodReviewed(text string, at int) bool {
	before, ok := sentenceBefore(text, at, 700)
	return ok && periodRe.MatchString(before)
}

// amongThemRe opens a sentence that splits the total of the sentence
// before: "Trong số đó, 29 đảng viên …", "Trong đó, …".
var amongThemRe = regexp.MustCompile(`(?i)^\s*trong\s+(?:số\s+)?đó\s*,`)

// specificallyRe is the connective that may open a running total's
// sentence before its time: "Cụ thể, tính đến nay, …".
var specificallyRe = regexp.MustCompile(`(?i)^\s*cụ\s+thể\s*,`)

// runningFollowOn reports whether the count at text[at] is in a sentence
// opened by "Trong số đó," that splits a running total told in the
// sentence right before ("Cụ thể, tính đến nay, Đảng bộ có 15.000 lượt
// đảng viên được nhận Huy hiệu Đảng. Trong số đó, 29 đảng viên được nhận
// Huy hiệu 75 năm tuổi Đảng; …", round 34): the split of a running total
// is no conferral either. It looks at most 600 bytes back.
func runningFollowOn(text string, at int) bool {
	before := text[max(0, at-600):at]
	i := max(strings.LastIndex(before, ". "), strings.LastIndex(before, "\n"))
	if i < 0 || !amongThemRe.MatchString(before[i+1:]) || before[i] != '.' {
		return false
	}
	prev := before[:i]
	j := max(strings.LastIndex(prev, ". "), strings.LastIndex(prev, "\n"))
	if j < 0 && at > 600 {
		return false // no sentence's start within reach
	}
	prev = prev[j+1:]
	if m := specificallyRe.FindStringIndex(prev); m != nil {
		prev = prev[m[1]:]
	}
	return runningTotalRe.MatchString(prev)
}

// dropRunningTotals drops an award's counts in a sentence that counts
// since a time past when the award is counted elsewhere too, in the
// story's own conferral: the running total is no conferral.
func (x *extractor) dropRunningTotals(a *Award) {
	text := x.s.Text
	running := func(r Recipient) bool {
		return r.Count != nil && inRunningTotal(text, r.Span.byte)
	}
	own := false
	for _, r := range a.Recipients {
		own = own || r.Count != nil && !running(r)
	}
	if own {
		a.Recipients = keep(a.Recipients, func(r Recipient) bool { return !running(r) })
	}
}

// dropRecords drops what a story tells as its places' past honours, which
// the gold lists do not mark as conferred (docs/import.md, "### Gold
// lists"): the recipients counted in a record's list or by a tally's
// approximate count, and the awards named only there. An award named
// with no recipients in a sentence that counts since a time past ("Từ
// năm 2010 đến nay, Công an tỉnh liên tục được Chính phủ, UBND tỉnh tặng
// cờ thi đua và bằng khen", inRunningTotal) is such a record too (round
// 49).
func (x *extractor) dropRecords() {
	text := x.s.Text
	recs := append(records(text), summaries(text, x.s.Lead)...)
	inRecord := func(s Span) bool {
		for _, r := range recs {
			if s.byte >= r[0] && s.byte < r[1] {
				return true
			}
		}
		return false
	}
	tally := func(r Recipient) bool {
		return inRecord(r.Span) || r.Count != nil && (approximate.MatchString(text[max(0, r.Span.byte-16):r.Span.byte]) || periodReviewed(text, r.Span.byte) || runningFollowOn(text, r.Span.byte))
	}
	// sameSentence: a tally's award is named in the tally's sentence; one
	// named elsewhere (the story's conferral) stays without it.
	sameSentence := func(a, b Span) bool {
		from, to := min(a.byte, b.byte), max(a.byte, b.byte)
		return !strings.Contains(text[from:to], ". ") && !strings.Contains(text[from:to], "\n") // "30.000" is no sentence's end
	}
	drop := map[int]bool{}
	for k := range x.s.Awards {
		x.dropRunningTotals(&x.s.Awards[k])
	}
	// An award named only in a running total is dropped when the story
	// names another outside one (its own conferral); a story told only
	// as a running total keeps what it names.
	conferralBeside := slices.ContainsFunc(x.s.Awards, func(a Award) bool { return !inRunningTotal(text, a.Span.byte) })
	for k := range x.s.Awards {
		a := &x.s.Awards[k]
		tallied := false
		a.Recipients = keep(a.Recipients, func(r Recipient) bool { return !x.pastReceiver(r) })
		a.Recipients = keep(a.Recipients, func(r Recipient) bool {
			t := tally(r)
			tallied = tallied || t && sameSentence(a.Span, r.Span)
			return !t
		})
		if streakBefore(text, a.Span.byte) {
			// "… và 5 năm liên tục Công an tỉnh vinh dự được Thủ tướng
			// Chính phủ tặng Cờ thi đua" (round 31): a record of years
			// past, not the story's conferral.
			a.Recipients = keep(a.Recipients, func(r Recipient) bool { return !sameSentence(a.Span, r.Span) })
			tallied = true
		}
		if periodReviewed(text, a.Span.byte) {
			// "Giai đoạn 2010 - 2018, Đảng bộ, chính quyền và nhân dân
			// thị xã được tặng thưởng Huân chương Độc lập hạng Ba; …"
			// (round 33): the period's record, whoever it names.
			a.Recipients = keep(a.Recipients, func(r Recipient) bool { return !sameSentence(a.Span, r.Span) })
			tallied = true
		}
		drop[k] = len(a.Recipients) == 0 && (tallied || inRecord(a.Span) || summarized(text, a.Span.byte) || x.pastHonour(*a) || inRunningTotal(text, a.Span.byte) && conferralBeside)
	}
	n := 0
	x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
}

// mergePeriodTitles makes one award of a State's title named short and
// the same title named with its period, from the same issuer: "Một thợ
// lò được phong tặng danh hiệu Anh hùng Lao động" in a headline and
// "danh hiệu Anh hùng Lao động thời kỳ đổi mới" in the story (round 49).
// The short name's recipients go to the full one. Two titles of
// different periods leave the short one as it is.
func (x *extractor) mergePeriodTitles() {
	drop := map[int]bool{}
	for k, a := range x.s.Awards {
		base, iss, _ := strings.Cut(a.Name, " của ")
		f := textvi.Fold(strings.TrimPrefix(base, "Danh hiệu "))
		if !strings.HasPrefix(f, "anh hung ") {
			continue
		}
		into := -1
		for q, b := range x.s.Awards {
			bb, biss, _ := strings.Cut(b.Name, " của ")
			g := textvi.Fold(strings.TrimPrefix(bb, "Danh hiệu "))
			if q == k || drop[q] || biss != iss && iss != "" || !(strings.HasPrefix(g, f+" thoi ky ") || strings.HasPrefix(g, f+" trong thoi ky ")) {
				continue
			}
			if into >= 0 {
				into = -2
				break
			}
			into = q
		}
		if into >= 0 {
			x.addRecipients(into, a.Recipients)
			drop[k] = true
		}
	}
	if len(drop) > 0 {
		n := 0
		x.s.Awards = keep(x.s.Awards, func(Award) bool { n++; return !drop[n-1] })
	}
}
