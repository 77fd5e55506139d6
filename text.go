package itu

import (
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
	for _, r := range norm.NFD.String(s) {
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
