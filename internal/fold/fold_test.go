package fold

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldKey(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"", ""},
		{"Korea (Rep. of)", "korea (rep of)"},
		{"  Republic   of\tKorea ", "republic of korea"},
		{"Côte d'Ivoire", "cote d'ivoire"},
		{"Côte d’Ivoire", "cote d'ivoire"},
		{"Türkiye", "turkiye"},
		{"The Americas", "americas"},
		{"the the", "the"},
		{"Theodore", "theodore"},
		{"Korea, Republic of", "korea republic of"},
		{"H. E.", "h e"},
		{"Secretary-General", "secretary-general"},
		{"A\x00B", "a\x00b"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFoldKeyHostile feeds Key inputs no document holds: it must not
// panic and must return valid UTF-8 no longer than the input allows.
func TestFoldKeyHostile(t *testing.T) {
	inputs := []string{
		strings.Repeat("a", 1<<16),
		strings.Repeat("\x00", 1<<16),
		strings.Repeat("\xff", 1<<16),
		strings.Repeat("e\u0301", 1<<16), // é decomposed, repeated
		strings.Repeat("\u0301", 1<<16),  // combining marks with nothing to combine with
		strings.Repeat(" ", 1<<16),
		strings.Repeat(".,", 1<<16),
		"\xe2\x80",                     // truncated rune
		strings.Repeat("ﷺ", 1<<12),     // a ligature that decomposes into many runes
		"\U0010FFFF\uFFFE\uFEFF\u202E", // non-characters and format controls
	}
	for _, s := range inputs {
		got := Key(s)
		if !utf8.ValidString(got) {
			t.Errorf("Key(%.20q…) is not valid UTF-8", s)
		}
		if utf8.RuneCountInString(got) > utf8.RuneCountInString(s)*18 {
			t.Errorf("Key(%.20q…) grew from %d to %d runes", s, len(s), len(got))
		}
	}
	if got := Key(strings.Repeat(" ", 100)); got != "" {
		t.Errorf("Key(spaces) = %q, want empty", got)
	}
}

var keySink string

// TestKeyAllocates checks that Key of a short ASCII text allocates its result
// alone, the fold done in a buffer on the stack (it grew a buffer from nil
// before, then copied it).
func TestKeyAllocates(t *testing.T) {
	for _, s := range []string{"The Republic of Korea", "Permanent Mission of the Republic of Korea, Geneva"} {
		if n := testing.AllocsPerRun(20, func() { keySink = Key(s) }); n != 1 {
			t.Errorf("Key(%q): %v allocations; want 1", s, n)
		}
	}
}
