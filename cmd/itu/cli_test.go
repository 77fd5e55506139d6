package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/schema"
	"github.com/plenipot/itu/strictjson"
)

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // a fragment of the one stderr line
	}{
		{"no command", nil, "no command"},
		{"unknown command", []string{"frobnicate"}, `unknown command "frobnicate"`},
		{"flag before command", []string{"--kind", "cv", "validate"}, "unknown flag --kind"},
		{"unknown flag", []string{"validate", "--nope", "x.json"}, "-nope"},
		{"unknown flag after file", []string{"validate", "x.json", "-nope"}, "-nope"},
		{"flag without value", []string{"validate", "x.json", "--kind"}, "-kind"},
		{"no files", []string{"validate"}, "want at least one argument"},
		{"bad format", []string{"validate", "--format", "xml", "x.json"}, `"xml"`},
		{"bad as-of", []string{"validate", "--as-of", "2022-13-01", "x.json"}, "YYYY-MM-DD"},
		{"unknown kind flag", []string{"validate", "--kind", "spaceship", "x.json"}, `unknown payload kind "spaceship"`},
		{"rules with argument", []string{"rules", "extra"}, "want no arguments"},
		{"rules bad format", []string{"rules", "--format", "pdf"}, `"pdf"`},
		{"example two names", []string{"example", "a", "b"}, "want at most one argument"},
		{"unknown example", []string{"example", "no-such-example"}, `unknown example "no-such-example"`},
		{"schema without kind", []string{"schema"}, "want one argument"},
		{"schema unknown kind", []string{"schema", "spaceship"}, `"spaceship"`},
		{"tally without file", []string{"tally"}, "want one argument"},
		{"help unknown command", []string{"help", "frobnicate"}, `unknown command "frobnicate"`},
		{"version with argument", []string{"version", "extra"}, "want no arguments"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBin(t, nil, tt.args...)
			assertOneLineError(t, r)
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr = %q; want it to mention %s", r.stderr, tt.want)
			}
			if r.stdout != "" {
				t.Errorf("stdout = %q; want nothing", r.stdout)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}} {
		r := runBin(t, nil, args...)
		if r.code != exitOK || r.stderr != "" {
			t.Errorf("itu %v: exit %d, stderr %q; want 0 and nothing", args, r.code, r.stderr)
		}
		for _, c := range commands {
			if !strings.Contains(r.stdout, "itu "+c.name) {
				t.Errorf("itu %v: the help does not list %q", args, c.name)
			}
		}
		for _, want := range []string{`"kind"`, "--kind", "Exit status"} {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("itu %v: the help does not mention %s", args, want)
			}
		}
	}
	for _, c := range commands {
		for _, args := range [][]string{{"help", c.name}, {c.name, "--help"}, {c.name, "-h"}} {
			r := runBin(t, nil, args...)
			if r.code != exitOK || r.stderr != "" || !strings.HasPrefix(r.stdout, "Usage: itu "+c.name) {
				t.Errorf("itu %v: exit %d, stderr %q, stdout %q; want 0 and the usage of %s", args, r.code, r.stderr, r.stdout, c.name)
			}
		}
	}
}

func TestVersion(t *testing.T) {
	for _, args := range [][]string{{"version"}, {"--version"}} {
		r := runBin(t, nil, args...)
		out := lines(r.stdout)
		if r.code != exitOK || len(out) != 1 || !strings.HasPrefix(out[0], "itu ") || len(out[0]) <= len("itu ") {
			t.Errorf("itu %v: exit %d, stdout %q; want 0 and one line \"itu VERSION\"", args, r.code, r.stdout)
		}
	}
}

func TestRules(t *testing.T) {
	rules := catalog.Rules()
	if len(rules) == 0 {
		t.Fatal("the catalogue is empty")
	}

	r := runBin(t, nil, "rules")
	out := lines(r.stdout)
	if r.code != exitOK || len(out) != len(rules)+1 {
		t.Fatalf("rules: exit %d, %d lines; want 0 and a header and %d rules", r.code, len(out), len(rules))
	}
	for i, rule := range rules {
		if f := strings.Fields(out[i+1]); len(f) < 2 || f[0] != rule.Code || f[1] != rule.Severity.String() {
			t.Errorf("rules line %d = %q; want %s %s ...", i+1, out[i+1], rule.Code, rule.Severity)
		}
	}

	r = runBin(t, nil, "rules", "--format", "json")
	var got []itu.Rule
	if err := strictjson.Decode([]byte(r.stdout), &got); err != nil || r.code != exitOK {
		t.Fatalf("rules --format json: exit %d, %v", r.code, err)
	}
	if diff := cmp.Diff(rules, got); diff != "" {
		t.Errorf("rules --format json mismatch (-want +got):\n%s", diff)
	}

	r = runBin(t, nil, "rules", "--format", "markdown")
	want, err := os.ReadFile(filepath.Join(repoRoot, "RULES.md"))
	if err != nil {
		t.Fatal(err)
	}
	if r.code != exitOK || r.stdout != string(want) {
		t.Errorf("rules --format markdown differs from RULES.md (exit %d):\n%s", r.code, cmp.Diff(string(want), r.stdout))
	}
}

func TestExample(t *testing.T) {
	fixtures := examples.Fixtures()
	if len(fixtures) == 0 {
		t.Fatal("no examples are wired")
	}
	for _, f := range corpusFiles(t, "valid") {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		if !slices.ContainsFunc(fixtures, func(x examples.Fixture) bool { return x.Name == name }) {
			t.Errorf("%s has no 'itu example %s'; add its constructor to fixtures", f, name)
		}
	}
	r := runBin(t, nil, "example")
	list := lines(r.stdout)
	if r.code != exitOK || len(list) != len(fixtures) {
		t.Errorf("example: exit %d, %d lines; want 0 and %d", r.code, len(list), len(fixtures))
	}
	for i, f := range fixtures {
		t.Run(f.Name, func(t *testing.T) {
			if i < len(list) && strings.Fields(list[i])[0] != f.Name {
				t.Errorf("example list line %d = %q; want %s first", i, list[i], f.Name)
			}
			want, err := os.ReadFile(filepath.Join(repoRoot, "examples", "testdata", "valid", f.Name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			r := runBin(t, nil, "example", f.Name)
			if r.code != exitOK || r.stdout != string(want) {
				t.Errorf("example %s: exit %d; output differs from the fixture file:\n%s", f.Name, r.code, cmp.Diff(string(want), r.stdout))
			}
			kind, err := kindMember(filepath.Join("examples", "testdata", "valid", f.Name+".json"))
			if err != nil {
				t.Fatal(err)
			}
			if i < len(list) && !strings.HasSuffix(list[i], " "+string(kind)) {
				t.Errorf("example list line %q does not end in the kind %q", list[i], kind)
			}
			// The printed example feeds straight back into validate.
			r = runBin(t, strings.NewReader(r.stdout), "validate", "--as-of", corpusAsOf, "-")
			if r.code != exitOK {
				t.Errorf("example %s | validate -: exit %d\n%s%s", f.Name, r.code, r.stdout, r.stderr)
			}
		})
	}
}

// TestReadmeFirstCommand runs the first command of README.md from the module
// root, as a newcomer would, and wants it to succeed.
func TestReadmeFirstCommand(t *testing.T) {
	f, err := os.Open(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cmdline string
	for sc := bufio.NewScanner(f); sc.Scan(); {
		if l := strings.TrimSpace(sc.Text()); strings.HasPrefix(l, "go run ./cmd/itu ") {
			cmdline, _, _ = strings.Cut(l, "#")
			break
		}
	}
	args := strings.Fields(cmdline)
	if len(args) < 3 {
		t.Fatal(`README.md has no "go run ./cmd/itu ..." command`)
	}
	r := execIn(t, nil, goTool(), args[1:]...)
	if r.code != exitOK {
		t.Errorf("%s: exit %d; want 0\nstdout:\n%s\nstderr:\n%s", cmdline, r.code, r.stdout, r.stderr)
	}
	if out := lines(r.stdout); len(out) == 0 || !strings.HasPrefix(out[len(out)-1], "1 file: 1 valid, 0 invalid; 0 errors") {
		t.Errorf("%s: output %q; want the summary of one valid file", cmdline, r.stdout)
	}
}

// TestReadmeTestCommandInCI checks that CI runs the test command README.md
// gives a newcomer, so the two cannot drift apart.
func TestReadmeTestCommandInCI(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ci, err := os.ReadFile(filepath.Join(repoRoot, ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	var test string
	for _, l := range strings.Split(string(readme), "\n") {
		if cmd, _, _ := strings.Cut(strings.TrimSpace(l), "#"); strings.HasPrefix(cmd, "go test ") {
			test = strings.TrimSpace(cmd)
			break
		}
	}
	if test == "" {
		t.Fatal("README.md gives no go test command")
	}
	withRace := strings.Replace(test, "go test ", "go test -race ", 1)
	if !strings.Contains(string(ci), "\n"+withRace+"\n") {
		t.Errorf(".ci/run does not run the README's test command %q with -race (%q)", test, withRace)
	}
}

// TestRun calls run in-process, as the binary's main does.
func TestRun(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStdout string // a fragment
		wantStderr string // a fragment; "" means stderr must be empty
	}{
		{"help", []string{"help"}, "", exitOK, "Usage: itu COMMAND", ""},
		{"help validate", []string{"help", "validate"}, "", exitOK, "FILE: PATH: CODE: MESSAGE", ""},
		{"interleaved flags", []string{"validate", "-", "--format", "json"}, "", exitUsage, `"unreadable": 1`, "itu: <stdin>: "},
		{"double dash", []string{"validate", "--", "--format"}, "", exitUsage, "1 unreadable", "itu: --format: no such file"},
		{"no command", nil, "", exitUsage, "", "itu: no command"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tt.args, strings.NewReader(tt.stdin), &stdout, &stderr)
			if code != tt.wantCode {
				t.Errorf("run(%q) = %d; want %d", tt.args, code, tt.wantCode)
			}
			if !strings.Contains(stdout.String(), tt.wantStdout) {
				t.Errorf("stdout = %q; want it to contain %q", stdout.String(), tt.wantStdout)
			}
			if (tt.wantStderr == "") != (stderr.Len() == 0) || !strings.Contains(stderr.String(), tt.wantStderr) {
				t.Errorf("stderr = %q; want %q", stderr.String(), tt.wantStderr)
			}
		})
	}
}

func TestSummaryString(t *testing.T) {
	tests := []struct {
		s    summary
		want string
	}{
		{summary{Files: 3, Valid: 2, Invalid: 1, Errors: 4, Warnings: 2}, "3 files: 2 valid, 1 invalid; 4 errors, 2 warnings"},
		{summary{Files: 1, Valid: 1, Warnings: 1}, "1 file: 1 valid, 0 invalid; 0 errors, 1 warning"},
		{summary{Files: 2, Invalid: 1, Unreadable: 1, Errors: 1}, "2 files: 0 valid, 1 invalid, 1 unreadable; 1 error, 0 warnings"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := tt.s.String(); got != tt.want {
				t.Errorf("String() = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestParseInterleaved(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantPos  []string
		wantKind string
	}{
		{"flags first", []string{"--kind", "k", "a", "b"}, []string{"a", "b"}, "k"},
		{"flags last", []string{"a", "b", "--kind", "k"}, []string{"a", "b"}, "k"},
		{"between", []string{"a", "-kind=k", "b"}, []string{"a", "b"}, "k"},
		{"stdin dash", []string{"-", "--kind", "k"}, []string{"-"}, "k"},
		{"double dash ends flags", []string{"a", "--", "--kind", "k"}, []string{"a", "--kind", "k"}, ""},
		{"none", nil, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := newFlags(validateCmd)
			kind := fs.String("kind", "", "")
			pos, err := parseInterleaved(fs, tt.args)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantPos, pos, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("positional mismatch (-want +got):\n%s", diff)
			}
			if *kind != tt.wantKind {
				t.Errorf("kind = %q; want %q", *kind, tt.wantKind)
			}
		})
	}
}

func TestSchema(t *testing.T) {
	kinds := payload.Kinds()
	if len(kinds) == 0 {
		t.Fatal("no payload kinds are linked in")
	}
	for _, k := range kinds {
		t.Run(string(k), func(t *testing.T) {
			want, err := schema.ForKind(k)
			if err != nil {
				t.Fatal(err)
			}
			r := runBin(t, nil, "schema", string(k))
			if r.code != exitOK || r.stdout != string(want) {
				t.Errorf("schema %s: exit %d; output differs from schema.ForKind:\n%s", k, r.code, cmp.Diff(string(want), r.stdout))
			}
			var doc struct {
				Schema string `json:"$schema"`
			}
			if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil || doc.Schema != schema.Draft {
				t.Errorf("schema %s: $schema = %q, %v; want %q", k, doc.Schema, err, schema.Draft)
			}
		})
	}
}
