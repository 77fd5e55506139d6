package correspondence

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/plenipot/itu/internal/canon"
)

// FuzzMentions checks that textKeys.mentions, which searches plain ASCII
// text as it stands and remembers the names it was asked, finds a name
// exactly where the canonical key of the whole text, one paragraph a line,
// contains the name's key (issue 18).
func FuzzMentions(f *testing.F) {
	for _, tt := range []struct{ text, name string }{
		{"It is a pleasure to present Dr. Chaesub  LEE,\tdirector.", "Dr. Chaesub Lee"},
		{"The Republic of\nKorea", "Republic of Korea"},
		{"  Korea ", "korea"},
		{"Korean", "Korea "},
		{"K o r e a", "Korea"},
		{"Ｋｏｒｅａ", "Korea"},
		{"Lee\x00Chaesub", "Lee"},
		{"a\u00adb", "ab"},
		{"abab", "bab"},
		{"", "x"},
		// The search by the first two bytes: a match across and at the end
		// of each eight bytes, a second byte that is a space, a dot, or not
		// there.
		{"Seventeen bytes Republic", "REPUBLIC"},
		{"12345678republic", "Republic"},
		{"1234567Re", "re"},
		{"123456789012345 a \t b", "a b"},
		{"aaaaaaaaaaaaaaaaaaaaaaab", "ab"},
		{"aAaAaAaAaAaAaAaAaAaAaAaB", "ab"},
		{"x.y.z.w. ......Dr.Lee", "dr.lee"},
		{"k k k k k k k k k k k", "k"},
		{"ReRepublic RepublicRepubli", "republica"},
		// A name as written, followed by what changes its key or not.
		{"Korea\u0301", "Korea"},
		{"Korea\u0301 Korea", "Korea"},
		{"Korea\u0301|Korea\x00\u0301", "Korea"},
		{"Korea\u200d\u0301", "Korea"},
		{"\u0301Korea.", " Korea\t"},
		{"안Korea", "Korea"},
		{"Dr. Chaesub Lee\u00a0", "Dr. Chaesub Lee"},
		{"Dr. Chaesub\u00a0Lee", "Dr. Chaesub Lee"},
		{"Dr.\tChaesub Lee", "Dr. Chaesub Lee"},
	} {
		f.Add(tt.text, tt.name)
	}
	f.Fuzz(func(t *testing.T, text, name string) {
		paragraphs := strings.Split(text, "|")
		keys := make([]string, len(paragraphs))
		for i, p := range paragraphs {
			keys[i] = canon.Key(p)
		}
		k := canon.Key(name)
		want := k != "" && strings.Contains(strings.Join(keys, "\n"), k)
		tk := textKeys{text: paragraphs}
		if got := tk.mentions(name); got != want {
			t.Errorf("mentions(%q) in %q = %v, want %v", name, paragraphs, got, want)
		}
		if got := tk.mentions(name); got != want {
			t.Errorf("second mentions(%q) in %q = %v, want %v", name, paragraphs, got, want)
		}
		// The same key written otherwise: searched again, in the keys of
		// the paragraphs kept from the first search.
		if got := tk.mentions(" " + name); got != want {
			t.Errorf("mentions(%q) in %q = %v, want %v", " "+name, paragraphs, got, want)
		}
	})
}

// TestASCIIBoundary: no ASCII character composes with the character before
// it or is ignorable, so a name written in ASCII keeps its first letter in
// the canonical key of any text that holds it (writes); and the key of text
// that is not ASCII keeps each printable ASCII character as the key of
// ASCII text does, in lower case.
func TestASCIIBoundary(t *testing.T) {
	for c := range rune(utf8.RuneSelf) {
		if !norm.NFC.PropertiesString(string(c)).BoundaryBefore() {
			t.Errorf("%q may compose with the character before it", c)
		}
		if canon.Ignorable(c) {
			t.Errorf("%q is ignorable", c)
		}
		if c <= ' ' || c == 0x7f {
			continue
		}
		if got, want := canon.Key("é"+string(c)+"é"), "é"+canon.Key(string(c))+"é"; got != want {
			t.Errorf("canon.Key keeps %q as %q beside other text, as %q alone", c, got, want)
		}
	}
}
