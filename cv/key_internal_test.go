package cv

import (
	"math/rand/v2"
	"testing"
)

// TestFoldASCII checks that the fast path of the role and degree keys gives
// the keys roleKey and degreeKey give, on random text of the bytes that
// matter: letters of both cases, white space, separators, controls and a
// non-ASCII letter.
func TestFoldASCII(t *testing.T) {
	const alphabet = "aZ -_.'\t\n\v\f\r\x00\x7f~é"
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		b := make([]byte, rng.IntN(12))
		for i := range b {
			b[i] = alphabet[rng.IntN(len(alphabet))]
		}
		s := string(b)
		if k, ok := foldASCII(nil, s, roleFold, true); ok && string(k) != roleKey(s) {
			t.Fatalf("role: foldASCII(%q) = %q, roleKey gives %q", s, k, roleKey(s))
		}
		if k, ok := foldASCII(nil, s, degreeFold, false); ok && string(k) != degreeKey(s) {
			t.Fatalf("degree: foldASCII(%q) = %q, degreeKey gives %q", s, k, degreeKey(s))
		}
		if _, ok := foldASCII(nil, s, roleFold, true); !ok && asciiText(s) {
			t.Fatalf("foldASCII(%q) refused printable ASCII", s)
		}
	}
}

func asciiText(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x7f || c < ' ' && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r' {
			return false
		}
	}
	return true
}
