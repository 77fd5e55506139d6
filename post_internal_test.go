package itu

import (
	"testing"

	"github.com/plenipot/itu/internal/fold"
)

// FuzzLookupPostPrefilter checks that LookupPost's first-word shortcut never
// changes an answer: it must agree with a plain lookup of the folded key.
func FuzzLookupPostPrefilter(f *testing.F) {
	for _, row := range postTable[1:] {
		for _, k := range append([]string{row.code, row.name}, row.aliases...) {
			f.Add(k)
			f.Add("The " + k)
			f.Add("  " + k + " ")
		}
	}
	for _, s := range []string{"Director, TSB", "Director of the Telecommunication Standardization Bureau", "the  Council", "Ｄirector BR", "Deputy\u00a0Secretary-General", ". SG", "Researcher, KT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want, wantOK := posts.LookupKey(fold.Key(s))
		got, ok := LookupPost(s)
		if got != want || ok != wantOK {
			t.Errorf("LookupPost(%q) = %v, %v; the folded key gives %v, %v", s, got, ok, want, wantOK)
		}
	})
}

// FuzzCouldNamePost checks the promise of couldNamePost: when it is false, no
// string of s followed by a space or comma and more words names a post.
func FuzzCouldNamePost(f *testing.F) {
	f.Add("Director", "of the Telecommunication Standardization Bureau")
	f.Add("Researcher", "Engineer")
	f.Add("Deputy", "Secretary-General")
	f.Fuzz(func(t *testing.T, s, more string) {
		if couldNamePost(s) {
			return
		}
		for _, sep := range []string{" ", ", "} {
			if p, ok := LookupPost(s + sep + more); ok {
				t.Errorf("couldNamePost(%q) = false, but %q names %v", s, s+sep+more, p)
			}
			if p, ok := posts.LookupKey(fold.Key(s + sep + more)); ok {
				t.Errorf("couldNamePost(%q) = false, but the key of %q names %v", s, s+sep+more, p)
			}
		}
	})
}
