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

// TestIsValidAllocatesNothing: a name in ASCII is checked with its words
// and their keys on the stack.
func TestIsValidAllocatesNothing(t *testing.T) {
	for _, s := range []string{"Dr Chaesub LEE", "H. E. Ms Doreen BOGDAN-MARTIN", "M. Yvon HENRI", "LEE, Chaesub"} {
		n := Name(s)
		if a := testing.AllocsPerRun(100, func() { _ = n.IsValid() }); a != 0 {
			t.Errorf("Name(%q).IsValid allocates %v times; want 0", s, a)
		}
	}
}

// isHonorificByStrings is isHonorific as it was written with string keys,
// the oracle of FuzzIsHonorific.
func isHonorificByStrings(words []string, i int) bool {
	if strings.Contains(words[i], ",") {
		return false
	}
	w := honorificKey(words[i])
	if w == "h" || w == "e" || w == "his" || w == "her" {
		if i+1 >= len(words) {
			return false
		}
		next, family := honorificKey(words[i+1]), strings.Contains(words[i+1], ",")
		switch w {
		case "h":
			return next == "e" && !family
		case "e":
			return i > 0 && honorificKey(words[i-1]) == "h"
		}
		return next == "excellency" && !family
	}
	if i+1 >= len(words) {
		return false
	}
	switch w {
	case "m":
		next := honorificKey(words[i+1])
		return strings.HasSuffix(words[i], ".") && utf8.RuneCountInString(next) > 1 && !strings.Contains(words[i+1], ",")
	case "la", "el":
		next := honorificKey(words[i+1])
		return (next == "sra" || next == "sr" || next == "dra" || next == "dr") && i+2 < len(words)
	}
	return honorifics[w]
}

// FuzzIsHonorific holds isHonorific, which folds keys on the stack, to the
// string-keyed oracle, at every word of a name.
func FuzzIsHonorific(f *testing.F) {
	for _, s := range []string{"Dr Chaesub LEE", "H. E. Ms Doreen BOGDAN-MARTIN", "His Excellency Mr X", "M. Yvon HENRI", "M. K. Gandhi", "La Sra. Bogdan-Martin", "El Dr. Juárez", "Г-Н Рашид ИСМАИЛОВ", "H E, Ana", "ДР. X"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		for i := range words {
			if got, want := isHonorific(words, i), isHonorificByStrings(words, i); got != want {
				t.Fatalf("isHonorific(%q, %d) = %v, want %v", words, i, got, want)
			}
		}
	})
}

// FuzzASCIIRing holds asciiRing, which Name.Key uses for a name in ASCII,
// to the ring nameFormOf computes word by word.
func FuzzASCIIRing(f *testing.F) {
	for _, s := range []string{
		"", " ", ",", "Dr", "Dr Chaesub LEE", "LEE, CHAESUB", "DR. LEE, CHAESUB", ", Chaesub", "Dr , Lee", "x ,",
		"H. E. Mr. Houlin Zhao", "HE, Jiankun", "LEE, Dr Chaesub", "LEE, H. E. Chaesub", "FUATAI PURCELL, Gisa",
		"Ms Gisa Fuatai-Purcell", "O'Brien, Mary-Jane", "a,b,c", "Chae-sub LEE", "- . '", "aaaa", "abab", "ba",
		"M. K. Gandhi", "La Sra. Bogdan-Martin", "Edmund Y. FIANKO", "123 (Lee)", "x\ty\nz", "`-.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := string(Name(s).primaryForm())
		if !isASCII(p) {
			return
		}
		if got, want := asciiRing(p), nameFormOf(Name(s)).ring; got != want {
			t.Fatalf("asciiRing(%q) = %q, nameFormOf gives %q", p, got, want)
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
