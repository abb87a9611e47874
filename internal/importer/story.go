// Package importer owns reading a story's raw text into newsgraph's content
// graph: the layout rules (title, lead, body, captions, byline, site
// furniture), the extraction rules for Vietnamese public-sector news (people
// and their positions, organizations, awards, party and state documents,
// dates), and linking what it finds to what the store already holds.
//
// Extraction (Extract) is pure and offline: rules over the text, no network,
// no model. Import writes the result in one transaction.
package importer

import (
	"iter"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// Span is where in the story text an entity was found: the text itself and
// its offset in characters (Unicode code points) from the start of the input.
type Span struct {
	Start int    `json:"start"`
	Text  string `json:"text"`
	byte  int    // Start in bytes; Extract turns it into Start once, at the end
}

// spanOf is the span of text[start:end]. Its character offset is counted by
// Story.countSpans: counting here, for every candidate, would be quadratic.
func spanOf(text string, start, end int) Span {
	return Span{Text: text[start:end], byte: start}
}

// countSpans sets the character offset of every span the story reports, in
// one pass over the text.
func (s *Story) countSpans() {
	var spans []*Span
	for i := range s.People {
		spans = append(spans, &s.People[i].Span)
		for j := range s.People[i].Positions {
			spans = append(spans, &s.People[i].Positions[j].Span, &s.People[i].Positions[j].Org.Span)
		}
	}
	for i := range s.Authors {
		spans = append(spans, &s.Authors[i].Span)
	}
	for i := range s.Orgs {
		spans = append(spans, &s.Orgs[i].Span)
	}
	for i := range s.Awards {
		spans = append(spans, &s.Awards[i].Span)
		if s.Awards[i].Issuer != nil {
			spans = append(spans, &s.Awards[i].Issuer.Span)
		}
		for j := range s.Awards[i].Recipients {
			spans = append(spans, &s.Awards[i].Recipients[j].Span)
		}
	}
	for i := range s.Documents {
		spans = append(spans, &s.Documents[i].Span)
		if s.Documents[i].Issuer != nil {
			spans = append(spans, &s.Documents[i].Issuer.Span)
		}
	}
	for i := range s.Dates {
		spans = append(spans, &s.Dates[i].Span)
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].byte < spans[j].byte })
	at, runes := 0, 0
	for _, sp := range spans {
		runes += utf8.RuneCountInString(s.Text[at:sp.byte])
		at = sp.byte
		sp.Start = runes
	}
}

// Paragraph is one paragraph of the body; a caption is the text under a photo.
type Paragraph struct {
	Text    string
	Caption bool
	start   int // byte offset in Story.Text
}

// Story is what the rules read from one text.
type Story struct {
	Text       string // the input in NFC, line endings normalised
	Title      string
	TitleGiven bool // the text has a title line; else Title comes from the lead
	Lead       string
	Body       []Paragraph
	Byline     string
	Year       int    // the year the story is about, for dates without one
	YearKnown  bool   // the text names Year; else it is the current year
	Province   string // the province the story is about, for bodies that imply one
	EventDate  *time.Time
	Published  *time.Time // the story's own date, from a date stamp ("Thứ Ba, 12/12/2023 08:30")

	Authors   []Person
	People    []Person
	Orgs      []Org
	Awards    []Award
	Documents []Document
	Dates     []Date

	now       time.Time
	provinces int // how many provinces the text names after "tỉnh", "Tỉnh ủy"…
	// provinceNamed: the text names Province as a province, not only by
	// its capital ("thành phố Bắc Kạn") or its districts.
	provinceNamed bool
}

// Date is a date written in the story, resolved against the story's year.
type Date struct {
	Date time.Time
	Span Span
}

// ExtractURL reads text as Extract does, with the address the story was
// published at: a date its address carries ("/202010/", "/2021/06/15/",
// "-20210615182031965.htm") is the page's, and stands for the clock when
// the text names no year and no stamp of its own (round 28). A date after
// now is no page's, and is ignored.
func ExtractURL(text, sourceURL string, now time.Time) Story {
	if t, ok := urlDate(sourceURL); ok && t.Before(now) {
		now = t
	}
	return Extract(text, now)
}

// urlDateRes read a date from a page's address, most precise first: the
// time stamp of 14 digits or more in the last segment ("…-20210615182031965.htm"),
// a path of year, month and day ("/2021/06/15/", "/2021-06-15/"), then of
// year and month ("/202010/", "/2020/10/"). A month alone gives its last
// day.
var urlDateRes = []*regexp.Regexp{
	regexp.MustCompile(`[^0-9/](20[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])[0-5][0-9][0-5][0-9][0-9]{0,3}(?:\.[a-z]+)?$`),
	regexp.MustCompile(`/(20[0-9]{2})[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12][0-9]|3[01])/`),
	regexp.MustCompile(`/(20[0-9]{2})/?(0[1-9]|1[0-2])/`),
}

// urlDate is the date a page's address carries, or false.
func urlDate(u string) (time.Time, bool) {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	for _, re := range urlDateRes {
		g := re.FindStringSubmatch(u)
		if g == nil {
			continue
		}
		y, _ := strconv.Atoi(g[1])
		m, _ := strconv.Atoi(g[2])
		if len(g) < 4 {
			return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC), true
		}
		d, _ := strconv.Atoi(g[3])
		if t, ok := validDate(y, m, d); ok {
			return t, true
		}
	}
	return time.Time{}, false
}

// ethToDyet turns the eth letters typed for đ into đ.
var ethToDyet = strings.NewReplacer("\u00d0", "\u0110", "\u00f0", "\u0111")

// Extract reads text with the layout and extraction rules. now gives the
// year when the text names none (a date that would then lie in the future is
// taken from the year before). Any valid UTF-8 text is accepted.
func Extract(text string, now time.Time) Story {
	s := Story{Text: strings.ReplaceAll(strings.ReplaceAll(textvi.NFC(text), "\r\n", "\n"), "\r", "\n")}
	// "HÐND": the Icelandic eth (U+00D0, U+00F0), typed for the Vietnamese
	// Đ and đ (U+0110, U+0111), is read as them; both take two bytes, so
	// every offset stays (round 40).
	s.Text = ethToDyet.Replace(s.Text)
	paras := s.layout()
	s.Year, s.YearKnown = storyYear(maskClocks(s.Text), s.Lead, now)
	if !s.YearKnown && s.Published != nil {
		s.Year, s.YearKnown = s.Published.Year(), true
	}
	s.now = now
	s.Province, s.provinces = storyProvince(s.Text)
	s.provinceNamed = provinceNamed(s.Text, s.Province)
	x := newExtractor(&s)
	for _, p := range paras {
		x.paragraph(p.Text, p.start)
	}
	x.finish()
	for _, d := range s.Dates {
		if strings.Contains(s.Lead, d.Span.Text) {
			t := d.Date
			s.EventDate = &t
			break
		}
	}
	if s.EventDate == nil && len(s.Dates) > 0 {
		t := s.Dates[0].Date
		s.EventDate = &t
	}
	if !s.YearKnown && s.EventDate != nil && s.EventDate.Year() != s.Year {
		// The year was a guess and the event date moved it back a year:
		// what defaulted to the guess follows.
		s.Year = s.EventDate.Year()
		for i := range s.Awards {
			s.Awards[i].Year = s.Year
		}
	}
	s.countSpans()
	return s
}

// teaserRe opens a lead with the paper's mark: "(KGO) - ", "(ABO) – ".
var teaserRe = regexp.MustCompile(`^\(\p{Lu}{2,6}\)\s*[-–]\s`)

// layout splits the text into title, lead, body and byline, dropping site
// furniture, and returns every paragraph the extraction rules read.
func (s *Story) layout() []Paragraph {
	var lines []Paragraph
	off := 0
	for _, line := range strings.SplitAfter(s.Text, "\n") {
		start := off
		off += len(line)
		trimmed := strings.TrimSpace(line)
		if trimmed == "" {
			continue
		}
		lead := strings.Index(line, trimmed)
		p := Paragraph{Text: trimmed, start: start + lead}
		if strings.HasSuffix(trimmed, "|") {
			p.Caption = true
			p.Text = strings.TrimSpace(strings.TrimSuffix(trimmed, "|"))
		}
		lines = append(lines, p)
	}
	// A name-case line right above the page's time stamp near the top is
	// its byline ("Bảo Quyên" over "26/07/2018 09:33").
	for i := 0; i+1 < len(lines) && i < 6; i++ {
		if stampOf(lines[i+1].Text) == nil || len(lines[i+1].Text) > 120 {
			continue
		}
		if authors, ok := nameCaseByline(lines[i]); ok && i > 0 {
			s.Byline = lines[i].Text
			s.Authors = append(s.Authors, authors...)
			lines = append(lines[:i:i], lines[i+1:]...)
		}
		break
	}
	lines = s.dropStamps(lines)
	lines = dropRelatedHeadlines(lines)
	lines = s.topByline(lines)
	lines = cutPageTail(s.Text, lines)
	// The site's footer (masthead, editors, address) and lines with no
	// letter (";") close a page, below the byline.
	for len(lines) > 0 && (isFurniture(lines[len(lines)-1].Text) || isFooter(lines[len(lines)-1].Text) || !strings.ContainsFunc(lines[len(lines)-1].Text, unicode.IsLetter)) {
		lines = lines[:len(lines)-1]
	}
	if n := len(lines); n > 2 && mastheadRepeated(lines[0].Text, lines[n-1].Text) {
		// "Pháp Luật Plus" over the title and again under the story: the
		// site's masthead, printed at the top and the bottom of the page,
		// is no byline and no title (round 46).
		lines = lines[1 : n-1]
	}
	if n := len(lines); n > 2 && teaserRe.MatchString(lines[n-1].Text) {
		if _, ok := anyByline(s.Text, lines[n-2]); ok {
			// "ĐỨC BÌNH" over "(KGO) - Ngày 1-7-2025, …": below the
			// byline, a lead opened by the paper's mark is another
			// story's teaser (round 32).
			lines = lines[:n-1]
		}
	}
	if n := len(lines); n > 2 && officeLine(lines[n-1].Text) {
		if authors, ok := nameCaseByline(lines[n-2]); ok {
			// "Minh Kiên" over "Trung tâm VHTT&TT Hữu Lũng": the writer's
			// office on a line of its own below the name (round 52).
			s.Byline = lines[n-2].Text
			s.Authors = append(authors, s.Authors...)
			lines = lines[:n-2]
		}
	}
	if n := len(lines); n > 1 {
		if authors, ok := anyByline(s.Text, lines[n-1]); ok {
			s.Byline = lines[n-1].Text
			s.Authors = append(authors, s.Authors...)
			lines = lines[:n-1]
		} else if body, tail, ok := closingByline(lines[n-1]); ok {
			if authors, ok := anyByline(s.Text, tail); ok {
				s.Byline = tail.Text
				s.Authors = append(authors, s.Authors...)
				lines[n-1] = body
			}
		} else if body, tail, ok := trailingName(lines[n-1]); ok {
			authors, ok := nameCaseByline(tail)
			if !ok {
				authors, ok = byline(s.Text, tail) // "… người dân. XUÂN LƯƠNG": in capitals
			}
			if ok {
				s.Byline = tail.Text
				s.Authors = append(authors, s.Authors...)
				lines[n-1] = body
			}
		}
	}
	if len(lines) == 0 {
		return nil
	}
	first := lines[0]
	rest := lines[1:]
	if len(rest) > 0 && !first.Caption && isTitleLine(first.Text) {
		s.Title, s.TitleGiven = first.Text, true
		first, rest = rest[0], rest[1:]
		if len(rest) > 0 {
			// A byline under the title: "NGUYỄN VĂN AN", "Bài và ảnh: Hữu Thắng".
			if authors, ok := anyByline(s.Text, first); ok {
				if s.Byline == "" {
					s.Byline = first.Text
				}
				s.Authors = append(authors, s.Authors...)
				lines = append(lines[:1:1], lines[2:]...)
				first, rest = rest[0], rest[1:]
			}
		}
	}
	s.Lead = first.Text
	s.Body = rest
	if !s.TitleGiven {
		s.Title = titleFromLead(s.Lead)
	}
	if s.TitleGiven {
		return append([]Paragraph{lines[0], first}, rest...)
	}
	return append([]Paragraph{first}, rest...)
}

// stampRe is a page's date stamp: "Thứ Ba, 12/12/2023 08:30", "Cập nhật:
// 08:30 30/11/2023", "12/12/2023 - 08:30 (GMT+7)", "Thứ 2, 14/11/2022 |
// 09:15", "Ngày cập nhật: 14/11/2022", "09:15 | 14/11/2022", "14/11/2022
// 09:15 AM | Lượt xem: 120", "Đăng ngày: 04/11/2022 - Lượt xem: 307"
// (the views' count after a dash too), and the buttons that size the text after
// it ("Thứ 6, 09/08/2024 | 11:33:16 [GMT +7] A A"); a print view's label
// and link: "Ngày đưa: 21/07/2020 11:01:17 AM In bài" (round 44).
var stampRe = regexp.MustCompile(`(?i)^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|t[2-7]|cn)\s*[,-]?\s*)?(?:(?:ngày\s+cập\s+nhật|ngày\s+xuất\s+bản|ngày\s+phát\s+hành|cập\s+nhật|ngày\s+đăng|ngày\s+đưa(?:\s+tin)?|đăng|xuất\s+bản|thời\s+gian)(?:\s+lúc|\s+ngày)?\s*:?\s*)?(?:\d{1,2}[:h]\d{2}(?::\d{2})?\s*(?:am|pm|sa|ch)?\s*[,|-]?\s*)?(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:am|pm|sa|ch)\b)?)?\s*(?:[(\[]?GMT\s*\+\s*0?7(?::00)?[)\]]?)?(?:\s*[|–-]?\s*lượt\s+xem\s*:?\s*\d+)?(?:\s*\|?\s*A[-+]?\s+A[-+]?)?(?:\s*[|–-]?\s*in\s+bài)?$`)

// sectionStampRe is a stamp after the name of the site's section:
// "Giáo dục và đào tạo - Ngày đăng : 12:14, 14/02/2023".
var sectionStampRe = regexp.MustCompile(`(?i)^[\p{L} ,&]{2,40}\s[-|–]\s+((?:ngày\s+đăng|ngày\s+cập\s+nhật|cập\s+nhật|đăng\s+lúc|đăng\s+ngày)\b.*)$`)

// wordClockRe is a weekday and its date in words alone on a line at the
// top of the page, a clock time perhaps after it: "Thứ tư, ngày 3 tháng 7
// năm 2024", "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27". A site's
// header writes the day the page was read so, above the story's own
// stamp: no date of the story, and no day of its publication either (it
// may be years before or after it; round 44). A date in words in a
// sentence, or without its weekday, is the story's.
var wordClockRe = regexp.MustCompile(`(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\s*,?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}(?:\s*[|,–-]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?)?$`)

// stampOf matches line as a page's date stamp (stampRe's groups), or nil.
func stampOf(line string) []string {
	if g := stampRe.FindStringSubmatch(line); g != nil {
		return g
	}
	if g := sectionStampRe.FindStringSubmatch(line); g != nil {
		return stampRe.FindStringSubmatch(g[1])
	}
	if m := englishStampLabel.FindStringIndex(line); m != nil {
		return stampRe.FindStringSubmatch(line[m[1]:])
	}
	if m := labelTimeStamp.FindStringIndex(line); m != nil {
		return stampRe.FindStringSubmatch(line[m[1]:])
	}
	return nil
}

// labelTimeStamp is a stamp's label and clock time before its weekday:
// "Cập nhật, 09:53, Thứ Năm, 08/02/2018 (GMT+7)".
var labelTimeStamp = regexp.MustCompile(`(?i)^(?:ngày\s+cập\s+nhật|cập\s+nhật|ngày\s+đăng|đăng\s+lúc)\s*[,:]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?\s*[,|-]\s*`)

// englishStampLabel is the label in English some sites' pages put before
// their stamp: "Create: T5, 01/09/2020 - 09:39", "Posted: 14/11/2022".
var englishStampLabel = regexp.MustCompile(`(?i)^(?:created?|updated|posted|published|date)\s*(?:on|at)?\s*:\s*`)

// dashStampRe is a writer's name in name case (or two, joined by a
// hyphen), a dash, and the page's clock time and date: "Minh Khoa -
// 08:15, 12/03/2021", "Minh Khoa-Lan Anh - 08:15, 12/03/2021".
var dashStampRe = regexp.MustCompile(`^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}(?:\s*[-–]\s*\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})*)\s+[-–|]\s+(\d{1,2}:\d{2}\s*,?\s*\d{1,2}/\d{1,2}/\d{4})$`)

// namedStampRe is a writer's name (two to four capitalized words) and
// the page's stamp after it, from its weekday: "Diệu Thanh Thứ tư, ngày
// 15/10/2014 07:07 AM (GMT+7)"; or the name in capitals and the stamp a
// date and a clock time: "HOÀNG AN 21/04/2019 09:30".
var namedStampRe = regexp.MustCompile(`^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3}|\p{Lu}+(?:\s+\p{Lu}+){1,3})\s+((?i:thứ\s+\S+|chủ\s+nhật)\s*,.*|\d{1,2}/\d{1,2}/\d{4}\s+\d{1,2}:\d{2})$`)

// bracketStampRe is a line that is only a date in brackets: "(26/09/2018)",
// "[26/09/2018]".
var bracketStampRe = regexp.MustCompile(`^[(\[]\s*(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\s*[)\]]$`)

// pageRe is a page number a printed page or a copied layout leaves: "Trang 3".
var pageRe = regexp.MustCompile(`(?i)^trang\s+\d{1,3}$`)

// creditRe is a line that is only a photo credit: "(Ảnh: Hữu Thắng)",
// "Ảnh: TTXVN", "Ảnh minh họa".
var creditRe = regexp.MustCompile(`(?i)^\(?\s*(?:ảnh(?:\s+minh\s+ho[ạ]a)?|nguồn\s+ảnh|ảnh\s+minh\s+hoạ)\s*(?::[^()]{1,60})?\)?$`)

// trailingCreditRe is a photo credit at the end of a paragraph or caption.
var trailingCreditRe = regexp.MustCompile(`(?i)\s*\(\s*(?:ảnh(?:\s+minh\s+ho[ạ]a)?|ảnh\s+minh\s+hoạ|nguồn)\s*(?::[^()]{1,60})?\)$`)

// clockRe is a weekday's date and time at the start of a line: "Thứ tư
// 14/01/2026 16:30".
var clockRe = regexp.MustCompile(`(?i)^(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật),?\s+\d{1,2}/\d{1,2}/\d{4},?\s+\d{1,2}[:h]\d{2}`)

// siteClock reports whether a line near the top is the header's clock,
// the time the page was read, neither its publication nor a date of the
// story: the same weekday's date and time written twice, run together
// ("Thứ tư 14/01/2026 16:30Thứ tư 14/01/2026 16:30 Hotline: …", round
// 33), or a weekday and its date in words alone on the line
// (wordClockRe, round 44).
func siteClock(line string) bool {
	if wordClockRe.MatchString(line) {
		return true
	}
	m := clockRe.FindString(line)
	return m != "" && strings.HasPrefix(strings.TrimLeft(line[len(m):], " "), m)
}

// maskClocks blanks the header's clock (siteClock) in the first lines of
// text, so that its year is not taken for the story's.
func maskClocks(text string) string {
	n, off := 0, 0
	for _, line := range strings.SplitAfter(text, "\n") {
		start := off
		off += len(line)
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if n++; n > 6 {
			break
		}
		if siteClock(t) {
			text = text[:start] + strings.Repeat(" ", len(line)-1) + text[start+len(line)-1:]
		}
	}
	return text
}

// dropStamps removes site furniture from anywhere in the story: date stamps
// (the first becomes the story's date; of those at the top of the page,
// the earliest: a page may show the site's clock or the day it was
// updated above the day the story was published), page numbers, photo
// credits, and credits at the end of a paragraph.
func (s *Story) dropStamps(lines []Paragraph) []Paragraph {
	out := lines[:0]
	for n, p := range lines {
		if n < 6 && siteClock(p.Text) {
			continue
		}
		if len(p.Text) <= 120 { // stamps and credits are short lines
			g := stampOf(p.Text)
			if m := namedStampRe.FindStringSubmatchIndex(p.Text); g == nil && n < 6 && m != nil {
				// "Diệu Thanh Thứ tư, ngày 15/10/2014 07:07 AM (GMT+7)":
				// the writer's name, then the stamp; the name stays as a
				// line of its own, a byline under the title.
				if g = stampOf(p.Text[m[4]:]); g != nil {
					d, _ := strconv.Atoi(g[1])
					mo, _ := strconv.Atoi(g[2])
					y, _ := strconv.Atoi(g[3])
					if t, ok := validDate(y, mo, d); ok && (s.Published == nil || t.Before(*s.Published)) {
						s.Published = &t
					}
					p.Text = p.Text[m[2]:m[3]]
					out = append(out, p)
					continue
				}
			}
			if m := dashStampRe.FindStringSubmatchIndex(p.Text); g == nil && n < 6 && m != nil {
				// "Minh Khoa - 08:15, 12/03/2021" near the top: the
				// writer's name, a dash, then the stamp; the name is the
				// byline and the line goes.
				name := Paragraph{Text: p.Text[m[2]:m[3]], start: p.start + m[2]}
				authors, ok := nameCaseByline(name)
				if g = stampOf(p.Text[m[4]:m[5]]); g != nil && ok {
					d, _ := strconv.Atoi(g[1])
					mo, _ := strconv.Atoi(g[2])
					y, _ := strconv.Atoi(g[3])
					if t, ok := validDate(y, mo, d); ok && (s.Published == nil || t.Before(*s.Published)) {
						s.Published = &t
					}
					if s.Byline == "" {
						s.Byline = name.Text
					}
					s.Authors = append(s.Authors, authors...)
					continue
				}
				g = nil
			}
			if g == nil && n < 6 {
				// A listing page's stamp in brackets under the title:
				// "(26/09/2018)".
				if b := bracketStampRe.FindStringSubmatch(p.Text); b != nil {
					g = stampRe.FindStringSubmatch(b[1])
				}
			}
			if g != nil {
				d, _ := strconv.Atoi(g[1])
				m, _ := strconv.Atoi(g[2])
				y, _ := strconv.Atoi(g[3])
				if t, ok := validDate(y, m, d); ok && (s.Published == nil || n < 6 && t.Before(*s.Published)) {
					s.Published = &t
				}
				continue
			}
			if pageRe.MatchString(p.Text) || creditRe.MatchString(p.Text) {
				continue
			}
		}
		if !strings.HasSuffix(p.Text, ")") {
			out = append(out, p)
			continue
		}
		tail := max(0, len(p.Text)-100) // a credit is at the end: look only there
		for tail > 0 && !utf8.RuneStart(p.Text[tail]) {
			tail--
		}
		if loc := trailingCreditRe.FindStringIndex(p.Text[tail:]); loc != nil && tail+loc[0] > 0 {
			loc[0] += tail
			p.Text = strings.TrimSpace(p.Text[:loc[0]])
		}
		out = append(out, p)
	}
	return out
}

// topByline takes a byline that stands alone near the top of the page,
// below the title and the site's sections, right above the lead (a long
// paragraph) or a button ("Chia sẻ Zalo"): "Thiên Tuấn" between the sapo
// and the lead, "HẢI ĐỊNH" under the section's name, "Phạm Đức" printed
// twice (round 48). Only the first lines are looked at, until two long
// paragraphs have been read (the body has begun), and only when no
// byline was taken above a time stamp.
func (s *Story) topByline(lines []Paragraph) []Paragraph {
	if s.Byline != "" {
		return lines
	}
	long := 0
	for i := 1; i+1 < len(lines) && i < 14 && long < 2; i++ {
		p := lines[i]
		if utf8.RuneCountInString(p.Text) > 100 {
			long++
			continue
		}
		authors, ok := anyByline(s.Text, p)
		if !ok {
			continue
		}
		j := i + 1
		if lines[j].Text == p.Text && j+1 < len(lines) {
			j++ // the name printed twice
		}
		if j+3 > len(lines) {
			break // near the page's end: a byline over another story's teaser, left to the closing rules
		}
		next := lines[j]
		if next.Caption || (utf8.RuneCountInString(next.Text) <= 100 && !isFurniture(next.Text)) {
			continue
		}
		s.Byline = p.Text
		s.Authors = append(s.Authors, authors...)
		return append(lines[:i:i], lines[j:]...)
	}
	return lines
}

// pageTailRe is a line with which a news site starts what it prints below
// a story, folded: "Ý kiến bạn đọc", "Ý kiến ()", "Bạn có thể quan tâm",
// "Xem thêm", "Tin cùng chuyên mục", "Top", "Bình luận (0)", "Bạn không
// thể gửi bình luận liên tục…". Folding drops the brackets of a count,
// so "Ý kiến bạn đọc (0)" is read as "y kien ban doc 0" (round 52).
var pageTailRe = regexp.MustCompile(`^(?:y kien(?: ban doc)?|ban co the quan tam|xem them|doc them|dung bo lo|video dang xem nhieu|tin cung chuyen muc|tin lien quan|tin khac|top|binh luan|ban khong the gui binh luan.*|tro ve|chuyen muc .{1,40}|cac tin khac|xem tin theo ngay|(?:gui|viet) binh luan(?: cua ban)?|chia se bai viet|danh ba|ban do|in bai viet.*|lien ket chuyen muc|tags)\s*(?:\(\s*\d*\s*\)|\d+)?\s*:?$`)

// tailLineRe is a line below a byline that starts the page's tail, as
// written: the source's address ("Nguồn Phú Yên: http://baophuyen.vn/…"),
// the site named in brackets ("(Website Thành Đoàn)"), a photo's caption
// ("Ảnh: Hội nghị …") (round 48).
var tailLineRe = regexp.MustCompile(`^(?i:nguồn\b.{0,40}https?://\S+|\(website\s[^()]{1,40}\)|ảnh\s*:.*|bản\s+quyền\b.*)$`)

// sectionInviteRe is a site's invitation below a story to read its
// section, folded: "*Mời bạn đọc vào chuyên mục Quốc phòng an ninh xem các
// tin, bài liên quan" (longer than a tail's first line may be).
var sectionInviteRe = regexp.MustCompile(`^moi ban doc vao chuyen muc .{1,60} xem cac tin bai lien quan$`)

// cutPageTail drops the page's tail below a story: from a line that
// starts one, when the line right above it is a byline ("Xuân Hưng" over
// "Ý kiến bạn đọc"), so that the byline closes what is left. Only the
// last lines are looked at; the byline is what tells the tail from a
// story's own "Xem thêm".
func cutPageTail(text string, lines []Paragraph) []Paragraph {
	for t := max(2, len(lines)-12); t < len(lines); t++ {
		fold := textvi.Fold(lines[t].Text)
		if !relatedLink(lines[t].Text) && !sectionInviteRe.MatchString(fold) && !tailLineRe.MatchString(lines[t].Text) && (len(lines[t].Text) > 80 || !pageTailRe.MatchString(fold)) {
			continue
		}
		if _, ok := anyByline(text, lines[t-1]); ok {
			return lines[:t]
		}
	}
	return lines
}

// dropRelatedHeadlines drops the links to related stories a page prints
// right under its title, before the lead: two lines or more, each opened
// by a dash and a space and ending with no full stop, as headlines do ("-
// Hà Nội trao bằng khen đột xuất tặng 20 cán bộ, y bác sĩ tiêu biểu"):
// another story's awards, people and counts, none of this one's (round
// 46). A lead written after a dash ends with its full stop ("- Đợt 2-9
// này, Đảng bộ tỉnh có 524 đảng viên …."), and a dash line alone may be
// the lead: both are kept, and so are a list's items under a line that
// is no title ("… đề nghị tặng:", items ending with ";").
func dropRelatedHeadlines(lines []Paragraph) []Paragraph {
	headline := func(p Paragraph) bool {
		t := p.Text
		return !p.Caption && (strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "– ")) && !strings.ContainsAny(t[len(t)-1:], ".;:,") && utf8.RuneCountInString(t) <= 200
	}
	if len(lines) == 0 || lines[0].Caption || !isTitleLine(lines[0].Text) || strings.HasSuffix(lines[0].Text, ":") {
		return lines // no title above: a list's items
	}
	k := 1
	for k < len(lines) && headline(lines[k]) {
		k++
	}
	if k-1 < 2 || k >= len(lines) {
		return lines
	}
	return append(lines[:1:1], lines[k:]...)
}

// relatedLink reports whether a line is a link to a related story that a
// page lists below its byline: ">> Tuyên dương 6 công dân trẻ tiêu biểu".
func relatedLink(line string) bool {
	return strings.HasPrefix(strings.TrimSpace(line), ">>")
}

// mastheadRepeated reports whether a page's first and last lines are the
// same short line of words without a sentence's marks: the site's name,
// printed above the story and below it ("Pháp Luật Plus"). A writer signs
// at one end only (round 46).
func mastheadRepeated(first, last string) bool {
	if first != last || utf8.RuneCountInString(first) > 40 || strings.ContainsAny(first, ".,:;!?") {
		return false
	}
	return strings.ContainsFunc(first, unicode.IsLetter)
}

// anyByline reads a byline in capitals or in name case.
func anyByline(text string, p Paragraph) ([]Person, bool) {
	if authors, ok := byline(text, p); ok {
		return authors, true
	}
	return nameCaseByline(p)
}

var bylineSplit = regexp.MustCompile(`\s*[-–]\s*|,|/|\s+[vV]à\s+|\s*&\s*`)

// agencyTailRe is the agency a byline's writers wrote for, in brackets
// after their names: "(TTXVN/Vietnam+)", "(TNO)"; it holds an
// abbreviation of two capitals or more.
var agencyTailRe = regexp.MustCompile(`\s*\((?:(?:[\p{L}\d.+ ]*/)?\p{Lu}{2,}[\p{L}\d.+/ ]{0,20}|[\p{L}\d-]{3,30}\.(?:vn|com|net|org)(?:\.vn)?)\)\s*$`)

// compiledTailRe is the note that a byline's writer compiled the story
// from others, in brackets after the name: "Kim Oanh (tổng hợp)", "(t/h)",
// "(sưu tầm)".
var compiledTailRe = regexp.MustCompile(`\s*\((?i:tổng\s+hợp|t/h|sưu\s+tầm)\)\s*$`)

// nameCaseByline reads a closing line of names written as names are ("Chí
// Kiên", "Bài và ảnh: Hữu Thắng - Lê An"): every word capitalized, no word
// that starts a title or an organization, no source ("Theo …") or place.
func nameCaseByline(p Paragraph) ([]Person, bool) {
	line := p.Text
	if utf8.RuneCountInString(line) > 80 || p.Caption {
		return nil, false
	}
	if m := compiledTailRe.FindStringIndex(line); m != nil && m[0] > 0 {
		line = line[:m[0]] // "Kim Oanh (tổng hợp)": the writer compiled the story, still its writer (round 53)
	}
	agency := false
	if m := agencyTailRe.FindStringIndex(line); m != nil && m[0] > 0 {
		line = line[:m[0]] // "Thanh Phú (TTXVN/Vietnam+)": the agency after the names
		agency = true
	}
	skip := 0
	if m := bylinePrefix.FindStringIndex(line); m != nil {
		skip = m[1]
	} else if m := theoPersonRe.FindStringSubmatchIndex(line); m != nil && (agency || relayedAuthor(line[m[2]:m[3]])) {
		// "Theo Phương Nhi (Chinhphu.vn)": the agency in brackets tells
		// a writer from a source (round 48).
		skip = m[2]
	}
	var people []Person
	pos := skip
	for _, part := range bylineSplit.Split(line[skip:], -1) {
		idx := strings.Index(line[pos:], part)
		start := p.start + pos + idx
		pos += idx + len(part)
		raw := strings.Trim(part, " \t.;:()")
		if len(people) > 0 && outletRe.MatchString(raw) {
			continue // "Duy Hưng – Daidoanket.vn": the outlet after the name
		}
		if len(people) > 0 && writerOffice(raw) {
			continue // "Thu Hà - VPHU Hòa Vang": the writer's office after the name
		}
		toks := tokenize(raw, 0)
		if len(toks) < 2 || len(toks) > 5 {
			return nil, false
		}
		for k, t := range toks {
			if !t.capitalized() || allCaps(t.text) || isDigits(t.text) {
				return nil, false
			}
			if _, n := titleAt(toks, k); n > 0 {
				return nil, false
			}
			if _, n := headAt(toks, k); n > 0 {
				return nil, false
			}
		}
		if toks[0].fold == "theo" || toks[0].fold == "nguon" {
			return nil, false
		}
		if isIntroducer(toks, 0) {
			return nil, false // "Ông Ph": a sentence cut off after its first words, not a writer
		}
		if _, ok := provinces[textvi.Fold(raw)]; ok {
			return nil, false
		}
		if pageSections[strings.ToLower(collapseSpace(raw))] {
			return nil, false // "Đời Sống - Tiêu Dùng", "Văn Hoá": the page's section, no writers (round 41)
		}
		people = append(people, Person{Name: collapseSpace(raw), Span: Span{Text: raw, byte: start + strings.Index(part, raw)}})
	}
	return people, len(people) > 0
}

// pageSections are the sections a news page files its stories under,
// written in name case under the title ("Đời Sống - Tiêu Dùng", "Văn
// Hoá", "Thời Sự"): matched as written, tones and all, so that a writer
// "Văn Hòa" stays one (round 41).
var pageSections = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split("văn hoá|văn hóa|đời sống|tiêu dùng|thời sự|xã hội|kinh tế|thể thao|giáo dục|sức khỏe|sức khoẻ|pháp luật|giải trí|du lịch|chính trị|thế giới|quốc tế|khoa học|công nghệ|bạn đọc|văn nghệ|quân sự|nông nghiệp|môi trường|địa phương|tin tức", "|") {
		m[w] = true
	}
	return m
}()

// writerOffice reports whether a part of a byline after a name is the
// writer's office: an abbreviation in capitals, then at most three
// capitalized syllables of its place ("VPHU Quảng Điền", "TTXVN").
func writerOffice(raw string) bool {
	toks := tokenize(raw, 0)
	if len(toks) > 0 && len(toks) <= 5 {
		if _, n := headAt(toks, 0); n > 0 {
			return true // "Nguyễn Khắc Trung - Đảng ủy Khối": the office named by its head (round 48)
		}
	}
	if len(toks) == 0 || len(toks) > 4 || !allCaps(toks[0].text) || utf8.RuneCountInString(toks[0].text) < 2 {
		return false
	}
	for _, t := range toks[1:] {
		if t.fold == "tinh" || t.fold == "huyen" {
			continue // "Phùng Vị – HND tỉnh" (round 48)
		}
		if !t.capitalized() || allCaps(t.text) {
			return false
		}
	}
	return true
}

// officeLine reports whether a line is a body's name alone, the office a
// writer signs for under the byline: a head ("Trung tâm", "Đảng ủy"), then
// only capitalized words, abbreviations and "&" ("Trung tâm VHTT&TT Hữu
// Lũng"), no sentence's marks.
func officeLine(line string) bool {
	if utf8.RuneCountInString(line) > 60 || strings.ContainsAny(line, ".,:;!?()") {
		return false
	}
	toks := tokenize(line, 0)
	_, n := headAt(toks, 0)
	if n == 0 || n >= len(toks) || len(toks) > 8 {
		return false
	}
	for _, t := range toks[n:] {
		if !t.capitalized() && t.text != "&" {
			return false
		}
	}
	return true
}

// outletRe is a news site's address, written after its writer's name in
// a byline: "Daidoanket.vn", "Baotintuc.vn", "VnExpress.net".
var outletRe = regexp.MustCompile(`(?i)^[\p{L}\d-]{3,30}(?:\.[a-z]{2,4}){1,2}$`)

// closingMarkRe is the mark that ends a news agency's story, "./.", then
// what follows it on the same line: the byline, perhaps with the agency
// in parentheses ("./. Phan Thái Sơn (TTXVN/Vietnam+)").
var closingMarkRe = regexp.MustCompile(`\./\.\s*([^()]{3,60}?)\s*(?:\([^()]{1,40}\))?\s*$`)

// closingByline splits a last paragraph that ends with "./." and a byline
// into the text, the mark kept, and the byline.
func closingByline(p Paragraph) (Paragraph, Paragraph, bool) {
	m := closingMarkRe.FindStringSubmatchIndex(p.Text)
	if m == nil {
		return p, p, false
	}
	body := Paragraph{Text: p.Text[:m[0]+3], Caption: p.Caption, start: p.start}
	tail := Paragraph{Text: p.Text[m[2]:m[3]], start: p.start + m[2]}
	return body, tail, true
}

// trailingNameRe is a last paragraph's end: a sentence closed, then two
// to four capitalized syllables with no stop of their own, the byline run
// into the text ("… vừa qua. Nhật Minh").
var trailingNameRe = regexp.MustCompile(`[.!?]\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})\s*$`)

// trailingCapsRe is trailingNameRe for a byline in capitals run into the
// text ("… từ phía người dân. XUÂN LƯƠNG"), two to four words of capitals
// (round 45); byline reads it as it reads one on a line of its own.
var trailingCapsRe = regexp.MustCompile(`[.!?]\s+(\p{Lu}{2,}(?:\s+\p{Lu}{2,}){1,3})\s*$`)

// trailingName splits a last paragraph whose sentence closes before a
// name-case byline into the text and the byline.
func trailingName(p Paragraph) (Paragraph, Paragraph, bool) {
	m := trailingNameRe.FindStringSubmatchIndex(p.Text)
	if m == nil {
		m = trailingCapsRe.FindStringSubmatchIndex(p.Text)
	}
	if m == nil || m[0] == 0 {
		return p, p, false
	}
	body := Paragraph{Text: p.Text[:m[0]+1], Caption: p.Caption, start: p.start}
	tail := Paragraph{Text: p.Text[m[2]:m[3]], start: p.start + m[2]}
	return body, tail, true
}

// theoPersonRe is a closing line that credits a story to whom it is
// taken from, "Theo Hoàng Diên": a person when what follows is a name.
var theoPersonRe = regexp.MustCompile(`^Theo\s+(\p{Lu}\S*)\s`)

// relayedAuthor reports whether the word after "Theo" begins a person's
// name, not a source's: a family name, but not one that begins a paper's
// name too ("Theo Văn Hóa", "Theo Nông Thôn Ngày Nay", "Theo Hà Nội Mới").
func relayedAuthor(word string) bool {
	t := tokenize(word, 0)
	if len(t) != 1 || !isSurname(t[0]) {
		return false
	}
	return t[0].fold != "van" && t[0].fold != "nong" && t[0].fold != "ha"
}

// footerRe is a line of a news site's footer: its masthead in capitals
// ("BÁO NAM ĐỊNH ĐIỆN TỬ"), editors, address, telephone, licence, and the
// credit of the software that prints the page ("POWERED BY ONECMS - A
// PRODUCT OF NEKO", round 55), whose words in capitals read as a byline.
var footerRe = regexp.MustCompile(`^(?:BÁO\s+\p{Lu}[\p{Lu}\s]*|(?i:(?:powered|designed|developed)\s+by\s+\S.*)|(?i:(?:phó\s+)?tổng\s+biên\s+tập|tòa\s+soạn|toà\s+soạn|địa\s+chỉ|điện\s+thoại|email|giấy\s+phép|bản\s+quyền)\s*:.*|©.*)$`)

// isFooter reports whether line belongs to a site's footer.
func isFooter(line string) bool {
	return len(line) <= 160 && footerRe.MatchString(line)
}

// isFurniture reports whether a line is only the labels of a site's forms
// and buttons ("Thông tin bạn đọc", "Đóng Lưu thông tin").
func isFurniture(line string) bool {
	words := strings.Fields(textvi.Fold(line))
	if len(words) == 0 || len(words) > 12 {
		return false
	}
	toks := tokenize(line, 0)
	var w []token
	for _, t := range toks {
		if t.word {
			w = append(w, t)
		}
	}
	for i := 0; i < len(w); {
		n := 0
		for _, f := range furniture {
			if k := f.matchAt(w, i); k > n {
				n = k
			}
		}
		if n == 0 {
			return false
		}
		i += n
	}
	return true
}

var bylinePrefix = regexp.MustCompile(`(?i)^(?:(bài\s*(và|,|&|-|–)?\s*ảnh|tin\s*(và|,|&|-|–)?\s*ảnh|bài|ảnh|tin|nhóm phóng viên|thực hiện|pv|t/h|tổng hợp)\s*:\s*|ctv\s+)`)

// capsTheoRe is "Theo" before a byline in capitals: "Theo THÁI TRIỂN".
var capsTheoRe = regexp.MustCompile(`^Theo\s+`)

// capsSourceTailRe is the paper a byline in capitals was taken from,
// after its names: "NGUYỄN PHÚC, Từ Báo Bình Định".
var capsSourceTailRe = regexp.MustCompile(`\s*[,–-]\s*(?:[Tt]ừ|[Tt]heo)\s+[Bb]áo\s+\p{Lu}[\p{L} ]{1,40}$`)

// byline reads a closing line in capitals ("NGUYỄN HƯƠNG GIANG - TRẦN AN")
// as the authors' names.
func byline(text string, p Paragraph) ([]Person, bool) {
	line := p.Text
	if utf8.RuneCountInString(line) > 80 || p.Caption {
		return nil, false
	}
	if m := capsSourceTailRe.FindStringIndex(line); m != nil && m[0] > 0 {
		line = line[:m[0]] // "NGUYỄN PHÚC, Từ Báo Bình Định": the paper it was taken from (round 48)
	}
	letters := 0
	head := 0 // "Tin, ảnh: DUY THỈNH": the prefix in lower case, the names in capitals
	if m := bylinePrefix.FindStringIndex(line); m != nil {
		head = m[1]
	} else if m := capsTheoRe.FindStringIndex(line); m != nil {
		head = m[1] // "Theo THÁI TRIỂN": the writer relayed, in capitals (round 48)
	}
	for _, r := range line[head:] {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				return nil, false
			}
		}
	}
	if letters < 4 {
		return nil, false
	}
	body := line
	skip := head
	var people []Person
	pos := skip
	for _, part := range capsBylineParts(body[skip:]) {
		idx := strings.Index(body[pos:], part)
		start := p.start + pos + idx
		pos += idx + len(part)
		raw := strings.Trim(part, " \t.;:()")
		name := collapseSpace(raw)
		n := len(strings.Fields(name))
		if n < 2 || n > 5 {
			return nil, false
		}
		if initialed(name) {
			return nil, false // "N. NGA": a byline with an initial, not marked (round 38)
		}
		if _, ok := provinces[textvi.Fold(name)]; ok {
			return nil, false // "NINH THUẬN:": a kicker naming the province, over the title or under it
		}
		if _, n := titleAt(tokenize(titleCase(name), 0), 0); n > 0 {
			return nil, false // "THỦ TƯỚNG CHÍNH PHỦ": a signer's title over a document, no writer (round 48)
		}
		if docHeadsInCaps[textvi.Fold(name)] || strings.HasPrefix(textvi.Fold(name), "bao ") {
			return nil, false // "QUYẾT ĐỊNH", "CHỈ THỊ", "BÁO ĐIỆN TỬ CHÍNH PHỦ": a document's kind or a paper's masthead, no writer (round 48)
		}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if bodyWordsInCaps[w] {
				return nil, false // "HUYỆN ỦY A - ĐẢNG BỘ TỈNH B": the site's owner over the page, no writer
			}
		}
		people = append(people, Person{Name: titleCase(name), Span: Span{Text: raw, byte: start + strings.Index(part, raw)}})
	}
	return people, len(people) > 0
}

var (
	capsBylineSplit     = regexp.MustCompile(`\s+[-–]\s+|,|/|\s+VÀ\s+|\s*&\s*`)
	capsBylineSplitBare = regexp.MustCompile(`\s*[-–]\s*|,|/|\s+VÀ\s+|\s*&\s*`)
)

// capsBylineParts splits a byline in capitals into its names. A hyphen
// with no spaces joins two names too ("THÙY HƯƠNG-PHAN THA") when every
// part it leaves is a name of two words or more; else it stays within a
// name (round 52).
func capsBylineParts(line string) []string {
	parts := capsBylineSplitBare.Split(line, -1)
	for _, part := range parts {
		if len(strings.Fields(part)) < 2 {
			return capsBylineSplit.Split(line, -1)
		}
	}
	return parts
}

// initialed reports whether a name in a byline has a word that is one
// letter and a dot ("N. NGA", "T. M. HÀ"): an initial, which the gold
// lists do not mark as a writer.
func initialed(name string) bool {
	for _, w := range strings.Fields(name) {
		if strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) == 2 {
			return true
		}
	}
	return false
}

// bodyWordsInCaps are words of a body's name that no person's name holds:
// a line in capitals with one of them names a body, not a writer.
var bodyWordsInCaps = map[string]bool{"ủy": true, "uỷ": true, "đảng": true, "tỉnh": true, "huyện": true}

// docHeadsInCaps are the kinds of document whose text a story copies,
// folded, printed in capitals over it: "QUYẾT ĐỊNH", "CHỈ THỊ".
var docHeadsInCaps = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Split("quyet dinh|chi thi|nghi quyet|ke hoach|thong bao|cong van|to trinh|bao cao|huong dan|quy dinh|quy che|dieu le|thong tu|nghi dinh|cong dien|chuong trinh|de an", "|") {
		m[w] = true
	}
	return m
}()

// isTitleLine reports whether a first line is a headline rather than a lead:
// short and not ending a sentence.
func isTitleLine(line string) bool {
	if utf8.RuneCountInString(line) > 200 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?…:;,", last)
}

// titleFromLead makes a title from the lead's first sentence, cut at a word
// boundary to fit an article title.
func titleFromLead(lead string) string {
	t := lead
	if i := strings.Index(t, ". "); i > 0 {
		t = t[:i]
	}
	t = strings.TrimRight(t, ". …")
	const max = 200
	if utf8.RuneCountInString(t) > max {
		r := []rune(t)[:max]
		cut := string(r)
		if i := strings.LastIndex(cut, " "); i > 0 {
			cut = cut[:i]
		}
		t = strings.TrimRight(cut, ",;: ") + "…"
	}
	if t == "" {
		t = "Bài nhập"
	}
	return t
}

// comparedRe ends with the words before the year a figure is compared
// with: "so với", "so với cùng kỳ", "so cùng kỳ".
var comparedRe = regexp.MustCompile(`(?i)(?:^|\s)so(?:\s+với)?(?:\s+cùng\s+kỳ)?\s*$`)

var yearRe = regexp.MustCompile(`(?i)(đến|tới)?\s*năm\s+(\d{4})\b`)

// planWords say that a year after them, in their clause, is planned for.
var planWords = []string{"dự kiến", "phương hướng", "định hướng", "kế hoạch", "triển khai nhiệm vụ"}

// planned reports whether the clause that ends before (the text before a
// year) plans: "… và dự kiến nhiệm vụ công tác".
func planned(before string) bool {
	if i := strings.LastIndexAny(before, ".;!?\n"); i >= 0 {
		before = before[i+1:]
	}
	before = strings.ToLower(before)
	for _, w := range planWords {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// fullDateRe is a date with its year at the start of a string: "20/11/2023".
var fullDateRe = regexp.MustCompile(`^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})\b`)

// eventWordRe ends with the word before an event's date: "Sáng",
// "chiều", "Ngày" at the start of a sentence; not "ngày" after a document.
var eventWordRe = regexp.MustCompile(`(?:(?:^|[.;!?\n]\s*)(?:Ngày|Hôm nay)|(?i:sáng|chiều|tối|trưa|đêm))\s+\(?$`)

// eventYears returns the years of the events' dates in text: "Sáng
// 20/11/2023", "Ngày 15-7-2024". It looks only where a date with a year
// starts, so a megabyte costs one pass.
func eventYears(text string, life func(at int) bool) []int {
	var out []int
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < '0' || c > '9' || i > 0 && text[i-1] >= '0' && text[i-1] <= '9' {
			continue
		}
		end := min(len(text), i+16)
		g := fullDateRe.FindStringSubmatch(text[i:end])
		if g == nil {
			continue
		}
		start := max(0, i-24)
		for start > 0 && !utf8.RuneStart(text[start]) {
			start--
		}
		if eventWordRe.MatchString(text[start:i]) && !life(i) {
			y, _ := strconv.Atoi(g[1])
			out = append(out, y)
		}
		i += len(g[0]) - 1
	}
	return out
}

// lifeBeforeRe ends the words before a year or a date of someone's life:
// "sinh năm", "sinh ngày", "năm sinh:", "(sinh", "vào Đảng năm", "kết
// nạp vào Đảng ngày", "nhập ngũ năm", "tham gia cách mạng từ năm", "hy
// sinh năm", "từ trần ngày". (A year alone in parentheses, "Mẹ Nguyễn
// Thị A (1905)", is no rule's year.)
var lifeBeforeRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:(?:sinh|năm\s+sinh)\s*:?|(?:sinh|vào\s+đảng|kết\s+nạp(?:\s+vào)?\s+đảng|nhập\s+ngũ|tham\s+gia\s+cách\s+mạng|hy\s+sinh|từ\s+trần|qua\s+đời)(?:\s+(?:từ|vào))?\s+(?:năm|ngày))\s*$`)

// biographyRe marks a paragraph that tells someone's life: where they were
// born, their home town. Its years ("Năm 1998, ông vào Đảng") are the
// person's, not the story's.
// "44 tuổi, quê huyện …" tells a life too: "Kể từ năm 1992 (năm tách
// tỉnh), bà … là nữ phó chủ tịch …" after it is hers.
var biographyRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:sinh\s+năm|sinh\s+ngày|năm\s+sinh|quê\s+quán|nguyên\s+quán|\d{2}\s+tuổi\s*,\s*quê(?:\s+ở)?\s+(?:huyện|xã|tỉnh|thành\s+phố|thị\s+xã|quận|phường))(?:[^\p{L}]|$)`)

// bornBefore reports whether the year or date at text[at:] is written
// after the words of a life's events (lifeBeforeRe: "sinh năm 1981",
// "sinh ngày 2/3/1974", "vào Đảng năm 1955"): someone's life.
func bornBefore(text string, at int) bool {
	b := max(0, at-48)
	for b > 0 && !utf8.RuneStart(text[b]) {
		b--
	}
	return lifeBeforeRe.MatchString(text[b:at])
}

// biographies are the byte ranges of the paragraphs of text that tell a
// life (biographyRe), in order.
func biographies(text string) [][2]int {
	var out [][2]int
	for at, end := range lineSpans(text) {
		if biographyRe.MatchString(text[at:end]) {
			out = append(out, [2]int{at, end})
		}
	}
	return out
}

// lineSpans yields the byte range of each line (paragraph) of text, its
// newline left out.
func lineSpans(text string) iter.Seq2[int, int] {
	return func(yield func(at, end int) bool) {
		for at := 0; at < len(text); {
			end := strings.IndexByte(text[at:], '\n')
			if end < 0 {
				end = len(text)
			} else {
				end += at
			}
			if !yield(at, end) {
				return
			}
			at = end + 1
		}
	}
}

// within reports whether byte at lies in one of the ordered ranges rs.
func within(rs [][2]int, at int) bool {
	n := sort.Search(len(rs), func(n int) bool { return rs[n][1] > at })
	return n < len(rs) && rs[n][0] <= at
}

// periodYearRe is a quarter or a month with its year: "Quý I/2025",
// "tháng 6/2016".
var periodYearRe = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(?:quý\s+(?:I{1,3}|IV|\d)|tháng\s+\d{1,2})\s*/\s*(\d{4})\b`)

// themeYearRe is a year named after its theme: "Năm kỷ cương hành chính
// - 2013", "Năm An toàn giao thông - 2012".
var themeYearRe = regexp.MustCompile(`(?:^|[^\p{L}])Năm(?:\s+\p{L}+){2,8}\s+[-–]\s+(\d{4})(?:\s*[^\s\d–-]|\s*$)`)

// namedYearRe is a year named by what it is the year of, its name
// capitalized and the year right after it: "Năm APEC 2017", "Năm Du lịch
// quốc gia 2023".
var namedYearRe = regexp.MustCompile(`(?:^|[^\p{L}])Năm\s+\p{Lu}[\p{L}]*(?:\s+\p{L}+){0,4}\s+(\d{4})(?:\.?(?:\s|$)|[^\d/.\-–])`)

// targetBeforeRe ends the words before a target's date: "đến", "tới".
var targetBeforeRe = regexp.MustCompile(`(?i)(?:đến|tới|trước)\s*$`)

// storyYear is the year the story is about: the latest "năm YYYY" of the
// lead, else the year the text names most (the latest on a tie), else now's.
// Targets ("đến năm 2030") and the years of someone's life ("sinh năm
// 1981", "(1974)", a biography's "Năm 1998, ông …") do not count: a
// story that names no other year keeps the clock's.
func storyYear(text, lead string, now time.Time) (int, bool) {
	// The lead tells the story's event even where it also says who was
	// born when: only "sinh …" there is someone's life.
	leadAt, leadEnd := -1, -1
	if lead != "" {
		if leadAt = strings.Index(text, lead); leadAt >= 0 {
			leadEnd = leadAt + len(lead)
		}
	}
	bios := biographies(text)
	inLead := func(at int) bool { return bornBefore(lead, at) }
	life := func(at int) bool {
		return bornBefore(text, at) || (at < leadAt || at >= leadEnd) && within(bios, at)
	}
	// A year the story plans for ("dự kiến nhiệm vụ công tác năm 2018",
	// "phương hướng năm 2018") is the next one: it counts only when the
	// story names no other.
	years := func(s string, life func(at int) bool) map[int]int {
		m, plans := map[int]int{}, map[int]int{}
		for _, g := range yearRe.FindAllStringSubmatchIndex(s, -1) {
			if g[2] >= 0 {
				continue
			}
			// "sinh năm 1981": the words before the year, "năm" included.
			if life(g[4]) {
				continue
			}
			y, err := strconv.Atoi(s[g[4]:g[5]])
			if err != nil || y < 1900 || y > now.Year()+1 {
				continue
			}
			if comparedRe.MatchString(s[max(0, g[0]-30):g[0]]) {
				continue // "tăng 5,75% so với năm 2022": the year it is compared with
			}
			if planned(s[max(0, g[0]-60):g[0]]) {
				plans[y]++
			} else {
				m[y]++
			}
		}
		if len(m) == 0 {
			return plans
		}
		return m
	}
	// Event dates with their year count too ("Sáng 20/11/2023"): a story
	// without "năm YYYY" still names its year. A document's date ("Nghị
	// quyết … ngày 9/6/2014") does not: the documents a story implements
	// are often years old.
	fullDates := func(m map[int]int, s string) map[int]int {
		for _, y := range eventYears(s, life) {
			if y >= 1900 && y <= now.Year()+1 {
				m[y]++
			}
		}
		// So does a quarter's or a month's year ("Quý I/2025, tình hình
		// kinh tế … tiếp tục có những chuyển biến", "đến tháng 6/2016"),
		// a target's ("đến tháng 12/2030") not.
		for _, g := range periodYearRe.FindAllStringSubmatchIndex(s, -1) {
			// A month's year in a paragraph that tells someone's life
			// ("… sinh năm 1972 …; từ tháng 3/2018 đến nay, ông là Bí
			// thư Huyện ủy") is the person's, not the story's (round 26).
			if life(g[2]) {
				continue
			}
			if y, _ := strconv.Atoi(s[g[2]:g[3]]); y >= 1900 && y <= now.Year()+1 && !planned(s[max(0, g[0]-60):g[0]]) && !targetBeforeRe.MatchString(s[max(0, g[0]-12):g[0]]) {
				m[y]++
			}
		}
		// So does the year a campaign names ("Năm kỷ cương hành chính -
		// 2013"): the year under way.
		for _, g := range themeYearRe.FindAllStringSubmatch(s, 8) {
			if y, _ := strconv.Atoi(g[1]); y >= 1900 && y <= now.Year()+1 {
				m[y]++
			}
		}
		if len(m) == 0 {
			// So, when nothing else names one, does a year named by what
			// it is the year of ("các sự kiện Năm APEC 2017").
			for _, g := range namedYearRe.FindAllStringSubmatch(s, 8) {
				if y, _ := strconv.Atoi(g[1]); y >= 1900 && y <= now.Year()+1 {
					m[y]++
				}
			}
		}
		return m
	}
	best := func(m map[int]int, byCount bool) int {
		keys := make([]int, 0, len(m))
		for y := range m {
			keys = append(keys, y)
		}
		sort.Ints(keys)
		b := 0
		for _, y := range keys {
			if b == 0 || !byCount || m[y] >= m[b] {
				b = y
			}
		}
		return b
	}
	if y := best(years(lead, inLead), false); y != 0 {
		return y, true
	}
	if y := best(fullDates(years(text, life), text), true); y != 0 {
		return y, true
	}
	// Else any full date the text writes ("phiên họp … ngày 13/3/2024",
	// a time stamp "08:01, 30/01/2019", "7.11.1917 – 7.11.2017") is a
	// better guess than the clock: the latest, leaving out a document's
	// date ("Quyết định số 12/QĐ-UBND ngày 20/11/2019"), which is often
	// years older than the story.
	if y := latestFullDate(text, now, life); y != 0 {
		return y, true
	}
	// A page's stamp of year and month ("date 2024-11 TPO - Tại kỳ họp")
	// is the year the story was written, which its days and months keep.
	if g := isoMonthStampRe.FindStringSubmatch(text); g != nil {
		if y, _ := strconv.Atoi(g[1]); y >= 1900 && y <= now.Year()+1 {
			return y, true
		}
	}
	// An anniversary counts its years from a known day: "kỷ niệm 73 năm
	// Ngày Thương binh - Liệt sĩ" is told in 1947 + 73.
	if y := anniversaryYear(text); y >= 1900 && y <= now.Year()+1 {
		return y, true
	}
	return now.Year(), false
}

// isoMonthStampRe is a page's stamp at the start of a line, a label in
// English and a year and month written the ISO way: "date 2024-11",
// "date 2025-12-05".
var isoMonthStampRe = regexp.MustCompile(`(?im)^\s*date\s*:?\s*(\d{4})-(?:0?[1-9]|1[0-2])(?:[^\d]|$)`)

// anniversaryRe is an anniversary and what it is of: "kỷ niệm 73 năm
// Ngày Thương binh - Liệt sĩ", "Kỷ niệm 94 năm ngày thành lập Đảng".
var anniversaryRe = regexp.MustCompile(`(?i)kỷ\s+niệm\s+(\d{1,3})\s+năm\s+(?:ngày\s+)?([^,.;:()\n]{0,60})`)

// anniversaryYearsRe is an anniversary followed by the range of years it
// counts: "kỷ niệm 15 năm Quảng Nam tái lập tỉnh (1997–2012)".
var anniversaryYearsRe = regexp.MustCompile(`(?i)kỷ\s+niệm\s+(\d{1,3})\s+năm[^()\n]{0,80}\((\d{4})\s*[-–]\s*(\d{4})\)`)

// anniversaries are the days a story counts anniversaries from, folded,
// with the year each began.
var anniversaries = []struct {
	of   string
	year int
}{
	{"thanh lap dang", 1930}, {"thuong binh", 1947}, {"quoc khanh", 1945}, {"cach mang thang tam", 1945},
	{"sinh chu tich ho chi minh", 1890}, {"sinh bac", 1890}, {"nha giao viet nam", 1982},
	{"thanh lap quan doi nhan dan", 1944}, {"giai phong mien nam", 1975}, {"thay thuoc viet nam", 1955},
	{"thanh lap mat tran to quoc", 1930}, {"thanh lap doan thanh nien cong san", 1931}, {"thanh lap hoi lien hiep phu nu", 1930},
	{"thanh lap hoi nong dan", 1930}, {"thanh lap hoi cuu chien binh", 1989}, {"thanh lap cong doan", 1929},
	{"bao chi cach mang", 1925}, {"chien thang dien bien phu", 1954}, {"thanh lap luc luong cong an nhan dan", 1945},
	{"thanh lap cong an nhan dan", 1945}, {"bien phong", 1959},
}

// anniversaryYear is the year of the first anniversary of a known day the
// text names, or 0.
func anniversaryYear(text string) int {
	// The anniversary writes its years: "kỷ niệm 15 năm Quảng Nam tái lập
	// tỉnh (1997–2012)" is told in 2012.
	for _, g := range anniversaryYearsRe.FindAllStringSubmatch(text, 8) {
		n, _ := strconv.Atoi(g[1])
		from, _ := strconv.Atoi(g[2])
		to, _ := strconv.Atoi(g[3])
		if to-from == n {
			return to
		}
	}
	for _, g := range anniversaryRe.FindAllStringSubmatch(text, 8) {
		n, _ := strconv.Atoi(g[1])
		of := textvi.Fold(g[2])
		for _, a := range anniversaries {
			if strings.Contains(of, a.of) {
				return a.year + n
			}
		}
	}
	return 0
}

// anyFullDateRe is a date with its year anywhere: "13/3/2024", "7.11.2017".
var anyFullDateRe = regexp.MustCompile(`(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)

// documentBeforeRe ends a clause that names a document before its date:
// "Quyết định số 12/QĐ-UBND ngày", "Chỉ thị 35-CT/TW ngày".
var documentBeforeRe = regexp.MustCompile(`(?:(?i:số)\s*\d|\d\s*[-/]\s*[\p{Lu}Đ]{2,})[^,;.\n]*$`)

// latestFullDate is the year of the latest full date of text that is no
// document's date, or 0.
func latestFullDate(text string, now time.Time, life func(at int) bool) int {
	best := 0
	for _, g := range anyFullDateRe.FindAllStringSubmatchIndex(text, -1) {
		if g[0] > 0 && (text[g[0]-1] >= '0' && text[g[0]-1] <= '9' || text[g[0]-1] == '/') {
			continue
		}
		if g[1] < len(text) && (text[g[1]] >= '0' && text[g[1]] <= '9' || text[g[1]] == '/') {
			continue
		}
		d, _ := strconv.Atoi(text[g[2]:g[3]])
		m, _ := strconv.Atoi(text[g[6]:g[7]])
		y, _ := strconv.Atoi(text[g[8]:g[9]])
		if _, ok := validDate(y, m, d); !ok || y < 1900 || y > now.Year()+1 {
			continue
		}
		if documentBeforeRe.MatchString(text[max(0, g[0]-80):g[0]]) || life(g[0]) {
			continue
		}
		best = max(best, y)
	}
	return best
}

// datelineProvince is the province a story's dateline names at the start
// of one of its first lines: "Vĩnh Long – Sáng 5/3…", "(Vĩnh Long) Sáng…",
// "VĨNH LONG - …".
func datelineProvince(text string) string {
	for _, toks := range leadTokens(text) {
		k := 0
		paren := len(toks) > 0 && toks[0].is("(")
		if paren {
			k++
		}
		p, n := provinceAt(toks, k)
		if n == 0 || k+n >= len(toks) {
			continue
		}
		next := toks[k+n]
		if paren && next.is(")") || !paren && (next.is("-") || next.is("–") || next.is("—")) {
			return p
		}
	}
	return ""
}

// paperSite is the province whose paper's site a story's lead line opens
// with as its source, "(Baonghean.vn) - …", "(Baothaibinh.com.vn) - …":
// "Bao" and the province's name folded without spaces, a site's ending
// and a closing bracket after it (round 45); else "". A site of no
// province's paper ("(Baomoi.com)") names none. It names the story's
// province only when the text names none (storyProvince).
func paperSite(text string) string {
	for _, toks := range leadTokens(text) {
		if len(toks) > 1 && toks[0].is("(") {
			if p := paperSiteProvince(toks, 1); p != "" {
				return p
			}
		}
	}
	return ""
}

// paperSiteProvince reads the site at toks[k] for paperSite.
func paperSiteProvince(toks []token, k int) string {
	if k+2 >= len(toks) || !strings.HasPrefix(toks[k].fold, "bao") || !toks[k+1].is(".") {
		return ""
	}
	e := k + 1
	for e+1 < len(toks) && toks[e].is(".") && (toks[e+1].fold == "vn" || toks[e+1].fold == "com") {
		e += 2
	}
	if e == k+1 || e >= len(toks) || !toks[e].is(")") {
		return ""
	}
	name := strings.TrimPrefix(toks[k].fold, "bao")
	for f, p := range provinces {
		if name != "" && strings.ReplaceAll(f, " ", "") == name {
			return p
		}
	}
	return ""
}

// headlineProvince is the province a headline starts with as its subject
// ("Đồng Tháp bổ nhiệm nhân sự …"), among the first three lines: the
// story's province when the text names none after "tỉnh".
func headlineProvince(text string) string {
	for _, toks := range leadTokens(text) {
		if p, n := provinceAt(toks, 0); n > 0 && n < len(toks) && toks[n].lower() {
			return p
		}
	}
	return ""
}

// leadTokens are the tokens of the first 40 bytes of a story's first three
// non-empty lines, where a dateline or a headline's subject stands; a
// partial rune at the cut only ends the tokens.
func leadTokens(text string) [][]token {
	var out [][]token
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if len(out) == 3 {
			break
		}
		if len(line) > 40 {
			line = line[:40]
		}
		out = append(out, tokenize(line, 0))
	}
	return out
}

// provinceNamed reports whether text names province p as a province: in
// its dateline or headline, after "tỉnh" or "Tỉnh ủy", or after "thành
// phố" or "TP" when p is a city ("thành phố Cần Thơ"); the capital of a
// province that shares its name ("thành phố Bắc Kạn") is not it.
func provinceNamed(text, p string) bool {
	if p == "" {
		return false
	}
	if datelineProvince(text) == p || headlineProvince(text) == p || paperSite(text) == p {
		return true // "(Baonghean.vn) - …": the province's own paper (round 45)
	}
	toks := tokenize(text, 0)
	for i := 1; i < len(toks); i++ {
		prev := toks[i-1].fold
		city := prev == "pho" || toks[i-1].text == "TP"
		if prev != "tinh" && prev != "uy" && !city {
			continue
		}
		if q, n := provinceAt(toks, i); n > 0 && q == p && (!city || centralCities[textvi.Fold(p)] != "") {
			return true
		}
	}
	return false
}

// storyProvince is the province a dateline names, else the one the text
// names most after "tỉnh", "Tỉnh ủy", "Thành ủy" or "thành phố", else the
// one a headline starts with; and how many provinces it names so.
func storyProvince(text string) (string, int) {
	dateline := datelineProvince(text)
	toks := tokenize(text, 0)
	count := map[string]int{}
	var order []string
	for i := 1; i < len(toks); i++ {
		prev := toks[i-1].fold
		if prev != "tinh" && prev != "uy" && prev != "pho" && toks[i-1].text != "TP" {
			continue
		}
		if p, n := provinceAt(toks, i); n > 0 {
			if count[p] == 0 {
				order = append(order, p)
			}
			count[p]++
		}
	}
	best := ""
	for _, p := range order {
		if best == "" || count[p] > count[best] {
			best = p
		}
	}
	if dateline == "" && best == "" {
		dateline = headlineProvince(text)
	}
	if dateline == "" && best == "" {
		// "(Baonghean.vn) - … UBND tỉnh …": the province whose paper
		// tells the story, when the text names none (round 45).
		dateline = paperSite(text)
	}
	if dateline != "" {
		if count[dateline] == 0 {
			order = append(order, dateline)
		}
		best = dateline
	}
	return best, len(order)
}
