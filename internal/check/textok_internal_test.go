package check

import (
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/canon"
)

// FuzzTextOK holds TextOK's one pass to its definition: valid UTF-8, no
// control but tab, newline and carriage return, and a character that
// renders.
func FuzzTextOK(f *testing.F) {
	for _, s := range []string{"", " ", "Dr Chaesub LEE", "“quoted” – text", "a\x85b", "a\u0085b", "\u00a0", "\u200b", "\xff", "\ufffd", "a\x7fb", "tab\there"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := s == ""
		if !want && utf8.ValidString(s) {
			want = canon.Visible(s)
			for _, r := range s {
				if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
					want = false
				}
			}
		}
		if got := TextOK(s); got != want {
			t.Fatalf("TextOK(%q) = %v, want %v", s, got, want)
		}
	})
}
