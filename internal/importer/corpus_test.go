package importer_test

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/importer"
)

// corpusDetail lists, story by story, what the rules missed and what they
// found that the gold list does not have:
//
//	go test ./internal/importer -run TestCorpus -v -args -corpus.detail
var corpusDetail = flag.Bool("corpus.detail", false, "list each story's misses and false positives")

// corpusConfidence adds, per set, how well the confidences the import
// reports separate right finds from wrong ones: precision per confidence
// and per pattern (docs/import.md, "Confidences"):
//
//	go test ./internal/importer -run TestCorpus -v -args -corpus.set=tuning -corpus.confidence
var corpusConfidence = flag.Bool("corpus.confidence", false, "report precision per confidence and per pattern")

// corpusCheck reads and checks every story and gold list of the sets
// without extracting or scoring: writers of a held-out set use it so that
// its first score is still to be taken.
var corpusCheck = flag.Bool("corpus.check", false, "check the stories and gold lists only; extract and score nothing")

// corpusSet limits the test to one set. Tuning the rules runs only the
// tuning set, so that nobody sees a held-out score (or a held-out story's
// misses) while writing rules:
//
//	go test ./internal/importer -run TestCorpus -v -args -corpus.set=tuning
var corpusSet = flag.String("corpus.set", "", "score only this set (tuning, heldout, heldout2, heldout3, heldout4, heldout5, heldout6, heldout7, heldout8, heldout9, heldout10, heldout11, heldout12, heldout13, heldout14, heldout15, heldout16, heldout17, heldout18, heldout19, heldout20, heldout21, heldout22, heldout23, heldout24, heldout25, heldout26, heldout27, heldout28, heldout29, heldout30, heldout31, heldout32, heldout33, heldout34, heldout35, heldout36, heldout37, heldout38, heldout39, heldout40, heldout41, heldout42, heldout43, heldout44, heldout45, heldout46, heldout47, heldout48, heldout49, heldout50, heldout51, heldout52, heldout53, heldout54, heldout55 or heldout56); all when empty")

// The kinds scored, in the order of the table.
var corpusKinds = []string{"people", "positions", "organizations", "awards", "recipients", "documents", "dates"}

// The targets of issue 18 for the held-out set. They are reported beside
// the measured scores and NOT enforced: other work is improving the rules,
// and this test guards against regressions only (corpusFloors below).
const (
	heldOutTargetPrecision        = 0.90 // over all entities
	heldOutTargetRecall           = 0.85 // over all entities
	heldOutTargetRecipientsRecall = 0.80
)

// score is a precision/recall pair; a precision with nothing found is
// undefined (NaN) and never fails a floor.
type score struct{ precision, recall float64 }

// corpusFloors are the scores measured with the rules of issue 18 (part 1
// and 2: recipients, name forms, regions, dates), rounded down to two
// places; docs/import.md has these and the first scores, from before those
// rules. A score below its floor fails the test; raise a floor when the
// rules improve, never lower one to let a change through.
var corpusFloors = map[string]map[string]score{
	// Round 11's bodies, posts and people (branch "r11a": named schools,
	// a council's bare term kept, dismissals, listed names) raised the
	// organizations and overall floors of the tuning material to their
	// scores rounded down, on gold lists completed by the term convention
	// where the text writes a term they left out (docs/import.md).
	// Round 10's bodies, posts and people (branch "r10a") raised the
	// positions, organizations and overall floors of the tuning material
	// to their scores on the relabelled gold, rounded down (docs/import.md).
	// Round 10's term convention (a body written with its term is an entry
	// apart from the body written without it; docs/import.md, "Gold-list
	// conventions of round 10: relabelling") lowered organizations' recall
	// in every set but heldout, and overall and a few positions with it:
	// those floors are the new scores rounded down, the rules unchanged.
	// Round 3 added eight stories to the tuning set, chosen from the genres
	// the unseen sets score lowest on: the set is no longer the one the
	// floors of round 2 (people 1.00/1.00, positions 1.00/0.93,
	// organizations 0.97/0.93, recipients 1.00/1.00, overall 0.98/0.95)
	// measured, and its 16 earlier stories score exactly as they did. These
	// are the scores of the 24 stories with the rules of round 3, and of
	// round 4 (organizations' precision 0.94 → 0.95). The gold changed
	// under the issuer convention (docs/import.md, "The issuer convention:
	// relabelling"): two Party badges take the Ban Thường vụ Tỉnh ủy whose
	// decision confers them, and one posthumous badge its Đảng ủy, which
	// the same rules do not find; awards 1.00/1.00 → 0.96/0.94, recipients
	// 0.98/0.95 → 0.94/0.91, overall 0.97/0.92 → 0.96/0.91. The rules of
	// round 5 (issuers by the convention) raised them again. Round 5 also
	// added two stories (26, all 24 before them scoring as they did or
	// better) and raised organizations' recall, recipients, dates and the
	// overall recall (branch "rules5"). Dates since the clock of a story
	// became its page's day (corpusClock). Since round 6 (branches
	// "rules6a": bodies, posts, people; "rules6b": recipients, awards, a
	// story's year) these are its scores; positions since round 7
	// ("rules7a").
	// Round 10's relabelling (docs/import.md, "Gold-list conventions of
	// round 10: relabelling") lowered organizations 0.96 → 0.95 (the
	// Tỉnh ủy a Chánh Văn phòng serves, not its Văn phòng).
	"tuning": {
		"people": {0.99, 0.98}, "positions": {1.00, 0.94}, "organizations": {0.96, 0.92}, "awards": {1.00, 1.00},
		"recipients": {1.00, 0.98}, "documents": {1.00, 1.00}, "dates": {0.94, 0.94}, "overall": {0.98, 0.96},
	},
	// The rules of the "rules" branch raised the first held-out set from
	// 0.85/0.56 overall to 0.91/0.71, but cost it one wrong position and
	// one missed organization: those two floors went down (1.00 → 0.97,
	// 0.79 → 0.78), because mending them would mean reading its stories.
	// The rules of round 5 (issuers by the convention, written without
	// sight of it) raised its awards, recipients and overall.
	"heldout": {
		"people": {1.00, 0.97}, "positions": {0.96, 0.67}, "organizations": {0.91, 0.78}, "awards": {0.94, 0.66},
		"recipients": {0.94, 0.57}, "documents": {1.00, 1.00}, "dates": {0.61, 0.66}, "overall": {0.95, 0.81},
	},
	// The second held-out set's first score (6 Dec 2026) was 0.89/0.58
	// overall (docs/import.md); since then it is tuning material, and these
	// floors are the scores of the rules of the "rules2" branch, which were
	// written with sight of it. The gold changed under the issuer
	// convention: the lead's flag of the Nghệ An story is the Prime
	// Minister's ("Thủ tướng … ký Quyết định … tặng Cờ thi đua"), one more
	// award and recipient, which the same rules miss (awards' and
	// recipients' recall 1.00 → 0.97, 0.98); the rules of round 5 find it.
	// Round 6 dates a round written with a dash ("đợt 2-9").
	"heldout2": {
		"people": {1.00, 0.94}, "positions": {1.00, 1.00}, "organizations": {0.97, 0.95}, "awards": {1.00, 1.00},
		"recipients": {1.00, 1.00}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.99, 0.98},
	},
	// The third held-out set's first score (6 Dec 2026), taken once after
	// the rules of round 2 were merged beside it: no rule has been written
	// with sight of these stories. docs/import.md has it.
	"heldout3": {
		"people": {1.00, 0.91}, "positions": {1.00, 0.74}, "organizations": {0.94, 0.84}, "awards": {0.94, 0.89},
		"recipients": {0.88, 0.26}, "documents": {1.00, 1.00}, "dates": {0.85, 0.80}, "overall": {0.96, 0.77},
	},
	// The fourth held-out set's first score (6 Dec 2026) was 0.89/0.75
	// overall (docs/import.md); since then it is tuning material, and these
	// floors are the scores of the rules of round 4 (branch "rules4"),
	// which were written with sight of it. The gold changed under the
	// issuer convention: "Nhà nước" alone is no issuer, so the Quảng Trị
	// mothers' danh hiệu has none, and the same rules still give it one
	// (awards 1.00/1.00 → 0.96/0.96); the rules of round 5 give it none.
	// Since round 5 these are the scores of its rules, written with sight
	// of it too; positions, organizations and overall since round 6's
	// (branch "rules6a"); positions, organizations and overall since round
	// 7 ("rules7a"). Round 10's relabelling (a Chánh Văn phòng's UBND, not
	// its Văn phòng; Đảng Cộng sản Việt Nam a body) lowered organizations
	// 0.94/0.90 → 0.91/0.89 and overall 0.97/0.91 → 0.96/0.90; round
	// 10's recipients, awards and issuers ("r10b") raised recipients and
	// overall.
	"heldout4": {
		"people": {1.00, 0.94}, "positions": {1.00, 0.88}, "organizations": {0.96, 0.91}, "awards": {1.00, 1.00},
		"recipients": {1.00, 0.86}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.92},
	},
	// The fifth held-out set's first score (6 Dec 2026), taken once after
	// the rules of round 4 were merged beside it: no rule has been written
	// with sight of these stories. docs/import.md has it. The gold changed
	// under the issuer convention (the Đắk Lắk mandates, the Huế flag's
	// province), and the same rules score higher on it: awards 0.58/0.63 →
	// 0.75/0.81, recipients 0.61/0.32 → 0.90/0.47, overall 0.87/0.73 →
	// 0.91/0.76, its first score under the convention.
	"heldout5": {
		"people": {0.97, 0.88}, "positions": {0.98, 0.80}, "organizations": {0.89, 0.83}, "awards": {0.75, 0.81},
		"recipients": {0.90, 0.47}, "documents": {1.00, 0.78}, "dates": {0.84, 0.61}, "overall": {0.91, 0.76},
	},
	// The sixth held-out set's first score (6 Dec 2026) was 0.91/0.67
	// overall, taken once after the rules of round 5 were merged beside
	// it, with the page's day as the clock (corpusClock); docs/import.md
	// has it. Since then it is tuning material, and these floors are the
	// scores of round 6 (branches "rules6a" and "rules6b"), written with
	// sight of it; positions and overall since round 7 ("rules7a").
	"heldout6": {
		"people": {1.00, 0.98}, "positions": {1.00, 0.94}, "organizations": {0.99, 0.97}, "awards": {1.00, 1.00},
		"recipients": {1.00, 0.95}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.99, 0.97},
	},
	// The seventh held-out set's first score (6 Dec 2026) was 0.87/0.62
	// overall, taken once after the rules of round 6 were merged beside it;
	// docs/import.md has it. Since then it is tuning material, and people,
	// positions, organizations, recipients and overall are the scores of
	// round 7's bodies, posts and people (branch "rules7a"), written with
	// sight of it (its recipients: more bodies and people found, linked by
	// the same rules of round 6), and awards, recipients, dates and overall
	// since round 7's recipients, awards and issuers (branch "rules7b");
	// people and overall since round 8's bylines (branch "rules8b").
	"heldout7": {
		"people": {1.00, 1.00}, "positions": {1.00, 0.95}, "organizations": {0.98, 0.89}, "awards": {0.96, 0.89},
		"recipients": {0.93, 0.75}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.99, 0.93},
	},
	// The eighth held-out set's first score (6 Dec 2026), taken once after
	// the rules of round 7 were merged beside it: no rule has been written
	// with sight of these stories. docs/import.md has it. Since then it is
	// tuning material: awards, recipients, people, dates and overall are
	// the scores of round 8's recipients, awards and bylines (branch
	// "rules8b"), positions and organizations of round 8's bodies, posts
	// and people ("rules8a"); recipients are the two merged (the bodies
	// rules8a reads gave rules8b's lists seven more recipients and one
	// wrong: 1.00/0.90 alone, 0.97/0.97 merged).
	// Round 10's relabelling (a past Chánh Văn phòng's Tỉnh ủy, not its
	// Văn phòng) lowered organizations' precision 0.91 → 0.90. Round 10's
	// recipients, awards and issuers ("r10b") raised recipients' precision.
	"heldout8": {
		"people": {1.00, 0.93}, "positions": {0.96, 0.84}, "organizations": {0.92, 0.92}, "awards": {0.97, 0.97},
		"recipients": {1.00, 0.97}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.96, 0.92},
	},
	// The ninth held-out set's first score (6 Dec 2026), taken once after
	// the rules of round 8 were merged beside it: no rule has been written
	// with sight of these stories. docs/import.md has it. Round 9's bodies,
	// posts and people ("rules9a") raised positions' recall 0.82 → 0.86
	// and organizations 0.82/0.78 → 0.85/0.85; round 9's recipients,
	// awards and codes ("rules9b") its awards, recipients and documents.
	// It is tuning material since its first score; these are the merged
	// scores of round 9.
	// Round 10's relabelling (a Bằng khen named again is the Thủ tướng's
	// the story tied) lowered awards 0.94 → 0.88, recipients 0.96/0.84 →
	// 0.82/0.72 and overall 0.93/0.87 → 0.91/0.86; round 10's recipients,
	// awards and issuers ("r10b") raised them again.
	"heldout9": {
		"people": {0.98, 0.91}, "positions": {0.95, 0.86}, "organizations": {0.88, 0.84}, "awards": {0.94, 0.94},
		"recipients": {0.96, 0.84}, "documents": {1.00, 1.00}, "dates": {0.95, 0.92}, "overall": {0.93, 0.87},
	},
	// The tenth held-out set's first score (6 Dec 2026), taken once after
	// the rules of round 9 were merged beside it: no rule has been written
	// with sight of these stories. docs/import.md has it. Round 10's
	// relabelling (Đảng Cộng sản Việt Nam a body; a Chánh Văn phòng's
	// UBND) lowered organizations 0.88/0.87 → 0.86/0.85. It is tuning
	// material since its first score; round 10's recipients, awards and
	// issuers ("r10b") raised awards, recipients and overall.
	"heldout10": {
		"people": {0.94, 0.94}, "positions": {1.00, 0.96}, "organizations": {0.94, 0.95}, "awards": {0.95, 0.95},
		"recipients": {1.00, 1.00}, "documents": {1.00, 1.00}, "dates": {0.93, 1.00}, "overall": {0.96, 0.96},
	},
	// The eleventh held-out set's first score (6 Dec 2026, 22:19 UTC),
	// taken once after the rules of round 10 were merged beside it: no
	// rule has been written with sight of these stories. docs/import.md
	// has it. It is tuning material since round 11: its floors are the
	// merged scores of round 11 (both halves), rounded down.
	"heldout11": {
		"people": {1.00, 0.95}, "positions": {0.98, 0.88}, "organizations": {0.94, 0.87}, "awards": {1.00, 1.00},
		"recipients": {1.00, 0.95}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.92},
	},
	// The twelfth held-out set's first score (6 Dec 2026, 22:45 UTC) was
	// 0.97 / 0.83, recipients 1.00 / 0.54; it is tuning material since
	// round 12, and its floors are round 12's merged scores, rounded
	// down. docs/import.md has both.
	"heldout12": {
		"people": {1.00, 0.94}, "positions": {0.98, 0.89}, "organizations": {0.95, 0.91}, "awards": {0.95, 1.00},
		"recipients": {1.00, 0.85}, "documents": {1.00, 1.00}, "dates": {0.95, 0.95}, "overall": {0.97, 0.91},
	},
	// The thirteenth held-out set's first score (6 Dec 2026, 23:18 UTC) was
	// 0.92 / 0.69, recipients 0.67 / 0.12; it is tuning material since
	// round 13, and its floors are round 13's merged scores, rounded down
	// (0.95 is an exact ratio, floored a hundredth below). docs/import.md
	// has both.
	"heldout13": {
		"people": {1.00, 0.91}, "positions": {0.97, 0.89}, "organizations": {0.96, 0.92}, "awards": {1.00, 0.94},
		"recipients": {1.00, 0.71}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.89},
	},
	// The fourteenth held-out set's first score (7 Dec 2026, 01:21 UTC) was
	// 0.92 / 0.75, recipients 1.00 / 0.28; it is tuning material since
	// round 14, and its floors are round 14's merged scores, rounded down.
	// docs/import.md has both.
	"heldout14": {
		"people": {1.00, 1.00}, "positions": {0.99, 0.95}, "organizations": {0.92, 0.89}, "awards": {0.92, 1.00},
		"recipients": {1.00, 0.72}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.97, 0.94},
	},
	// The fifteenth held-out set's first score (7 Dec 2026, 01:51 UTC) was
	// 0.88 / 0.87, recipients 0.82 / 1.00; it is tuning material since
	// round 15, and its floors are round 15's merged scores, rounded down
	// (overall precision, 0.99, is an exact ratio, floored a hundredth
	// below). docs/import.md has both.
	"heldout15": {
		"people": {1.00, 1.00}, "positions": {1.00, 0.91}, "organizations": {0.97, 0.97}, "awards": {1.00, 0.83},
		"recipients": {1.00, 1.00}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.95},
	},
	// The sixteenth held-out set's first score (7 Dec 2026, 02:05 UTC) was
	// 0.89 / 0.78, recipients 0.83 / 0.50; it is tuning material since
	// round 16, and its floors are round 16's merged scores, rounded down.
	// docs/import.md has both.
	"heldout16": {
		"people": {0.97, 0.95}, "positions": {0.97, 0.82}, "organizations": {0.86, 0.80}, "awards": {1.00, 0.94},
		"recipients": {1.00, 0.93}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.94, 0.88},
	},
	// The seventeenth held-out set's first score (7 Dec 2026, 02:25 UTC) was
	// 0.94 / 0.86, recipients 1.00 / 0.44; it is tuning material since
	// round 17, and its floors are round 17's merged scores, rounded down.
	// docs/import.md has both.
	"heldout17": {
		"people": {1.00, 0.97}, "positions": {1.00, 0.95}, "organizations": {0.97, 0.87}, "awards": {1.00, 1.00},
		"recipients": {1.00, 0.88}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.99, 0.94},
	},
	// The eighteenth held-out set's first score (7 Dec 2026, 02:43 UTC) was
	// 0.87 / 0.85, recipients 0.52 / 0.67; it is tuning material since
	// round 18, and its floors are round 18's merged scores, rounded down.
	// docs/import.md has both.
	"heldout18": {
		"people": {1.00, 0.97}, "positions": {1.00, 0.89}, "organizations": {0.91, 0.90}, "awards": {0.94, 0.94},
		"recipients": {0.94, 0.94}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.96, 0.93},
	},
	// The nineteenth held-out set's first score (7 Dec 2026, 04:14 UTC) was
	// 0.91 / 0.83, recipients 0.84 / 0.76; it is tuning material since
	// round 19, and its floors are round 19's merged scores, rounded down.
	// docs/import.md has both.
	"heldout19": {
		"people": {1.00, 0.94}, "positions": {0.98, 0.97}, "organizations": {0.97, 0.91}, "awards": {1.00, 1.00},
		"recipients": {1.00, 1.00}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.95},
	},
	// The twentieth held-out set's first score (7 Dec 2026, 04:46 UTC) was
	// 0.94 / 0.88, recipients 0.88 / 0.88; it is tuning material since
	// round 20, and its floors are round 20's merged scores, rounded down.
	// docs/import.md has both.
	"heldout20": {
		"people": {0.97, 0.97}, "positions": {1.00, 0.92}, "organizations": {0.95, 0.93}, "awards": {1.00, 1.00},
		"recipients": {1.00, 1.00}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.95},
	},
	// The twenty-first held-out set's first score (7 Dec 2026, 05:08 UTC) was
	// 0.97 / 0.89, recipients 1.00 / 0.86; it is tuning material since
	// round 21, and its floors are round 21's merged scores, rounded down.
	// docs/import.md has both.
	"heldout21": {
		"people": {1.00, 0.98}, "positions": {0.94, 0.97}, "organizations": {0.98, 0.96}, "awards": {1.00, 1.00},
		"recipients": {1.00, 1.00}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.97},
	},
	// The twenty-second held-out set's first score (7 Dec 2026, 07:44 UTC) was
	// 0.88 / 0.76, recipients 0.57 / 0.42; it is tuning material since
	// round 22, and its floors are round 22's merged scores, rounded down.
	// docs/import.md has both.
	"heldout22": {
		"people": {1.00, 0.97}, "positions": {0.98, 0.92}, "organizations": {0.97, 0.87}, "awards": {0.90, 1.00},
		"recipients": {1.00, 1.00}, "documents": {1.00, 1.00}, "dates": {1.00, 0.94}, "overall": {0.97, 0.93},
	},
	// The twenty-third held-out set's first score (7 Dec 2026, 08:06 UTC) was
	// 0.92 / 0.83, recipients 0.79 / 0.59; it is tuning material since
	// round 23, and its floors are round 23's merged scores, rounded down.
	// docs/import.md has both.
	"heldout23": {
		"people": {1.00, 0.96}, "positions": {1.00, 1.00}, "organizations": {0.96, 0.97}, "awards": {0.91, 0.95},
		"recipients": {0.86, 0.81}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.95, 0.94},
	},
	// The twenty-fourth held-out set's first score (7 Dec 2026, 08:46 UTC) was
	// 0.84 / 0.77, recipients 0.54 / 0.54; it is tuning material since
	// round 24, and its floors are round 24's merged scores, rounded down.
	// docs/import.md has both.
	"heldout24": {
		"people": {1.00, 0.94}, "positions": {0.98, 0.92}, "organizations": {0.91, 0.80}, "awards": {0.74, 0.78},
		"recipients": {0.87, 0.58}, "documents": {1.00, 1.00}, "dates": {0.90, 0.95}, "overall": {0.93, 0.85},
	},
	// The twenty-fifth held-out set's first score (7 Dec 2026, 09:03 UTC) was
	// 0.87 / 0.78, recipients 0.70 / 0.52; it is tuning material since
	// round 25, and its floors are round 25's merged scores, rounded down.
	// docs/import.md has both.
	"heldout25": {
		"people": {0.96, 0.83}, "positions": {0.92, 0.83}, "organizations": {0.96, 0.90}, "awards": {0.87, 0.95},
		"recipients": {0.81, 0.66}, "documents": {1.00, 1.00}, "dates": {1.00, 0.95}, "overall": {0.93, 0.86},
	},
	// The twenty-sixth held-out set's first score (7 Dec 2026, 10:51 UTC) was
	// 0.92 / 0.77, recipients 0.93 / 0.41; it is tuning material since
	// round 26, and its floors are round 26's merged scores, rounded down.
	// docs/import.md has both.
	"heldout26": {
		// Awards' recall floor 0.93 → 0.90 in round 47: a bare "trao" ties
		// no issuer, so the Bắc Kạn order the Phó Chủ tịch nước hands over
		// is no longer the Hội đồng Thi đua - Khen thưởng Trung ương's (a
		// wrong gone), and its untied mentions, with one issuer now read
		// (Chính phủ), are that award named again (the empty-issuer entry
		// missed).
		"people": {0.97, 0.93}, "positions": {0.97, 0.94}, "organizations": {1.00, 0.91}, "awards": {0.85, 0.90},
		"recipients": {0.96, 0.90}, "documents": {1.00, 1.00}, "dates": {0.95, 1.00}, "overall": {0.96, 0.93},
	},
	// The twenty-seventh held-out set's first score (7 Dec 2026, 11:16 UTC) was
	// 0.88 / 0.82, recipients 0.88 / 0.56; it is tuning material since
	// round 27, and its floors are round 27's merged scores, rounded down.
	// docs/import.md has both.
	"heldout27": {
		"people": {1.00, 0.90}, "positions": {1.00, 0.95}, "organizations": {0.94, 0.96}, "awards": {0.77, 0.89},
		// Recipients' precision floor: 0.95 → 0.92 in round 47's relabel
		// (the Bạc Liêu giấy khen: a bare "trao" ties no issuer), back to
		// 0.95 with round 47's rule, which reads it so.
		"recipients": {0.95, 0.91}, "documents": {1.00, 1.00}, "dates": {0.88, 0.88}, "overall": {0.93, 0.93},
	},
	// The twenty-eighth held-out set's first score (7 Dec 2026, 11:32 UTC) was
	// 0.91 / 0.85, recipients 0.96 / 0.76; it is tuning material since
	// round 28, and its floors are round 28's merged scores, rounded down.
	// docs/import.md has both.
	"heldout28": {
		"people": {1.00, 0.97}, "positions": {1.00, 0.93}, "organizations": {0.95, 0.89}, "awards": {1.00, 0.79},
		"recipients": {0.96, 0.86}, "documents": {0.79, 0.79}, "dates": {0.76, 0.92}, "overall": {0.95, 0.90},
	},
	// The twenty-ninth held-out set's first score (7 Dec 2026, 11:48 UTC) was
	// 0.95 / 0.81, recipients 0.93 / 0.41; it is tuning material since
	// round 29, and its floors are round 29's merged scores, rounded down.
	// docs/import.md has both.
	"heldout29": {
		"people": {1.00, 0.96}, "positions": {0.97, 0.87}, "organizations": {0.96, 0.94}, "awards": {0.88, 0.93},
		"recipients": {0.93, 0.46}, "documents": {1.00, 1.00}, "dates": {0.96, 0.96}, "overall": {0.96, 0.87},
	},
	// The thirtieth held-out set's first score (7 Dec 2026, 12:13 UTC) was
	// 0.91 / 0.71, recipients 0.84 / 0.47; it is tuning material since
	// round 30, and its floors are round 30's merged scores, rounded down.
	// docs/import.md has both.
	"heldout30": {
		"people": {1.00, 0.97}, "positions": {1.00, 0.92}, "organizations": {0.98, 0.76}, "awards": {0.88, 0.82},
		"recipients": {1.00, 0.58}, "documents": {1.00, 1.00}, "dates": {0.93, 0.93}, "overall": {0.97, 0.82},
	},
	// The thirty-first held-out set's first score (7 Dec 2026, 13:28 UTC) was
	// 0.91 / 0.84, recipients 0.86 / 0.55; it is tuning material since
	// round 31, and its floors are round 31's merged scores, rounded down.
	// docs/import.md has both.
	"heldout31": {
		"people": {1.00, 1.00}, "positions": {1.00, 0.96}, "organizations": {0.90, 0.92}, "awards": {0.93, 0.91},
		"recipients": {0.95, 0.88}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.96, 0.94},
	},
	// The thirty-second held-out set's first score (7 Dec 2026, 13:51 UTC) was
	// 0.90 / 0.77, recipients 0.69 / 0.33; it is tuning material since
	// round 32, and its floors are round 32's merged scores, rounded down.
	// docs/import.md has both.
	"heldout32": {
		"people": {1.00, 0.96}, "positions": {1.00, 0.97}, "organizations": {0.98, 0.90}, "awards": {0.95, 1.00},
		"recipients": {0.91, 0.77}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.93},
	},
	// The thirty-third held-out set's first score (7 Dec 2026, 14:09 UTC) was
	// 0.84 / 0.84, recipients 0.58 / 0.62; it is tuning material since
	// round 33, and its floors are round 33's merged scores, rounded down.
	// docs/import.md has both.
	"heldout33": {
		"people": {0.90, 0.90}, "positions": {0.92, 0.92}, "organizations": {0.94, 0.89}, "awards": {1.00, 1.00},
		"recipients": {1.00, 0.87}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.96, 0.93},
	},
	// The thirty-fourth held-out set's first score (7 Dec 2026, 14:26 UTC) was
	// 0.90 / 0.76, recipients 0.61 / 0.28; it is tuning material since
	// round 34, and its floors are round 34's merged scores, rounded down.
	// docs/import.md has both.
	"heldout34": {
		"people": {1.00, 0.93}, "positions": {0.97, 0.76}, "organizations": {0.94, 0.83}, "awards": {0.79, 0.90},
		"recipients": {0.90, 0.51}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.95, 0.80},
	},
	// The thirty-fifth held-out set's first score (7 Dec 2026, 14:50 UTC) was
	// 0.92 / 0.77, recipients 0.69 / 0.31; it is tuning material since
	// round 35, and its floors are round 35's merged scores, rounded down.
	// docs/import.md has both.
	"heldout35": {
		"people": {1.00, 0.97}, "positions": {1.00, 0.93}, "organizations": {0.95, 0.85}, "awards": {0.83, 0.90},
		"recipients": {0.84, 0.45}, "documents": {1.00, 0.66}, "dates": {0.94, 0.94}, "overall": {0.95, 0.84},
	},
	// The thirty-sixth held-out set's first score (7 Dec 2026, 16:03 UTC) was
	// 0.92 / 0.75, recipients 0.78 / 0.40; it is tuning material since
	// round 36, and its floors are round 36's merged scores, rounded down.
	// docs/import.md has both.
	"heldout36": {
		"people": {1.00, 0.93}, "positions": {1.00, 0.92}, "organizations": {0.91, 0.74}, "awards": {0.86, 0.89},
		"recipients": {0.84, 0.59}, "documents": {1.00, 1.00}, "dates": {0.96, 1.00}, "overall": {0.94, 0.83},
	},
	// The thirty-seventh held-out set's first score (7 Dec 2026, 16:15 UTC) was
	// 0.88 / 0.76, recipients 0.66 / 0.45; it is tuning material since
	// round 37, and its floors are round 37's merged scores, rounded down.
	// docs/import.md has both.
	"heldout37": {
		"people": {1.00, 0.93}, "positions": {1.00, 0.89}, "organizations": {0.95, 0.90}, "awards": {0.97, 1.00},
		"recipients": {1.00, 0.78}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.90},
	},
	// The thirty-eighth held-out set's first score (7 Dec 2026, 16:28 UTC) was
	// 0.93 / 0.75, recipients 0.88 / 0.41; it is tuning material since
	// round 38, and its floors are round 38's merged scores, rounded down.
	// docs/import.md has both.
	"heldout38": {
		"people": {1.00, 0.97}, "positions": {1.00, 0.94}, "organizations": {1.00, 0.90}, "awards": {1.00, 1.00},
		"recipients": {1.00, 0.81}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {1.00, 0.92},
	},
	// The thirty-ninth held-out set's first score (7 Dec 2026, 16:44 UTC) was
	// 0.89 / 0.74, recipients 0.60 / 0.32; it is tuning material since
	// round 39, and its floors are round 39's merged scores, rounded down.
	// docs/import.md has both.
	"heldout39": {
		"people": {1.00, 0.88}, "positions": {1.00, 0.84}, "organizations": {0.98, 0.86}, "awards": {0.89, 0.89},
		"recipients": {0.89, 0.48}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.97, 0.82},
	},
	// The fortieth held-out set's first score (7 Dec 2026, 17:08 UTC) was
	// 0.89 / 0.85, recipients 0.79 / 0.76; it is tuning material since
	// round 40, and its floors are round 40's merged scores, rounded down.
	// docs/import.md has both.
	"heldout40": {
		"people": {1.00, 0.97}, "positions": {1.00, 0.93}, "organizations": {0.91, 0.90}, "awards": {1.00, 1.00},
		"recipients": {1.00, 1.00}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.97, 0.95},
	},
	// The forty-first held-out set's first score (7 Dec 2026, 17:23 UTC) was
	// 0.92 / 0.73, recipients 0.96 / 0.48; it is tuning material since
	// round 41, and its floors are round 41's merged scores, rounded down.
	// docs/import.md has both.
	"heldout41": {
		"people": {0.98, 0.94}, "positions": {1.00, 0.94}, "organizations": {0.85, 0.70}, "awards": {0.95, 0.95},
		"recipients": {0.97, 0.72}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.95, 0.84},
	},
	// The forty-second held-out set's first score (7 Dec 2026, 17:38 UTC)
	// was 0.86 / 0.80, recipients 0.67 / 0.52; it is tuning material since
	// round 42, and its floors are round 42's merged scores, rounded down.
	// docs/import.md has both.
	"heldout42": {
		"people": {1.00, 0.96}, "positions": {0.97, 0.91}, "organizations": {0.87, 0.78}, "awards": {0.88, 0.92},
		"recipients": {0.91, 0.70}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.93, 0.86},
	},
	// The forty-third held-out set's first score (7 Dec 2026, 18:51 UTC) was
	// 0.90 / 0.59, recipients 0.87 / 0.28; it is tuning material since round
	// 43, and its floors are round 43's merged scores, rounded down.
	// docs/import.md has both.
	"heldout43": {
		"people": {0.98, 0.92}, "positions": {0.94, 0.75}, "organizations": {0.91, 0.77}, "awards": {0.94, 1.00},
		"recipients": {0.97, 0.87}, "documents": {1.00, 1.00}, "dates": {0.94, 0.84}, "overall": {0.95, 0.84},
	},
	// The forty-fourth held-out set's first score (7 Dec 2026, 19:04 UTC)
	// was 0.89 / 0.78, recipients 0.50 / 0.39; it is tuning material since
	// round 44, and its floors are round 44's merged scores, rounded down.
	// docs/import.md has both.
	"heldout44": {
		"people": {1.00, 0.90}, "positions": {1.00, 0.92}, "organizations": {0.98, 0.93}, "awards": {0.89, 0.74},
		"recipients": {0.92, 0.66}, "documents": {1.00, 1.00}, "dates": {0.94, 0.94}, "overall": {0.97, 0.88},
	},
	// The forty-fifth held-out set's first score (7 Dec 2026, 19:24 UTC) was
	// 0.96 / 0.72, recipients 0.71 / 0.13; it is tuning material since round
	// 45, and its floors are round 45's merged scores, rounded down (after
	// the relabel of its Hòa Bình story). docs/import.md has both.
	"heldout45": {
		"people": {1.00, 0.93}, "positions": {1.00, 0.86}, "organizations": {1.00, 0.89}, "awards": {0.84, 0.66},
		"recipients": {0.93, 0.69}, "documents": {1.00, 1.00}, "dates": {0.94, 0.94}, "overall": {0.97, 0.85},
	},
	// The forty-sixth held-out set's first score (7 Dec 2026, 19:48 UTC) was
	// 0.94 / 0.78, recipients 0.90 / 0.83; it is tuning material since round
	// 46, and its floors are round 46's merged scores, rounded down.
	// docs/import.md has both.
	"heldout46": {
		"people": {1.00, 0.90}, "positions": {0.98, 0.83}, "organizations": {0.96, 0.81}, "awards": {0.95, 0.95},
		"recipients": {0.97, 0.89}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.98, 0.87},
	},
	// The forty-seventh held-out set's first score (7 Dec 2026, 20:10 UTC) was
	// 0.88 / 0.68, recipients 0.62 / 0.29; it is tuning material since round
	// 47, and its floors are round 47's merged scores, rounded down.
	// docs/import.md has both.
	"heldout47": {
		"people": {1.00, 0.73}, "positions": {1.00, 0.81}, "organizations": {0.87, 0.77}, "awards": {0.82, 0.76},
		"recipients": {0.82, 0.37}, "documents": {1.00, 1.00}, "dates": {0.91, 0.87}, "overall": {0.92, 0.70},
	},
	// The forty-eighth held-out set's first score (7 Dec 2026, 21:33 UTC) was
	// 0.94 / 0.76, recipients 0.71 / 0.32; it is tuning material since round
	// 48, and its floors are round 48's merged scores, rounded down.
	// docs/import.md has both.
	"heldout48": {
		"people": {1.00, 0.95}, "positions": {1.00, 0.85}, "organizations": {1.00, 0.92}, "awards": {0.91, 0.88},
		"recipients": {0.92, 0.73}, "documents": {1.00, 1.00}, "dates": {0.93, 0.93}, "overall": {0.97, 0.87},
	},
	// The forty-ninth held-out set's first score (7 Dec 2026, 22:02 UTC) was
	// 0.89 / 0.72, recipients 0.68 / 0.40; it is tuning material since round
	// 49, and its floors are round 49's merged scores, rounded down.
	// docs/import.md has both.
	"heldout49": {
		"people": {1.00, 0.93}, "positions": {0.96, 0.82}, "organizations": {0.94, 0.83}, "awards": {0.96, 0.92},
		"recipients": {0.93, 0.73}, "documents": {1.00, 1.00}, "dates": {0.94, 0.94}, "overall": {0.96, 0.85},
	},
	// The fiftieth held-out set's first score (7 Dec 2026, 22:29 UTC) was
	// 0.95 / 0.84, recipients 0.92 / 0.59; it is tuning material since round
	// 50, and its floors are round 50's merged scores, rounded down.
	// docs/import.md has both.
	"heldout50": {
		"people": {1.00, 0.95}, "positions": {1.00, 0.94}, "organizations": {0.98, 0.92}, "awards": {0.92, 0.92},
		"recipients": {1.00, 0.84}, "documents": {1.00, 1.00}, "dates": {0.96, 0.96}, "overall": {0.98, 0.92},
	},
	// The fifty-first held-out set's first score (7 Dec 2026, 22:51 UTC) was
	// 0.88 / 0.82, recipients 0.67 / 0.50; it is tuning material since round
	// 51, and its floors are round 51's merged scores, rounded down.
	// docs/import.md has both.
	"heldout51": {
		"people": {1.00, 0.97}, "positions": {0.95, 0.87}, "organizations": {0.91, 0.86}, "awards": {0.94, 0.94},
		"recipients": {1.00, 0.71}, "documents": {1.00, 1.00}, "dates": {0.96, 0.96}, "overall": {0.95, 0.88},
	},
	// The fifty-second held-out set's first score (8 Dec 2026, 00:40 UTC) was
	// 0.93 / 0.78, recipients 0.75 / 0.58; it is tuning material since round
	// 52, and its floors are round 52's merged scores, rounded down.
	// docs/import.md has both.
	"heldout52": {
		"people": {1.00, 0.98}, "positions": {1.00, 0.85}, "organizations": {0.98, 0.80}, "awards": {0.85, 0.85},
		"recipients": {0.88, 0.83}, "documents": {1.00, 1.00}, "dates": {1.00, 1.00}, "overall": {0.96, 0.88},
	},
	// The fifty-third held-out set's first score (8 Dec 2026, 01:17 UTC) was
	// 0.85 / 0.70, recipients 0.29 / 0.14, on the gold as its writer left
	// it; Nghệ An's story was relabelled after it (a province written only
	// inside a movement's name). It is tuning material since round 53, and
	// its floors are round 53's merged scores on the relabelled gold,
	// rounded down. docs/import.md has both.
	"heldout53": {
		"people": {1.00, 1.00}, "positions": {1.00, 0.94}, "organizations": {0.94, 0.86}, "awards": {0.90, 0.81},
		"recipients": {0.96, 0.77}, "documents": {1.00, 1.00}, "dates": {1.00, 0.95}, "overall": {0.96, 0.89},
	},
	// The fifty-fourth held-out set's first score (8 Dec 2026, 01:40 UTC) was
	// 0.89 / 0.80, recipients 0.80 / 0.57, on the gold as its writer left
	// it; Nam Định's codes were relabelled with "Đ" after it. It is tuning
	// material since round 54, and its floors are round 54's merged scores
	// on the relabelled gold, rounded down. docs/import.md has both.
	"heldout54": {
		"people": {1.00, 0.95}, "positions": {0.96, 0.89}, "organizations": {0.92, 0.89}, "awards": {0.93, 1.00},
		"recipients": {0.96, 0.71}, "documents": {1.00, 1.00}, "dates": {0.90, 0.97}, "overall": {0.94, 0.90},
	},
	// The fifty-fifth held-out set's first score (8 Dec 2026, 02:07 UTC),
	// taken once after the rules of round 54 were merged beside it: no rule
	// has been written with sight of these stories. docs/import.md has it.
	"heldout55": {
		"people": {0.96, 0.96}, "positions": {1.00, 0.91}, "organizations": {0.89, 0.86}, "awards": {0.80, 0.94},
		"recipients": {0.88, 0.71}, "documents": {1.00, 1.00}, "dates": {0.83, 0.93}, "overall": {0.92, 0.89},
	},
}

// corpusNow is the clock of the extraction of a story whose page gives no
// day of publication: after every story, so that no date is pulled back a
// year for lying in the future.
var corpusNow = time.Date(2026, time.November, 28, 0, 0, 0, 0, time.UTC)

// corpusClock is the clock a story is extracted with: the day its page was
// published, as `newsgraph import` extracts a story given its publishedAt
// (importer.Options.PublishedAt); for a page that gives only its month or
// its year, the last day of it (the latest day the page allows, so that
// no date lies after the clock and a short date takes the page's year);
// else corpusNow.
func corpusClock(g *goldStory) time.Time {
	if t, err := time.Parse(time.DateOnly, g.Published); err == nil {
		return t
	}
	if t, err := time.Parse("2006-01", g.Published); err == nil {
		return t.AddDate(0, 1, -1)
	}
	if t, err := time.Parse("2006", g.Published); err == nil {
		return t.AddDate(1, 0, -1)
	}
	return corpusNow
}

type corpusManifest struct {
	Tuning    []corpusEntry `json:"tuning"`
	Heldout   []corpusEntry `json:"heldout"`
	Heldout2  []corpusEntry `json:"heldout2"`
	Heldout3  []corpusEntry `json:"heldout3"`
	Heldout4  []corpusEntry `json:"heldout4"`
	Heldout5  []corpusEntry `json:"heldout5"`
	Heldout6  []corpusEntry `json:"heldout6"`
	Heldout7  []corpusEntry `json:"heldout7"`
	Heldout8  []corpusEntry `json:"heldout8"`
	Heldout9  []corpusEntry `json:"heldout9"`
	Heldout10 []corpusEntry `json:"heldout10"`
	Heldout11 []corpusEntry `json:"heldout11"`
	Heldout12 []corpusEntry `json:"heldout12"`
	Heldout13 []corpusEntry `json:"heldout13"`
	Heldout14 []corpusEntry `json:"heldout14"`
	Heldout15 []corpusEntry `json:"heldout15"`
	Heldout16 []corpusEntry `json:"heldout16"`
	Heldout17 []corpusEntry `json:"heldout17"`
	Heldout18 []corpusEntry `json:"heldout18"`
	Heldout19 []corpusEntry `json:"heldout19"`
	Heldout20 []corpusEntry `json:"heldout20"`
	Heldout21 []corpusEntry `json:"heldout21"`
	Heldout22 []corpusEntry `json:"heldout22"`
	Heldout23 []corpusEntry `json:"heldout23"`
	Heldout24 []corpusEntry `json:"heldout24"`
	Heldout25 []corpusEntry `json:"heldout25"`
	Heldout26 []corpusEntry `json:"heldout26"`
	Heldout27 []corpusEntry `json:"heldout27"`
	Heldout28 []corpusEntry `json:"heldout28"`
	Heldout29 []corpusEntry `json:"heldout29"`
	Heldout30 []corpusEntry `json:"heldout30"`
	Heldout31 []corpusEntry `json:"heldout31"`
	Heldout32 []corpusEntry `json:"heldout32"`
	Heldout33 []corpusEntry `json:"heldout33"`
	Heldout34 []corpusEntry `json:"heldout34"`
	Heldout35 []corpusEntry `json:"heldout35"`
	Heldout36 []corpusEntry `json:"heldout36"`
	Heldout37 []corpusEntry `json:"heldout37"`
	Heldout38 []corpusEntry `json:"heldout38"`
	Heldout39 []corpusEntry `json:"heldout39"`
	Heldout40 []corpusEntry `json:"heldout40"`
	Heldout41 []corpusEntry `json:"heldout41"`
	Heldout42 []corpusEntry `json:"heldout42"`
	Heldout43 []corpusEntry `json:"heldout43"`
	Heldout44 []corpusEntry `json:"heldout44"`
	Heldout45 []corpusEntry `json:"heldout45"`
	Heldout46 []corpusEntry `json:"heldout46"`
	Heldout47 []corpusEntry `json:"heldout47"`
	Heldout48 []corpusEntry `json:"heldout48"`
	Heldout49 []corpusEntry `json:"heldout49"`
	Heldout50 []corpusEntry `json:"heldout50"`
	Heldout51 []corpusEntry `json:"heldout51"`
	Heldout52 []corpusEntry `json:"heldout52"`
	Heldout53 []corpusEntry `json:"heldout53"`
	Heldout54 []corpusEntry `json:"heldout54"`
	Heldout55 []corpusEntry `json:"heldout55"`
	Heldout56 []corpusEntry `json:"heldout56"`
}

type corpusEntry struct {
	Name   string `json:"name"`
	Genre  string `json:"genre"`
	Source string `json:"source"`
}

// tally counts one kind's matches.
type tally struct{ correct, wrong, missed int }

func (t *tally) add(u tally) { t.correct += u.correct; t.wrong += u.wrong; t.missed += u.missed }

func (t tally) score() score {
	p := math.NaN()
	if t.correct+t.wrong > 0 {
		p = float64(t.correct) / float64(t.correct+t.wrong)
	}
	r := math.NaN()
	if t.correct+t.missed > 0 {
		r = float64(t.correct) / float64(t.correct+t.missed)
	}
	return score{p, r}
}

// TestCorpus scores the extraction rules on the labelled corpus of real
// stories (testdata/corpus) against the hand-made gold lists, per kind and
// over all, on the tuning set and the four held-out sets (the second of
// which is tuning material since its first score); docs/import.md
// ("Corpus and scores") quotes its table.
func TestCorpus(t *testing.T) {
	b, err := os.ReadFile("testdata/corpus/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var m corpusManifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if len(m.Tuning)+len(m.Heldout) < 25 {
		t.Errorf("corpus has %d tuning and %d held-out stories; want at least 25", len(m.Tuning), len(m.Heldout))
	}
	// Every set, with the fewest stories it must hold.
	sets := []struct {
		name    string
		stories []corpusEntry
		min     int
	}{{"tuning", m.Tuning, 0}, {"heldout", m.Heldout, 10}, {"heldout2", m.Heldout2, 12}, {"heldout3", m.Heldout3, 12},
		{"heldout4", m.Heldout4, 15}, {"heldout5", m.Heldout5, 15}, {"heldout6", m.Heldout6, 15}, {"heldout7", m.Heldout7, 15},
		{"heldout8", m.Heldout8, 15}, {"heldout9", m.Heldout9, 15}, {"heldout10", m.Heldout10, 15},
		{"heldout11", m.Heldout11, 15}, {"heldout12", m.Heldout12, 15},
		{"heldout13", m.Heldout13, 15},
		{"heldout14", m.Heldout14, 15},
		{"heldout15", m.Heldout15, 15},
		{"heldout16", m.Heldout16, 15},
		{"heldout17", m.Heldout17, 15},
		{"heldout18", m.Heldout18, 15},
		{"heldout19", m.Heldout19, 15},
		{"heldout20", m.Heldout20, 15},
		{"heldout21", m.Heldout21, 15},
		{"heldout22", m.Heldout22, 15},
		{"heldout23", m.Heldout23, 15},
		{"heldout24", m.Heldout24, 15},
		{"heldout25", m.Heldout25, 15},
		{"heldout26", m.Heldout26, 15},
		{"heldout27", m.Heldout27, 15},
		{"heldout28", m.Heldout28, 15},
		{"heldout29", m.Heldout29, 15},
		{"heldout30", m.Heldout30, 15},
		{"heldout31", m.Heldout31, 15},
		{"heldout32", m.Heldout32, 15},
		{"heldout33", m.Heldout33, 15},
		{"heldout34", m.Heldout34, 15},
		{"heldout35", m.Heldout35, 15},
		{"heldout36", m.Heldout36, 15},
		{"heldout37", m.Heldout37, 15},
		{"heldout38", m.Heldout38, 15},
		{"heldout39", m.Heldout39, 15},
		{"heldout40", m.Heldout40, 15},
		{"heldout41", m.Heldout41, 15},
		{"heldout42", m.Heldout42, 15},
		{"heldout43", m.Heldout43, 13},
		{"heldout44", m.Heldout44, 14},
		{"heldout45", m.Heldout45, 15},
		{"heldout46", m.Heldout46, 15},
		{"heldout47", m.Heldout47, 15},
		{"heldout48", m.Heldout48, 15},
		{"heldout49", m.Heldout49, 15},
		{"heldout50", m.Heldout50, 15},
		{"heldout51", m.Heldout51, 15},
		{"heldout52", m.Heldout52, 15},
		{"heldout53", m.Heldout53, 14},
		{"heldout54", m.Heldout54, 15},
		{"heldout55", m.Heldout55, 15},
		{"heldout56", m.Heldout56, 0}}
	for _, set := range sets {
		if len(set.stories) < set.min {
			t.Errorf("corpus has %d stories in %s; want at least %d", len(set.stories), set.name, set.min)
		}
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-8s %-13s %7s %5s %6s %9s %6s\n", "set", "kind", "correct", "wrong", "missed", "precision", "recall")
	for _, set := range sets {
		if *corpusSet != "" && *corpusSet != set.name {
			continue
		}
		checkSplit(t, set.name, set.stories)
		var judgedAll []judged
		totals := map[string]*tally{}
		for _, k := range corpusKinds {
			totals[k] = &tally{}
		}
		for _, e := range set.stories {
			text, gold := readCorpusStory(t, set.name, e)
			if *corpusCheck {
				continue
			}
			s := importer.ExtractURL(text, e.Source, corpusClock(gold))
			for _, k := range corpusKinds {
				tl, wrong, missed, js := judgeKind(found(k, s, gold), want(k, gold))
				totals[k].add(tl)
				judgedAll = append(judgedAll, js...)
				if *corpusDetail {
					for _, w := range wrong {
						t.Logf("%s/%s: %s: wrong %s", set.name, e.Name, k, w)
					}
					for _, w := range missed {
						t.Logf("%s/%s: %s: missed %s", set.name, e.Name, k, w)
					}
				}
			}
		}
		if *corpusCheck {
			continue
		}
		var all tally
		for _, k := range append(corpusKinds, "overall") {
			tl := all
			if k != "overall" {
				tl = *totals[k]
				all.add(tl)
			}
			sc := tl.score()
			fmt.Fprintf(&table, "%-8s %-13s %7d %5d %6d %9s %6s\n", set.name, k, tl.correct, tl.wrong, tl.missed, fmtScore(sc.precision), fmtScore(sc.recall))
			floor := corpusFloors[set.name][k]
			if sc.precision < floor.precision || sc.recall < floor.recall {
				t.Errorf("%s %s: precision %s, recall %s; below the floor %.2f, %.2f", set.name, k, fmtScore(sc.precision), fmtScore(sc.recall), floor.precision, floor.recall)
			}
			if set.name != "tuning" && k == "overall" {
				fmt.Fprintf(&table, "%-8s %-13s %27s %6.2f (targets, not enforced)\n", "", "target", "", heldOutTargetPrecision)
				fmt.Fprintf(&table, "%-8s %-13s %34s %6.2f\n", "", "", "", heldOutTargetRecall)
			}
			if set.name != "tuning" && k == "recipients" {
				fmt.Fprintf(&table, "%-8s %-13s %34s %6.2f (target recall, not enforced)\n", "", "target", "", heldOutTargetRecipientsRecall)
			}
		}
		if *corpusConfidence {
			confidenceTable(&table, set.name, judgedAll)
		}
	}
	t.Log(table.String())
}

func fmtScore(f float64) string {
	if math.IsNaN(f) {
		return "–"
	}
	return strconv.FormatFloat(f, 'f', 2, 64)
}

// checkSplit asserts that a set's folder holds exactly the manifest's
// stories, each a text and a gold list: a story cannot move between the
// sets, or be scored without gold, unnoticed.
func checkSplit(t *testing.T, set string, stories []corpusEntry) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata/corpus", set, "*"))
	if err != nil {
		t.Fatal(err)
	}
	var got, want []string
	for _, f := range files {
		got = append(got, filepath.Base(f))
	}
	for _, e := range stories {
		want = append(want, e.Name+".json", e.Name+".txt")
	}
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("testdata/corpus/%s holds %v; the manifest says %v", set, got, want)
	}
}

func readCorpusStory(t *testing.T, set string, e corpusEntry) (string, *goldStory) {
	t.Helper()
	dir := filepath.Join("testdata/corpus", set)
	text, err := os.ReadFile(filepath.Join(dir, e.Name+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, e.Name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	var g goldStory
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("%s/%s.json: %v", set, e.Name, err)
	}
	if err := g.check(); err != nil {
		t.Fatalf("%s/%s.json: %v", set, e.Name, err)
	}
	if err := g.checkText(string(text)); err != nil {
		t.Errorf("%s/%s.json: %v", set, e.Name, err)
	}
	if g.Source != e.Source {
		t.Errorf("%s/%s.json: source %q, the manifest says %q", set, e.Name, g.Source, e.Source)
	}
	return string(text), &g
}

// item is one entity to match: its label for the detail log, the keys that
// match it exactly (strong) and, for positions, the keys that match it by
// person and title alone (weak).
type item struct {
	label        string
	strong, weak []string
	how          string  // found items: the pattern that found it (importer's provenance)
	confidence   float64 // and how sure that pattern is
}

// judged is a found item's pattern, confidence and whether it was right.
type judged struct {
	how        string
	confidence float64
	correct    bool
}

// judgeKind pairs found items with gold ones: first on strong keys, then
// what is left on weak keys. Each gold item takes at most one found item;
// a found item that matches nothing, or only a gold item already taken (a
// duplicate), is wrong. It also says, of each found item, whether it was
// right.
func judgeKind(found, gold []item) (tally, []string, []string, []judged) {
	found = dedupe(found)
	usedF, usedG := make([]bool, len(found)), make([]bool, len(gold))
	for _, weak := range []bool{false, true} {
		for i, f := range found {
			if usedF[i] {
				continue
			}
			for j, g := range gold {
				if usedG[j] {
					continue
				}
				if weak && intersects(f.weak, g.weak) || !weak && intersects(f.strong, g.strong) {
					usedF[i], usedG[j] = true, true
					break
				}
			}
		}
	}
	var tl tally
	var wrong, missed []string
	var js []judged
	for i, f := range found {
		js = append(js, judged{f.how, f.confidence, usedF[i]})
		if usedF[i] {
			tl.correct++
		} else {
			tl.wrong++
			wrong = append(wrong, f.label)
		}
	}
	for j, g := range gold {
		if !usedG[j] {
			tl.missed++
			missed = append(missed, g.label)
		}
	}
	return tl, wrong, missed, js
}

// dedupe drops found items whose keys equal an earlier one's: the same
// entity reported twice (a person in the body and in the byline) counts once.
func dedupe(items []item) []item {
	seen := map[string]bool{}
	var out []item
	for _, it := range items {
		k := strings.Join(it.strong, "\x00")
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, it)
	}
	return out
}

func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

// personKey maps any form of a gold person's name to the gold name, so a
// position or a recipient written with another form still matches.
func personKey(g *goldStory, name string) string {
	n := norm(name)
	for _, p := range g.People {
		for _, f := range append([]string{p.Name}, p.Also...) {
			if norm(f) == n {
				return norm(p.Name)
			}
		}
	}
	return n
}

// orgKey maps any form of a gold organization's name to the gold name.
func orgKey(g *goldStory, name string) string {
	n := orgNorm(name)
	for _, o := range g.Organizations {
		for _, f := range append([]string{o.Name}, o.Also...) {
			if orgNorm(f) == n {
				return orgNorm(o.Name)
			}
		}
	}
	return n
}

func docKey(code string) string { return strings.ReplaceAll(norm(code), " ", "") }

// awardParts splits an extracted award into its name without issuer and
// its issuer: "Bằng khen của Ban Tuyên giáo Trung ương" is "Bằng khen" of
// "Ban Tuyên giáo Trung ương".
func awardParts(a importer.Award) (string, string) {
	name, issuer := a.Name, ""
	if i := strings.Index(name, " của "); i > 0 {
		name, issuer = name[:i], name[i+len(" của "):]
	}
	if a.Issuer != nil {
		issuer = a.Issuer.Name
	}
	return name, issuer
}

// found lists what the rules extracted of kind.
func found(kind string, s importer.Story, g *goldStory) []item {
	var out []item
	switch kind {
	case "people":
		for _, p := range s.People {
			out = append(out, prov(item{label: p.Name, strong: []string{personKey(g, p.Name)}}, &s, importer.KindPerson, p.Span))
		}
		for _, p := range s.Authors {
			out = append(out, prov(item{label: p.Name, strong: []string{personKey(g, p.Name)}}, &s, importer.KindAuthor, p.Span))
		}
	case "positions":
		for _, p := range s.People {
			for _, q := range p.Positions {
				pt := personKey(g, p.Name) + "|" + norm(q.Title)
				out = append(out, prov(item{label: p.Name + ": " + q.Title + " @ " + q.Org.Name, strong: []string{pt + "|" + orgKey(g, q.Org.Name)}, weak: []string{pt}}, &s, importer.KindPosition, q.Span))
			}
		}
	case "organizations":
		for _, o := range s.Orgs {
			out = append(out, prov(item{label: o.Name, strong: []string{orgKey(g, o.Name)}}, &s, importer.KindOrganization, o.Span))
		}
	case "awards":
		for _, a := range s.Awards {
			name, issuer := awardParts(a)
			out = append(out, prov(item{label: a.Name, strong: []string{norm(name) + "|" + orgKey(g, issuer)}}, &s, importer.KindAward, a.Span))
		}
	case "recipients":
		for _, a := range s.Awards {
			name, issuer := awardParts(a)
			k := norm(name) + "|" + orgKey(g, issuer) + "|"
			for _, r := range a.Recipients {
				label := a.Name + " → " + r.Name(s)
				how, conf := importer.Provenance(&s, importer.KindRecipient, r.Span)
				switch {
				case r.Org != nil:
					out = append(out, item{label: label, strong: []string{k + "organization:" + orgKey(g, r.Org.Name)}, how: how, confidence: conf})
				case r.Count != nil:
					// A gold list counts collectives and individuals apart;
					// a total without its split matches neither.
					for _, c := range []struct {
						n    *int
						kind string
					}{{r.Count.Collectives, "tập thể"}, {r.Count.Individuals, "cá nhân"}} {
						if c.n != nil {
							out = append(out, item{label: label, strong: []string{k + "count:" + strconv.Itoa(*c.n) + " " + norm(c.kind)}, how: how, confidence: conf})
						}
					}
					if r.Count.Collectives == nil && r.Count.Individuals == nil {
						out = append(out, item{label: label, strong: []string{k + "count:" + strconv.Itoa(r.Count.Total)}, how: how, confidence: conf})
					}
				default:
					out = append(out, item{label: label, strong: []string{k + "person:" + personKey(g, r.Name(s))}, how: how, confidence: conf})
				}
			}
		}
	case "documents":
		for _, d := range s.Documents {
			out = append(out, prov(item{label: d.Code, strong: []string{docKey(d.Code)}}, &s, importer.KindDocument, d.Span))
		}
	case "dates":
		for _, d := range s.Dates {
			day := d.Date.Format(time.DateOnly)
			out = append(out, prov(item{label: day + " (" + d.Span.Text + ")", strong: []string{day, "--" + d.Date.Format("01-02")}}, &s, importer.KindDate, d.Span))
		}
	}
	return out
}

// prov gives a found item the pattern and confidence the import reports
// for it.
func prov(it item, s *importer.Story, kind string, span importer.Span) item {
	it.how, it.confidence = importer.Provenance(s, kind, span)
	return it
}

// want lists the gold items of kind.
func want(kind string, g *goldStory) []item {
	var out []item
	switch kind {
	case "people":
		for _, p := range g.People {
			var keys []string
			for _, f := range append([]string{p.Name}, p.Also...) {
				keys = append(keys, norm(f))
			}
			out = append(out, item{label: p.Name, strong: keys})
		}
	case "positions":
		for _, p := range g.Positions {
			pt := personKey(g, p.Person) + "|" + norm(p.Title)
			out = append(out, item{label: p.Person + ": " + p.Title + " @ " + p.Organization, strong: []string{pt + "|" + orgKey(g, p.Organization)}, weak: []string{pt}})
		}
	case "organizations":
		for _, o := range g.Organizations {
			var keys []string
			for _, f := range append([]string{o.Name}, o.Also...) {
				keys = append(keys, orgNorm(f))
			}
			out = append(out, item{label: o.Name, strong: keys})
		}
	case "awards":
		for _, a := range g.Awards {
			var keys []string
			for _, f := range append([]string{a.Name}, a.Also...) {
				keys = append(keys, norm(f)+"|"+orgKey(g, a.Issuer))
			}
			out = append(out, item{label: a.Name + " / " + a.Issuer, strong: keys})
		}
	case "recipients":
		for _, r := range g.Recipients {
			// The award is matched as the awards are: by its name or any
			// form its gold entry gives as "also".
			names := []string{r.Award}
			for _, a := range g.Awards {
				if norm(a.Name) == norm(r.Award) && orgKey(g, a.Issuer) == orgKey(g, r.Issuer) {
					names = append(names, a.Also...)
				}
			}
			who, label := "", r.Award+" / "+r.Issuer+" → "
			switch {
			case r.Person != "":
				who, label = "person:"+personKey(g, r.Person), label+r.Person
			case r.Organization != "":
				who, label = "organization:"+orgKey(g, r.Organization), label+r.Organization
			default:
				// A total across kinds has no kind, as the extraction reports it.
				who, label = strings.TrimSpace("count:"+strconv.Itoa(r.Count)+" "+norm(r.Kind)), label+strconv.Itoa(r.Count)+" "+r.Kind
			}
			var keys []string
			for _, n := range names {
				keys = append(keys, norm(n)+"|"+orgKey(g, r.Issuer)+"|"+who)
			}
			out = append(out, item{label: label, strong: keys})
		}
	case "documents":
		for _, d := range g.Documents {
			out = append(out, item{label: d, strong: []string{docKey(d)}})
		}
	case "dates":
		for _, d := range g.Dates {
			out = append(out, item{label: d, strong: []string{d}})
		}
	}
	return out
}

// confidenceTable writes the precision of the found entities per
// confidence, at or above and below each threshold, and per pattern.
func confidenceTable(w *strings.Builder, set string, js []judged) {
	type agg struct{ right, all int }
	byConf, byHow := map[float64]*agg{}, map[string]*agg{}
	for _, j := range js {
		for _, m := range []*agg{get(byConf, j.confidence), get(byHow, j.how)} {
			m.all++
			if j.correct {
				m.right++
			}
		}
	}
	var confs []float64
	for c := range byConf {
		confs = append(confs, c)
	}
	sort.Float64s(confs)
	fmt.Fprintf(w, "\n%s: precision per confidence\n%-10s %5s %5s %9s\n", set, "confidence", "found", "right", "precision")
	for _, c := range confs {
		a := byConf[c]
		fmt.Fprintf(w, "%-10.2f %5d %5d %9.2f\n", c, a.all, a.right, float64(a.right)/float64(a.all))
	}
	fmt.Fprintf(w, "%-10s %-20s %-20s\n", "threshold", "at or above: n, P", "below: n, P")
	for _, c := range append([]float64{0.5}, confs[1:]...) {
		var hi, lo agg
		for _, j := range js {
			a := &lo
			if j.confidence >= c {
				a = &hi
			}
			a.all++
			if j.correct {
				a.right++
			}
		}
		fmt.Fprintf(w, "%-10.2f %4d %-15s %4d %-15s\n", c, hi.all, fmtScore(ratio(hi.right, hi.all)), lo.all, fmtScore(ratio(lo.right, lo.all)))
	}
	var hows []string
	for h := range byHow {
		hows = append(hows, h)
	}
	sort.Strings(hows)
	fmt.Fprintf(w, "%s: precision per pattern\n", set)
	for _, h := range hows {
		a := byHow[h]
		fmt.Fprintf(w, "%5d %5d %5.2f  %s\n", a.all, a.right, float64(a.right)/float64(a.all), h)
	}
}

func get[K comparable, V any](m map[K]*V, k K) *V {
	if m[k] == nil {
		m[k] = new(V)
	}
	return m[k]
}

func ratio(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}
