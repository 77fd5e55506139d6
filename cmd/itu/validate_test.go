package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/payload"
	"github.com/plenipot/itu/strictjson"
)

// corpusAsOf is the date the shipped corpus is checked on, as in package
// examples: the close of PP-22.
const corpusAsOf = "2022-10-14"

// report mirrors the JSON document 'itu validate --format json' prints.
type report struct {
	Files []struct {
		File       string          `json:"file"`
		Kind       itu.Kind        `json:"kind"`
		Valid      bool            `json:"valid"`
		Error      string          `json:"error"`
		Violations []itu.Violation `json:"violations"`
	} `json:"files"`
	Summary summary `json:"summary"`
}

func parseReport(t *testing.T, out string) report {
	t.Helper()
	var rep report
	if err := strictjson.Decode([]byte(out), &rep); err != nil {
		t.Fatalf("--format json output does not parse: %v\n%s", err, out)
	}
	return rep
}

// corpusFiles returns the payloads under examples/testdata/{valid,invalid},
// relative to the module root, golden files left out.
func corpusFiles(t *testing.T, dir string) []string {
	t.Helper()
	all, err := filepath.Glob(filepath.Join(repoRoot, "examples", "testdata", dir, "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, f := range all {
		if strings.HasSuffix(f, ".golden.json") {
			continue
		}
		rel, err := filepath.Rel(repoRoot, f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, filepath.ToSlash(rel))
	}
	if len(out) == 0 {
		t.Fatalf("no payloads under examples/testdata/%s", dir)
	}
	return out
}

// golden reads the violations an invalid payload must produce.
func golden(t *testing.T, file string) []itu.Violation {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, strings.TrimSuffix(file, ".json")+".golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var vs []itu.Violation
	if err := strictjson.Decode(b, &vs); err != nil {
		t.Fatalf("golden of %s: %v", file, err)
	}
	return vs
}

// malformed reports whether the file is not a payload at all (exit 2) rather
// than an invalid record (exit 1): the library says so with an
// strictjson.ErrMalformed error, and a golden json.syntax or json.too_large
// violation must agree.
func malformed(t *testing.T, file string, golden []itu.Violation) bool {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot, file))
	if err != nil {
		t.Fatal(err)
	}
	_, err = payload.Check(data, "", itu.AsOf(civil.MustParseDate(corpusAsOf)))
	lib := errors.Is(err, strictjson.ErrMalformed)
	byCode := slices.ContainsFunc(golden, func(v itu.Violation) bool {
		return v.Code == strictjson.RuleJSONSyntax.Code || v.Code == strictjson.RuleJSONTooLarge.Code
	})
	if byCode && !lib {
		t.Errorf("%s: the golden has a %s violation, but payload.Check gives %v, not a malformed-input error", file, golden[0].Code, err)
	}
	return lib || byCode
}

// wantLine is the text line a violation must print as, written out here
// independently of the program's own formatter (escape is tested on its own).
func wantLine(file string, v itu.Violation) string {
	path := v.Path
	if path == "" {
		path = "/"
	}
	if v.Severity == itu.Warning {
		return escape(fmt.Sprintf("%s: %s: warning: %s: %s", file, path, v.Code, v.Message))
	}
	return escape(fmt.Sprintf("%s: %s: %s: %s", file, path, v.Code, v.Message))
}

func TestValidateValidCorpus(t *testing.T) {
	files := corpusFiles(t, "valid")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			r := runBin(t, nil, "validate", "--as-of", corpusAsOf, f)
			if r.code != exitOK {
				t.Errorf("exit status = %d; want 0\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
			}
			assertCleanStderr(t, r, 0)
			out := lines(r.stdout)
			if len(out) == 0 || !strings.HasPrefix(out[len(out)-1], "1 file: 1 valid, 0 invalid; 0 errors, ") {
				t.Errorf("last line is not the summary of one valid file:\n%s", r.stdout)
			}
			for _, l := range out[:max(len(out)-1, 0)] {
				if !strings.HasPrefix(l, f+": ") || !strings.Contains(l, ": warning: ") {
					t.Errorf("line %q is not a warning about %s", l, f)
				}
			}

			r = runBin(t, nil, "validate", "--format", "json", "--as-of", corpusAsOf, f)
			rep := parseReport(t, r.stdout)
			if r.code != exitOK || len(rep.Files) != 1 || !rep.Files[0].Valid || rep.Files[0].File != f {
				t.Errorf("--format json: exit %d, report %+v; want exit 0 and one valid file %s", r.code, rep, f)
			}
			kind, err := kindMember(f)
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Files) == 1 && rep.Files[0].Kind != kind {
				t.Errorf("--format json: kind = %q; want the payload's own %q", rep.Files[0].Kind, kind)
			}
		})
	}
	t.Run("all at once", func(t *testing.T) {
		r := runBin(t, nil, append([]string{"validate", "--as-of", corpusAsOf}, files...)...)
		if r.code != exitOK {
			t.Errorf("exit status = %d; want 0\n%s%s", r.code, r.stdout, r.stderr)
		}
		out := lines(r.stdout)
		n := len(files)
		want := fmt.Sprintf("%s: %d valid, 0 invalid; 0 errors, %s", plural(n, "file"), n, plural(len(out)-1, "warning"))
		if len(out) == 0 || out[len(out)-1] != want {
			t.Errorf("summary = %q; want %q", out[len(out)-1], want)
		}
	})
}

// kindMember reads the "kind" member of a corpus file.
func kindMember(file string) (itu.Kind, error) {
	b, err := os.ReadFile(filepath.Join(repoRoot, file))
	if err != nil {
		return "", err
	}
	var head struct {
		Kind itu.Kind `json:"kind"`
	}
	err = json.Unmarshal(b, &head) // lenient: only the kind is wanted
	return head.Kind, err
}

func TestValidateInvalidCorpus(t *testing.T) {
	files := corpusFiles(t, "invalid")
	var sum summary
	for _, f := range files {
		want := golden(t, f)
		wantCode := exitInvalid
		if malformed(t, f, want) {
			wantCode = exitUsage
		} else if !slices.ContainsFunc(want, func(v itu.Violation) bool { return v.Severity == itu.Error }) {
			wantCode = exitOK // a warning rule's case: valid, with its warnings
		}
		sum.Files++
		switch wantCode {
		case exitUsage:
			sum.Unreadable++
		case exitOK:
			sum.Valid++
		default:
			sum.Invalid++
		}
		for _, v := range want {
			if v.Severity == itu.Warning {
				sum.Warnings++
			} else {
				sum.Errors++
			}
		}
		t.Run(filepath.Base(f), func(t *testing.T) {
			r := runBin(t, nil, "validate", "--as-of", corpusAsOf, f)
			if r.code != wantCode {
				t.Errorf("exit status = %d; want %d\nstdout:\n%s\nstderr:\n%s", r.code, wantCode, r.stdout, r.stderr)
			}
			if wantCode == exitUsage {
				assertCleanStderr(t, r, 1)
				for _, v := range want {
					if l := wantLine("itu: "+f, v); strings.TrimSpace(r.stderr) != l {
						t.Errorf("stderr = %q; want %q", r.stderr, l)
					}
				}
			} else {
				assertCleanStderr(t, r, 0)
				out := lines(r.stdout)
				for _, v := range want {
					if l := wantLine(f, v); !slices.Contains(out, l) {
						t.Errorf("output lacks %q:\n%s", l, r.stdout)
					}
				}
				if len(out) != len(want)+1 {
					t.Errorf("output has %d lines; want %d violations and a summary:\n%s", len(out), len(want), r.stdout)
				}
			}

			r = runBin(t, nil, "validate", "--format", "json", "--as-of", corpusAsOf, f)
			if r.code != wantCode {
				t.Errorf("--format json: exit status = %d; want %d", r.code, wantCode)
			}
			rep := parseReport(t, r.stdout)
			if len(rep.Files) != 1 {
				t.Fatalf("--format json: %d files in the report; want 1", len(rep.Files))
			}
			got := rep.Files[0]
			if got.File != f || got.Valid != (wantCode == exitOK) || (got.Error != "") != (wantCode == exitUsage) {
				t.Errorf("--format json: file %q valid %v error %q; want %q, valid only with warnings alone, error only when unreadable", got.File, got.Valid, got.Error, f)
			}
			if diff := cmp.Diff(want, got.Violations, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("--format json: violations mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("all at once", func(t *testing.T) {
		r := runBin(t, nil, append([]string{"validate", "--format", "json", "--as-of", corpusAsOf}, files...)...)
		if diff := cmp.Diff(sum, parseReport(t, r.stdout).Summary); diff != "" {
			t.Errorf("summary mismatch (-want +got):\n%s", diff)
		}
		if r.code != sum.exitCode() || r.code == exitOK {
			t.Errorf("exit status = %d; want %d", r.code, sum.exitCode())
		}
		assertCleanStderr(t, r, sum.Unreadable)
	})
}

func TestValidateStdin(t *testing.T) {
	valid := corpusFiles(t, "valid")[0]
	b, err := os.ReadFile(filepath.Join(repoRoot, valid))
	if err != nil {
		t.Fatal(err)
	}
	r := runBin(t, bytes.NewReader(b), "validate", "--as-of", corpusAsOf, "-")
	if r.code != exitOK {
		t.Errorf("validate - < %s: exit status = %d; want 0\n%s%s", valid, r.code, r.stdout, r.stderr)
	}
	if out := lines(r.stdout); len(out) == 0 || !strings.HasPrefix(out[len(out)-1], "1 file: 1 valid") {
		t.Errorf("validate - < %s: output %q; want a summary of one valid file", valid, r.stdout)
	}
	for _, l := range lines(r.stdout)[:len(lines(r.stdout))-1] {
		if !strings.HasPrefix(l, stdinName+": ") {
			t.Errorf("line %q does not name standard input as %s", l, stdinName)
		}
	}

	r = runBin(t, strings.NewReader(`{"kind": "cv", "no_such_field": 1}`), "validate", "-")
	if r.code != exitInvalid || !strings.Contains(r.stdout, stdinName+": /no_such_field: json.unknown_field: ") {
		t.Errorf("validate - < unknown field: exit %d, output %q; want 1 and a json.unknown_field line", r.code, r.stdout)
	}
}

// endless yields a JSON payload that never ends: an object whose string
// member goes on for ever. It holds nothing in memory.
type endless struct{ head string }

func (e *endless) Read(p []byte) (int, error) {
	n := copy(p, e.head)
	e.head = e.head[n:]
	for i := n; i < len(p); i++ {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestValidateHugeStdin(t *testing.T) {
	const size = 101 << 20 // over 100 MB
	in := io.LimitReader(&endless{head: `{"kind": "dossier", "x": "`}, size)
	r := runBin(t, in, "validate", "-")
	assertOneLineError(t, r)
	if !strings.Contains(r.stderr, "itu: "+stdinName+": /: "+strictjson.RuleJSONTooLarge.Code+": ") {
		t.Errorf("stderr = %q; want a %s line", r.stderr, strictjson.RuleJSONTooLarge.Code)
	}
	if r.took > 20*time.Second {
		t.Errorf("took %v to reject a %d-byte stream; it should stop reading at %d bytes", r.took, size, maxBytes)
	}
}

// writer returns a function that writes a file of the given name and
// bytes into dir and returns its path.
func writer(t *testing.T, dir string) func(name string, data []byte) string {
	t.Helper()
	return func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
}

func TestValidateUnreadable(t *testing.T) {
	dir := t.TempDir()
	write := writer(t, dir)
	garbage := make([]byte, 512)
	for i := range garbage {
		garbage[i] = byte(i * 7)
	}
	tests := []struct {
		name string
		args []string
		want string // a fragment of the stderr line
	}{
		{"missing file", []string{"validate", filepath.Join(dir, "nope.json")}, "no such file"},
		{"directory without payloads", []string{"validate", t.TempDir()}, "is a directory holding no payload file"},
		{"empty file", []string{"validate", write("empty.json", nil)}, strictjson.RuleJSONSyntax.Code},
		{"blank file", []string{"validate", write("blank.json", []byte(" \n\t\n"))}, strictjson.RuleJSONSyntax.Code},
		{"binary garbage", []string{"validate", write("garbage.bin", garbage)}, strictjson.RuleJSONSyntax.Code},
		{"truncated JSON", []string{"validate", write("cut.json", []byte(`{"kind": "cv", "na`))}, strictjson.RuleJSONSyntax.Code},
		{"trailing data", []string{"validate", write("two.json", []byte(`{"kind": "cv"} {}`))}, strictjson.RuleJSONSyntax.Code},
		{"unknown kind member", []string{"validate", write("ship.json", []byte(`{"kind": "spaceship"}`))}, `"spaceship"`},
		{"no kind member", []string{"validate", write("nokind.json", []byte(`{"name": "x"}`))}, `"kind"`},
		{"not an object", []string{"validate", write("array.json", []byte(`[1, 2]`))}, `"kind"`},
		{"empty stdin", []string{"validate", "-"}, strictjson.RuleJSONSyntax.Code},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBin(t, nil, tt.args...)
			assertOneLineError(t, r)
			if !strings.Contains(r.stderr, tt.want) {
				t.Errorf("stderr = %q; want it to mention %s", r.stderr, tt.want)
			}
			if !strings.HasPrefix(r.stdout, "1 file: 0 valid, 0 invalid, 1 unreadable; ") {
				t.Errorf("stdout = %q; want the summary of one unreadable file", r.stdout)
			}
		})
	}
}

func TestValidateKeepsGoingPastUnreadable(t *testing.T) {
	valid := corpusFiles(t, "valid")[0]
	dir := t.TempDir()
	r := runBin(t, nil, "validate", "--as-of", corpusAsOf, filepath.Join(dir, "a.json"), valid, dir)
	if r.code != exitUsage {
		t.Errorf("exit status = %d; want 2", r.code)
	}
	assertCleanStderr(t, r, 2)
	if out := lines(r.stdout); len(out) == 0 || !strings.HasPrefix(out[len(out)-1], "3 files: 1 valid, 0 invalid, 2 unreadable; ") {
		t.Errorf("summary = %q; want 3 files, 1 valid, 2 unreadable", r.stdout)
	}
}

func TestValidateKindFlag(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantLine string // a fragment of the output
	}{
		{"same kind", []string{"--kind", "cv", "examples/testdata/valid/korea-2021-cv.json"}, exitOK, "1 file: 1 valid"},
		{"hyphenated kind", []string{"--kind", "note-verbale", "examples/testdata/valid/korea-2021-note-verbale.json"}, exitOK, "1 file: 1 valid"},
		{"other kind", []string{"--kind", "note", "examples/testdata/valid/korea-2021-cv.json"}, exitInvalid, "/kind: payload.kind: the payload is a \"cv\", not a \"note\""},
		{"kind from stdin flag", []string{"--kind=election", "-"}, exitInvalid, stdinName + ": "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBin(t, strings.NewReader(`{"kind": "cv"}`), append([]string{"validate"}, tt.args...)...)
			if r.code != tt.wantCode || !strings.Contains(r.stdout, tt.wantLine) {
				t.Errorf("exit %d, stdout %q; want %d and %q", r.code, r.stdout, tt.wantCode, tt.wantLine)
			}
			assertCleanStderr(t, r, 0)
		})
	}
}

// TestIssue12KindFlagMalformed checks that --kind does not turn input that
// is not a payload (exit 2) into an invalid record of that kind (exit 1).
func TestIssue12KindFlagMalformed(t *testing.T) {
	tests := []struct {
		name     string
		stdin    string
		wantCode int
		want     string // a fragment of the one report line
	}{
		{"empty", "", exitUsage, strictjson.RuleJSONSyntax.Code},
		{"not JSON", "not json", exitUsage, strictjson.RuleJSONSyntax.Code},
		{"cut short after a member name", `{"kind": "cv", "x":`, exitUsage, strictjson.RuleJSONSyntax.Code},
		{"cut short in a value", `{"kind": "cv", "name": "Ch`, exitUsage, strictjson.RuleJSONSyntax.Code},
		{"trailing data", `{"kind": "cv"} {}`, exitUsage, strictjson.RuleJSONSyntax.Code},
		{"array", `[1, 2]`, exitUsage, strictjson.RuleJSONType.Code},
		{"string", `"cv"`, exitUsage, strictjson.RuleJSONType.Code},
		{"null", `null`, exitUsage, strictjson.RuleJSONType.Code},
		{"object with a bad kind member is a payload", `{"kind": 5}`, exitInvalid, "/kind: " + strictjson.RuleJSONType.Code},
		{"object of another kind is a payload", `{"kind": "note"}`, exitInvalid, "/kind: " + check.RuleKind.Code},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBin(t, strings.NewReader(tt.stdin), "validate", "--kind", "cv", "-")
			if r.code != tt.wantCode {
				t.Errorf("exit %d; want %d\nstdout:\n%s\nstderr:\n%s", r.code, tt.wantCode, r.stdout, r.stderr)
			}
			report := r.stdout
			if tt.wantCode == exitUsage {
				assertCleanStderr(t, r, 1)
				report = r.stderr
				if !strings.HasPrefix(r.stdout, "1 file: 0 valid, 0 invalid, 1 unreadable; ") {
					t.Errorf("stdout = %q; want the summary of one unreadable file", r.stdout)
				}
			}
			if !strings.Contains(report, tt.want) {
				t.Errorf("report %q does not mention %q", report, tt.want)
			}
		})
	}
}
