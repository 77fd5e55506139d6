package itu

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// foldKey reduces s to a lookup key: diacritics removed, lower case, dots and
// commas dropped, runs of space collapsed, and a leading "the " removed.
func foldKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	if !isASCII(s) {
		s = norm.NFD.String(s)
	}
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r), r == '.', r == ',':
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r == '’' {
			r = '\''
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return strings.TrimPrefix(b.String(), "the ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// maxQuoted is how many characters of an input an error message repeats.
const maxQuoted = 60

// quoteInput quotes s for an error message, cut to maxQuoted characters so
// that a hostile input of megabytes is never echoed back in full.
func quoteInput[T string | []byte](s T) string {
	n := 0
	for i := range string(s) {
		if n == maxQuoted {
			return strconv.Quote(string(s[:i]) + "…")
		}
		n++
	}
	return strconv.Quote(string(s))
}
