package cv

// foldASCII is the fast path of the written-form keys (roleKey, degreeKey)
// for text that is printable ASCII, as nearly every CV line is: it appends to
// dst the key those functions give, without their allocations, and reports
// false when s is not such text (then the caller folds it the long way). In
// the key, letters are lower case and each run of white space and of the
// bytes sep accepts is one space when join is set and nothing otherwise,
// with none at either end; canon.Key reads printable ASCII the same way.
func foldASCII(dst []byte, s string, sep func(c byte) bool, join bool) ([]byte, bool) {
	start := len(dst)
	gap := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' || sep(c):
			gap = join && len(dst) > start
			continue
		case c < ' ' || c >= 0x7f:
			return dst[:start], false
		case gap:
			dst = append(dst, ' ')
			gap = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}
