package importer

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

func TestDebugDump(t *testing.T) {
	b, err := os.ReadFile(os.Getenv("STORY"))
	if err != nil {
		t.Skip()
	}
	s := Extract(string(b), time.Now())
	s.Text = ""
	out, _ := json.MarshalIndent(s, "", " ")
	t.Log(string(out))
}
