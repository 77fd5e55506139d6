package candidacy

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// lowerSays is what saysWithdrawal answers: whether strings.ToLower(s)
// holds one of withdrawalPhrases.
func lowerSays(s string) bool {
	low := strings.ToLower(s)
	for _, p := range withdrawalPhrases {
		if strings.Contains(low, p.text) {
			return true
		}
	}
	return false
}

// TestSaysWithdrawalOffsets holds saysWithdrawal, which reads eight bytes
// at a time and the rest one by one, to lowering and searching, with a
// phrase or a near miss at every offset near either end of a text, after
// runs of "d" (half of the pair it looks for) and next to bytes outside
// ASCII.
func TestSaysWithdrawalOffsets(t *testing.T) {
	for n := range 20 {
		for _, a := range []string{
			"withdraw the candidacy", "WITHDRAW THE CANDIDACY", "Retiro de la CanDiDatura",
			"withdraw the candidac", "withdraw the candidaTURE", "andida", "dxd", "ddd",
			"withdraw the Kandidacy", "wİthdraw the candidacy", "withdraw thé candidacy",
		} {
			for _, pad := range []string{"x", "d", "D", "é", "İ"} {
				for _, s := range []string{
					strings.Repeat(pad, n) + a, a + strings.Repeat(pad, n),
					strings.Repeat(pad, n) + "withdraw the candid" + a,
				} {
					if got, want := saysWithdrawal(s), lowerSays(s); got != want {
						t.Errorf("saysWithdrawal(%q) = %v, want %v", s, got, want)
					}
				}
			}
		}
	}
}

// TestWithdrawalPhrases checks each phrase's anchor, and the anchor's two
// "d"s at 2 and 4: saysWithdrawal finds the phrases by them.
func TestWithdrawalPhrases(t *testing.T) {
	if withdrawalAnchor[2] != 'd' || withdrawalAnchor[4] != 'd' {
		t.Errorf("withdrawalAnchor %q has no \"d\" at 2 and 4", withdrawalAnchor)
	}
	for _, p := range withdrawalPhrases {
		if got := strings.Index(p.text, withdrawalAnchor); got != p.anchor || got < 0 {
			t.Errorf("withdrawal phrase %q holds %q at %d, not at %d", p.text, withdrawalAnchor, got, p.anchor)
		}
		if p.text != strings.ToLower(p.text) {
			t.Errorf("withdrawal phrase %q is not lower case", p.text)
		}
	}
}

// FuzzWithdraws checks that withdraws, which matches the phrases without
// lower-casing the text, answers as lower-casing the text would.
func FuzzWithdraws(f *testing.F) {
	f.Add("The Government decided to WITHDRAW THE CANDIDATURE of Dr X")
	f.Add("RETRAIT DE LA CANDİDATURE")
	f.Add("wİthdrawal of the candidature")
	f.Add("Retiro de la Candidatura de la Sra. X")
	f.Add("withdrawal of the candidacy")
	f.Add("WITHDRAW THE CANDIDACY")
	f.Add("withdraw the candidacandidature")
	f.Add("\u212Aandidacy: withdraw the candidacy")
	f.Add("candidature withdraw the cANDIDAcy")
	f.Add("retrait de la candidatur")
	f.Add(strings.Repeat("Long paragraph. ", 130) + "Withdrawal of the CANDİDATURE")
	f.Add(strings.Repeat("Long paragraph. ", 130) + "no phrase here")
	f.Add("dxdxdxdxdxdxdxdxdxdxdxdx candidacandidacandida")
	f.Add("0123456789abcdef withdraw the CANDIDACY")
	f.Add("0123456789abcdé withdraw the candidacy")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := withdraws(s), lowerSays(s); got != want {
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
