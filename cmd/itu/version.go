package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

var versionCmd = &command{
	name:    "version",
	summary: "print the module version, the Go version and the revision built",
	detail: `Prints one line: the module version ("(devel)" for a build from a work
tree rather than from a tagged module), the Go version that built itu, and,
when the build recorded them, the version control revision, its time and
whether the work tree had changes:

    itu v0.1.0 go1.26.0
    itu (devel) go1.26.0 revision 052bbab1c2d3 2026-11-29T10:00:00Z modified
`,
	run: func(e *env, c *command, args []string) int {
		fs := newFlags(c)
		if _, code, ok := e.parse(c, fs, args, 0, 0); !ok {
			return code
		}
		bi, _ := debug.ReadBuildInfo()
		fmt.Fprintf(e.stdout, "itu %s\n", versionLine(bi))
		return exitOK
	},
}

// versionLine returns "MODULE-VERSION GO-VERSION [revision REV TIME [modified]]"
// from the build info bi (nil when the binary has none).
func versionLine(bi *debug.BuildInfo) string {
	v, goVersion := "(devel)", runtime.Version()
	if bi != nil {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		if bi.GoVersion != "" {
			goVersion = bi.GoVersion
		}
	}
	parts := []string{v, goVersion}
	settings := map[string]string{}
	if bi != nil {
		for _, s := range bi.Settings {
			settings[s.Key] = s.Value
		}
	}
	if rev := settings["vcs.revision"]; rev != "" {
		parts = append(parts, "revision", rev[:min(len(rev), 12)])
		if t := settings["vcs.time"]; t != "" {
			parts = append(parts, t)
		}
		if settings["vcs.modified"] == "true" {
			parts = append(parts, "modified")
		}
	}
	return escape(strings.Join(parts, " "))
}
