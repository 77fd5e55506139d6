package correspondence

import (
	"math"
	"math/bits"
	"unicode"
	"unicode/utf8"

	"github.com/plenipot/itu/internal/swar"
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
		if swar.NotPrintable(swar.Word(s, i)) != 0 {
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
func wordCount(s string) int { return wordsUpTo(s, math.MaxInt) }

// wordsUpTo is [wordCount] that stops counting once it has limit words: it
// returns the count when it is below limit, otherwise some count of at
// least limit. A rule that asks whether a paragraph has word w reads it up
// to that word only.
func wordsUpTo(s string, limit int) int {
	n, inWord := 0, false
	for i := 0; i < len(s) && n < limit; {
		if i+8 <= len(s) {
			if x := swar.Word(s, i); x&swar.Msb == 0 {
				space := swar.Spaces(x)
				// A word starts at each byte that is not a space after
				// one that is, the byte before the eight included.
				before := space << 8
				if !inWord {
					before |= 0x80
				}
				n += bits.OnesCount64(^space & before & swar.Msb)
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

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func lower(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
