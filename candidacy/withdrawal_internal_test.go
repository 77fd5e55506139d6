package candidacy

import (
	"bytes"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestIndexAnchor checks the search withdraws skips through texts with: it
// finds the first withdrawalAnchor, whatever its case, as lower-casing the
// text ([foldPhraseBytes]) and searching would.
func TestIndexAnchor(t *testing.T) {
	for _, s := range []string{
		"", "andid", "andida", "ANDIDA", "aNdIdA", "CaNdIdAtUrE", "candid", "candida",
		"ANDIDA at the end", "at the end: candida", "aandida", "andandida", "andiandida",
		"The Government of the Republic of Korea presents its compliments",
		"la candidature de M. X, candidat", "\xffandida", "é andida",
	} {
		if got, want := indexAnchor(s), bytes.Index(foldPhraseBytes(nil, s), []byte(withdrawalAnchor)); got != want {
			t.Errorf("indexAnchor(%q) = %d, want %d", s, got, want)
		}
	}
	for _, p := range withdrawalPhrases {
		if !strings.Contains(p, withdrawalAnchor) {
			t.Errorf("withdrawal phrase %q does not hold %q, by which withdraws finds it", p, withdrawalAnchor)
		}
	}
}

// FuzzIndexAnchor checks indexAnchor against lowering and searching, on text
// holding neither of the runes that lower into ASCII, where lowering moves no
// byte (saysWithdrawal lowers text holding them first).
func FuzzIndexAnchor(f *testing.F) {
	f.Add("withdrawal of the CANDIDATURE of Dr X")
	f.Add("andandida")
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "\u0130\u212A") {
			return
		}
		if got, want := indexAnchor(s), bytes.Index(foldPhraseBytes(nil, s), []byte(withdrawalAnchor)); got != want {
			t.Fatalf("indexAnchor(%q) = %d, want %d", s, got, want)
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
	f.Add("WITHDRAW THE CANDIDACY")
	f.Add("withdraw the candidacandidature")
	f.Add("\u212Aandidacy: withdraw the candidacy")
	f.Add("candidature withdraw the cANDIDAcy")
	f.Add("retrait de la candidatur")
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
