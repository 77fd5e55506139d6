package main

import (
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionLine(t *testing.T) {
	settings := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	tests := []struct {
		name string
		bi   *debug.BuildInfo
		want string
	}{
		{"no build info", nil, "(devel) " + runtime.Version()},
		{"tagged module", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.1.0"}}, "v0.1.0 go1.26.0"},
		{"work tree with VCS", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"},
			Settings: settings("vcs", "git", "vcs.revision", "052bbab1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7", "vcs.time", "2026-11-29T10:00:00Z", "vcs.modified", "true")},
			"(devel) go1.26.0 revision 052bbab1c2d3 2026-11-29T10:00:00Z modified"},
		{"clean work tree", &debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v0.2.0-0.20261129100000-052bbab1c2d3"},
			Settings: settings("vcs.revision", "052bbab", "vcs.modified", "false")},
			"v0.2.0-0.20261129100000-052bbab1c2d3 go1.26.0 revision 052bbab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := versionLine(tt.bi); got != tt.want {
				t.Errorf("versionLine() = %q; want %q", got, tt.want)
			}
		})
	}
}

// TestVersionGo checks that the built binary prints the Go version that built it.
func TestVersionGo(t *testing.T) {
	r := runBin(t, nil, "version")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "itu ") || !strings.Contains(r.stdout, " "+runtime.Version()) {
		t.Errorf("itu version: exit %d, %q; want a line naming %s", r.code, r.stdout, runtime.Version())
	}
}
