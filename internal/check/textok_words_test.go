package check

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/canon"
)

// textOKDefinition is what TextOK reports, by its definition.
func textOKDefinition(s string) bool {
	if s == "" {
		return true
	}
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' {
			return false
		}
	}
	return canon.Visible(s)
}

// TestTextOKWords holds TextOK's words to its definition: every byte value,
// at every place in and across the words of texts of spaces or letters, once
// or twice, in texts of every length up to five words and of the lengths
// about those the loops of two and four words read.
func TestTextOKWords(t *testing.T) {
	lengths := []int{47, 48, 49, 63, 64, 65, 79, 80, 81, 96, 97}
	for n := 40; n >= 1; n-- {
		lengths = append(lengths, n)
	}
	for _, fill := range []string{" ", "a", "\t"} {
		for _, n := range lengths {
			for at := 0; at < n; at++ {
				for b := range 256 {
					for _, also := range []int{-1, n - 1, (at + 8) % n} {
						buf := []byte(strings.Repeat(fill, n))
						buf[at] = byte(b)
						if also >= 0 && also != at {
							buf[also] = 'x'
						}
						s := string(buf)
						if got, want := TextOK(s), textOKDefinition(s); got != want {
							t.Fatalf("TextOK(%q) = %v, want %v", s, got, want)
						}
					}
				}
			}
		}
	}
}
