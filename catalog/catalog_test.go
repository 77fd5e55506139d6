// The tests of this file import only package catalog (and the standard
// library): whatever else a program imports, the catalogue is complete.
package catalog_test

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/plenipot/itu/catalog"
)

var ruleCode = regexp.MustCompile(`^[a-z_]+(\.[a-z_]+)+$`)

// docCodes returns the codes RULES.md lists, in its order.
func docCodes(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../RULES.md")
	if err != nil {
		t.Fatal(err)
	}
	var codes []string
	for _, m := range regexp.MustCompile("(?m)^\\| `([^`]+)` \\|").FindAllStringSubmatch(string(b), -1) {
		codes = append(codes, m[1])
	}
	return codes
}

// TestRulesComplete is the regression test for a catalogue that listed 7 of
// 94 rules in a program importing only the root package (issue 13): every
// code of RULES.md is in Rules, and Rules holds nothing else.
func TestRulesComplete(t *testing.T) {
	want := docCodes(t)
	if len(want) < 96 {
		t.Fatalf("RULES.md lists %d codes; want at least 96", len(want))
	}
	var got []string
	for _, r := range catalog.Rules() {
		got = append(got, r.Code)
	}
	slices.Sort(want)
	if !slices.Equal(want, got) {
		for _, c := range want {
			if _, ok := catalog.LookupRule(c); !ok {
				t.Errorf("rule %q of RULES.md is missing from the catalogue", c)
			}
		}
		for _, c := range got {
			if !slices.Contains(want, c) {
				t.Errorf("rule %q is not in RULES.md", c)
			}
		}
		t.Errorf("catalogue has %d codes, RULES.md %d", len(got), len(want))
	}
}

func TestRuleCatalogue(t *testing.T) {
	rules := catalog.Rules()
	seen := map[string]bool{}
	for _, r := range rules {
		if seen[r.Code] {
			t.Errorf("rule code %q is defined more than once", r.Code)
		}
		seen[r.Code] = true
		if !ruleCode.MatchString(r.Code) {
			t.Errorf("rule code %q does not match %s", r.Code, ruleCode)
		}
		if strings.TrimSpace(r.Description) == "" || strings.Contains(r.Description, "\n") {
			t.Errorf("rule %s: description %q is empty or not one line", r.Code, r.Description)
		}
		if strings.TrimSpace(r.Source) == "" {
			t.Errorf("rule %s has no source", r.Code)
		}
		if s := r.Severity.String(); s != "error" && s != "warning" || int(r.Severity) > 1 {
			t.Errorf("rule %s: severity %d is neither error nor warning", r.Code, r.Severity)
		}
	}
	for i := 1; i < len(rules); i++ {
		if rules[i-1].Code > rules[i].Code {
			t.Errorf("Rules() is not sorted by code: %q before %q", rules[i-1].Code, rules[i].Code)
		}
	}
}

func TestRulesIsACopy(t *testing.T) {
	rules := catalog.Rules()
	for i := range rules {
		rules[i].Code = "changed"
	}
	if r, ok := catalog.LookupRule("json.syntax"); !ok || r.Code != "json.syntax" {
		t.Errorf("LookupRule(json.syntax) = %+v, %v after changing a copy", r, ok)
	}
}

func TestLookupRule(t *testing.T) {
	tests := []struct {
		name, code string
		want       bool
	}{
		{"root-level kind rule", "payload.kind", true},
		{"decoder", "json.syntax", true},
		{"field", "field.too_many", true},
		{"cv", "cv.period.order", true},
		{"election", "election.round.totals", true},
		{"empty", "", false},
		{"prefix only", "json", false},
		{"unknown", "nope.nope", false},
		{"case matters", "JSON.SYNTAX", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := catalog.LookupRule(tt.code)
			if ok != tt.want || ok && r.Code != tt.code {
				t.Errorf("LookupRule(%q) = %+v, %v; want found %v", tt.code, r, ok, tt.want)
			}
		})
	}
}
