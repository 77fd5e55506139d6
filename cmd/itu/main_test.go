package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// bin is the itu binary TestMain builds once for the end-to-end tests.
var bin string

// repoRoot is the module root, where the binary runs so paths read as in the README.
var repoRoot, _ = filepath.Abs(filepath.Join("..", ".."))

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "itu-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	bin = filepath.Join(dir, "itu")
	out, err := exec.Command(goTool(), "build", "-o", bin, ".").CombinedOutput()
	if err != nil {
		fmt.Fprintf(os.Stderr, "go build ./cmd/itu: %v\n%s", err, out)
		os.RemoveAll(dir)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// goTool returns the go command that runs the tests.
func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(os.Getenv("GOROOT"), "bin", "go")
}

// result is what one run of the binary did.
type result struct {
	stdout, stderr string
	code           int
	took           time.Duration
}

// runBin runs the built binary in the module root with args and stdin (may be nil).
func runBin(t *testing.T, stdin io.Reader, args ...string) result {
	t.Helper()
	return execIn(t, stdin, bin, args...)
}

// execIn runs name with args in the module root, failing t if it cannot start
// or takes more than a minute.
func execIn(t *testing.T, stdin io.Reader, name string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = repoRoot
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := result{stdout: stdout.String(), stderr: stderr.String(), took: time.Since(start)}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.code = ee.ExitCode()
	case err != nil:
		t.Fatalf("%s %s: %v", name, strings.Join(args, " "), err)
	}
	if ctx.Err() != nil {
		t.Fatalf("%s %s: still running after a minute", name, strings.Join(args, " "))
	}
	return r
}

// lines splits output into lines, dropping the final newline.
func lines(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(strings.TrimSuffix(s, "\n"), "\n")
}

// assertOneLineError fails t unless r exited 2 with exactly one line on
// standard error that starts with "itu" and shows no Go runtime trace.
func assertOneLineError(t *testing.T, r result) {
	t.Helper()
	if r.code != exitUsage {
		t.Errorf("exit status = %d; want %d (stderr %q)", r.code, exitUsage, r.stderr)
	}
	assertCleanStderr(t, r, 1)
}

// assertCleanStderr fails t unless standard error holds n lines, each
// starting with "itu", and no panic or goroutine trace.
func assertCleanStderr(t *testing.T, r result, n int) {
	t.Helper()
	got := lines(r.stderr)
	if len(got) != n {
		t.Errorf("stderr has %d lines; want %d:\n%s", len(got), n, r.stderr)
	}
	for _, l := range got {
		if !strings.HasPrefix(l, "itu") {
			t.Errorf("stderr line %q does not start with \"itu\"", l)
		}
	}
	for _, bad := range []string{"goroutine", "panic", "runtime."} {
		if strings.Contains(r.stderr+r.stdout, bad) {
			t.Errorf("output mentions %q:\nstdout:\n%s\nstderr:\n%s", bad, r.stdout, r.stderr)
		}
	}
}
