package correspondence

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

// The text of a document is nearly always ASCII. These functions read it
// eight bytes at a time while it is, and a rune at a time where it is not.

// plainASCII reports whether s is plain ASCII text, whose [canon.Key] is
// its lower case with each run of white space one space and the ends
// trimmed: it holds no byte of 0x80 or more and no control character other
// than white space.
func plainASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		if printableASCII(word(s, i)) != 0 {
			break // a byte to look at alone
		}
	}
	for ; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c < ' ' && !asciiSpace(c) || c == 0x7f {
			return false
		}
	}
	return true
}

// wordCount returns len(strings.Fields(s)) without building the fields.
func wordCount(s string) int {
	n, inWord := 0, false
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if x := word(s, i); x&msb == 0 {
				space := spaces(x)
				// A word starts at each byte that is not a space after
				// one that is, the byte before the eight included.
				before := space << 8
				if !inWord {
					before |= 0x80
				}
				n += bits.OnesCount64(^space & before & msb)
				inWord = space>>56 == 0
				i += 8
				continue
			}
		}
		var space bool
		if c := s[i]; c < utf8.RuneSelf {
			space = asciiSpace(c) // unicode.IsSpace, for ASCII
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(r)
			i += size
		}
		if !space && !inWord {
			n++
		}
		inWord = !space
	}
	return n
}

// word is the eight bytes of s from i, the first lowest.
func word(s string, i int) uint64 {
	_ = s[i+7]
	return uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
		uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
}

// printableASCII is zero when every byte of x is ASCII that renders or a
// space: none from 0x80, none below ' ' (a borrow of x - ' '*lsb sets its
// high bit), none 0x7f (one that is zero in d). Otherwise it has the high
// bit of some byte set, maybe of a later byte than the first such.
func printableASCII(x uint64) uint64 {
	d := x ^ 0x7f*lsb
	return (x | (x - ' '*lsb) | (d-lsb)&^d) & msb
}

// spaces has the high bit of each byte of x, eight ASCII bytes, that is
// white space (asciiSpace): ' ', or '\t' to '\r'. Adding to a byte below
// 0x80 never carries into the next.
func spaces(x uint64) uint64 {
	notBlank := (x ^ ' '*lsb) + 0x7f*lsb       // high bit set unless the byte is ' '
	fromTab := x + (0x80-'\t')*lsb             // high bit set from '\t' on
	pastCR := x + (0x80-'\r'-1)*lsb            // high bit set past '\r'
	return (^notBlank | fromTab&^pastCR) & msb // ' ', or '\t' to '\r'
}

// lsb and msb are the lowest and highest bit of each byte of a word.
const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
