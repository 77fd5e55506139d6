package cv

import (
	"unicode"
	"unicode/utf8"
)

// candidateFor reads a heading line that names the post stood for:
// "Candidate for the post of Deputy Secretary-General (of ITU)" gives "Deputy
// Secretary-General". It reads a line as the pattern
//
//	(?i)^\s*candidate\s+(?:for|to)\s+(?:the\s+post\s+of\s+)?(.+?)(?:\s+(?:of|at)\s+(?:the\s+)?(?:ITU|International\s+Telecommunication\s+Union))?[.:;]?\s*$
//
// reads it, with its first submatch, but without compiling a regular
// expression in every process that checks a CV (issue 18);
// FuzzCandidateFor compares the two.
func candidateFor(line string) (string, bool) {
	s, ok := cutFold(skipSpace(line), "candidate")
	if !ok || spaces(s) == 0 {
		return "", false
	}
	s = skipSpace(s)
	if t, ok := cutFold(s, "for"); ok {
		s = t
	} else if s, ok = cutFold(s, "to"); !ok {
		return "", false
	}
	// \s+ is greedy: the longest run of space first, and (?:the\s+post\s+of\s+)
	// before the name; a shorter run leaves the name starting with a space.
	for k := spaces(s); k > 0; k-- {
		rest := s[k:]
		if k == spaces(s) {
			if t, ok := cutPostOf(rest); ok {
				for j := spaces(t); j > 0; j-- {
					if name, ok := shortestName(t[j:]); ok {
						return name, true
					}
				}
			}
		}
		if name, ok := shortestName(rest); ok {
			return name, true
		}
	}
	return "", false
}

// cutPostOf cuts "the post of" (any case, any space between the words) from
// the start of s, leaving the space after it.
func cutPostOf(s string) (string, bool) {
	for i, w := range [...]string{"the", "post", "of"} {
		if i > 0 {
			if spaces(s) == 0 {
				return "", false
			}
			s = skipSpace(s)
		}
		var ok bool
		if s, ok = cutFold(s, w); !ok {
			return "", false
		}
	}
	return s, true
}

// shortestName returns the shortest start of s, one character or more and
// no line break, after which the rest of s is an ending (see isEnding).
//
// An ending is empty or opens with one of ".:;" or a space (mayEnd), so
// isEnding is asked only there, and the bytes between are skipped without
// decoding: a post's name is mostly letters. Those bytes are ASCII, so they
// are where a rune starts however s is decoded, and "\n" among them ends
// the search.
func shortestName(s string) (string, bool) {
	if s == "" || s[0] == '\n' {
		return "", false
	}
	e := 1
	if s[0] >= utf8.RuneSelf {
		_, e = utf8.DecodeRuneInString(s)
	}
	for {
		for e < len(s) && !mayEnd[s[e]] {
			e++
		}
		if isEnding(s[e:]) {
			return s[:e], true
		}
		if s[e] == '\n' { // e < len(s): isEnding("") holds
			return "", false
		}
		e++
	}
}

// mayEnd holds the bytes an ending may open with: ".:;" and the space of
// spaces. isEnding is false on a string opening with any other byte.
var mayEnd = [256]bool{'.': true, ':': true, ';': true, ' ': true, '\t': true, '\n': true, '\f': true, '\r': true}

// isEnding reports whether s is what may follow the post's name: "of ITU",
// "at the International Telecommunication Union" (any case, any space
// between the words), or nothing, then one of ".:;" or none, then space.
func isEnding(s string) bool {
	if isEnd(s) {
		return true
	}
	if spaces(s) == 0 {
		return false
	}
	s = skipSpace(s)
	t, ok := cutFold(s, "of")
	if !ok {
		if t, ok = cutFold(s, "at"); !ok {
			return false
		}
	}
	if spaces(t) == 0 {
		return false
	}
	t = skipSpace(t)
	if isUnion(t) {
		return true
	}
	if u, ok := cutFold(t, "the"); ok && spaces(u) > 0 {
		return isUnion(skipSpace(u))
	}
	return false
}

// isUnion reports whether s is "ITU" or "International Telecommunication
// Union" (any case, any space between the words) and then an end (isEnd).
func isUnion(s string) bool {
	if t, ok := cutFold(s, "ITU"); ok && isEnd(t) {
		return true
	}
	for i, w := range [...]string{"International", "Telecommunication", "Union"} {
		if i > 0 {
			if spaces(s) == 0 {
				return false
			}
			s = skipSpace(s)
		}
		var ok bool
		if s, ok = cutFold(s, w); !ok {
			return false
		}
	}
	return isEnd(s)
}

// isEnd reports whether s is one of ".:;" or nothing, then space only.
func isEnd(s string) bool {
	if s != "" && (s[0] == '.' || s[0] == ':' || s[0] == ';') {
		s = s[1:]
	}
	return spaces(s) == len(s)
}

// spaces returns how many bytes of space start s: the space of \s in a
// regular expression, "\t\n\f\r ".
func spaces(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\f' || s[i] == '\r') {
		i++
	}
	return i
}

func skipSpace(s string) string { return s[spaces(s):] }

// cutFold cuts word, ASCII letters only, from the start of s, matching each
// letter as (?i) does: any rune of its simple case folding orbit ("ſ" for
// "s"). An ASCII byte of s matches a letter only in either case (the orbits
// of "k" and "s" reach beyond ASCII, never to another ASCII letter), so only
// the rest is decoded and folded.
func cutFold(s, word string) (string, bool) {
	for i := 0; i < len(word); i++ {
		w := word[i]
		if s != "" && s[0] < utf8.RuneSelf {
			if s[0]|0x20 != w|0x20 {
				return "", false
			}
			s = s[1:]
			continue
		}
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 || !foldEqual(r, rune(w)) {
			return "", false
		}
		s = s[n:]
	}
	return s, true
}

func foldEqual(r, w rune) bool {
	for f := w; ; {
		if r == f {
			return true
		}
		if f = unicode.SimpleFold(f); f == w {
			return false
		}
	}
}
