//go:build linux || darwin || freebsd || netbsd || openbsd || dragonfly

package main

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestIssue12NotRegularFiles checks that a FILE which is not a regular file
// is reported and skipped at once, and the files after it are still checked.
// A FIFO with no writer used to block the run for ever.
func TestIssue12NotRegularFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "payload.fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO: %v", err)
	}
	t.Cleanup(func() { unblock(fifo) })
	locked := filepath.Join(dir, "locked.json")
	if err := os.WriteFile(locked, []byte(`{"kind": "cv"}`), 0o000); err != nil {
		t.Fatal(err)
	}
	valid := "examples/testdata/valid/korea-2021-cv.json"
	invalid := filepath.Join(dir, "invalid.json")
	if err := os.WriteFile(invalid, []byte(`{"kind": "cv"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		file     string
		want     string // a fragment of the stderr line
		skip     string // why the row cannot run here, if it cannot
		wantCode int    // with the valid and invalid files after it
	}{
		{"FIFO with no writer", fifo, "is a named pipe (FIFO)", "", exitUsage},
		{"device", os.DevNull, "is a device", "", exitUsage},
		{"directory without payloads", empty, "is a directory holding no payload file", "", exitUsage},
		{"missing", filepath.Join(dir, "missing.json"), "no such file", "", exitUsage},
		{"permission denied", locked, "permission denied", skipIfRoot(), exitUsage},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.skip != "" {
				t.Skip(tt.skip)
			}
			r := runBin(t, nil, "validate", "--as-of", corpusAsOf, tt.file, valid, invalid)
			if r.code != tt.wantCode {
				t.Errorf("exit %d; want %d (the worst of unreadable, valid, invalid)", r.code, tt.wantCode)
			}
			assertCleanStderr(t, r, 1)
			if !strings.Contains(r.stderr, tt.want) || !strings.Contains(r.stderr, escape(tt.file)) {
				t.Errorf("stderr = %q; want it to name %s and say %q", r.stderr, tt.file, tt.want)
			}
			if out := lines(r.stdout); len(out) == 0 || !strings.HasPrefix(out[len(out)-1], "3 files: 1 valid, 1 invalid, 1 unreadable; ") {
				t.Errorf("stdout = %q; want the later files checked: 3 files, 1 valid, 1 invalid, 1 unreadable", r.stdout)
			}
			if r.took > 20*time.Second {
				t.Errorf("took %v; a file that is not regular must be refused at once", r.took)
			}
		})
	}
	t.Run("tally of a FIFO", func(t *testing.T) {
		assertOneLineError(t, runBin(t, nil, "tally", fifo))
	})
	t.Run("readInput of a FIFO returns at once", func(t *testing.T) {
		done := make(chan error, 1)
		go func() {
			_, err := (&env{}).readInput(fifo)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "named pipe") {
				t.Errorf("readInput(FIFO) = %v; want a named-pipe error", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatal("readInput(FIFO) still waiting after 10s")
		}
	})
}

// skipIfRoot returns why a permission test cannot run: root reads anything.
func skipIfRoot() string {
	if os.Geteuid() == 0 {
		return "running as root, which reads any file"
	}
	return ""
}

// unblock opens the FIFO for writing and closes it, releasing any reader
// still waiting on it so a failed test does not leave one behind.
func unblock(fifo string) {
	if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
		f.Close()
	}
}

// TestReadFileOpensWithoutWaiting checks readFile on names a directory walk
// saw as regular files (found), which it opens with no stat before: a FIFO
// or a directory put in a file's place meanwhile is refused at once, not
// waited on; a missing file and a name holding a NUL byte are errors; and
// every file it opens it closes, whatever it finds.
func TestReadFileOpensWithoutWaiting(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("cannot make a FIFO: %v", err)
	}
	t.Cleanup(func() { unblock(fifo) })
	sub := filepath.Join(dir, "directory.json")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	valid := filepath.Join(dir, "valid.json")
	if err := os.WriteFile(valid, []byte(`{"kind": "cv"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		path    string
		wantErr string // a fragment of the error; "" for none
		wantIs  error  // what the error matches, when it is a system call's
	}{
		{"FIFO", fifo, "is a named pipe (FIFO)", nil},
		{"directory", sub, "is a directory", nil},
		{"missing", filepath.Join(dir, "missing.json"), "no such file", fs.ErrNotExist},
		{"NUL in the name", dir + "/a\x00b.json", "invalid argument", syscall.EINVAL},
		{"regular", valid, "", nil},
	}
	const calls = 200
	before := openFiles(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan error, 1)
			go func() {
				var err error
				for range calls {
					if _, err = readFile(tt.path, nil, true); (err == nil) != (tt.wantErr == "") {
						break
					}
				}
				done <- err
			}()
			var err error
			select {
			case err = <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("readFile has not returned after 20 s; it must not wait on what it opens")
			}
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("readFile = %v; want the file's bytes", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("readFile = %v; want an error saying %q", err, tt.wantErr)
			case tt.wantIs != nil && !errors.Is(err, tt.wantIs):
				t.Errorf("readFile = %v; want an error matching %v", err, tt.wantIs)
			}
		})
	}
	// Each row opened its file calls times, so a descriptor left open by any
	// path shows as hundreds more; a few may come and go with the runtime.
	if after := openFiles(t); after-before > calls/4 {
		t.Errorf("%d files open after %d calls of readFile, %d before; readFile must close what it opens", after, len(tests)*calls, before)
	}
}

// openFiles returns how many file descriptors the process has open, or
// skips the test where it cannot tell.
func openFiles(t *testing.T) int {
	t.Helper()
	for _, d := range []string{"/proc/self/fd", "/dev/fd"} {
		if es, err := os.ReadDir(d); err == nil {
			return len(es)
		}
	}
	t.Skip("cannot count open files here: neither /proc/self/fd nor /dev/fd can be read")
	return 0
}
