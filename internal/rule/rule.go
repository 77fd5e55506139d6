// Package rule is the registry behind the rule catalogue: every package that
// defines rules calls [Define] once per rule, and package
// github.com/plenipot/itu/catalog, which imports every such package, reads
// them back with [All]. It is not part of the public API.
package rule

import (
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/plenipot/itu"
)

var registry struct {
	sync.Mutex
	rules []itu.Rule
}

// Define adds r to the registry and returns it; packages call it once per
// rule in a package-level var. A code defined twice is a defect the catalogue
// tests report.
func Define(r itu.Rule) itu.Rule {
	registry.Lock()
	defer registry.Unlock()
	registry.rules = append(registry.rules, r)
	return r
}

// All returns every rule defined by the packages linked into the program,
// sorted by code. Only package catalog, which links every rule-defining
// package, sees the whole catalogue.
func All() []itu.Rule {
	registry.Lock()
	defer registry.Unlock()
	out := slices.Clone(registry.rules)
	slices.SortStableFunc(out, func(a, b itu.Rule) int { return strings.Compare(a.Code, b.Code) })
	return out
}

// Markdown renders rules as RULES.md holds them: one table per code
// prefix ("cv", "candidacy", ...), in the order given. The command line's
// "itu rules --format markdown" and the RULES.md test both use it.
func Markdown(rules []itu.Rule) string {
	var b strings.Builder
	b.WriteString("# Rule catalogue\n\n")
	b.WriteString("Generated from `catalog.Rules()` by `go test ./examples -run TestRulesDoc -update`; do not edit by hand.\n")
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
