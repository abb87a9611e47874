package importer

import (
	"testing"
	"time"
)

// Round 11: lists a later sentence opens with a count and a colon, people
// counted as "thầy, cô giáo" or praised before the verb, an issuer in a
// story that names its province only by the capital, and the day after
// the clock. Sentences of our own; each case fails without its rule.
func TestRecipientsRound11(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"a count and a colon in a later sentence open the list of the award named before",
			"Năm 2023, Chủ tịch UBND tỉnh ký Quyết định tặng Bằng khen cho các tập thể.\n\nTheo quyết định, 3 tập thể có thành tích xuất sắc gồm: Trường Phổ thông dân tộc nội trú Na Hang; Trường Mầm non Hòa An, huyện Pác Nặm; Trường Tiểu học Yên Thịnh, huyện Chợ Mới;",
			// The boarding school is read since round 11's bodies (round11_bodies_test.go).
			[]string{"Bằng khen của Chủ tịch UBND tỉnh 2023 ← 3 tập thể", "Bằng khen của Chủ tịch UBND tỉnh 2023 ← Trường Phổ thông dân tộc nội trú Na Hang", "Bằng khen của Chủ tịch UBND tỉnh 2023 ← Trường Mầm non Hòa An", "Bằng khen của Chủ tịch UBND tỉnh 2023 ← Trường Tiểu học Yên Thịnh"}},
		{"lists grouped by place, each after its count, with bà before each name",
			"Năm 2021, UBND tỉnh trình Chủ tịch nước truy tặng danh hiệu Bà mẹ Việt Nam anh hùng cho 3 cá nhân.\n\nHuyện Phú Lộc có 2 trường hợp: bà Trần Thị Mai (SN 1890, xã Phú An) và bà Lê Thị Đào (SN 1900).\n\nCác huyện Tân Yên, Hòa Vang mỗi địa phương có 1 trường hợp, gồm: bà Phạm Thị Cúc (SN 1897, xã Tân An).",
			[]string{"Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2021 ← 3 cá nhân", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2021 ← 2 cá nhân", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2021 ← Trần Thị Mai", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2021 ← Lê Thị Đào", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2021 ← 1 cá nhân", "Danh hiệu Bà mẹ Việt Nam anh hùng của Chủ tịch nước 2021 ← Phạm Thị Cúc"}},
		{"a count, where its people are from, then là and a colon",
			"Năm 2025, Chủ tịch UBND tỉnh tặng Bằng khen cho 4 tập thể.\n\nHai tập thể của tỉnh Lạng Sơn là: Sở Y tế; Sở Tài chính.",
			[]string{"Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn 2025 ← 4 tập thể", "Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn 2025 ← 2 tập thể", "Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn 2025 ← Sở Y tế Lạng Sơn", "Bằng khen của Chủ tịch UBND tỉnh Lạng Sơn 2025 ← Sở Tài chính Lạng Sơn"}},
		{"teachers counted as thầy, cô giáo",
			"Năm 2025, 80 thầy, cô giáo nhận Bằng khen của Bộ trưởng Bộ GD&ĐT.",
			[]string{"Bằng khen của Bộ trưởng Bộ GD&ĐT 2025 ← 80 cá nhân"}},
		{"a count praised before the verb",
			"Năm 2025, 12 nhà giáo tiêu biểu nhận Bằng khen của Bộ trưởng Bộ GD&ĐT.",
			[]string{"Bằng khen của Bộ trưởng Bộ GD&ĐT 2025 ← 12 cá nhân"}},
	})
}

// TestIssuerProvinceRound11: the capital that shares a province's name
// ("thành phố Bắc Kạn") names no province for an issuer; "tỉnh Bắc Kạn"
// does.
func TestIssuerProvinceRound11(t *testing.T) {
	checkAwards(t, []textCase{
		{"Năm 2023, Chủ tịch UBND tỉnh Nguyễn Văn Bình ký Quyết định tặng Bằng khen cho Trường Tiểu học Sông Cầu, thành phố Bắc Kạn.",
			"Bằng khen của Chủ tịch UBND tỉnh: Trường Tiểu học Sông Cầu"},
		{"Năm 2023, Chủ tịch UBND tỉnh Nguyễn Văn Bình ký Quyết định tặng Bằng khen cho Trường Tiểu học Sông Cầu, tỉnh Bắc Kạn.",
			"Bằng khen của Chủ tịch UBND tỉnh Bắc Kạn: Trường Tiểu học Sông Cầu"},
	})
}

// TestClockDayRound11: a short date on the clock's day or the next is
// the clock's year, not the year before; two days after it is last year's.
func TestClockDayRound11(t *testing.T) {
	clock := time.Date(2025, time.November, 6, 0, 0, 0, 0, time.UTC)
	s := Extract("Ngày 6-11, Đảng ủy phường trao Huy hiệu Đảng đợt ngày 7-11. Ngày 8-11 họp.", clock)
	if g, want := datesOf(s), "2025-11-06,2025-11-07,2024-11-08"; g != want {
		t.Errorf("dates %s, want %s", g, want)
	}
}
