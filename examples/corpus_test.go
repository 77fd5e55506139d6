package examples_test

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/catalog"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/rule"
	"github.com/plenipot/itu/itutest"
)

var update = flag.Bool("update", false, "rewrite golden files and RULES.md")

// corpusAsOf is the date the shipped corpus is validated on: the close of PP-22.
var corpusAsOf = civil.MustParseDate("2022-10-14")

func TestCorpus(t *testing.T) {
	itutest.Corpus{Dir: "testdata", Options: []itu.Option{itu.AsOf(corpusAsOf)}, Update: *update, NamedRules: true}.Run(t)
}

// TestEveryRuleHasAnInvalidCase fails when a rule in the catalogue has no
// invalid payload in the corpus that produces it.
func TestEveryRuleHasAnInvalidCase(t *testing.T) {
	vs, err := itutest.Goldens("testdata")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, v := range vs {
		seen[v.Code] = true
	}
	var missing []string
	for _, r := range catalog.Rules() {
		if !seen[r.Code] {
			missing = append(missing, r.Code)
		}
	}
	if len(missing) > 0 {
		t.Errorf("%d rules have no invalid case under testdata/invalid: %s", len(missing), strings.Join(missing, ", "))
	}
	for code := range seen {
		if _, ok := catalog.LookupRule(code); !ok {
			t.Errorf("a golden file names code %q, which is not in the catalogue", code)
		}
	}
}

// TestRulesDoc fails when RULES.md is not what the catalogue generates; run
// `go test ./examples -run TestRulesDoc -update` to rewrite it.
func TestRulesDoc(t *testing.T) {
	want := rule.Markdown(catalog.Rules())
	if *update {
		if err := os.WriteFile("../RULES.md", []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile("../RULES.md")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != want {
		t.Errorf("RULES.md is stale; run: go test ./examples -run TestRulesDoc -update")
	}
}
