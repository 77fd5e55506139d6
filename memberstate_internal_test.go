package itu

import (
	"strings"
	"testing"

	"github.com/plenipot/itu/internal/fold"
)

// TestRegistryNameKeys checks that every name form a row derives (short name,
// expanded abbreviations, reordered qualifier, aliases) belongs to that row
// alone, so each form found in a document names one Member State, and that
// no form reads as another row's code, which lookup tries first.
func TestRegistryNameKeys(t *testing.T) {
	owner := map[string]StateCode{}
	for _, m := range registry.states {
		for _, form := range nameForms(m) {
			k := fold.Key(form)
			if k == "" {
				t.Errorf("%s: name form %q folds to an empty key", m.Code, form)
				continue
			}
			if prev, ok := owner[k]; ok && prev != m.Code {
				t.Errorf("name key %q (from %q) is shared by %s and %s", k, form, prev, m.Code)
			}
			owner[k] = m.Code
			if c := StateCode(strings.ToUpper(strings.TrimSpace(form))); c != m.Code && c.IsValid() {
				t.Errorf("%s: name form %q is the code of %s", m.Code, form, c)
			}
		}
	}
	if len(owner) != len(memberStateNames) {
		t.Errorf("registry holds %d name keys, the rows derive %d", len(memberStateNames), len(owner))
	}
}

func TestNameForms(t *testing.T) {
	m, _ := StateCode("KOR").MemberState()
	got := map[string]bool{}
	for _, f := range nameForms(m) {
		got[fold.Key(f)] = true
	}
	for _, want := range []string{"korea (rep of)", "korea (republic of)", "rep of korea", "republic of korea", "korea republic of", "south korea"} {
		if !got[want] {
			t.Errorf("KOR name forms %v lack %q", got, want)
		}
	}
}
