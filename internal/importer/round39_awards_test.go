package importer

import "testing"

// Round 39: "… do Y vừa phong tặng" (or "đã", "mới", "cũng" before the
// verb, "phong tặng" beside "trao tặng"): the one named after "do" gives
// the award named before it (lines of our own). "do" before no verb of
// giving ties no issuer.
func TestGivenByAdverbRound39(t *testing.T) {
	checkAwards(t, []textCase{
		{"Sáng 5/3, xã An Phú tổ chức lễ đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước vừa phong tặng.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: "},
		{"Trường tổ chức lễ đón nhận Cờ thi đua do Thủ tướng Chính phủ đã trao tặng.",
			"Cờ thi đua của Thủ tướng Chính phủ: "},
		// "do" and an office, then no verb of giving: no issuer.
		{"Xã đón nhận Huân chương Lao động hạng Ba do Chủ tịch nước vừa ký quyết định công nhận xã nông thôn mới.",
			"Huân chương Lao động hạng Ba: "},
	})
}
