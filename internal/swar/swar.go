// Package swar reads ASCII text eight bytes at a time, as one uint64 (SIMD
// within a register): the word of eight bytes and the byte classes that
// internal/check's text tests and correspondence's text readers share. A
// class is returned as a mask with the high bit of each byte of the class
// set. It is not part of the public API.
package swar

// Lsb and Msb are the lowest and highest bit of each byte of a word.
const (
	Lsb = 0x0101010101010101
	Msb = 0x8080808080808080
)

// Word is the eight bytes of s from i, the first lowest.
func Word(s string, i int) uint64 {
	b := s[i : i+8] // one bounds check; the eight loads below are one
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

// Short is the bytes of s, which holds one to seven, as one word that
// holds each of them and nothing else but spaces: the first four and the
// last four bytes of s when it holds four at least (a byte may be read
// twice), else its first, middle and last byte and five spaces. A test of
// every byte of a word, such as [NotPrintable], reads a short text with
// one test.
func Short(s string) uint64 {
	if n := len(s); n >= 4 {
		return word4(s, 0) | word4(s, n-4)<<32
	}
	return uint64(s[0]) | uint64(s[len(s)/2])<<8 | uint64(s[len(s)-1])<<16 | ' '*Lsb&^0xffffff
}

// word4 is the four bytes of s from i, the first lowest.
func word4(s string, i int) uint64 {
	b := s[i : i+4]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24
}

// NotPrintable is zero when every byte of x is ASCII that renders or a
// space: none from 0x80, none below ' ' (a borrow of x - ' '*Lsb sets its
// high bit), none 0x7f (one that is zero in d). Otherwise it has the high
// bit of some byte set, maybe of a later byte than the first such.
func NotPrintable(x uint64) uint64 {
	d := x ^ 0x7f*Lsb
	return (x | (x - ' '*Lsb) | (d-Lsb)&^d) & Msb
}

// Spaces has the high bit of each byte of x, eight ASCII bytes, that is
// white space as unicode.IsSpace knows it: ' ', or '\t' to '\r'. Adding to a
// byte below 0x80 never carries into the next.
func Spaces(x uint64) uint64 {
	notBlank := (x ^ ' '*Lsb) + 0x7f*Lsb       // high bit set unless the byte is ' '
	fromTab := x + (0x80-'\t')*Lsb             // high bit set from '\t' on
	pastCR := x + (0x80-'\r'-1)*Lsb            // high bit set past '\r'
	return (^notBlank | fromTab&^pastCR) & Msb // ' ', or '\t' to '\r'
}
