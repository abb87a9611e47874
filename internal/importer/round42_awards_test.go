package importer

import "testing"

// Round 42: the verb of giving is read whole wherever it stands: verbs
// coordinated by "và" ("trao tặng và truy tặng"), "xét tặng", and a
// decision signed ("(Phó) Chủ tịch nước A đã ký quyết định (về việc)
// truy tặng"); the giver before it is the award's issuer (lines of our
// own). A deputy who only "trao" still presents; a "về việc" with no
// decision before it ties nothing.
func TestVerbPhraseRound42(t *testing.T) {
	checkAwards(t, []textCase{
		{"Đảng ủy xã Tân Lập cũng trao tặng và truy tặng Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng của Đảng ủy xã Tân Lập: 12 đảng viên"},
		{"Ông Trần Văn An được Chủ tịch nước xét tặng Huân chương Lao động hạng Ba.",
			"Huân chương Lao động hạng Ba của Chủ tịch nước: tran van an"},
		{"Trước đó, Phó Chủ tịch nước Lê Thị Hoa đã ký quyết định về việc truy tặng Huân chương Chiến công cho liệt sĩ Nguyễn Văn Bảy.",
			"Huân chương Chiến công của Phó Chủ tịch nước: nguyen van bay"},
		{"Chủ tịch nước Lê Văn Minh đã ký quyết định truy tặng Huân chương Chiến công cho liệt sĩ Nguyễn Văn Bảy.",
			"Huân chương Chiến công của Chủ tịch nước: nguyen van bay"},
		// A deputy who hands over: no issuer.
		{"Phó Chủ tịch nước Lê Thị Hoa đã trao Huân chương Chiến công cho liệt sĩ Nguyễn Văn Bảy.",
			"Huân chương Chiến công: nguyen van bay"},
		// Two verbs not of giving: nothing tied.
		{"Đảng ủy xã Tân Lập đã họp và trao Huy hiệu 50 năm tuổi Đảng cho 12 đảng viên.",
			"Huy hiệu 50 năm tuổi Đảng: 12 đảng viên"},
	})
}
