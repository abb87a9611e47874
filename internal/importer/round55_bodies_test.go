package importer

import "testing"

// TestSoftwareCreditFooterRound55 covers the credit of the software that
// prints a page, below the story ("POWERED BY ONECMS - A PRODUCT OF
// NEKO"): the site's footer, no byline of two writers. Lines of our own.
func TestSoftwareCreditFooterRound55(t *testing.T) {
	checkList(t, "people", peopleOf, []struct{ name, text, want string }{
		{"a credit in capitals below the byline",
			"Năm 2017, ông Lê Văn Ba dự buổi gặp mặt.\n\nTRẦN HÙNG\n\nPOWERED BY ONECMS - A PRODUCT OF NEKO",
			"Lê Văn Ba"},
		{"a credit in name case",
			"Năm 2017, ông Lê Văn Ba dự buổi gặp mặt.\n\nTRẦN HÙNG\n\nDesigned by Sao Mai",
			"Lê Văn Ba"},
	})
	checkList(t, "authors", authorsOf, []struct{ name, text, want string }{
		{"the byline above the credit is still read",
			"Năm 2017, ông Lê Văn Ba dự buổi gặp mặt.\n\nTRẦN HÙNG\n\nPOWERED BY ONECMS - A PRODUCT OF NEKO",
			"Trần Hùng"},
		{"must not fire: a byline in capitals alone",
			"Năm 2017, ông Lê Văn Ba dự buổi gặp mặt.\n\nTRẦN HÙNG - LÊ AN",
			"Trần Hùng; Lê An"},
	})
}
