package election

import (
	"github.com/plenipot/itu/internal/enum"
)

// DeadlineRule is the rule that closed a conference's candidatures. The zero
// value means "not set" and counts as the default, [DeadlineGR170], the rule
// in force since PP-10.
type DeadlineRule int

// The candidature deadline rules. New values are appended, never reordered.
const (
	// DeadlineGR170 closes candidatures at 23:59 Geneva time on the 28th day
	// before the opening (General Rules No. 170), computed from the opening
	// unless DeadlineOverride is set. The default.
	DeadlineGR170 DeadlineRule = iota + 1
	// DeadlineFixed closes candidatures at a fixed instant before the
	// opening, DeadlineOverride, set by a rule not confirmed in a source:
	// PP-06 closed them on 9 October 2006, "a major departure from previous
	// practice".
	DeadlineFixed
	// DeadlineInConference closes candidatures during the conference, at the
	// instant DeadlineOverride in the host's time zone, as the conference
	// itself set it: PP-98 at 18:00 on 19 October 1998, PP-02 at 18:00 on
	// 27 September 2002.
	DeadlineInConference
	// DeadlineUnknown says no source gives the conference's deadline: the
	// deadline is unknown unless DeadlineOverride is set, and not checked.
	DeadlineUnknown
)

var deadlineRules = enum.New(enum.Spec[DeadlineRule]{Pkg: "election", Type: "DeadlineRule", What: "deadline rule",
	Codes: []string{"", "gr170", "fixed", "in_conference", "unknown"}, Err: ErrUnknownProcedure})

// IsValid reports whether d is one of the deadline rules.
func (d DeadlineRule) IsValid() bool { return deadlineRules.IsValid(d) }

// String returns "gr170", "fixed", "in_conference" or "unknown".
func (d DeadlineRule) String() string { return deadlineRules.String(d) }

// ParseDeadlineRule parses "gr170", "fixed", "in_conference" or "unknown".
func ParseDeadlineRule(s string) (DeadlineRule, error) { return deadlineRules.Parse(s) }

// MarshalText encodes d as its code; the zero DeadlineRule encodes as "".
func (d DeadlineRule) MarshalText() ([]byte, error) { return deadlineRules.MarshalText(d) }

// UnmarshalText decodes a deadline rule code; "" decodes to the zero DeadlineRule.
func (d *DeadlineRule) UnmarshalText(b []byte) error { return deadlineRules.UnmarshalText(d, b) }

// inForce returns the rule in force: d, or the default.
func (d DeadlineRule) inForce() DeadlineRule {
	if d.IsValid() {
		return d
	}
	return DeadlineGR170
}
