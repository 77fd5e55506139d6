package cv

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzHasControl holds hasControl's one pass to its definition.
func FuzzHasControl(f *testing.F) {
	for _, s := range []string{"", "plain", "“quoted” – text", "a\x85b", "a\u0085b", "\xff", "\ufffd", "a\x7fb", "tab\there", "nul\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := !utf8.ValidString(s)
		for _, r := range s {
			want = want || unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r'
		}
		if got := hasControl(s); got != want {
			t.Fatalf("hasControl(%q) = %v, want %v", s, got, want)
		}
	})
}
