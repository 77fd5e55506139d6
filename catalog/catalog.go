// Package catalog is the rule catalogue of the module: every rule any package
// defines, with its code, severity, description and legal source, whichever
// packages a program imports. It imports every package that defines rules,
// so [Rules] is complete in any program that links it; RULES.md is generated
// from it and "itu rules" prints it.
//
//	r, ok := catalog.LookupRule("cv.period.order")
//	fmt.Println(ok, r.Severity, r.Source)
package catalog

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/internal/rule"

	// The packages that define rules, each once per rule with rule.Define.
	_ "github.com/plenipot/itu/candidacy"
	_ "github.com/plenipot/itu/correspondence"
	_ "github.com/plenipot/itu/cv"
	_ "github.com/plenipot/itu/election"
	_ "github.com/plenipot/itu/internal/check"
	_ "github.com/plenipot/itu/payload"
	_ "github.com/plenipot/itu/strictjson"
)

// Rules returns every rule of the module, sorted by code. The slice is a
// copy: changing it changes no catalogue.
func Rules() []itu.Rule { return rule.All() }

// LookupRule returns the catalogue entry for code, and whether there is one.
func LookupRule(code string) (itu.Rule, bool) {
	for _, r := range rule.All() {
		if r.Code == code {
			return r, true
		}
	}
	return itu.Rule{}, false
}
