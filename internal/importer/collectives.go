package importer

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/textvi"
)

// A province's (or a district's, a city's) collective is named after its
// Party organization and its people: "Đảng bộ và nhân dân Long An". The
// gold lists mark it as one body, written as the text writes it.

var (
	collectivePeople = newPhrase("nhân dân")
	collectiveEthnic = newPhrase("các dân tộc")
)

// collectiveEnd reads, right after "Đảng bộ", the rest of a collective's
// name up to its place ("và nhân dân", then "các dân tộc" if written) and
// returns the token where its place begins, or k when no collective is
// named there or no place is named after it ("Đảng bộ và nhân dân tỉnh
// nhà" is any province's). The longer form with the government between
// them (", chính quyền và nhân dân") is left alone here: it is a body only
// where it receives an award (collectivesAsBodies).
func collectiveEnd(toks []token, k int) int {
	e := k
	if e >= len(toks) || toks[e].fold != "va" {
		return k
	}
	e++
	n := collectivePeople.matchAt(toks, e)
	if n == 0 {
		return k
	}
	e += n
	if n := collectiveEthnic.matchAt(toks, e); n > 0 {
		e += n
	}
	if !collectivePlaceAt(toks, e) {
		return k
	}
	return e
}

// collectiveBase reports whether an organization's name is a collective's:
// the "Đảng bộ Long An" named after "Đảng bộ và nhân dân Long An" is a body
// of its own, not the collective written short.
func collectiveBase(base string) bool {
	return strings.HasPrefix(textvi.Fold(base), "dang bo va nhan dan")
}

// collectivePlaceAt reports whether a named place begins at toks[e]: a
// name ("Long An"), or a unit word and then a name ("tỉnh Trà Vinh", "TP.
// Cần Thơ"), not "tỉnh nhà", "tỉnh này" or "địa phương".
func collectivePlaceAt(toks []token, e int) bool {
	if e >= len(toks) {
		return false
	}
	if toks[e].capitalized() && !unitAt(toks, e) && !toks[e].is("TP") {
		return true
	}
	for _, u := range localUnits {
		if n := u.matchAt(toks, e); n > 0 {
			return e+n < len(toks) && toks[e+n].capitalized()
		}
	}
	if toks[e].is("TP") {
		f := e + 1
		if f < len(toks) && toks[f].is(".") {
			f++
		}
		return f < len(toks) && toks[f].capitalized()
	}
	return false
}

// collectivesAsBodies makes a place's people named as one recipient
// ("Đảng bộ, chính quyền và nhân dân tỉnh A", "Cán bộ, nhân dân và Lực
// lượng vũ trang thành phố B") a body of the story too: the linker writes
// an award's edges only to the story's bodies, and the gold lists' convention
// marks such a recipient as one (docs/import.md, Gold lists). Named
// elsewhere, praised or thanked, it stays no body.
func (x *extractor) collectivesAsBodies() {
	for _, a := range x.s.Awards {
		for _, r := range a.Recipients {
			if r.Org == nil || !placeCollective(r.Org.Base) {
				continue
			}
			if _, ok := x.orgs[r.Org.Key()]; !ok {
				x.addOrg(*r.Org)
			}
		}
	}
}

// placeCollective reports whether base names a place's people as one:
// the party or the officials first ("Đảng bộ, …", "Cán bộ, …"), the
// people or the armed forces among the rest ("… và nhân dân tỉnh A",
// "… và Lực lượng vũ trang thành phố B").
func placeCollective(base string) bool {
	f := textvi.Fold(base)
	if !strings.HasPrefix(f, "dang bo ") && !strings.HasPrefix(f, "can bo ") {
		return false
	}
	return strings.Contains(f, " nhan dan ") || strings.Contains(f, " luc luong vu trang ")
}
