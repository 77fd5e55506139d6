package itu_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	_ "github.com/plenipot/itu/internal/check" // defines the field.* rules
)

var ruleCode = regexp.MustCompile(`^[a-z_]+(\.[a-z_]+)+$`)

// testRule is not defined in the catalogue: a test rule there would show up
// in anything generated from it.
var testRule = itu.Rule{Code: "test.catalogue.entry", Severity: itu.Warning, Description: "A rule used by this test.", Source: "rule_test.go"}

// TestRuleCatalogue checks every rule linked into this binary: the root
// package's and internal/check's.
func TestRuleCatalogue(t *testing.T) {
	rules := itu.Rules()
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
		if r.Severity != itu.Error && r.Severity != itu.Warning {
			t.Errorf("rule %s: severity %d is neither error nor warning", r.Code, r.Severity)
		}
	}
	if !slices.IsSortedFunc(rules, func(a, b itu.Rule) int { return strings.Compare(a.Code, b.Code) }) {
		t.Error("Rules() is not sorted by code")
	}
	for _, code := range []string{
		"payload.kind", "json.syntax", "json.too_large", "json.unknown_field", "json.duplicate_key", "json.type", "json.value",
		"field.required", "field.too_long", "field.too_many", "field.too_few", "field.text", "field.invalid", "field.range",
	} {
		if !seen[code] {
			t.Errorf("rule %q is missing from the catalogue", code)
		}
	}
}

func TestRulesIsACopy(t *testing.T) {
	rules := itu.Rules()
	for i := range rules {
		rules[i].Code = "changed"
	}
	if r, ok := itu.LookupRule("json.syntax"); !ok || r.Code != "json.syntax" {
		t.Errorf("LookupRule(json.syntax) = %+v, %v after changing a copy", r, ok)
	}
}

func TestLookupRule(t *testing.T) {
	r, ok := itu.LookupRule("payload.kind")
	if !ok {
		t.Fatal("LookupRule(payload.kind) not found")
	}
	if diff := cmp.Diff(itu.RuleKind, r); diff != "" {
		t.Errorf("LookupRule mismatch (-want +got):\n%s", diff)
	}
	for _, code := range []string{"", "json", "nope.nope", "JSON.SYNTAX", "test.catalogue.entry"} {
		if r, ok := itu.LookupRule(code); ok {
			t.Errorf("LookupRule(%q) = %+v, want not found", code, r)
		}
	}
}

func TestRuleAt(t *testing.T) {
	got := testRule.At("/cv/name", `"x" is not a name`)
	want := itu.Violation{Path: "/cv/name", Code: "test.catalogue.entry", Severity: itu.Warning, Message: `"x" is not a name`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("At() mismatch (-want +got):\n%s", diff)
	}
	if itu.RuleJSONSyntax.At("", "m").Severity != itu.Error {
		t.Error("a rule with no severity set does not give errors")
	}
}
