// Package fold reduces names to lookup keys: diacritics removed, lower case,
// dots and commas dropped, spaces collapsed, a leading "the " removed.
package fold

import (
	"bytes"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Key reduces s to a lookup key: diacritics removed, lower case, dots and
// commas dropped, runs of space collapsed, and a leading "the " removed.
func Key(s string) string {
	var buf [64]byte // most keys fit: one allocation, the string
	return string(AppendKey(buf[:0], s))
}

// AppendKey appends the lookup key of s to dst; lookups fold into a stack
// buffer with it, so a miss allocates nothing.
func AppendKey(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	if IsASCII(s) {
		return appendASCII(dst, s)
	}
	s = norm.NFD.String(s)
	for _, r := range s {
		switch {
		case r == '.', r == ',', r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if r == '’' {
			r = '\''
		}
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	if bytes.HasPrefix(dst[start:], []byte("the ")) {
		dst = append(dst[:start], dst[start+4:]...)
	}
	return dst
}

// appendASCII is AppendKey for ASCII text, a byte at a time.
func appendASCII(dst []byte, s string) []byte {
	start := len(dst)
	dst = AppendWordsASCII(dst, s)
	if bytes.HasPrefix(dst[start:], []byte("the ")) {
		dst = append(dst[:start], dst[start+4:]...)
	}
	return dst
}

// AppendWordsASCII appends the words of the ASCII text s as [AppendKey]
// folds them, but keeping a leading "the": for callers that fold a piece of
// a longer text to join to others (internal/postname).
func AppendWordsASCII(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '.', ',':
			continue
		case ' ', '\t', '\n', '\v', '\f', '\r':
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// IsASCII reports whether s holds only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
