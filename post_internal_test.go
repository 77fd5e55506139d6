package itu

import "testing"

// FuzzLookupPostPrefilter checks that LookupPost's first-word shortcut never
// changes an answer: it must agree with a plain lookup of the folded key.
func FuzzLookupPostPrefilter(f *testing.F) {
	for k := range postByKey {
		f.Add(k)
		f.Add("The " + k)
		f.Add("  " + k + " ")
	}
	for _, s := range []string{"Director, TSB", "Director of the Telecommunication Standardization Bureau", "the  Council", "Ｄirector BR", "Deputy\u00a0Secretary-General", ". SG", "Researcher, KT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, wantOK := postByKey[foldKey(s)]
		got, ok := LookupPost(s)
		if got != want || ok != wantOK {
			t.Errorf("LookupPost(%q) = %v, %v; the folded key gives %v, %v", s, got, ok, want, wantOK)
		}
	})
}
