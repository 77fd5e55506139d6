package payload

import (
	"fmt"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/strictjson"
)

// kindError reports a payload whose kind is missing or not one the module
// models. It matches [ErrUnknownKind] and carries its payload.kind
// violation at /kind; made by asMalformed, it holds a *[strictjson.MalformedError]
// with that violation too.
type kindError struct {
	violation itu.Violation
	malformed *strictjson.MalformedError
}

// unknownKind returns the error for a payload whose kind is missing or
// unknown: why says which, and the message adds the kinds there are.
func unknownKind(why string) *kindError {
	return &kindError{violation: check.RuleKind.At("/kind", fmt.Sprintf("%s; want one of %s", why, kindList()))}
}

// asMalformed returns e as [CheckReader] returns it: a payload it cannot
// check, matching [strictjson.ErrMalformed] too.
func (e *kindError) asMalformed() *kindError {
	return &kindError{violation: e.violation, malformed: &strictjson.MalformedError{Violation: e.violation}}
}

// Error returns the violation's message.
func (e *kindError) Error() string { return "payload: " + e.violation.Message }

// Unwrap returns [ErrUnknownKind] and the *strictjson.MalformedError, if any.
func (e *kindError) Unwrap() []error {
	if e.malformed != nil {
		return []error{ErrUnknownKind, e.malformed}
	}
	return []error{ErrUnknownKind}
}

// Violations returns the one violation e carries, so that [itu.Violations] lists it.
func (e *kindError) Violations() []itu.Violation { return []itu.Violation{e.violation} }

// kindList returns the kinds there are, as "a, b, c".
func kindList() string {
	ks := Kinds()
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}
