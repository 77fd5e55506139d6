package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
)

// runWorkers runs "itu validate args" in process with the given number of
// workers and returns its exit status and output.
func runWorkers(t *testing.T, workers int, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	out, errOut := &errWriter{w: &stdout}, &errWriter{w: &stderr}
	e := &env{stdout: out, stderr: errOut, workers: workers}
	code := finish(e.dispatch(append([]string{"validate"}, args...)), out, errOut)
	return code, stdout.String(), stderr.String()
}

// TestValidateDirectoryOrder checks that "itu validate DIR..." checks the
// *.json files beneath each directory in lexical order, and that its output,
// text or JSON, is the same byte for byte on one worker and on many: results
// are printed in input order whichever file finishes first.
func TestValidateDirectoryOrder(t *testing.T) {
	dirs := []string{"examples/testdata/valid", "examples/testdata/invalid", "examples/testdata/realistic"}
	var want []string
	for _, d := range dirs {
		err := filepath.WalkDir(filepath.Join(repoRoot, d), func(p string, de os.DirEntry, err error) error {
			if err == nil && de.Type().IsRegular() && strings.HasSuffix(p, ".json") {
				rel, _ := filepath.Rel(repoRoot, p)
				want = append(want, rel)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(want) < 80 {
		t.Fatalf("found %d payload files under %v; want the whole corpus", len(want), dirs)
	}
	t.Chdir(repoRoot)
	for _, format := range []string{"text", "json"} {
		args := append([]string{"--as-of", corpusAsOf, "--format", format}, dirs...)
		code1, out1, err1 := runWorkers(t, 1, args...)
		for _, workers := range []int{2, 8} {
			code, out, errs := runWorkers(t, workers, args...)
			if code != code1 || errs != err1 {
				t.Errorf("%s, %d workers: exit %d, stderr %q; one worker: exit %d, stderr %q", format, workers, code, errs, code1, err1)
			}
			if diff := cmp.Diff(out1, out); diff != "" {
				t.Errorf("%s, %d workers: output differs from one worker's (-one +many):\n%s", format, workers, diff)
			}
		}
		if format == "json" {
			var doc struct {
				Files []struct {
					File string `json:"file"`
				} `json:"files"`
			}
			if err := json.Unmarshal([]byte(out1), &doc, json.RejectUnknownMembers(false)); err != nil {
				t.Fatalf("--format json output does not decode: %v", err)
			}
			var got []string
			for _, f := range doc.Files {
				got = append(got, f.File)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("files checked (-lexical order +got):\n%s", diff)
			}
		}
	}
}

// TestValidateEmptyDirectory checks that a directory with no payload file is
// reported as unreadable, not dropped, and the files after it still run.
func TestValidateEmptyDirectory(t *testing.T) {
	empty := t.TempDir()
	if err := os.WriteFile(filepath.Join(empty, "notes.txt"), []byte("not a payload"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Chdir(repoRoot)
	code, out, errs := runWorkers(t, 4, "--as-of", corpusAsOf, empty, "examples/testdata/valid/korea-2021-cv.json")
	if code != exitUsage || !strings.Contains(errs, "holding no payload file") {
		t.Errorf("exit %d, stderr %q; want %d and the directory named as holding no payload file", code, errs, exitUsage)
	}
	if !strings.Contains(out, "2 files: 1 valid, 0 invalid, 1 unreadable") {
		t.Errorf("stdout = %q; want the CV checked after the empty directory", out)
	}
}

// failAfter fails every write after the first n bytes.
type failAfter struct{ n int }

func (w *failAfter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

// TestValidateStopsOnWriteError checks that many workers stop starting files
// once standard output fails, and the run exits 3 without hanging.
func TestValidateStopsOnWriteError(t *testing.T) {
	t.Chdir(repoRoot)
	var stderr bytes.Buffer
	out, errOut := &errWriter{w: &failAfter{n: 200}}, &errWriter{w: &stderr}
	e := &env{stdout: out, stderr: errOut, workers: 4}
	code := finish(e.dispatch([]string{"validate", "--as-of", corpusAsOf, "examples/testdata/invalid", "examples/testdata/realistic"}), out, errOut)
	if code != exitWrite {
		t.Errorf("exit %d; want %d when standard output fails", code, exitWrite)
	}
}
