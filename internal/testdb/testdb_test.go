package testdb_test

import (
	"testing"

	"github.com/newsgraph/newsgraph/internal/auth"
	"github.com/newsgraph/newsgraph/internal/testdb"
)

func TestMain(m *testing.M) { testdb.Main(m) }

// Databases copied from the template are migrated to this binary's newest
// migration, hold no rows, and are apart from each other.
func TestOpenGivesFreshMigratedDatabases(t *testing.T) {
	ctx := auth.System(t.Context())
	for _, e := range testdb.Engines() {
		t.Run(e.Name, func(t *testing.T) {
			a, b := e.Open(t), e.Open(t)
			st, err := a.MigrationStatus(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Current == "" || st.Current != st.Latest || len(st.Pending) > 0 {
				t.Fatalf("a copy of the template is not migrated: %+v", st)
			}
			if n := a.Client.Category.Query().CountX(ctx); n != 0 {
				t.Fatalf("a fresh database holds %d categories", n)
			}
			a.Client.Category.Create().SetName("Thời sự").SaveX(ctx)
			if n := b.Client.Category.Query().CountX(ctx); n != 0 {
				t.Fatalf("a category written in one test database shows in another: %d", n)
			}
		})
	}
}
