package itu

import (
	"slices"
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

// lookupStateBefore is lookupState as it was before it folded into a buffer
// (strings.ToUpper for the code, fold.Key for the names): the oracle of
// TestLookupStateUnchanged.
func lookupStateBefore(s string) (int, bool) {
	if i, ok := registry.byCode[StateCode(strings.ToUpper(strings.TrimSpace(s)))]; ok {
		return i, true
	}
	k := fold.Key(s)
	find := func(keys []nameKey, k string) (int, bool) {
		i, ok := slices.BinarySearchFunc(keys, k, func(e nameKey, k string) int { return strings.Compare(e.key, k) })
		if !ok {
			return 0, false
		}
		return keys[i].state, true
	}
	if i, ok := find(memberStateNames[:], k); ok {
		return i, true
	}
	if i, ok := find(cldrStateNames[:], k); ok && i >= 0 {
		return i, true
	}
	// lookupQualified as it was, on strings.
	if notMemberStates[k] {
		return 0, false
	}
	var base, qualifier string
	if j := strings.LastIndex(k, " ("); j > 0 && strings.HasSuffix(k, ")") {
		base, qualifier = k[:j], k[j+len(" ("):len(k)-1]
	} else if j := strings.LastIndex(k, " of "); j > 0 {
		base, qualifier = k[j+len(" of "):], k[:j+len(" of")]
	} else {
		return 0, false
	}
	words := strings.Fields(qualifier)
	if len(words) < 2 || (words[len(words)-1] != "of" && !slices.Equal(words[len(words)-2:], []string{"of", "the"})) {
		return 0, false
	}
	for _, w := range words {
		if !governmentWords[w] {
			return 0, false
		}
	}
	return find(memberStateNames[:], strings.TrimPrefix(base, "the "))
}

// TestLookupStateUnchanged checks lookupState against lookupStateBefore on
// every code and name the tables hold, written in other cases and with ITU
// qualifiers, on the runs of words a mission's name gives, and on text that
// only upper-casing makes a code.
func TestLookupStateUnchanged(t *testing.T) {
	var inputs []string
	for _, m := range registry.states {
		c := string(m.Code)
		inputs = append(inputs, c, strings.ToLower(c), " "+c[:1]+strings.ToLower(c[1:])+" ")
	}
	for _, table := range [][]nameKey{memberStateNames[:], cldrStateNames[:]} {
		for _, n := range table {
			inputs = append(inputs, n.key, strings.ToUpper(n.key), n.key+" (Republic of)", "Federal Republic of "+n.key, "the "+n.key, n.key+"x")
		}
	}
	mission := strings.Fields("Permanent Mission of the Republic of Korea to the United Nations Office and other international organizations in Geneva")
	for i := range mission {
		for j := i + 1; j <= len(mission); j++ {
			inputs = append(inputs, strings.Join(mission[i:j], " "))
		}
	}
	inputs = append(inputs, "", " ", "ko", "KORE", "koſ", "ſwe", "Republic of China", "china (republic of)", strings.Repeat("Korea ", 40), "Corée du Sud", "大韩民国", "Ko\u0301r", "Republic\tof Korea", "Korea\n(Republic  of)", "Federal\u00a0Republic of Germany", "Lithuania ( Republic of )")
	for _, s := range inputs {
		gi, gok := lookupState(s)
		wi, wok := lookupStateBefore(s)
		if gi != wi || gok != wok {
			t.Errorf("lookupState(%q) = %d, %v; before it was %d, %v", s, gi, gok, wi, wok)
		}
	}
}

// TestLookupStateMissAllocates checks that a miss on ASCII text, what a
// mission's runs of words mostly are, allocates nothing.
func TestLookupStateMissAllocates(t *testing.T) {
	for _, s := range []string{"the Republic of Korea to the United Nations", "Permanent Mission", "xyz", "Nations Office (Geneva)"} {
		if n := testing.AllocsPerRun(20, func() { lookupState(s) }); n != 0 {
			t.Errorf("lookupState(%q): %v allocations; want none", s, n)
		}
	}
}

// TestLookupStateCode checks that LookupStateCode finds what
// LookupMemberState finds, for every code and name in the registry and for
// misses, and that on ASCII text it allocates nothing, hit or miss.
func TestLookupStateCode(t *testing.T) {
	inputs := []string{"", "Korea", "Kosovo", "Permanent Mission of the Republic of Korea", "Corée du Sud", "韩国"}
	for _, m := range registry.states {
		inputs = append(inputs, string(m.Code), m.Name)
		inputs = append(inputs, m.Aliases...)
	}
	for _, s := range inputs {
		m, wok := LookupMemberState(s)
		c, ok := LookupStateCode(s)
		if c != m.Code || ok != wok {
			t.Errorf("LookupStateCode(%q) = %q, %v; LookupMemberState finds %q, %v", s, c, ok, m.Code, wok)
		}
	}
	for _, s := range []string{"Republic of Korea", "KOR", "Korea (Rep. of)", "the Republic of Korea to the United Nations"} {
		if n := testing.AllocsPerRun(20, func() { LookupStateCode(s) }); n != 0 {
			t.Errorf("LookupStateCode(%q): %v allocations; want none", s, n)
		}
	}
}
