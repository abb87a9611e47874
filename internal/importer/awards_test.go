package importer

import (
	"strings"
	"testing"
)

// Round 9: a class of an order written without its issuer takes the one
// issuer the story names for the order's other classes.
func TestClassIssuers(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ngày 3/5/2024, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lê Văn Hà trao tặng Huân chương Lao động hạng Nhất, Nhì cho 3 cá nhân.\n\nTrao Huân chương Lao động hạng Nhì cho ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh.",
			"Huân chương Lao động hạng Nhất của Chủ tịch nước; Huân chương Lao động hạng Nhì của Chủ tịch nước"},
		// Another order's issuer gives nothing.
		{"Ngày 3/5/2024, thừa ủy quyền của Chủ tịch nước, Bí thư Tỉnh ủy Lê Văn Hà trao tặng Huân chương Độc lập hạng Ba cho Sở Y tế.\n\nTrao Huân chương Lao động hạng Nhì cho ông Trần Văn Bình - Phó Chủ tịch UBND tỉnh.",
			"Huân chương Độc lập hạng Ba của Chủ tịch nước; Huân chương Lao động hạng Nhì"},
	}
	for _, tt := range tests {
		var got []string
		for _, a := range Extract(tt.text, now).Awards {
			got = append(got, a.Name)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("%q: awards %q, want %q", tt.text, g, tt.want)
		}
	}
}
