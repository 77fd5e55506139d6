package names

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/canon"
	"golang.org/x/text/unicode/norm"
)

// FuzzAppendFields holds appendFields to strings.Fields, which it stands in
// for without allocating.
func FuzzAppendFields(f *testing.F) {
	for _, s := range []string{"", " ", "Dr Chaesub LEE", "  H. E.\tMs\u00a0Doreen  BOGDAN-MARTIN ", "\xff a\u3000b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := appendFields(nil, s), strings.Fields(s); !slices.Equal(got, want) {
			t.Fatalf("appendFields(%q) = %q, want %q", s, got, want)
		}
	})
}

// TestASCIIShortcuts checks what nameFormOf and trimTitleSuffix assume of
// ASCII text: every ASCII character is valid UTF-8, in NFC and not
// ignorable, and no title suffix ends in an ASCII byte.
func TestASCIIShortcuts(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		s := string(c)
		if got := norm.NFC.String(canon.DropIgnorable(strings.ToValidUTF8(s, "\uFFFD"))); got != s {
			t.Errorf("%q becomes %q; nameFormOf takes ASCII text as it is", s, got)
		}
	}
	for suffix := range titleSuffixes {
		if suffix == "" || suffix[len(suffix)-1] < utf8.RuneSelf {
			t.Errorf("title suffix %q ends in ASCII; trimTitleSuffix skips words that do", suffix)
		}
	}
}
