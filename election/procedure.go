package election

import (
	"errors"

	"github.com/plenipot/itu/internal/enum"
)

// Procedure is how an election's rounds are counted where the ITU's current
// rules could not be confirmed: how a round fills several seats, whether a
// later round is limited to the leaders, and what a tie does. The zero value
// means every default, documented on each field's type.
//
// Confirmed, and not an option: a round elects whoever reaches the required
// majority, more than half of the valid votes (blank and invalid ballots
// excluded); rounds continue, with withdrawals between them, until the seats
// are filled.
type Procedure struct {
	// Method is how a round fills the open seats; zero means [Majority].
	Method Method `json:"method,omitzero" validate:"valid"`
	// RunoffAfter, when above zero, limits every round after round
	// RunoffAfter to its leaders: the 2×(open seats) candidates with the most
	// votes in round RunoffAfter, all those tied at the cut-off included (for
	// one seat, the top two). Zero, the default, sets no limit: the rule on
	// elimination after the third round is not confirmed.
	RunoffAfter int `json:"runoff_after,omitzero" validate:"min=0,max=50"`
	// Ties is what happens when candidates tie for the last open seats; zero
	// means [TieOpen].
	Ties TieBreak `json:"ties,omitzero" validate:"valid"`
}

// Method is how one round fills the open seats of an election. The zero value
// means "not set" and counts as the default, [Majority].
type Method int

// The seat-filling methods. New values are appended, never reordered.
const (
	// Majority elects, most votes first, the candidates who reach the
	// required majority, up to the number of open seats; seats left open go to
	// later rounds. It is the confirmed rule for one seat, and the default for
	// several, where the mechanics are not confirmed. For several seats a
	// ballot may name several candidates, so the majority is computed from the
	// round's ValidBallots, else from those present and voting less blank and
	// invalid ballots, else the published majority is taken; with none of
	// them the round fills its seats by votes, with a warning
	// ([Election.RequiredMajority]).
	Majority Method = iota + 1
	// Plurality fills the open seats with the candidates with the most votes
	// (at least one vote), majority or not. It is not a confirmed ITU rule.
	Plurality
)

// TieBreak is what a round does when candidates tie for the last open seats.
// The zero value means "not set" and counts as the default, [TieOpen].
type TieBreak int

// The tie rules. New values are appended, never reordered.
const (
	// TieOpen leaves the tied seats open: nobody in the tie is elected in that
	// round, and the tie is reported by [Election.Tally]. A further round, as
	// recorded, decides. The default, since the GR tie rule is not confirmed.
	TieOpen TieBreak = iota + 1
	// TieLots fills the tied seats in the order of the round's Lots, the order
	// a draw by lot gave; tied candidates the draw did not rank stay unelected.
	TieLots
)

// ErrUnknownProcedure is wrapped by errors from [ParseMethod], [ParseTieBreak]
// and [ParseDeadlineRule].
var ErrUnknownProcedure = errors.New("unknown procedure option")

var (
	methods = enum.New(enum.Spec[Method]{Pkg: "election", Type: "Method", What: "method",
		Codes: []string{"", "majority", "plurality"}, Err: ErrUnknownProcedure})
	tieBreaks = enum.New(enum.Spec[TieBreak]{Pkg: "election", Type: "TieBreak", What: "tie rule",
		Codes: []string{"", "open", "lots"}, Err: ErrUnknownProcedure})
)

// IsValid reports whether m is [Majority] or [Plurality].
func (m Method) IsValid() bool { return methods.IsValid(m) }

// String returns "majority" or "plurality".
func (m Method) String() string { return methods.String(m) }

// ParseMethod parses "majority" or "plurality".
func ParseMethod(s string) (Method, error) { return methods.Parse(s) }

// MarshalText encodes m as its code; the zero Method encodes as "".
func (m Method) MarshalText() ([]byte, error) { return methods.MarshalText(m) }

// UnmarshalText decodes a method code; "" decodes to the zero Method.
func (m *Method) UnmarshalText(b []byte) error { return methods.UnmarshalText(m, b) }

// IsValid reports whether t is [TieOpen] or [TieLots].
func (t TieBreak) IsValid() bool { return tieBreaks.IsValid(t) }

// String returns "open" or "lots".
func (t TieBreak) String() string { return tieBreaks.String(t) }

// ParseTieBreak parses "open" or "lots".
func ParseTieBreak(s string) (TieBreak, error) { return tieBreaks.Parse(s) }

// MarshalText encodes t as its code; the zero TieBreak encodes as "".
func (t TieBreak) MarshalText() ([]byte, error) { return tieBreaks.MarshalText(t) }

// UnmarshalText decodes a tie-rule code; "" decodes to the zero TieBreak.
func (t *TieBreak) UnmarshalText(b []byte) error { return tieBreaks.UnmarshalText(t, b) }

// method returns the method in force: Method, or the default.
func (p Procedure) method() Method {
	if p.Method.IsValid() {
		return p.Method
	}
	return Majority
}

// ties returns the tie rule in force: Ties, or the default.
func (p Procedure) ties() TieBreak {
	if p.Ties.IsValid() {
		return p.Ties
	}
	return TieOpen
}
