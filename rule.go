package itu

import (
	"fmt"
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

// At returns a violation of r at path with the given message. A path token
// longer than [MaxPathToken] bytes and a message longer than [MaxMessage]
// bytes are cut, each marked with "…".
func (r Rule) At(path, message string) Violation {
	return Violation{Path: clipPointer(path), Code: r.Code, Severity: r.Severity, Message: clipMessage(message)}
}

// RulesMarkdown renders rules as RULES.md holds them: one table per code
// prefix ("cv", "candidacy", ...), in the order given. The command line's
// "itu rules --format markdown" and the RULES.md test both use it.
func RulesMarkdown(rules []Rule) string {
	var b strings.Builder
	b.WriteString("# Rule catalogue\n\n")
	b.WriteString("Generated from `itu.Rules()` by `go test ./examples -run TestRulesDoc -update`; do not edit by hand.\n")
	b.WriteString("Every violation carries one of these codes. Warnings never make a record invalid.\n")
	var groups []string
	for _, r := range rules {
		g, _, _ := strings.Cut(r.Code, ".")
		if !slices.Contains(groups, g) {
			groups = append(groups, g)
		}
	}
	cell := strings.NewReplacer("|", "\\|", "\n", " ")
	for _, g := range groups {
		fmt.Fprintf(&b, "\n## %s\n\n| code | severity | rule | source |\n|---|---|---|---|\n", g)
		for _, r := range rules {
			if strings.HasPrefix(r.Code, g+".") {
				fmt.Fprintf(&b, "| `%s` | %s | %s | %s |\n", r.Code, r.Severity, cell.Replace(r.Description), cell.Replace(r.Source))
			}
		}
	}
	return b.String()
}
