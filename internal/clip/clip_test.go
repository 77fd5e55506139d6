package clip

import (
	"strings"
	"testing"
)

func TestString(t *testing.T) {
	long := strings.Repeat("é", Max+5)
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"short", "PP-22", "PP-22"},
		{"exactly Max", strings.Repeat("a", Max), strings.Repeat("a", Max)},
		{"one past Max", strings.Repeat("a", Max+1), strings.Repeat("a", Max) + Mark},
		{"runes, not bytes", long, strings.Repeat("é", Max) + Mark},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := String(tt.in); got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := String([]byte(tt.in)); got != tt.want {
				t.Errorf("String([]byte(%q)) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestQuote(t *testing.T) {
	if got, want := Quote(strings.Repeat("x", Max+1)), `"`+strings.Repeat("x", Max)+`…"`; got != want {
		t.Errorf("Quote = %s, want %s", got, want)
	}
	if got, want := Quote("a\"b\n"), `"a\"b\n"`; got != want {
		t.Errorf("Quote = %s, want %s", got, want)
	}
}

func TestBytes(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"fits", "abc", 3, "abc"},
		{"cut", "abcdef", 5, "ab" + Mark},
		{"cut on a boundary", "aééé", 5, "a" + Mark},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Bytes(tt.in, tt.n)
			if got != tt.want || len(got) > tt.n {
				t.Errorf("Bytes(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

func TestPrefix(t *testing.T) {
	if got := Prefix("aé", 2); got != "a" {
		t.Errorf("Prefix(aé, 2) = %q, want a", got)
	}
	if got := Prefix("ab", 5); got != "ab" {
		t.Errorf("Prefix(ab, 5) = %q, want ab", got)
	}
}
