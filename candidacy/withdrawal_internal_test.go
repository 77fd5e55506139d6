package candidacy

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestMayNameCandidature checks the filter in front of withdraws: it must be
// true of every text in which a withdrawal phrase appears after lower-casing,
// however the text is cased, and false of ordinary paragraphs.
func TestMayNameCandidature(t *testing.T) {
	for _, p := range withdrawalPhrases {
		for _, form := range []string{p, strings.ToUpper(p), strings.ToTitle(p), "Le Gouvernement annonce le " + strings.ToUpper(p[:1]) + p[1:] + " de M. X."} {
			if !mayNameCandidature(form) {
				t.Errorf("mayNameCandidature(%q) = false; the phrase %q is in it", form, p)
			}
		}
	}
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"The Government of the Republic of Korea presents its compliments", false},
		{"CaNdIdAtUrE", true},
		{"candid", false},
		{"candida", true},
		{"ANDIDA at the end", true},
	} {
		if got := mayNameCandidature(tt.text); got != tt.want {
			t.Errorf("mayNameCandidature(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// FuzzMayNameCandidature checks the promise the filter rests on: when it is
// false, the lower-cased text holds no withdrawal phrase.
func FuzzMayNameCandidature(f *testing.F) {
	f.Add("withdrawal of the candidature of Dr X")
	f.Add("RETRAIT DE LA CANDİDATURE")
	f.Add("retiro de la candidatura")
	f.Fuzz(func(t *testing.T, s string) {
		if mayNameCandidature(s) {
			return
		}
		low := strings.ToLower(s)
		for _, p := range withdrawalPhrases {
			if strings.Contains(low, p) {
				t.Fatalf("mayNameCandidature(%q) = false, but its lower case holds %q", s, p)
			}
		}
	})
}

// FuzzWithdraws checks that withdraws, which matches the phrases without
// lower-casing the text, answers as lower-casing the text would.
func FuzzWithdraws(f *testing.F) {
	f.Add("The Government decided to WITHDRAW THE CANDIDATURE of Dr X")
	f.Add("RETRAIT DE LA CANDİDATURE")
	f.Add("wİthdrawal of the candidature")
	f.Add("Retiro de la Candidatura de la Sra. X")
	f.Add("withdrawal of the candidacy")
	f.Add(strings.Repeat("Long paragraph. ", 130) + "Withdrawal of the CANDİDATURE")
	f.Add(strings.Repeat("Long paragraph. ", 130) + "no phrase here")
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		want := false
		for _, p := range withdrawalPhrases {
			want = want || strings.Contains(low, p)
		}
		if got := withdraws(s); got != want {
			t.Fatalf("withdraws(%q) = %v; lower-cased, the text says %v", s, got, want)
		}
	})
}

// TestOnlyTwoRunesLowerToASCII checks what foldPhraseBytes rests on: the
// only runes outside ASCII that unicode.ToLower maps into ASCII are "İ"
// (to "i") and the Kelvin sign (to "k").
func TestOnlyTwoRunesLowerToASCII(t *testing.T) {
	want := map[rune]rune{'\u0130': 'i', '\u212a': 'k'}
	got := map[rune]rune{}
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l < utf8.RuneSelf {
			got[r] = l
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("runes outside ASCII lowering into it (-want +got):\n%s", diff)
	}
}
