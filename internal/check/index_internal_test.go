package check

import (
	"strconv"
	"testing"
)

// TestIndexTokens checks the tokens of the first list indexes, cut from one
// string at start-up, against strconv.Itoa.
func TestIndexTokens(t *testing.T) {
	for i, tok := range indexTokens {
		if tok != strconv.Itoa(i) {
			t.Errorf("indexTokens[%d] = %q, want %q", i, tok, strconv.Itoa(i))
		}
	}
}
