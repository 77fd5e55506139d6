package check_test

import (
	"testing"

	"github.com/plenipot/itu/internal/check"
)

// TestTextOKInvisibleIsBlank is the regression test for text made only of
// zero-width or other format characters (which show nothing) passing as
// visible text, so that a name of two U+200B was accepted.
func TestTextOKInvisibleIsBlank(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"\u200b\u200b", false},
		{" \u200d\u2060\ufeff\u00ad ", false},
		{"\u200e\u200f", false},
		{"Dr Chaesub LEE\u200b", true},
		{"\u0645\u200c\u06cc", true}, // Persian with a zero-width non-joiner
		{"LEE", true},
		{" \t\n", false},
		{"", true},
		// issue 12: blank glyphs, fillers, tags and lone marks render nothing.
		{"\u3164", false},
		{"\u3164\u3164 \uffa0\u115f", false},
		{"\u2800\u2800", false},
		{"\U000E0041\U000E0042\U000E007F", false},
		{"\u0301\u0302", false},
		{"\u20dd", false},
		{"\ufe0f", false},
		{"\u034f", false},
		{"e\u0301", true},
		{"\u3164LEE", true},
		{"\u2801", true},
	} {
		if got := check.TextOK(tt.in); got != tt.want {
			t.Errorf("TextOK(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
}
