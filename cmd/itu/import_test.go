package main

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/examples"
)

// seedPath is the copy of PP-22 Document 12-E in the module.
const seedPath = "examples/testdata/seed/document-12-E.txt"

// TestIssue19ImportSeed checks that 'itu import' reads PP-22 Document 12-E
// back into the Korea dossier fixture byte for byte, and validates it.
func TestIssue19ImportSeed(t *testing.T) {
	want, err := os.ReadFile(filepath.Join(repoRoot, "examples", "testdata", "valid", "korea-2021-dossier.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := runBin(t, nil, "import", seedPath)
	if r.code != exitOK {
		t.Fatalf("exit status %d, stderr %q; want 0", r.code, r.stderr)
	}
	if diff := cmp.Diff(string(want), r.stdout); diff != "" {
		t.Errorf("itu import differs from the fixture (-fixture +got):\n%s", diff)
	}
	if !strings.HasSuffix(r.stderr, "1 payload: 1 valid, 0 invalid; 0 errors, 1 warning\n") {
		t.Errorf("stderr %q; want the validation summary", r.stderr)
	}
}

func TestImport(t *testing.T) {
	note := examples.KoreaNote().Render()
	cv := examples.KoreaCV().Render()
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStdout string // a substring of standard output
		wantStderr string // a substring of standard error
	}{
		{"note from stdin", []string{"import", "-"}, note, exitOK, `"kind": "note"`, "1 payload: 1 valid"},
		{"sources", []string{"import", "--sources", "-"}, note, exitOK, `"symbol": "Document 12-E"`, "<stdin>: /symbol: lines 7\n"},
		{"conference inferred from the Note's date", []string{"import", "--sources", "-"}, note, exitOK, `"conference": "PP-22"`,
			"<stdin>: /conference: lines 8 (inferred: the first conference of the calendar that closes on or after the Note's date)\n"},
		{"unplaced line warned", []string{"import", "-"}, strings.Replace(cv, "PROFESSIONAL CAREER", "Scribbled\n\nPROFESSIONAL CAREER", 1), exitOK, `"kind": "cv"`,
			"<stdin>:23: warning: text not placed in any field: \"Scribbled\"\n"},
		{"not a document", []string{"import", "-"}, "Dear all,\n\nLunch is at noon.", exitUsage, "", "itu: <stdin>: not a candidature document"},
		{"empty", []string{"import", "-"}, "", exitUsage, "", "not a candidature document: the text is empty"},
		{"invalid record", []string{"import", "-"}, strings.Replace(note, "Houlin ZHAO\nSecretary-General", "Houlin ZHAO\nDirector", 1), exitInvalid,
			`"title": "Director"`, "correspondence.note.signatory"},
		{"no file", []string{"import"}, "", exitUsage, "", "import"},
		{"missing file", []string{"import", "no-such-file.txt"}, "", exitUsage, "", "no-such-file.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runBin(t, strings.NewReader(tt.stdin), tt.args...)
			if r.code != tt.wantCode {
				t.Errorf("exit status %d; want %d\nstderr: %s", r.code, tt.wantCode, r.stderr)
			}
			if !strings.Contains(r.stdout, tt.wantStdout) {
				t.Errorf("stdout lacks %q:\n%s", tt.wantStdout, r.stdout)
			}
			if !strings.Contains(r.stderr, tt.wantStderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantStderr, r.stderr)
			}
		})
	}
}

// TestImportOut checks that --out writes each payload to a file and lists it.
func TestImportOut(t *testing.T) {
	dir := t.TempDir()
	r := runBin(t, nil, "import", "--out", dir, seedPath)
	if r.code != exitOK || r.stderr != "" {
		t.Fatalf("exit status %d, stderr %q; want 0 and nothing", r.code, r.stderr)
	}
	file := filepath.Join(dir, "document-12-E.json")
	if !strings.HasPrefix(r.stdout, "wrote "+file+" (dossier, ") {
		t.Errorf("stdout %q; want it to name %s", r.stdout, file)
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(filepath.Join(repoRoot, "examples", "testdata", "valid", "korea-2021-dossier.json"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs from the fixture (-fixture +got):\n%s", file, diff)
	}
}

// TestREADMEImport runs the command of the README's "From a document"
// section and compares what it prints with what the README shows: the
// report on standard error, and the payload written, the fixture.
func TestREADMEImport(t *testing.T) {
	f, err := os.Open(filepath.Join(repoRoot, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var block []string
	in := false
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		l := sc.Text()
		switch {
		case strings.HasPrefix(l, "<!-- import-example"):
			in = true
		case strings.HasPrefix(l, "<!-- /import-example"):
			in = false
		case in && !strings.HasPrefix(l, "```"):
			block = append(block, l)
		}
	}
	if len(block) < 2 || !strings.HasPrefix(block[0], "$ go run ./cmd/itu import ") {
		t.Fatalf("README.md has no import-example block opening with the command; got %q", block)
	}
	cmdLine, redirect, _ := strings.Cut(strings.TrimPrefix(block[0], "$ go run ./cmd/itu "), " > ")
	var shown []string
	for _, l := range block[1:] {
		if strings.HasPrefix(l, "$ ") {
			break
		}
		shown = append(shown, l)
	}
	r := runBin(t, nil, strings.Fields(cmdLine)...)
	if r.code != exitOK {
		t.Fatalf("%s: exit status %d, stderr %q", cmdLine, r.code, r.stderr)
	}
	if diff := cmp.Diff(strings.Join(shown, "\n")+"\n", r.stderr); diff != "" {
		t.Errorf("README output differs from the command's (-README +got):\n%s", diff)
	}
	if redirect == "" {
		t.Fatal("the README's command writes no file")
	}
	want, err := os.ReadFile(filepath.Join(repoRoot, "examples", "testdata", "valid", "korea-2021-dossier.json"))
	if err != nil {
		t.Fatal(err)
	}
	if r.stdout != string(want) {
		t.Errorf("the payload the README writes to %s is not the fixture korea-2021-dossier.json", redirect)
	}
}
