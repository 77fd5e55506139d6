package space

import (
	"strings"
	"testing"
)

func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{" ", ""},
		{"a", "a"},
		{"a b", "a b"},
		{"a  b", "a b"},
		{" a b", "a b"},
		{"a b ", "a b"},
		{"a\tb", "a b"},
		{"a\u00a0b", "a b"},
		{"a\u2003 b", "a b"},
		{"a\u0085b", "a b"},
		{"a\x85b", "a\x85b"},
		{"Dr Chaesub LEE", "Dr Chaesub LEE"},
		{"\xff b", "\xff b"},
	}
	for _, tt := range tests {
		if got := Collapse(tt.in); got != tt.want {
			t.Errorf("Collapse(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCollapseKeepsTextWithoutCopy(t *testing.T) {
	s := strings.Repeat("word ", 100) + "end"
	if n := testing.AllocsPerRun(100, func() { _ = Collapse(s) }); n != 0 {
		t.Errorf("Collapse of collapsed text allocates %v times; want 0", n)
	}
}

// FuzzCollapse holds Collapse to its definition.
func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"", " a  b ", "a\u00a0b", "a\x85b", "\xff \xfe", "a\u3000b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Collapse(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("Collapse(%q) = %q, want %q", s, got, want)
		}
	})
}
