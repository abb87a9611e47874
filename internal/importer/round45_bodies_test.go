package importer

import "testing"

// TestCertificateNamedMovementRound45 covers a quote after "Bằng khen":
// a certificate of merit has no name of its own, the quote names the
// movement it was given in. Other kinds keep a quoted name. Lines of our
// own.
func TestCertificateNamedMovementRound45(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a movement in quotes after Bằng khen",
			"Năm 2023, Sở Y tế tỉnh Hà Giang được tặng Bằng khen “Người tốt, việc tốt”.",
			"Bằng khen: Sở Y tế Hà Giang"},
		{"must not fire: a commemorative medal keeps its quoted name",
			"Năm 2023, bà Lê Thị Ba được tặng Kỷ niệm chương “Vì thế hệ trẻ”.",
			"Kỷ niệm chương Vì thế hệ trẻ: le thi ba"},
	}
	for _, tt := range tests {
		if got := awardsOf(tt.text); got != tt.want {
			t.Errorf("%s: awards %q, want %q", tt.name, got, tt.want)
		}
	}
}
