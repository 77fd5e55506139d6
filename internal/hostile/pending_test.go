package hostile

import "testing"

// pendingIssue12 lists the tests of issue 12 whose fix had not landed when
// they were written, by full test name, with what fails: each is skipped so
// that 'go test ./...' stays green. Delete a line when its fix lands; the
// test then runs as written.
var pendingIssue12 = map[string]string{}

// skipPending skips t when it is listed in pendingIssue12.
func skipPending(t *testing.T) {
	t.Helper()
	if why, ok := pendingIssue12[t.Name()]; ok {
		t.Skip("issue 12: " + why + ", see lead")
	}
}
