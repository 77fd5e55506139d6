package postname

import (
	"strings"
	"testing"

	"github.com/plenipot/itu/internal/fold"
)

// FuzzLookupJoin checks that LookupJoin, which folds ASCII parts itself,
// answers as folding their concatenation with fold.Key and looking it up.
func FuzzLookupJoin(f *testing.F) {
	f.Add("Director", ", ", "Telecommunication Standardization Bureau")
	f.Add("Director", " of the ", "Radiocommunication Bureau")
	f.Add("the", " ", "Council")
	f.Add("The", ", ", " the Council")
	f.Add("  ", " of ", "TSB")
	f.Add("Director", " ", "TSB)")
	f.Add("Ｄirector", " ", "BR")
	f.Add("Directo", "r ", "BR")
	f.Add("Deputy\tSecretary.", "", "-General")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		want, wantOK := lookupKey([]byte(fold.Key(a + b + c)))
		if got, ok := LookupJoin(a, b, c); got != want || ok != wantOK {
			t.Errorf("LookupJoin(%q, %q, %q) = %v, %v; the folded key gives %v, %v", a, b, c, got, ok, want, wantOK)
		}
		var buf [8]byte
		if k, ok := appendKeyASCII(buf[:0], []string{a, b, c}); ok && string(k) != fold.Key(a+b+c) {
			t.Errorf("appendKeyASCII(%q, %q, %q) = %q, want %q", a, b, c, k, fold.Key(a+b+c))
		}
	})
}

// FuzzCouldName checks the promise of CouldName: when it is false, no string
// of s followed by a space or comma and more words names a post.
func FuzzCouldName(f *testing.F) {
	f.Add("Director", "of the Telecommunication Standardization Bureau")
	f.Add("Researcher", "Engineer")
	f.Add("Deputy", "Secretary-General")
	f.Fuzz(func(t *testing.T, s, more string) {
		if CouldName(s) {
			return
		}
		for _, sep := range []string{"", " ", ", "} {
			if sep == "" && more != "" {
				continue
			}
			if p, ok := lookupKey([]byte(fold.Key(s + sep + more))); ok {
				t.Errorf("CouldName(%q) = false, but the key of %q names %v", s, s+sep+more, p)
			}
			if p, ok := LookupJoin(s, sep, more); ok {
				t.Errorf("CouldName(%q) = false, but LookupJoin(%q, %q, %q) names %v", s, s, sep, more, p)
			}
		}
	})
}

// TestEveryForm checks that every form of the table names its own post,
// whole and given in pieces.
func TestEveryForm(t *testing.T) {
	for i, row := range Rows[1:] {
		for _, f := range row.Forms() {
			if p, ok := Lookup(f); !ok || p != i+1 {
				t.Errorf("Lookup(%q) = %v, %v, want %v", f, p, ok, i+1)
			}
			w, rest, _ := strings.Cut(f, " ")
			if p, ok := LookupJoin(w, " ", rest); !ok || p != i+1 {
				t.Errorf("LookupJoin(%q, \" \", %q) = %v, %v, want %v", w, rest, p, ok, i+1)
			}
		}
	}
}
