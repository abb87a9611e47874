package importer

import "testing"

// checkPostsRound44 checks postsOf's list for each case.
func checkPostsRound44(t *testing.T, tests []struct{ name, text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if g := postsOf(tt.text); g != tt.want {
			t.Errorf("%s: posts %q, want %q", tt.name, g, tt.want)
		}
	}
}

// checkPeopleRound44 checks peopleOf's list for each case.
func checkPeopleRound44(t *testing.T, tests []struct{ name, text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if g := peopleOf(tt.text); g != tt.want {
			t.Errorf("%s: people %q, want %q", tt.name, g, tt.want)
		}
	}
}

// checkOrgsRound44 checks orgsOf's list for each case.
func checkOrgsRound44(t *testing.T, tests []struct{ name, text, want string }) {
	t.Helper()
	for _, tt := range tests {
		if g := orgsOf(tt.text); g != tt.want {
			t.Errorf("%s: organizations %q, want %q", tt.name, g, tt.want)
		}
	}
}

// TestApostropheNamesRound44 covers the names of the Central Highlands'
// peoples written as one word joined across an apostrophe ("K’Brơi",
// "H’Mai"): a whole name by itself after "ông" or "bà", though it has no
// family name. Lines of our own.
func TestApostropheNamesRound44(t *testing.T) {
	checkPeopleRound44(t, []struct{ name, text, want string }{
		{"one word after 'ông', a straight apostrophe",
			"Kỳ họp đã bầu ông K'Brơi làm Phó Chủ tịch HĐND huyện Tân Châu.",
			"K'Brơi"},
		{"one word after 'Bà', a curly apostrophe, with an apposition",
			"Bà H’Mai, Phó Chủ tịch UBND huyện Tân Châu, phát biểu tại buổi lễ.",
			"H’Mai"},
		{"two words, as before",
			"Ông K’Sơn Hà, Chủ tịch UBND huyện Tân Châu, trao quà.",
			"K’Sơn Hà"},
		{"must not fire: one word with no apostrophe after 'ông'",
			"Theo ông Hai, kỳ họp đã thành công tốt đẹp.",
			""},
		{"must not fire: an apostrophe word with no 'ông' or 'bà' before it",
			"Đội văn nghệ K'Brơi biểu diễn tại lễ hội.",
			""},
	})
}
