package itu

import (
	"slices"
	"strings"
	"sync"
)

// Rule is one entry of the rule catalogue: a stable code ("cv.period.order"),
// the severity its violations carry, a one-line description and the legal
// source or rationale ("CS No. 62").
type Rule struct {
	Code        string   `json:"code"`
	Severity    Severity `json:"severity"`
	Description string   `json:"description"`
	Source      string   `json:"source"`
}

var catalogue struct {
	sync.Mutex
	rules []Rule
}

// DefineRule adds r to the catalogue and returns it; packages call it once per
// rule in a package-level var. A code defined twice is a defect the catalogue
// tests report.
func DefineRule(r Rule) Rule {
	catalogue.Lock()
	defer catalogue.Unlock()
	catalogue.rules = append(catalogue.rules, r)
	return r
}

// Rules returns the catalogue of every rule defined by the packages linked into
// the program, sorted by code.
func Rules() []Rule {
	catalogue.Lock()
	defer catalogue.Unlock()
	out := slices.Clone(catalogue.rules)
	slices.SortStableFunc(out, func(a, b Rule) int { return strings.Compare(a.Code, b.Code) })
	return out
}

// LookupRule returns the catalogue entry for code.
func LookupRule(code string) (Rule, bool) {
	for _, r := range Rules() {
		if r.Code == code {
			return r, true
		}
	}
	return Rule{}, false
}

// At returns a violation of r at path with the given message.
func (r Rule) At(path, message string) Violation {
	return Violation{Path: path, Code: r.Code, Severity: r.Severity, Message: message}
}
