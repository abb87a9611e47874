package importer

import "testing"

// Round 38: a page's stamp whose views' count follows after a dash
// ("Đăng ngày: 04/11/2022 - Lượt xem: 307") is the page's date, no date
// of the story (lines of our own).
func TestViewsStampRound38(t *testing.T) {
	checkStamps(t, []stampCase{
		{"a dash before the views", "Huyện tổng kết công tác thi đua\nĐăng ngày: 15/03/2021 - Lượt xem: 42\nUBND huyện tổ chức hội nghị tổng kết công tác thi đua.\n", "2021-03-15"},
		{"an en dash before the views", "Huyện tổng kết công tác thi đua\nNgày đăng: 15/03/2021 – Lượt xem 42\nUBND huyện tổ chức hội nghị tổng kết công tác thi đua.\n", "2021-03-15"},
	})
	// A date of the story after a dash, with no views' count, stays.
	checkDates(t, []dateCase{
		{"a story's date before a dash",
			"Huyện tổng kết công tác thi đua\nNgày 15/03/2021 - UBND huyện tổ chức hội nghị tổng kết công tác thi đua.\n",
			"2021-03-15"},
	})
}
