package swar

import (
	"strings"
	"testing"
)

// fillers are bytes put around the byte under test: printable, spaces,
// controls, DEL, and bytes from 0x80, so that a borrow or carry from a
// neighbour would show.
var fillers = []byte{'a', ' ', '\t', '\r', 0, 0x7f, '\x0e', '\x08', 0x80, 0xff}

// each calls f with every byte at every place of a word among each filler.
func each(t *testing.T, f func(t *testing.T, b []byte)) {
	for c := range 256 {
		for k := range 8 {
			for _, fill := range fillers {
				b := []byte(strings.Repeat(string([]byte{fill}), 8))
				b[k] = byte(c)
				f(t, b)
			}
		}
	}
}

// TestSpaces checks that Spaces marks exactly the ASCII white space of a
// word of ASCII bytes, and sets no other bit.
func TestSpaces(t *testing.T) {
	each(t, func(t *testing.T, b []byte) {
		for _, x := range b {
			if x >= 0x80 {
				return // Spaces reads ASCII words only
			}
		}
		got := Spaces(Word(string(b), 0))
		for j, x := range b {
			space := x == ' ' || '\t' <= x && x <= '\r'
			if mark := got>>(8*j+7)&1 == 1; mark != space {
				t.Fatalf("Spaces(%q) marks byte %d: %t", b, j, mark)
			}
		}
		if got&^Msb != 0 {
			t.Fatalf("Spaces(%q) = %#x sets a bit other than a byte's highest", b, got)
		}
	})
}

// TestNotPrintable checks that NotPrintable is zero exactly when every byte
// of the word is ASCII that renders or a space, and sets no bit but a byte's
// highest.
func TestNotPrintable(t *testing.T) {
	each(t, func(t *testing.T, b []byte) {
		want := false
		for _, x := range b {
			want = want || x < ' ' || x >= 0x7f
		}
		got := NotPrintable(Word(string(b), 0))
		if (got != 0) != want {
			t.Fatalf("NotPrintable(%q) = %#x; want a mark %t", b, got, want)
		}
		if got&^Msb != 0 {
			t.Fatalf("NotPrintable(%q) = %#x sets a bit other than a byte's highest", b, got)
		}
	})
}

// TestWord checks the order of the bytes in a word: the first lowest.
func TestWord(t *testing.T) {
	if got, want := Word("xx\x01\x02\x03\x04\x05\x06\x07\x08", 2), uint64(0x0807060504030201); got != want {
		t.Errorf("Word = %#x; want %#x", got, want)
	}
}

// TestShort checks that the word Short makes of one to seven bytes holds
// each of them, and besides them only spaces.
func TestShort(t *testing.T) {
	for n := 1; n <= 7; n++ {
		for at := range n {
			for c := range 256 {
				b := []byte("abcdefg"[:n])
				b[at] = byte(c)
				x := Short(string(b))
				var lanes [8]byte
				for j := range lanes {
					lanes[j] = byte(x >> (8 * j))
				}
				for _, want := range b {
					if !strings.Contains(string(lanes[:]), string([]byte{want})) {
						t.Fatalf("Short(%q) = %q: no %q", b, lanes, want)
					}
				}
				for _, got := range lanes {
					if got != ' ' && !strings.Contains(string(b), string([]byte{got})) {
						t.Fatalf("Short(%q) = %q: %q is not in the text", b, lanes, got)
					}
				}
			}
		}
	}
}
