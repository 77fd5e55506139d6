// Package fresh runs a test again in a process of its own, for tests of
// what happens the first time a process uses something: a table or pattern
// built on first use, which an earlier test in the same process would
// already have built. Tests only.
package fresh

import (
	"os"
	"os/exec"
	"testing"
)

// env marks the process that runs the test afresh.
const env = "ITU_FRESH_PROCESS"

// Process reports whether the calling test runs in a fresh process. The
// first time, in the test binary's own process, it runs the test binary
// again with only t's test selected, fails t with the new process's output
// when that fails, and returns false: the caller returns. In the new process
// it returns true, and the caller goes on with the test.
func Process(t *testing.T) bool {
	t.Helper()
	if os.Getenv(env) == t.Name() {
		return true
	}
	cmd := exec.Command(os.Args[0], "-test.run=^"+t.Name()+"$", "-test.count=1")
	cmd.Env = append(os.Environ(), env+"="+t.Name())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("fresh process: %v\n%s", err, out)
	}
	return false
}
