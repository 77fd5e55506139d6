package candidacy

import (
	"slices"
	"strings"
	"testing"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/internal/space"
)

// FuzzQuotes checks that the quoter, which looks for a claim's words in the
// paragraphs as written before collapsing them, answers as collapsing every
// paragraph and the words would.
func FuzzQuotes(f *testing.F) {
	f.Add("has served as the Director", "Dr Lee has served as the Director of TSB")
	f.Add("served  as", "has served\tas the")
	f.Add("a b", "a  b")
	f.Add("\x85b", "a\u0085b")
	f.Add("b", "a\u00a0b")
	f.Add(" a ", "ba")
	f.Add("", "")
	f.Fuzz(func(t *testing.T, s, text string) {
		ps := strings.Split(text, "|")
		q := &quoter{d: Dossier{Letter: &correspondence.Letter{Text: ps}}, memo: len(s)%2 == 0}
		want := false
		for _, p := range ps {
			want = want || strings.Contains(space.Collapse(p), space.Collapse(s))
		}
		for range 2 { // the second answer is remembered, when memo is set
			if got := q.quotes(itu.KindLetter, s); got != want {
				t.Fatalf("quotes(%q) in %q = %v, want %v", s, ps, got, want)
			}
		}
	})
}

// FuzzPostsNamed checks that postsNamed, which folds a CV line's title and
// unit once and looks its forms up from the pieces, finds what building
// each form and looking it up whole finds.
func FuzzPostsNamed(f *testing.F) {
	f.Add("Director", "Telecommunication Standardization Bureau (TSB)")
	f.Add("Director", "TSB")
	f.Add("the Director", "(BR)")
	f.Add("Member", "Radio Regulations Board")
	f.Add("Deputy", "Secretary-General")
	f.Add("Council", "")
	f.Add("Chairman", "ITU-T SG13")
	f.Add("Director", "the Radiocommunication Bureau")
	f.Add("Dİrector", "BR")
	f.Fuzz(func(t *testing.T, title, unit string) {
		u := strings.TrimSpace(unit)
		full, abbr, _ := strings.Cut(u, "(")
		full = strings.TrimSpace(full)
		abbr = strings.TrimSuffix(strings.TrimSpace(abbr), ")")
		want := postsNamedSlow(nil, title, u, full, abbr)
		if got := postsNamed(nil, title, unit); !slices.Equal(got, want) {
			t.Errorf("postsNamed(%q, %q) = %v; the forms built whole name %v", title, unit, got, want)
		}
	})
}
