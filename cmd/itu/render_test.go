package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/strictjson"
)

// TestIssue15RenderSeed checks that 'itu render' prints the seed dossier
// byte for byte as PP-22 Document 12-E: the copy of the seed in
// examples/testdata/seed (see its README), read from the module.
func TestIssue15RenderSeed(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join(repoRoot, "examples", "testdata", "seed", "document-12-E.txt"))
	if err != nil {
		t.Fatal(err)
	}
	r := runBin(t, nil, "render", "examples/testdata/valid/korea-2021-dossier.json")
	if r.code != exitOK || r.stderr != "" {
		t.Fatalf("exit status %d, stderr %q; want 0 and nothing", r.code, r.stderr)
	}
	if diff := cmp.Diff(string(seed), r.stdout); diff != "" {
		t.Errorf("itu render differs from the seed (-seed +got):\n%s", diff)
	}
}

func TestRender(t *testing.T) {
	letter := examples.KoreaLetter()
	note := examples.KoreaNote()
	note.Text = []string{"red \x1b[31mtext\u202e here"}
	hostile, hostileText := encodeJSON(t, note), strings.Replace(note.Render(), "\x1b[31mtext\u202e", `\x1b[31mtext\u202e`, 1)
	note.Text = []string{"line one\nline two"}
	twoLines := encodeJSON(t, note)
	tests := []struct {
		name     string
		args     []string
		stdin    string
		want     string // standard output
		wantCode int
	}{
		{name: "letter", args: []string{"render", "examples/testdata/valid/korea-2021-letter.json"}, want: letter.Render()},
		{name: "vision statement", args: []string{"render", "examples/testdata/valid/korea-2021-vision-statement.json"}, want: examples.KoreaVisionStatement().Render()},
		{name: "standard input, kind given", args: []string{"render", "--kind", "letter", "-"}, stdin: string(encodeJSON(t, letter)), want: letter.Render()},
		{name: "control and format characters escaped", args: []string{"render", "-"}, stdin: string(hostile),
			want: hostileText},
		{name: "line breaks kept", args: []string{"render", "-"}, stdin: string(twoLines), want: note.Render()},
		{name: "no published text", args: []string{"render", "examples/testdata/valid/pp-22-conference.json"}, wantCode: exitUsage},
		{name: "not the kind given", args: []string{"render", "--kind", "cv", "examples/testdata/valid/korea-2021-letter.json"}, wantCode: exitUsage},
		{name: "not JSON", args: []string{"render", "-"}, stdin: "{", wantCode: exitUsage},
		{name: "missing file", args: []string{"render", "no-such-file.json"}, wantCode: exitUsage},
		{name: "two files", args: []string{"render", "a.json", "b.json"}, wantCode: exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBin(t, strings.NewReader(tt.stdin), tt.args...)
			if r.code != tt.wantCode {
				t.Fatalf("exit status = %d; want %d (stderr %q)", r.code, tt.wantCode, r.stderr)
			}
			if tt.wantCode != exitOK {
				assertOneLineError(t, r)
				return
			}
			if r.stderr != "" {
				t.Errorf("stderr = %q; want nothing", r.stderr)
			}
			if diff := cmp.Diff(tt.want, r.stdout); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func encodeJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := strictjson.Encode(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
