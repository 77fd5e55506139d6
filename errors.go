package itu

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/plenipot/itu/internal/enum"
)

// ErrInvalid is matched by errors.Is for every [ValidationError] that holds at
// least one violation of [Error] severity, and for every such [Violation].
var ErrInvalid = errors.New("invalid")

// Severity says whether a violation makes a record invalid.
type Severity int

// Severities. The zero value is [Error], so a violation is an error unless marked.
const (
	Error   Severity = iota // the record is invalid
	Warning                 // worth a look; the record stays valid
)

// severities is the code table behind the Severity methods.
var severities = enum.New(enum.Spec[Severity]{Pkg: "itu", Type: "Severity", What: "severity",
	Codes: []string{"error", "warning"}, ZeroValid: true, Err: errUnknownSeverity})

// errUnknownSeverity is wrapped by errors from [Severity.UnmarshalText].
var errUnknownSeverity = errors.New("unknown severity")

// IsValid reports whether s is [Error] or [Warning].
func (s Severity) IsValid() bool { return severities.IsValid(s) }

// String returns "error" or "warning", or "Severity(n)" when s is invalid.
func (s Severity) String() string { return severities.String(s) }

// MarshalText encodes s as "error" or "warning".
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText decodes "error" or "warning".
func (s *Severity) UnmarshalText(b []byte) error { return severities.UnmarshalText(s, b) }

// Violation is one broken rule: where (a JSON Pointer, RFC 6901, in JSON field
// names), which rule (a stable code from the catalogue), how bad, and a plain
// English message naming the bad value and what would be valid.
type Violation struct {
	Path     string   `json:"path"`
	Code     string   `json:"code"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
}

// Error returns "/cv/career/3/end: message [code]", with "warning: " in front of warnings.
func (v Violation) Error() string {
	p := v.Path
	if p == "" {
		p = "/"
	}
	w := ""
	if v.Severity == Warning {
		w = "warning: "
	}
	return w + p + ": " + v.Message + " [" + v.Code + "]"
}

// Is reports whether target is [ErrInvalid] and v is of [Error] severity.
func (v Violation) Is(target error) bool { return target == ErrInvalid && v.Severity == Error }

// ValidationError lists every violation found in one record, in path order.
// It matches errors.Is(err, ErrInvalid) when any violation is an error.
// Every method accepts a nil *ValidationError, which holds no violations.
type ValidationError struct {
	Violations []Violation
}

// Error joins the violations with "; ".
func (e *ValidationError) Error() string {
	if e == nil {
		return "itu: 0 violations"
	}
	var b strings.Builder
	n := len(e.Violations)
	fmt.Fprintf(&b, "itu: %d violation", n)
	if n != 1 {
		b.WriteByte('s')
	}
	for i, v := range e.Violations {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString(v.Error())
	}
	return b.String()
}

// Is reports whether target is [ErrInvalid] and e holds an error-severity violation.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid && e.HasErrors() }

// Unwrap returns each violation as an error, so errors.As finds a [Violation].
func (e *ValidationError) Unwrap() []error {
	if e == nil {
		return nil
	}
	out := make([]error, len(e.Violations))
	for i, v := range e.Violations {
		out[i] = v
	}
	return out
}

// HasErrors reports whether any violation is of [Error] severity.
func (e *ValidationError) HasErrors() bool {
	if e == nil {
		return false
	}
	return slices.ContainsFunc(e.Violations, func(v Violation) bool { return v.Severity == Error })
}

// Has reports whether some violation carries the rule code.
func (e *ValidationError) Has(code string) bool {
	if e == nil {
		return false
	}
	return slices.ContainsFunc(e.Violations, func(v Violation) bool { return v.Code == code })
}

// Errors returns the violations of [Error] severity.
func (e *ValidationError) Errors() []Violation { return e.filter(Error) }

// Warnings returns the violations of [Warning] severity.
func (e *ValidationError) Warnings() []Violation { return e.filter(Warning) }

func (e *ValidationError) filter(s Severity) []Violation {
	if e == nil {
		return nil
	}
	var out []Violation
	for _, v := range e.Violations {
		if v.Severity == s {
			out = append(out, v)
		}
	}
	return out
}

// MarshalJSON encodes e as {"valid": bool, "violations": [...]}.
func (e *ValidationError) MarshalJSON() ([]byte, error) {
	var vs []Violation
	if e != nil {
		vs = e.Violations
	}
	if vs == nil {
		vs = []Violation{}
	}
	return json.Marshal(struct {
		Valid      bool        `json:"valid"`
		Violations []Violation `json:"violations"`
	}{!e.HasErrors(), vs})
}

// Violations returns the violations held by err: those of a [ValidationError]
// found with errors.As, else those of the first error in err's chain with a
// Violations() []Violation method (so the one violation of a
// strictjson.MalformedError, from a failed strictjson.Decode, is always
// listed), or nil.
func Violations(err error) []Violation {
	var ve *ValidationError
	if errors.As(err, &ve) {
		if ve == nil {
			return nil
		}
		return ve.Violations
	}
	var one interface{ Violations() []Violation }
	if errors.As(err, &one) {
		return one.Violations()
	}
	return nil
}
