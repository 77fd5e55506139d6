package cv

// A foldTable classes each byte for foldASCII: what the key of a written
// form (roleKey, degreeKey) makes of it.
type foldTable [256]uint8

const (
	foldReject uint8 = iota // not printable ASCII: fold the long way
	foldKeep                // kept, upper case made lower
	foldGap                 // white space or a separator
)

// newFoldTable classes printable ASCII as kept, and white space and the
// bytes of seps as gaps.
func newFoldTable(seps string) *foldTable {
	var t foldTable
	for c := ' '; c < 0x7f; c++ {
		t[c] = foldKeep
	}
	for _, c := range " \t\n\v\f\r" + seps {
		t[c] = foldGap
	}
	return &t
}

// roleFold and degreeFold are the tables of roleKey, which reads hyphens
// and underscores as spaces, and of degreeKey, which drops dots, hyphens
// and apostrophes with the spaces.
var (
	roleFold   = newFoldTable("-_")
	degreeFold = newFoldTable(".-'")
)

// foldASCII is the fast path of the written-form keys (roleKey, degreeKey)
// for text that is printable ASCII, as nearly every CV line is: it appends to
// dst the key those functions give, without their allocations, and reports
// false when s is not such text (then the caller folds it the long way). In
// the key, letters are lower case and each run of gaps (see t) is one space
// when join is set and nothing otherwise, with none at either end;
// canon.Key reads printable ASCII the same way.
func foldASCII(dst []byte, s string, t *foldTable, join bool) ([]byte, bool) {
	start := len(dst)
	gap := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch t[c] {
		case foldReject:
			return dst[:start], false
		case foldGap:
			gap = join && len(dst) > start
			continue
		}
		if gap {
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
