package pointer_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu/internal/pointer"
)

var pointerTokenTests = []struct {
	name, in, want string
}{
	{"plain", "KOR", "KOR"},
	{"empty", "", ""},
	{"tilde and slash", "R~/U", "R~0~1U"},
	{"escape-looking", "~1", "~01"},
	{"brackets and dots", "R].U", "R].U"},
	{"quotes", `["a"]`, `["a"]`},
	{"exactly the bound", strings.Repeat("a", pointer.MaxToken), strings.Repeat("a", pointer.MaxToken)},
	{"one past the bound", strings.Repeat("a", pointer.MaxToken+1), strings.Repeat("a", pointer.MaxToken-3) + "…"},
	{"escapes reach the bound", strings.Repeat("/", pointer.MaxToken/2), strings.Repeat("~1", pointer.MaxToken/2)},
	{"escapes pass the bound", strings.Repeat("/", pointer.MaxToken/2+1), strings.Repeat("~1", (pointer.MaxToken-3)/2) + "…"},
	{"megabyte", strings.Repeat("A", 1<<20), strings.Repeat("A", pointer.MaxToken-3) + "…"},
	{"multibyte not split", strings.Repeat("é", pointer.MaxToken), strings.Repeat("é", (pointer.MaxToken-3)/2) + "…"},
}

// TestToken is the regression test for map keys escaped wrongly or
// echoed in full in violation paths (issue 12).
func TestToken(t *testing.T) {
	for _, tt := range pointerTokenTests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, pointer.Token(tt.in)); diff != "" {
				t.Errorf("Token (-want +got):\n%s", diff)
			}
		})
	}
}

func unescapeToken(s string) string { return pointer.Unescape(s) }

func TestLastToken(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"/rounds/0/votes/R].U", "R].U"},
		{"/x/a~1b", "a/b"},
		{"/x/~01", "~1"},
		{"", ""},
		{"/", ""},
	} {
		if got := pointer.LastToken(tt.in); got != tt.want {
			t.Errorf("LastToken(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzToken(f *testing.F) {
	for _, tt := range pointerTokenTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := pointer.Token(s)
		if len(got) > pointer.MaxToken {
			t.Fatalf("Token(%q) = %q, %d bytes; want at most %d", s, got, len(got), pointer.MaxToken)
		}
		if strings.Contains(got, "/") || strings.Contains(strings.NewReplacer("~0", "", "~1", "").Replace(got), "~") {
			t.Fatalf("Token(%q) = %q holds an unescaped / or ~", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("Token(%q) = %q is not valid UTF-8", s, got)
		}
		kept, cut := strings.CutSuffix(got, "…")
		if back := unescapeToken(kept); back != s && !(cut && strings.HasPrefix(s, back)) {
			t.Fatalf("Token(%q) = %q; unescaped %q is neither the input nor a prefix of it", s, got, back)
		}
	})
}
