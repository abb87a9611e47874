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

// corpusHeldout2 scores the second held-out set. Its stories were written
// while the rules were changed elsewhere without sight of them, and its
// first score is to be taken once, after both were merged; until then the
// test only checks that its gold lists parse and that its folder matches
// the manifest, and extracts nothing from it:
//
//	go test ./internal/importer -run TestCorpus -v -args -corpus.heldout2
var corpusHeldout2 = flag.Bool("corpus.heldout2", false, "also score the second held-out set (testdata/corpus/heldout2)")

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
	"tuning": {
		"people": {0.98, 1.00}, "positions": {0.96, 0.49}, "organizations": {0.76, 0.66}, "awards": {0.62, 0.60},
		"recipients": {0.30, 0.14}, "documents": {1.00, 1.00}, "dates": {0.59, 0.54}, "overall": {0.83, 0.63},
	},
	"heldout": {
		"people": {0.97, 0.97}, "positions": {1.00, 0.30}, "organizations": {0.84, 0.79}, "awards": {0.69, 0.29},
		"recipients": {0.57, 0.14}, "documents": {1.00, 1.00}, "dates": {0.61, 0.66}, "overall": {0.85, 0.56},
	},
	// No score of the second held-out set has been taken yet; its floors
	// are set from its first score.
	"heldout2": {
		"people": {0, 0}, "positions": {0, 0}, "organizations": {0, 0}, "awards": {0, 0},
		"recipients": {0, 0}, "documents": {0, 0}, "dates": {0, 0}, "overall": {0, 0},
	},
}

// corpusNow is the clock of the extraction: after every story, so that no
// date is pulled back a year for lying in the future.
var corpusNow = time.Date(2026, time.November, 28, 0, 0, 0, 0, time.UTC)

type corpusManifest struct {
	Tuning   []corpusEntry `json:"tuning"`
	Heldout  []corpusEntry `json:"heldout"`
	Heldout2 []corpusEntry `json:"heldout2"`
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
// over all, on the tuning and the held-out set, and on the second held-out
// set when -corpus.heldout2 is given; docs/import.md ("Corpus and scores")
// quotes its table.
func TestCorpus(t *testing.T) {
	b, err := os.ReadFile("testdata/corpus/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var m corpusManifest
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("manifest: %v", err)
	}
	if len(m.Heldout) < 10 || len(m.Tuning)+len(m.Heldout) < 25 {
		t.Errorf("corpus has %d tuning and %d held-out stories; want at least 25, 10 of them held out", len(m.Tuning), len(m.Heldout))
	}
	if len(m.Heldout2) < 12 {
		t.Errorf("corpus has %d stories in the second held-out set; want at least 12", len(m.Heldout2))
	}
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-8s %-13s %7s %5s %6s %9s %6s\n", "set", "kind", "correct", "wrong", "missed", "precision", "recall")
	for _, set := range []struct {
		name    string
		stories []corpusEntry
	}{{"tuning", m.Tuning}, {"heldout", m.Heldout}, {"heldout2", m.Heldout2}} {
		checkSplit(t, set.name, set.stories)
		if set.name == "heldout2" && !*corpusHeldout2 {
			for _, e := range set.stories {
				readCorpusStory(t, set.name, e) // the gold parses; nothing is extracted
			}
			fmt.Fprintf(&table, "%-8s (not scored: -corpus.heldout2 scores it)\n", set.name)
			continue
		}
		totals := map[string]*tally{}
		for _, k := range corpusKinds {
			totals[k] = &tally{}
		}
		for _, e := range set.stories {
			text, gold := readCorpusStory(t, set.name, e)
			s := importer.Extract(text, corpusNow)
			for _, k := range corpusKinds {
				tl, wrong, missed := matchKind(k, found(k, s, gold), want(k, gold))
				totals[k].add(tl)
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
}

// matchKind pairs found items with gold ones: first on strong keys, then
// what is left on weak keys. Each gold item takes at most one found item;
// a found item that matches nothing, or only a gold item already taken (a
// duplicate), is wrong.
func matchKind(kind string, found, gold []item) (tally, []string, []string) {
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
	for i, f := range found {
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
	return tl, wrong, missed
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
		for _, p := range append(append([]importer.Person{}, s.People...), s.Authors...) {
			out = append(out, item{label: p.Name, strong: []string{personKey(g, p.Name)}})
		}
	case "positions":
		for _, p := range s.People {
			for _, q := range p.Positions {
				pt := personKey(g, p.Name) + "|" + norm(q.Title)
				out = append(out, item{label: p.Name + ": " + q.Title + " @ " + q.Org.Name, strong: []string{pt + "|" + orgKey(g, q.Org.Name)}, weak: []string{pt}})
			}
		}
	case "organizations":
		for _, o := range s.Orgs {
			out = append(out, item{label: o.Name, strong: []string{orgKey(g, o.Name)}})
		}
	case "awards":
		for _, a := range s.Awards {
			name, issuer := awardParts(a)
			out = append(out, item{label: a.Name, strong: []string{norm(name) + "|" + orgKey(g, issuer)}})
		}
	case "recipients":
		for _, a := range s.Awards {
			name, issuer := awardParts(a)
			k := norm(name) + "|" + orgKey(g, issuer) + "|"
			for _, r := range a.Recipients {
				label := a.Name + " → " + r.Name(s)
				switch {
				case r.Org != nil:
					out = append(out, item{label: label, strong: []string{k + "organization:" + orgKey(g, r.Org.Name)}})
				case r.Count != nil:
					// A gold list counts collectives and individuals apart;
					// a total without its split matches neither.
					for _, c := range []struct {
						n    *int
						kind string
					}{{r.Count.Collectives, "tập thể"}, {r.Count.Individuals, "cá nhân"}} {
						if c.n != nil {
							out = append(out, item{label: label, strong: []string{k + "count:" + strconv.Itoa(*c.n) + " " + norm(c.kind)}})
						}
					}
					if r.Count.Collectives == nil && r.Count.Individuals == nil {
						out = append(out, item{label: label, strong: []string{k + "count:" + strconv.Itoa(r.Count.Total)}})
					}
				default:
					out = append(out, item{label: label, strong: []string{k + "person:" + personKey(g, r.Name(s))}})
				}
			}
		}
	case "documents":
		for _, d := range s.Documents {
			out = append(out, item{label: d.Code, strong: []string{docKey(d.Code)}})
		}
	case "dates":
		for _, d := range s.Dates {
			day := d.Date.Format(time.DateOnly)
			out = append(out, item{label: day + " (" + d.Span.Text + ")", strong: []string{day, "--" + d.Date.Format("01-02")}})
		}
	}
	return out
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
			k := norm(r.Award) + "|" + orgKey(g, r.Issuer) + "|"
			label := r.Award + " / " + r.Issuer + " → "
			switch {
			case r.Person != "":
				k, label = k+"person:"+personKey(g, r.Person), label+r.Person
			case r.Organization != "":
				k, label = k+"organization:"+orgKey(g, r.Organization), label+r.Organization
			default:
				k, label = k+"count:"+strconv.Itoa(r.Count)+" "+norm(r.Kind), label+strconv.Itoa(r.Count)+" "+r.Kind
			}
			out = append(out, item{label: label, strong: []string{k}})
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
