package itu

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/plenipot/itu/internal/clip"
)

// ErrInvalid is matched by errors.Is for every [ValidationError] that holds at
// least one violation of [Error] severity, and for every such [Violation].
var ErrInvalid = errors.New("invalid")

// ErrMalformed is wrapped by decode errors for input that is not a JSON payload
// at all: empty, not JSON, trailing data, or larger than the decode limit.
var ErrMalformed = errors.New("malformed input")

// MaxViolationsPerRule is the most violations of one rule that one check of
// a record reports; past it, and past [MaxViolations], the rest are counted
// in one [RuleTruncated] violation, so a hostile payload cannot make a
// million violations out of a few thousand items.
const MaxViolationsPerRule = 100

// MaxViolations is the most violations one check of a record reports in
// all, besides the one [RuleTruncated] violation that counts the rest.
const MaxViolations = 1000

// RuleTruncated is the rule of the one violation, at the root path "", that
// says how many violations past [MaxViolationsPerRule] or [MaxViolations]
// were not listed. It carries the severity of the worst of them, so a record
// stays invalid when an error was among them.
var RuleTruncated = DefineRule(Rule{"violations.truncated", Error, "A check lists at most 100 violations of one rule and 1,000 in all; one violation counts the rest, with the severity of the worst of them (a warning when all were warnings).", "hostile-input bound"})

// Severity says whether a violation makes a record invalid.
type Severity int

// Severities. The zero value is [Error], so a violation is an error unless marked.
const (
	Error   Severity = iota // the record is invalid
	Warning                 // worth a look; the record stays valid
)

// String returns "error" or "warning".
func (s Severity) String() string {
	if s == Warning {
		return "warning"
	}
	return "error"
}

// MarshalText encodes s as "error" or "warning".
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes "error" or "warning".
func (s *Severity) UnmarshalText(b []byte) error {
	switch string(b) {
	case "error":
		*s = Error
	case "warning":
		*s = Warning
	default:
		return fmt.Errorf("itu: parse severity %s: want error or warning", clip.Quote(b))
	}
	return nil
}

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
// found with errors.As, the one of a [MalformedError] (so the violations of a
// failed [Decode] are always listed), or nil.
func Violations(err error) []Violation {
	var ve *ValidationError
	if errors.As(err, &ve) {
		if ve == nil {
			return nil
		}
		return ve.Violations
	}
	var me *MalformedError
	if errors.As(err, &me) && me != nil {
		return []Violation{me.Violation}
	}
	return nil
}

// SortViolations orders vs by path (array indexes numerically), then code, then message.
func SortViolations(vs []Violation) {
	slices.SortStableFunc(vs, func(a, b Violation) int {
		if c := comparePaths(a.Path, b.Path); c != 0 {
			return c
		}
		if c := strings.Compare(a.Code, b.Code); c != 0 {
			return c
		}
		return strings.Compare(a.Message, b.Message)
	})
}

func comparePaths(a, b string) int {
	as, bs := strings.Split(a, "/"), strings.Split(b, "/")
	for i := 0; i < len(as) && i < len(bs); i++ {
		if as[i] == bs[i] {
			continue
		}
		x, errx := strconv.Atoi(as[i])
		y, erry := strconv.Atoi(bs[i])
		if errx == nil && erry == nil && x != y {
			return cmp.Compare(x, y)
		}
		return strings.Compare(as[i], bs[i])
	}
	return cmp.Compare(len(as), len(bs))
}

// Result turns a list of violations into the error a Validate method returns:
// nil when none is of [Error] severity, otherwise a sorted *[ValidationError]
// holding all of them, warnings included.
func Result(vs []Violation) error {
	if len(vs) == 0 {
		return nil
	}
	SortViolations(vs)
	e := &ValidationError{Violations: vs}
	if !e.HasErrors() {
		return nil
	}
	return e
}
