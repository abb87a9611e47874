// Package buildinfo owns what newsgraph says of its own build: the version
// (set at link time for a release, else the module's, "(devel)" for a build
// from a checkout), the VCS revision when the build recorded one, and the
// Go version.
package buildinfo

import (
	"runtime"
	"runtime/debug"
)

// version is set for a release build:
//
//	go build -ldflags "-X github.com/newsgraph/newsgraph/internal/buildinfo.version=v1.2.3" ./cmd/newsgraph
var version string

// Info is the build of the running binary.
type Info struct {
	Version   string // v1.2.3, or "(devel)"
	Revision  string // the VCS commit, when the build recorded it
	GoVersion string
}

// Read returns the build of the running binary.
func Read() Info {
	info := Info{Version: version, GoVersion: runtime.Version()}
	if bi, ok := debug.ReadBuildInfo(); ok {
		if info.Version == "" {
			info.Version = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" {
				info.Revision = s.Value
			}
		}
	}
	if info.Version == "" {
		info.Version = "(devel)"
	}
	return info
}

// String is the build in one line: "v1.2.3 (abc1234, go1.26.8)".
func (i Info) String() string {
	s := i.Version + " ("
	if i.Revision != "" {
		s += i.Revision[:min(len(i.Revision), 12)] + ", "
	}
	return s + i.GoVersion + ")"
}
