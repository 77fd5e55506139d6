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

// FuzzASCIIRing holds asciiRing, the fast path Name.Key takes for a name
// in ASCII, to the ring nameFormOf computes word by word, the general path.
// The seeds are names as documents write them (titles before the name and
// after its comma, particles, mixed case), odd spacing and punctuation, and
// names not in ASCII, which asciiRing must refuse.
func FuzzASCIIRing(f *testing.F) {
	for _, s := range []string{
		"", " ", ",", "Dr", "Dr Chaesub LEE", "LEE, CHAESUB", "DR. LEE, CHAESUB", ", Chaesub", "Dr , Lee", "x ,",
		"H. E. Mr. Houlin Zhao", "HE, Jiankun", "LEE, Dr Chaesub", "LEE, H. E. Chaesub", "FUATAI PURCELL, Gisa",
		"Ms Gisa Fuatai-Purcell", "O'Brien, Mary-Jane", "a,b,c", "Chae-sub LEE", "- . '", "aaaa", "abab", "ba",
		"M. K. Gandhi", "La Sra. Bogdan-Martin", "Edmund Y. FIANKO", "123 (Lee)", "x\ty\nz", "`-.",
		// Titles, alone, in a row and after the comma.
		"Prof. Dr. Jane DOE", "H.E. Ms. Lim Hyesook", "His Excellency Mr X", "Mr Dr", "H. E.", "LEE, Dr", "LEE, Mr Dr",
		"LEE,Dr,Chaesub", "El Dr. Juarez", "La Sra.", "M. Yvon HENRI", "Shri P. K. GARG", "Smt. Revathi MANNEPALLI",
		// Particles and mixed case.
		"Agostinho LINHARES DE SOUZA", "DE LA CRUZ, Maria", "Ludwig van BEETHOVEN", "Mary O`Neil", "mcDONALD, Ronald",
		"lEe cHaEsUb", "d'ALMEIDA Jean-Paul",
		// Odd spacing and punctuation.
		"  Dr   Chaesub\t\tLEE  ", "LEE ,Chaesub", "LEE , , Chaesub", "LEE,,Chaesub", ",,", " , ", "Dr,", "Dr ,",
		"LEE, Dr", "a\x00b", "a\x7fb", "\x1f", "Dr\vLee\fLi\rX", "{|}~", "LEE Chaesub (KOREA)",
		// Not in ASCII: the general path's.
		"Sr. Javier JUÁREZ MOJICA", "г-н Рашид Исмаилов", "Rashid ISMAILOV (Рашид Исмаилов)", "赵厚麟先生",
		"Dr\u00a0Chaesub LEE", "Chae\u00adsub LEE", "\xff Lee", "ＬＥＥ Chaesub",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := string(Name(s).primaryForm())
		got, ok := asciiRing(p)
		if ok != isASCII(p) {
			t.Fatalf("asciiRing(%q) takes it: %v, want %v", p, ok, !ok)
		}
		want := nameFormOf(Name(s)).ring
		if ok && got != want {
			t.Fatalf("asciiRing(%q) = %q, nameFormOf gives %q", p, got, want)
		}
		if key := Name(s).Key(); key != want {
			t.Fatalf("Name(%q).Key() = %q, nameFormOf gives %q", s, key, want)
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

// FuzzSplitForms holds splitForms, which returns a name ending in an ASCII
// letter at once, to splitFormsGeneral.
func FuzzSplitForms(f *testing.F) {
	for _, s := range []string{"", " ", ")", "Dr Chaesub LEE", "Dr Chaesub LEE ", "Lee\t", "Lee\v", "Lee\u00a0", "Lee\u0085",
		"Rashid ISMAILOV (Рашид Исмаилов)", "LI Haihua（李海华）", "Рашид Исмаилов (Rashid ISMAILOV) ", "a)", "x\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, o := Name(s).splitForms()
		if gp, gotO := Name(s).splitFormsGeneral(); p != gp || o != gotO {
			t.Fatalf("Name(%q).splitForms() = %q, %q; the general path gives %q, %q", s, p, o, gp, gotO)
		}
	})
}
