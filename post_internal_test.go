package itu

import (
	"testing"

	"github.com/plenipot/itu/internal/fold"
	"github.com/plenipot/itu/internal/postname"
)

// FuzzLookupPostPrefilter checks that LookupPost, which asks postname, its
// first-word shortcut first, answers as a plain map of every written form's
// fold.Key does.
func FuzzLookupPostPrefilter(f *testing.F) {
	forms := map[string]Post{}
	for i, row := range postname.Rows[1:] {
		for _, k := range row.Forms() {
			if p, taken := forms[fold.Key(k)]; taken && p != Post(i+1) {
				f.Fatalf("%q folds as a written form of %v does", k, p)
			}
			forms[fold.Key(k)] = Post(i + 1)
		}
	}
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
		want, wantOK := forms[fold.Key(s)]
		got, ok := LookupPost(s)
		if got != want || ok != wantOK {
			t.Errorf("LookupPost(%q) = %v, %v; the folded key gives %v, %v", s, got, ok, want, wantOK)
		}
	})
}
