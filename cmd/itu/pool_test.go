package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/go-json-experiment/json"
	"github.com/google/go-cmp/cmp"
	"github.com/plenipot/itu/strictjson"
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

// TestReadFileReusedStorage checks that a worker may read every file into
// the same storage: each corpus file is checked from storage the files
// before it were read into, the storage is then overwritten, and the result
// must still be the one from a copy of the file's bytes of its own. A
// result that kept a string or slice pointing into the bytes read would
// change (--format json keeps every result until the end of the run).
func TestReadFileReusedStorage(t *testing.T) {
	t.Chdir(repoRoot)
	opts := dateFlag{}
	if err := opts.Set(corpusAsOf); err != nil {
		t.Fatal(err)
	}
	var files []string
	for _, dir := range []string{"valid", "invalid", "realistic/valid", "realistic/invalid"} {
		files = append(files, corpusFiles(t, dir)...)
	}
	var buf []byte
	for _, name := range files {
		own, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		want, _ := checkData(name, own, nil, "", opts.options())
		data, err := readFile(name, buf, true)
		if cap(data) > cap(buf) {
			buf = data
		}
		got, _ := checkData(name, data, err, "", opts.options())
		all := buf[:cap(buf)]
		for i := range all {
			all[i] = '"'
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(fileResult{})); diff != "" {
			t.Errorf("%s: result from reused storage, once it was overwritten (-own copy +reused):\n%s", name, diff)
		}
	}
}

// TestReadFile checks readFile's reading and its use of the storage it is
// given: a file is read whole into that storage when it is large enough
// and into new storage when not, an empty file reads as no bytes, and a file
// over the limit is refused without its bytes.
func TestReadFile(t *testing.T) {
	write := writer(t, t.TempDir())
	small := bytes.Repeat([]byte("a"), 100)
	large := bytes.Repeat([]byte("b"), 64<<10)
	tests := []struct {
		name     string
		data     []byte
		bufCap   int
		found    bool
		wantErr  string // a fragment of the error; "" for none
		wantSame bool   // the bytes land in the given storage
	}{
		{"small, no storage", small, 0, true, "", false},
		{"small, room in storage", small, 4096, true, "", true},
		{"small, not found by a walk", small, 4096, false, "", true},
		{"large, storage too small", large, 4096, true, "", false},
		{"large, exactly room for it and one read more", large, len(large) + 512, true, "", true},
		{"empty", nil, 1024, true, "", true},
		{"at the limit", bytes.Repeat([]byte(" "), int(maxBytes)), 0, true, "", false},
		{"over the limit", bytes.Repeat([]byte(" "), int(maxBytes)+1), 0, true, "the limit is", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := write(strings.ReplaceAll(tt.name, " ", "_")+".json", tt.data)
			buf := make([]byte, 7, tt.bufCap+7)[7:] // storage with no file bytes in it
			got, err := readFile(p, buf, tt.found)
			if tt.wantErr != "" {
				var me *strictjson.MalformedError
				if !errors.As(err, &me) || !strings.Contains(err.Error(), tt.wantErr) || got != nil {
					t.Fatalf("readFile = %d bytes, %v; want no bytes and a json.too_large error saying %q", len(got), err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tt.data) {
				t.Errorf("readFile = %d bytes; want the file's %d", len(got), len(tt.data))
			}
			if same := cap(buf) > 0 && cap(got) > 0 && &buf[:1][0] == &got[:1][0]; same != tt.wantSame {
				t.Errorf("read into the given storage: %v; want %v", same, tt.wantSame)
			}
		})
	}
}

// TestCheckAllReportsEachResultOnce checks the pool's hand-over of results
// where it is busiest: thousands of inputs that fail at once (no file is
// read), so the workers finish together all the time and find another one
// reporting. Every result must be reported exactly once, in input order, and
// a run told to stop must report a prefix of the inputs and return.
func TestCheckAllReportsEachResultOnce(t *testing.T) {
	const n = 5000
	ins := make([]input, n)
	want := make([]string, n)
	for i := range ins {
		want[i] = fmt.Sprintf("in-%04d", i)
		ins[i] = input{name: want[i], err: errors.New("unreadable")}
	}
	e := &env{}
	for _, workers := range []int{2, 3, 8, 32} {
		for _, stopAfter := range []int{-1, 1, 700} {
			var got []string
			prepared := make([]bool, n)
			e.checkAll(ins, "", nil, workers, func(r *fileResult) {
				i, _ := strconv.Atoi(strings.TrimPrefix(r.File, "in-"))
				prepared[i] = true // each input is prepared by one worker only (-race)
			}, func(r fileResult) {
				got = append(got, r.File)
			}, func() bool {
				return stopAfter >= 0 && len(got) >= stopAfter
			})
			switch {
			case stopAfter < 0:
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("%d workers: reported (-inputs +got):\n%s", workers, diff)
				}
			case len(got) < stopAfter || len(got) > stopAfter+min(64*workers, 1024):
				t.Errorf("%d workers, stop after %d: %d reported; want the files under way at most", workers, stopAfter, len(got))
			default:
				if diff := cmp.Diff(want[:len(got)], got); diff != "" {
					t.Errorf("%d workers, stop after %d: reported (-inputs +got):\n%s", workers, stopAfter, diff)
				}
			}
		}
	}
}

// countWrites counts the writes made to it and keeps what they wrote.
type countWrites struct {
	bytes.Buffer
	writes int
}

func (w *countWrites) Write(p []byte) (int, error) {
	w.writes++
	return w.Buffer.Write(p)
}

// invalidPayload returns a corpus payload with one error to print.
func invalidPayload(t *testing.T) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, "examples/testdata/invalid/candidacy.candidate.required.missing.json"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestValidateBatchesOutput checks that "itu validate" writes its text
// output in pieces of about batchSize bytes, not once per file, and that
// what it writes is what writing once per file wrote: each file's lines
// whole, in input order, then the summary.
func TestValidateBatchesOutput(t *testing.T) {
	dir := t.TempDir()
	bad := invalidPayload(t)
	one := filepath.Join(dir, "one.json")
	if err := os.WriteFile(one, bad, 0o644); err != nil {
		t.Fatal(err)
	}
	_, lines, _ := runWorkers(t, 1, "--as-of", corpusAsOf, one)
	lines = strings.TrimSuffix(lines, lastLine(lines)) // the summary
	if lines == "" {
		t.Fatal("the payload has no violation to print")
	}
	many := filepath.Join(dir, "many")
	if err := os.Mkdir(many, 0o755); err != nil {
		t.Fatal(err)
	}
	const files = 400
	var want strings.Builder
	for i := range files {
		name := filepath.Join(many, fmt.Sprintf("%03d.json", i))
		if err := os.WriteFile(name, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		want.WriteString(strings.ReplaceAll(lines, one, name))
	}
	want.WriteString(fmt.Sprintf("%d files: 0 valid, %d invalid; %d errors, 0 warnings\n", files, files, files*strings.Count(lines, "\n")))
	for _, workers := range []int{1, 4} {
		var stdout countWrites
		var stderr bytes.Buffer
		out, errOut := &errWriter{w: &stdout}, &errWriter{w: &stderr}
		e := &env{stdout: out, stderr: errOut, workers: workers}
		finish(e.dispatch([]string{"validate", "--as-of", corpusAsOf, many}), out, errOut)
		if diff := cmp.Diff(want.String(), stdout.String()); diff != "" {
			t.Errorf("%d workers: output differs from the file's own, %d times over (-want +got):\n%s", workers, files, diff)
		}
		// Pieces of at least batchSize bytes, the rest, and the summary.
		if most := stdout.Len()/batchSize + 2; stdout.writes > most {
			t.Errorf("%d workers: %d writes for %d bytes from %d files; want at most %d", workers, stdout.writes, stdout.Len(), files, most)
		}
	}
}

// lastLine returns the last line of s, with its newline.
func lastLine(s string) string {
	s = strings.TrimSuffix(s, "\n")
	return s[strings.LastIndexByte(s, '\n')+1:] + "\n"
}

// TestValidateKeepsStreamsInOrder checks that, with standard output and
// standard error going to one place, a file that cannot be read is reported
// between the lines of the files before it and after it, as when each file
// was written at once: what is gathered for standard output is written
// before anything goes to standard error.
func TestValidateKeepsStreamsInOrder(t *testing.T) {
	dir := t.TempDir()
	bad := invalidPayload(t)
	for _, name := range []string{"a.json", "c.json"} {
		if err := os.WriteFile(filepath.Join(dir, name), bad, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "b.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 3} {
		var both bytes.Buffer
		out, errOut := &errWriter{w: &both}, &errWriter{w: &both}
		e := &env{stdout: out, stderr: errOut, workers: workers}
		finish(e.dispatch([]string{"validate", "--as-of", corpusAsOf, dir}), out, errOut)
		var order []string
		for _, line := range strings.Split(both.String(), "\n") {
			for _, name := range []string{"a.json", "b.json", "c.json"} {
				if strings.Contains(line, name) && !slices.Contains(order, name) {
					order = append(order, name)
				}
			}
		}
		if diff := cmp.Diff([]string{"a.json", "b.json", "c.json"}, order); diff != "" {
			t.Errorf("%d workers: files in the output, by first line (-want +got):\n%s\noutput:\n%s", workers, diff, both.String())
		}
	}
}
