package candidacy

import (
	"errors"

	"github.com/plenipot/itu/internal/enum"
)

// Status is where a candidacy stands. The zero value means "not set".
//
// A candidacy's life runs announced, then withdrawn, elected or not elected,
// each from the document that says so. Revised marks the candidacy of a
// document that a revision has replaced ("Revision 1 to Document 8-E"): the
// revision's candidacy is the one that counts (see [Set]).
type Status int

// Candidacy statuses. New values are appended, never reordered.
const (
	Announced  Status = iota + 1 // announced by the Secretary-General
	Withdrawn                    // withdrawn by the proposing Member State
	Elected                      // elected by the conference
	NotElected                   // stood and was not elected
	Revised                      // superseded: a revision of the document announcing it replaces that document
)

// ErrUnknownStatus is wrapped by errors from [ParseStatus].
var ErrUnknownStatus = errors.New("unknown candidacy status")

var statuses = enum.New(enum.Spec[Status]{Pkg: "candidacy", Type: "Status", What: "status",
	Codes: []string{"", "announced", "withdrawn", "elected", "not_elected", "revised"}, Err: ErrUnknownStatus})

// IsValid reports whether s is one of the five statuses.
func (s Status) IsValid() bool { return statuses.IsValid(s) }

// String returns the status code ("announced").
func (s Status) String() string { return statuses.String(s) }

// ParseStatus parses a status code ("announced", "withdrawn", "elected",
// "not_elected", "revised").
func ParseStatus(s string) (Status, error) { return statuses.Parse(s) }

// MustParseStatus is like [ParseStatus] but panics on error; use it for literals in tests.
func MustParseStatus(s string) Status {
	v, err := ParseStatus(s)
	if err != nil {
		panic(err)
	}
	return v
}

// MarshalText encodes s as its code; the zero Status encodes as "".
func (s Status) MarshalText() ([]byte, error) { return statuses.MarshalText(s) }

// UnmarshalText decodes a status code; "" decodes to the zero Status.
func (s *Status) UnmarshalText(b []byte) error { return statuses.UnmarshalText(s, b) }
