package importer

import "testing"

// TestBrandCompanyRound51 covers a company written with no kind after
// "Công ty": its trade, capitalized in its first word only, then its
// brand ("Công ty Cơ điện Trường Hải"), a brand after a dash too. Lines
// of our own.
func TestBrandCompanyRound51(t *testing.T) {
	checkList(t, "organizations", orgsOf, []struct{ name, text, want string }{
		{"a trade, then the brand", "Năm 2024, Công ty Cơ điện Hoàng Long được tặng Bằng khen.", "Công ty Cơ điện Hoàng Long"},
		{"a trade of three words, then the brand after a dash",
			"Năm 2024, Công ty Vận tải biển Tân An - Hoàng Long được tặng Bằng khen.", "Công ty Vận tải biển Tân An - Hoàng Long"},
		{"two companies in a list", "Năm 2024, Công ty Cơ điện Hoàng Long, Công ty Vận tải biển Tân An được tặng Bằng khen.",
			"Công ty Cơ điện Hoàng Long; Công ty Vận tải biển Tân An"},
		{"must not fire: a trade with no brand", "Năm 2024, Công ty Cơ điện được tặng Bằng khen.", ""},
		{"must not fire: a verb after the capitalized word", "Năm 2024, Công ty Hoàng đã được tặng Bằng khen.", ""},
		{"must not fire: a body after the head", "Năm 2024, công ty và Sở Công thương tỉnh Phú Yên ký kết.", "Sở Công thương Phú Yên"},
	})
}
