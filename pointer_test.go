package itu_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
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
	{"exactly the bound", strings.Repeat("a", itu.MaxPathToken), strings.Repeat("a", itu.MaxPathToken)},
	{"one past the bound", strings.Repeat("a", itu.MaxPathToken+1), strings.Repeat("a", itu.MaxPathToken-3) + "…"},
	{"escapes reach the bound", strings.Repeat("/", itu.MaxPathToken/2), strings.Repeat("~1", itu.MaxPathToken/2)},
	{"escapes pass the bound", strings.Repeat("/", itu.MaxPathToken/2+1), strings.Repeat("~1", (itu.MaxPathToken-3)/2) + "…"},
	{"megabyte", strings.Repeat("A", 1<<20), strings.Repeat("A", itu.MaxPathToken-3) + "…"},
	{"multibyte not split", strings.Repeat("é", itu.MaxPathToken), strings.Repeat("é", (itu.MaxPathToken-3)/2) + "…"},
}

// TestPointerToken is the regression test for map keys escaped wrongly or
// echoed in full in violation paths (issue 12).
func TestPointerToken(t *testing.T) {
	for _, tt := range pointerTokenTests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, itu.PointerToken(tt.in)); diff != "" {
				t.Errorf("PointerToken (-want +got):\n%s", diff)
			}
		})
	}
}

func unescapeToken(s string) string {
	return strings.NewReplacer("~1", "/", "~0", "~").Replace(s)
}

func FuzzPointerToken(f *testing.F) {
	for _, tt := range pointerTokenTests {
		f.Add(tt.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := itu.PointerToken(s)
		if len(got) > itu.MaxPathToken {
			t.Fatalf("PointerToken(%q) = %q, %d bytes; want at most %d", s, got, len(got), itu.MaxPathToken)
		}
		if strings.Contains(got, "/") || strings.Contains(strings.NewReplacer("~0", "", "~1", "").Replace(got), "~") {
			t.Fatalf("PointerToken(%q) = %q holds an unescaped / or ~", s, got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Fatalf("PointerToken(%q) = %q is not valid UTF-8", s, got)
		}
		kept, cut := strings.CutSuffix(got, "…")
		if back := unescapeToken(kept); back != s && !(cut && strings.HasPrefix(s, back)) {
			t.Fatalf("PointerToken(%q) = %q; unescaped %q is neither the input nor a prefix of it", s, got, back)
		}
	})
}

// TestRuleAtBounds is the regression test for messages reaching 1,003 bytes
// where README promises 1,000 (the "…" is 3 bytes), and for paths holding a
// token of megabytes (issue 12).
func TestRuleAtBounds(t *testing.T) {
	r := itu.Rule{Code: "test.rule"}
	tests := []struct {
		name, path, msg string
		wantPath        string
		wantLen         int
	}{
		{"short", "/a/b", "fine", "/a/b", 4},
		{"message at the bound", "", strings.Repeat("x", itu.MaxMessage), "", itu.MaxMessage},
		{"message past the bound", "", strings.Repeat("x", itu.MaxMessage+1), "", itu.MaxMessage},
		{"multibyte message", "", strings.Repeat("é", itu.MaxMessage), "", itu.MaxMessage - 1},
		{"long token", "/votes/" + strings.Repeat("A", 1<<20) + "/x", "m", "/votes/" + strings.Repeat("A", itu.MaxPathToken-3) + "…/x", 1},
		{"long escaped token", "/votes/" + strings.Repeat("~1", 1<<10), "m", "/votes/" + strings.Repeat("~1", (itu.MaxPathToken-3)/2) + "…", 1},
		{"already cut", "/votes/" + itu.PointerToken(strings.Repeat("A", 1<<10)), "m", "/votes/" + strings.Repeat("A", itu.MaxPathToken-3) + "…", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := r.At(tt.path, tt.msg)
			got := struct {
				Path string
				Len  int
			}{v.Path, len(v.Message)}
			want := struct {
				Path string
				Len  int
			}{tt.wantPath, tt.wantLen}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("At (-want +got):\n%s", diff)
			}
			if !utf8.ValidString(v.Message) {
				t.Errorf("At cut the message inside a character")
			}
		})
	}
}
