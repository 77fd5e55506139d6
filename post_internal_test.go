package itu

import (
	"testing"

	"github.com/plenipot/itu/internal/fold"
	"github.com/plenipot/itu/internal/postname"
)

// FuzzLookupPostPrefilter checks that LookupPost, which asks postname, its
// first-word shortcut first, answers as the code table does: it must agree
// with a plain lookup of the folded key there.
func FuzzLookupPostPrefilter(f *testing.F) {
	for _, row := range postname.Rows[1:] {
		for _, k := range row.Forms() {
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
