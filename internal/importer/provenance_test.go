package importer_test

import (
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/database"
	"github.com/newsgraph/newsgraph/internal/importer"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

// Every entity of a report says how it was found and how surely, and the
// import keeps both with its record, for review later.
func TestProvenance(t *testing.T) {
	testdb.Each(t, func(t *testing.T, db *database.DB) {
		text := fixture(t)
		rep, err := importer.Import(ctx, db.Client, text, opts)
		if err != nil {
			t.Fatal(err)
		}
		how := map[string]importer.Entity{}
		for _, e := range rep.Entities {
			if e.How == "" || e.Confidence <= 0 || e.Confidence > 1 {
				t.Errorf("%s %q: how %q, confidence %v", e.Kind, e.Name, e.How, e.Confidence)
			}
			how[e.Kind+" "+e.Name] = e
		}
		for _, tc := range []struct {
			entity, how string
			confidence  float64
		}{
			{"person Vũ Duy Hoàng", `person: a name after "đồng chí"`, 0.9},
			{"position Trưởng Ban, Ban Tuyên giáo Tỉnh ủy Thái Nguyên", "position: a title of the list", 0.8},
			{"organization Bộ Chính trị", `organization: a name starting with "Bộ"`, 0.85},
			{"document Chỉ thị số 38-CT/TW", "document: a document word and a code", 0.95},
			{"award Bằng khen của Ban Tuyên giáo Trung ương (2023)", "award: an award word, then its issuer", 0.85},
			{"date 2024-07-03", `date: a day and month after "ngày"`, 0.9},
		} {
			e, ok := how[tc.entity]
			if !ok {
				t.Errorf("no %s in the report", tc.entity)
				continue
			}
			if !strings.HasPrefix(e.How, tc.how) || e.Confidence != tc.confidence {
				t.Errorf("%s: how %q (%v), want %q (%v)", tc.entity, e.How, e.Confidence, tc.how, tc.confidence)
			}
		}
		rec, err := db.Client.StoryImport.Get(ctx, rep.ImportID)
		if err != nil {
			t.Fatal(err)
		}
		kept, err := importer.Entities(rec)
		if err != nil || len(kept) != len(rep.Entities) || kept[0].How != rep.Entities[0].How || rec.Text != text {
			t.Errorf("the import keeps %d entities (%v), want the report's %d with their provenance, and the text", len(kept), err, len(rep.Entities))
		}
	})
}
