package schema

import (
	"fmt"
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
)

// description says what the schema checks and lists, from the rule
// catalogue, the rules only the library checks: those of every package whose
// records the schema describes, the root record's package first.
func (g *generator) description() string {
	var b strings.Builder
	if g.kind != "" {
		fmt.Fprintf(&b, "A %q payload, decoded into the Go type %s of module github.com/plenipot/itu.", g.kind, g.root)
	} else {
		fmt.Fprintf(&b, "A JSON object decoded into the Go type %s.", g.root)
	}
	b.WriteString(" This schema checks member names and JSON types, required members, codes, date, e-mail and document-symbol formats, and length and count bounds.")
	rules := g.libraryRules()
	if len(rules) == 0 {
		b.WriteString(" The library adds no further rules.")
		return b.String()
	}
	b.WriteString(" The library's Check also applies these rules; the schema states those parts of them that need no other value, the date or the registry (bounds, forms, repeats), and leaves the rest to the library:")
	for _, r := range rules {
		fmt.Fprintf(&b, "\n- %s (%s): %s", r.Code, r.Severity, r.Description)
	}
	return b.String()
}

// libraryRules returns the catalogue rules of the described packages.
func (g *generator) libraryRules() []itu.Rule {
	all := catalog.Rules()
	var out []itu.Rule
	for _, pkg := range g.pkgs {
		for _, r := range all {
			if strings.HasPrefix(r.Code, pkg+".") {
				out = append(out, r)
			}
		}
	}
	return out
}
