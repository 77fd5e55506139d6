package itu

import (
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/pointer"
)

// MaxPathToken is the most bytes one reference token of a violation's path
// holds, escaped: a longer token (a hostile map key or member name of
// megabytes) is cut and ends in "…", so no path echoes its input in full.
const MaxPathToken = pointer.MaxToken

// MaxMessage is the most bytes a violation's message holds: a longer one,
// built from many hostile values, is cut and ends in "…".
const MaxMessage = 1000

// Rule is one entry of the rule catalogue: a stable code ("cv.period.order"),
// the severity its violations carry, a one-line description and the legal
// source or rationale ("CS No. 62"). Package catalog lists every rule of the
// module.
type Rule struct {
	Code        string   `json:"code"`
	Severity    Severity `json:"severity"`
	Description string   `json:"description"`
	Source      string   `json:"source"`
}

// At returns a violation of r at path with the given message. A path token
// longer than [MaxPathToken] bytes and a message longer than [MaxMessage]
// bytes are cut, each marked with "…".
func (r Rule) At(path, message string) Violation {
	return Violation{Path: pointer.Clip(path), Code: r.Code, Severity: r.Severity, Message: clip.Bytes(message, MaxMessage)}
}
