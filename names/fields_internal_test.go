package names

import (
	"slices"
	"strings"
	"testing"
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
