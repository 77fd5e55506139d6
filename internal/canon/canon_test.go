package canon_test

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/plenipot/itu/internal/canon"
)

func TestCanonicalKey(t *testing.T) {
	tests := []struct {
		name, a, b string
		same       bool
	}{
		{"case", "Chaesub LEE", "chaesub lee", true},
		{"cyrillic case", "ИСМАИЛОВ Рашид", "Исмаилов РАШИД", true},
		{"greek case", "ΝΙΚΟΣ", "νικος", true},
		{"soft hyphen", "Chae\u00adsub LEE", "Chaesub LEE", true},
		{"zero-width space", "Chae\u200bsub LEE", "Chaesub LEE", true},
		{"zero-width joiner", "Chae\u200dsub LEE", "Chaesub LEE", true},
		{"cyrillic capital E", "L\u0415\u0415", "LEE", true},
		{"cyrillic small e", "l\u0435e", "lee", true},
		{"greek capital eta", "\u0397ONG", "HONG", true},
		{"fullwidth", "ＬＥＥ", "LEE", true},
		{"spaces", "  Chaesub \t LEE ", "Chaesub LEE", true},
		{"conference", "ＰＰ-22", "pp-22", true},
		{"diacritics kept", "Juárez", "Juarez", false},
		{"composed and decomposed", "Jua\u0301rez", "Juárez", true},
		{"different names", "Lee Chaesub", "Lee Chaewon", false},
		{"cyrillic name stays itself", "Рашид", "Рашид", true},
		{"two cyrillic names", "Рашид", "Ришад", false},
		{"cyrillic capital io, composed and decomposed", "\u0401LENA", "\u0415\u0308LENA", true},
		{"cyrillic io and latin e with diaeresis", "\u0451lena", "ëlena", true},
		{"turkish capital dotted I", "İBRAHİM", "ibrahim", true},
		{"a dot above i and j is their own", "i\u0307j\u0307", "ij", true},
		{"a dot above after an acute is kept", "i\u0301\u0307", "í", false},
		{"a dot above e is a diacritic", "\u0117lena", "elena", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := canon.Key(tt.a), canon.Key(tt.b)
			if (ka == kb) != tt.same {
				t.Errorf("CanonicalKey(%q) = %q, CanonicalKey(%q) = %q; same = %v, want %v", tt.a, ka, tt.b, kb, ka == kb, tt.same)
			}
		})
	}
}

func TestVisible(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"", false},
		{"a", true},
		{" \t\n", false},
		{"\u200b\u200b", false},
		{"\u3164", false},
		{"\u2800", false},
		{"\U000E0041\U000E0042", false},
		{"\u0301\u0301", false},
		{"\u00ad", false},
		{"\ufeff", false},
		{"e\u0301", true},
		{"李", true},
		{"\u200bx", true},
	}
	for _, tt := range tests {
		if got := canon.Visible(tt.in); got != tt.want {
			t.Errorf("Visible(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzCanonicalKey(f *testing.F) {
	for _, s := range []string{"Chaesub LEE", "L\u0415\u0415", "ＬＥＥ", "Chae\u00adsub", "pp22", "\u0397ONG", "ǰ", "\u0345", "ﬃ",
		"\u0401LENA", "\u0415\u0308lena", "Jua\u0301rez", "Juárez", "\u1e9e", "ß", "a\u0301\u0316", "\uffa0x", "\U000E0041LEE"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := canon.Key(s)
		if k2 := canon.Key(k); k2 != k {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, k, k2)
		}
		if !utf8.ValidString(s) {
			return // invalid bytes are replaced, a run at a time
		}
		same := func(how, v string) {
			t.Helper()
			if got := canon.Key(v); got != k {
				t.Fatalf("%s changed the key: %q -> %q, %q -> %q", how, s, k, v, got)
			}
		}
		// Ignorables anywhere: at the ends and between two characters.
		mid := len(s)
		for i := range s {
			if i >= len(s)/2 {
				mid = i
				break
			}
		}
		for _, ig := range []string{"\u00ad", "\u200b", "\u200d", "\ufeff", "\u2060", "\u034f", "\U000E0041", "\ufe0f"} {
			same("an ignorable", ig+s[:mid]+ig+s[mid:]+ig)
		}
		// Case of Latin, Greek and Cyrillic letters: a name in capitals and
		// in small letters is one name ("ИСМАИЛОВ", "Исмаилов").
		same("ASCII upper case", strings.Map(asciiCase(unicode.ToUpper), s))
		same("ASCII lower case", strings.Map(asciiCase(unicode.ToLower), s))
		same("upper case", strings.Map(scriptCase(unicode.ToUpper), s))
		same("lower case", strings.Map(scriptCase(unicode.ToLower), s))
		// Fullwidth forms of ASCII.
		same("fullwidth", strings.Map(func(r rune) rune {
			if r > ' ' && r < 0x7f {
				return r + 0xFEE0
			}
			return r
		}, s))
		// Unicode normalisation forms.
		for _, form := range []norm.Form{norm.NFC, norm.NFD, norm.NFKC, norm.NFKD} {
			same("normalisation", form.String(s))
		}
	})
}

// scriptCase changes the case of Latin, Greek and Cyrillic letters.
func scriptCase(to func(rune) rune) func(rune) rune {
	return func(r rune) rune {
		if unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) {
			return to(r)
		}
		return r
	}
}

func asciiCase(to func(rune) rune) func(rune) rune {
	return func(r rune) rune {
		if r < 0x80 {
			return to(r)
		}
		return r
	}
}

func TestDisguised(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"Dr Chaesub LEE", false},
		{"Chae\u00adsub LEE", true},
		{"Chaesub LE\u200bE", true},
		{"Chae\u200dsub", true},
		{"\u200bLEE", true},
		{"L\u0415E", true},        // Cyrillic Е among Latin letters
		{"Рашид ИСМАИЛОВ", false}, // Cyrillic alone
		{"Рашид ISMAILOV", false}, // two scripts, two words
		{"ΝΙΚΟΣ Papadopoulos", false},
		{"PP-22", false},
		{"pp\u00ad22", true},
		{"ＬＥＥ", false},                // fullwidth is visible
		{"\u0645\u200c\u06cc", false}, // ZWNJ in Persian
		{"Juárez", false},
		{"", false},
	} {
		if got := canon.Disguised(tt.in); got != tt.want {
			t.Errorf("Disguised(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
