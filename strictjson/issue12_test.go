package strictjson_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/strictjson"
)

// TestDecodeReaderNilIssue12 is the regression test for DecodeReader(nil)
// panicking: it is malformed input, not a crash.
func TestDecodeReaderNilIssue12(t *testing.T) {
	var v struct{ A string }
	err := strictjson.DecodeReader(nil, &v)
	var me *strictjson.MalformedError
	if !errors.As(err, &me) || !errors.Is(err, strictjson.ErrMalformed) {
		t.Fatalf("DecodeReader(nil) = %v; want a *MalformedError", err)
	}
	if diff := cmp.Diff(strictjson.RuleJSONSyntax.Code, me.Violation.Code); diff != "" {
		t.Errorf("code (-want +got):\n%s", diff)
	}
}
