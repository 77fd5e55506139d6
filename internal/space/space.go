// Package space collapses the white space of text as rules compare it.
package space

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Collapse returns s with its runs of white space (as [unicode.IsSpace]
// knows it) replaced by one ASCII space and none at either end: what
// strings.Join(strings.Fields(s), " ") returns. Text already in that form,
// as nearly every paragraph of a payload is, comes back as it is, without
// a copy.
func Collapse(s string) string {
	if collapsed(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// collapsed reports whether s needs no change: no white space at either
// end, and none in it but single ASCII spaces.
func collapsed(s string) bool {
	prevSpace := true // no space at the start
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ':
				if prevSpace {
					return false
				}
				prevSpace = true
			case c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
				return false
			default:
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || s == ""
}
