package check

import (
	"strings"
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

// FuzzHasControl holds HasControl, which reads eight bytes at a time, to its
// definition.
func FuzzHasControl(f *testing.F) {
	for _, s := range []string{"", "plain text of a paragraph", "“quoted” – text", "a\x85b", "a\u0085b", "\xff", "\ufffd", "a\x7fb", "tab\there and\nthere", "nul\x00", "eight by\x01tes", "01234567\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := !utf8.ValidString(s)
		for _, r := range s {
			want = want || unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r'
		}
		if got := HasControl(s); got != want {
			t.Fatalf("HasControl(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestHasControlEveryByte puts every byte value at every place of texts of
// every length up to three words, and of the lengths about those the loop
// of four words reads, so each lane of the eight-byte test meets it: in a
// word of its own, in the last word that overlaps the one before, and in
// the one word of a short text.
func TestHasControlEveryByte(t *testing.T) {
	lengths := []int{31, 32, 33, 47, 48, 49, 63, 64, 65}
	for n := 1; n <= 24; n++ {
		lengths = append(lengths, n)
	}
	for b := range 256 {
		for _, n := range lengths {
			for at := range n {
				s := []byte(strings.Repeat("abcdefghijklmnopqrstuvwxyz", 3)[:n])
				s[at] = byte(b)
				want := !utf8.Valid(s)
				for _, r := range string(s) {
					want = want || unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r'
				}
				if got := HasControl(string(s)); got != want {
					t.Fatalf("HasControl(%q) = %v, want %v", s, got, want)
				}
			}
		}
	}
}
