package postname

import (
	"strings"
	"testing"

	"github.com/plenipot/itu/internal/fold"
)

// words returns the pieces AppendWords makes of ss, and whether all are ASCII.
func words(ss ...string) ([][]byte, bool) {
	var out [][]byte
	for _, s := range ss {
		w, ok := AppendWords(nil, s)
		if !ok {
			return nil, false
		}
		out = append(out, w)
	}
	return out, true
}

// FuzzLookupWords checks that LookupWords, given pieces folded once each by
// AppendWords, answers as folding the pieces joined by spaces with fold.Key
// and looking that up; and that the pieces hold the words fold.Key writes.
func FuzzLookupWords(f *testing.F) {
	f.Add("Director", "", "Telecommunication Standardization Bureau")
	f.Add("Director", "of the", "Radiocommunication Bureau")
	f.Add("the", "", "Council")
	f.Add("The", ",", " the Council")
	f.Add("  ", "of", "TSB")
	f.Add("Director", "", "TSB)")
	f.Add("Ｄirector", "", "BR")
	f.Add("Directo", "r", "BR")
	f.Add("Deputy\tSecretary.", "", "-General")
	f.Add("the the", "", "council")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		ps, ok := words(a, b, c)
		if !ok {
			return
		}
		joined := a + " " + b + " " + c
		want, wantOK := lookupKey([]byte(fold.Key(joined)))
		if got, ok := LookupWords(ps...); got != want || ok != wantOK {
			t.Errorf("LookupWords(%q, %q, %q) = %v, %v; the folded key of %q gives %v, %v", a, b, c, got, ok, joined, want, wantOK)
		}
		if got, want := string(ps[0]), fold.Key(a); got != want && got != "the "+want {
			t.Errorf("AppendWords(%q) = %q; fold.Key gives %q", a, got, want)
		}
	})
}

// FuzzCouldName checks CouldName's reading of ASCII words against folding
// the leading word, and its promise: when it is false, no string of s
// followed by a space or comma and more words names a post, nor do pieces
// beginning with s.
func FuzzCouldName(f *testing.F) {
	f.Add("Director", "of the Telecommunication Standardization Bureau")
	f.Add("Researcher", "Engineer")
	f.Add("Deputy", "Secretary-General")
	f.Add("... Director", "BR")
	f.Add("\u00a0Director", "BR")
	f.Add("Director\u00a0BR", "")
	f.Fuzz(func(t *testing.T, s, more string) {
		first := fold.Key(leadingWord(s))
		if got, want := CouldName(s), first == "" || first == "the" || firstWords[first]; got != want {
			t.Fatalf("CouldName(%q) = %v; its folded leading word %q says %v", s, got, first, want)
		}
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
		}
		if ps, ok := words(s, more); ok {
			if p, ok := LookupWords(ps...); ok {
				t.Errorf("CouldName(%q) = false, but LookupWords of it and %q names %v", s, more, p)
			}
		}
	})
}

// TestEveryForm checks that every form of the table names its own post,
// whole and folded in pieces.
func TestEveryForm(t *testing.T) {
	for i, row := range Rows[1:] {
		for _, f := range row.Forms() {
			if p, ok := Lookup(f); !ok || p != i+1 {
				t.Errorf("Lookup(%q) = %v, %v, want %v", f, p, ok, i+1)
			}
			w, rest, _ := strings.Cut(f, " ")
			ps, _ := words(w, rest)
			if p, ok := LookupWords(ps...); !ok || p != i+1 {
				t.Errorf("LookupWords(%q, %q) = %v, %v, want %v", w, rest, p, ok, i+1)
			}
			if !CouldName(f) {
				t.Errorf("CouldName(%q) = false", f)
			}
		}
	}
}
