package importer

import (
	"regexp"
	"strings"
)

// summaryHeadRe opens a paragraph that sums up a period's honours, which
// the gold lists mark as a record received, not the conferral the story
// tells: "Năm 2019, huyện A có 8 đơn vị được tặng Bằng khen …", "Trong
// năm qua, toàn tỉnh đã có …", "Giai đoạn 2015-2020, thị xã đã có …".
// The period, a comma, a few words naming the place, then "(đã) có".
var summaryHeadRe = regexp.MustCompile(`(?i)^\s*(?:(?:trong\s+)?năm\s+\d{4}|trong\s+năm(?:\s+qua)?|giai\s+đoạn\s+\d{4}\s*[-–]\s*\d{4})\s*,\s*[^,.;:\d]{0,60}?\s(?:đã\s+)?có\s+\d`)

// summaryMoreRe continues a summary in the next paragraph: "Ngoài ra có
// 20 mẹ được phong tặng …", or its people after its bodies: "Về cá
// nhân, trường có 74 người được … tặng bằng khen, …" (round 51).
var summaryMoreRe = regexp.MustCompile(`(?i)^\s*(?:ngoài\s+ra,?\s+(?:còn\s+)?có\s+\d|về\s+(?:cá\s+nhân|tập\s+thể)\s*,)`)

// streakHeadRe opens a paragraph that tells a body's streak of honours,
// a record of what it was given over the years, not the conferral the
// story tells: "Suốt 5 năm liền, trường … giữ danh hiệu tập thể lao động
// xuất sắc …", "Tập thể nhà trường liên tục đạt danh hiệu …, được Chủ
// tịch UBND tỉnh … tặng Bằng khen; …" (round 51). The streak comes in
// the paragraph's first words, before any comma.
var streakHeadRe = regexp.MustCompile(`(?i)^\s*(?:[^,.;:\d]{0,40}?\s)?(?:liên\s+tục\s+(?:đạt|được|nhận|giữ)\s|(?:suốt\s+|trong\s+)?(?:\d+|nhiều)\s+năm\s+(?:liền|liên\s+tục|liên\s+tiếp)[\s,])`)

// summaries returns the byte ranges of the paragraphs that sum up a
// period's honours, with the paragraphs that go on with "Ngoài ra có".
// The lead is none: it tells the story's own event ("Năm 2023, tỉnh A
// có 14 cá nhân được tặng Bằng khen …" alone is the conferral). A
// streak's paragraph (streakHeadRe) and the one that goes on from it
// are records up to their first sentence's end only: a sentence after
// it may tell the ceremony ("… Tại buổi lễ, trường được trao …").
func summaries(text, lead string) [][2]int {
	var out [][2]int
	open, streak := false, false
	for at, end := range lineSpans(text) {
		line := text[at:end]
		switch {
		case strings.TrimSpace(line) == "":
		case lead != "" && strings.Contains(lead, strings.TrimSpace(line)):
			open, streak = false, false
		case summaryHeadRe.MatchString(line) || open && summaryMoreRe.MatchString(line) && !streak:
			out = append(out, [2]int{at, end})
			open, streak = true, false
		case streakHeadRe.MatchString(line) || streak && summaryMoreRe.MatchString(line):
			if i := strings.Index(line, ". "); i >= 0 {
				end = at + i + 1
			}
			out = append(out, [2]int{at, end})
			open, streak = true, true
		default:
			open, streak = false, false
		}
	}
	return out
}
