// Package clip is the one place that cuts and quotes the input a message
// echoes back. A hostile value of megabytes is never repeated in full: a
// message repeats at most [Max] characters of it, and marks the cut with
// [Mark]. Only what is kept is read and copied.
//
// Every package of the module quotes echoed values with [Quote] (or, inside a
// %q verb, [String]); paths and whole messages, bounded in bytes, are cut
// with [Bytes]. It is not part of the public API.
package clip

import (
	"strconv"
	"unicode/utf8"
)

// Max is how many characters (runes) of an input value a message repeats:
// enough for a whole CV line ("2015 – Present Director, Telecommunication
// Standardization Bureau (TSB), ITU"), never a hostile value of megabytes.
const Max = 80

// Mark marks text that was cut.
const Mark = "…"

// String returns s cut to [Max] characters, with [Mark] after a cut. It
// reads no further than it keeps, and converts only what it keeps.
func String[T ~string | ~[]byte](s T) string {
	n := 0
	for i := range string(s) {
		if n == Max {
			return string(s[:i]) + Mark
		}
		n++
	}
	return string(s)
}

// Quote returns s cut as [String] cuts it, quoted as strconv.Quote and %q
// quote: the form every message echoes an input value in.
func Quote[T ~string | ~[]byte](s T) string { return strconv.Quote(String(s)) }

// Prefix returns the longest prefix of s of at most n bytes that ends on a
// character boundary.
func Prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// Bytes returns s cut to at most n bytes on a character boundary, the
// [Mark] that ends a cut text included; s itself when it fits.
func Bytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return Prefix(s, n-len(Mark)) + Mark
}
