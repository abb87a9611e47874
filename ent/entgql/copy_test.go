package entgql

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// pagination.go, transaction.go and error.go are entgql's own, unchanged,
// from the version of entgo.io/contrib in go.mod: after an upgrade, copy
// them again (cp "$(go list -m -f '{{.Dir}}' entgo.io/contrib)"/entgql/{pagination,transaction,error}.go ent/entgql/).
func TestCopiedFromEntgql(t *testing.T) {
	// go mod download, not go list -m: on a new machine the module is not
	// in the cache yet (the serve binary does not import it; only
	// go generate does), and go list then reports no directory.
	out, err := exec.Command("go", "mod", "download", "-json", "entgo.io/contrib").Output()
	if err != nil {
		t.Fatalf("go mod download entgo.io/contrib: %v", err)
	}
	var mod struct{ Dir string }
	if err := json.Unmarshal(out, &mod); err != nil || mod.Dir == "" {
		t.Fatalf("go mod download entgo.io/contrib: no directory in %s (%v)", out, err)
	}
	dir := filepath.Join(mod.Dir, "entgql")
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
