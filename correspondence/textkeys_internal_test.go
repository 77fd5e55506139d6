package correspondence

import (
	"strings"
	"testing"

	"github.com/plenipot/itu/internal/canon"
)

// FuzzMentions checks that textKeys.mentions, which searches plain ASCII
// text as it stands, finds a name exactly where the canonical key of the
// whole text, one paragraph a line, contains the name's key (issue 18).
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
	})
}
