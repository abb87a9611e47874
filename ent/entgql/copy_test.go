package entgql

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// pagination.go, transaction.go and error.go are entgql's own, unchanged,
// from the version of entgo.io/contrib in go.mod: after an upgrade, copy
// them again (cp "$(go list -m -f '{{.Dir}}' entgo.io/contrib)"/entgql/{pagination,transaction,error}.go ent/entgql/).
func TestCopiedFromEntgql(t *testing.T) {
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "entgo.io/contrib").Output()
	if err != nil {
		t.Fatalf("go list -m entgo.io/contrib: %v", err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "entgql")
	for _, name := range []string{"pagination.go", "transaction.go", "error.go"} {
		theirs, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		ours, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(ours, theirs) {
			t.Errorf("%s differs from %s: copy it again", name, filepath.Join(dir, name))
		}
	}
}
