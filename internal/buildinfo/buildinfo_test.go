package buildinfo

import (
	"runtime"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		linked, want string
	}{
		{"", ""}, // the module's version, whatever this test binary has
		{"v1.2.3", "v1.2.3"},
	} {
		version = tc.linked
		i := Read()
		if i.Version == "" || tc.want != "" && i.Version != tc.want {
			t.Errorf("linked %q: version %q, want %q", tc.linked, i.Version, tc.want)
		}
		if i.GoVersion != runtime.Version() || !strings.HasPrefix(i.String(), i.Version+" (") || !strings.HasSuffix(i.String(), runtime.Version()+")") {
			t.Errorf("linked %q: %+v reads %q", tc.linked, i, i.String())
		}
	}
	version = ""
}
