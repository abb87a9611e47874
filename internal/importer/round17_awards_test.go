package importer

import (
	"testing"
	"time"
)

// Round 17: a place's people receive an order as one, named as the story
// writes them: "Đảng bộ, chính quyền và nhân dân (các dân tộc) tỉnh A",
// "Cán bộ, nhân dân và Lực lượng vũ trang thành phố A", after "cho" or
// before "(vinh dự) được … tặng"; a city or province right after "cho".
func TestRound17PlaceRecipients(t *testing.T) {
	checkRecipients(t, []recipientCase{
		{"the party, government and people of a city after cho",
			"Ngày 27/12/2023, Chủ tịch nước ký quyết định tặng thưởng Huân chương Lao động hạng nhất cho Đảng bộ, chính quyền và nhân dân TP.Cần Thơ, vì thành tích xuất sắc.",
			[]string{"Huân chương Lao động hạng nhất của Chủ tịch nước 2023 ← Đảng bộ, chính quyền và nhân dân TP.Cần Thơ"}},
		{"of all the province's peoples",
			"Năm 2016, đồng chí Nguyễn Văn Bình trao tặng Huân chương Độc lập hạng Nhất cho Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Hà Giang.",
			[]string{"Huân chương Độc lập hạng Nhất 2016 ← Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Hà Giang"}},
		{"before được … tặng thưởng",
			"Năm 2025, Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Sơn La vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất.",
			[]string{"Huân chương Lao động hạng Nhất của Chủ tịch nước 2025 ← Đảng bộ, chính quyền và nhân dân các dân tộc tỉnh Sơn La"}},
		{"cadres, people and armed forces",
			"Năm 2020, Chủ tịch nước tặng Huân chương Bảo vệ Tổ quốc hạng Ba cho Cán bộ, nhân dân và Lực lượng vũ trang thành phố Hải Phòng.",
			[]string{"Huân chương Bảo vệ Tổ quốc hạng Ba của Chủ tịch nước 2020 ← Cán bộ, nhân dân và Lực lượng vũ trang thành phố Hải Phòng"}},
		{"a city after cho",
			"Tối 24/9/2023, tỉnh Yên Bái đón Huân chương Lao động hạng Nhì tặng cho thành phố Yên Bái và công bố quy hoạch.",
			[]string{"Huân chương Lao động hạng Nhì 2023 ← thành phố Yên Bái"}},
		{"the people and cadres of a province after cho tập thể",
			"Năm 2013, Chủ tịch UBND tỉnh Quảng Nam đã trao Huân chương Độc lập hạng Nhất cho tập thể nhân dân và cán bộ tỉnh Sê Kông.",
			[]string{"Huân chương Độc lập hạng Nhất 2013 ← nhân dân và cán bộ tỉnh Sê Kông"}},
		{"a city after trao tặng",
			"Năm 2022, Phó Chủ tịch nước trao Cờ Thi đua của Chính phủ tặng thành phố Hải Phòng.",
			[]string{"Cờ Thi đua của Chính phủ 2022 ← thành phố Hải Phòng"}},
		{"cadres and people after cho tập thể",
			"Năm 2024, ông Khăm Phoi trao Huân chương Hữu nghị cho tập thể cán bộ, Nhân dân tỉnh Điện Biên.",
			[]string{"Huân chương Hữu nghị 2024 ← cán bộ, Nhân dân tỉnh Điện Biên"}},
		// Not recipients: one part alone, or no place.
		{"the people alone, no place",
			"Năm 2023, Chủ tịch nước tặng Huân chương Lao động hạng Nhì cho Đảng bộ, chính quyền và nhân dân.", nil},
	})
}

// Round 17: the year a figure is compared with ("so với năm 2022") is not
// the story's; a place named after a day ("Quảng trường 26/3") is no date.
func TestRound17Dates(t *testing.T) {
	clock := time.Date(2023, time.December, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct{ name, text, want string }{
		{"the year compared with",
			"Ngày 27.12, ông Trần Việt Trường cho hay TP.Cần Thơ đón Huân chương.\nTheo ông, năm 2023 GRDP tăng 5,75% so với năm 2022; vốn tăng 14,41% so với năm 2022.",
			"2023-12-27"},
		{"a square named after a day",
			"Tối 19/8/2016, tại Quảng trường 26/3, tỉnh Hà Giang tổ chức lễ kỷ niệm.",
			"2016-08-19"},
	}
	for _, tt := range tests {
		if got := datesOf(Extract(tt.text, clock)); got != tt.want {
			t.Errorf("%s: dates %q, want %q", tt.name, got, tt.want)
		}
	}
}
