package correspondence

import (
	"strings"
	"testing"
)

// FuzzMayHaveExtension checks the filter in front of phoneExtension: when
// it is false, the expression does not match; and it finds, a byte at a
// time, what strings.ContainsAny finds.
func FuzzMayHaveExtension(f *testing.F) {
	for _, s := range []string{"+41 22 730 51 11 ext. 123", "+41 22 730 51 11 x123", "+1 212 555 0100 poste 12", "+41 22 730 51 11 EXTENSION 4", "+41 22 730 51 11", "022 749 41 11", "+41 22 730 51 11 eXt 5", "\xf8\xd8\xf0\xd0", "ẋ", "Ｘ1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !mayHaveExtension(s) && phoneExtension().MatchString(s) {
			t.Fatalf("mayHaveExtension(%q) = false, but phoneExtension matches it", s)
		}
		if got, want := mayHaveExtension(s), strings.ContainsAny(s, "xXpP"); got != want {
			t.Fatalf("mayHaveExtension(%q) = %t, strings.ContainsAny gives %t", s, got, want)
		}
	})
}
