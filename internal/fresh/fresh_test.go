package fresh

import "testing"

// touched is set by TestTouch, which runs before TestProcess in the test
// binary's own process, and by nothing in a fresh one.
var touched bool

func TestTouch(t *testing.T) { touched = true }

// TestProcess checks that the body after Process runs where no earlier test
// ran: TestTouch set touched in the parent process, not in this one.
func TestProcess(t *testing.T) {
	if !Process(t) {
		return
	}
	if touched {
		t.Fatal("the test body ran in a process where TestTouch had run")
	}
}
