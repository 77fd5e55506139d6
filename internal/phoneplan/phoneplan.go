package phoneplan

import (
	"errors"
	"slices"
	"strconv"
	"strings"
)

// Errors from [Parse], after libphonenumber's.
var (
	// ErrInvalidCountryCode: no calling code starts the number, or a national
	// number is read in an unknown region.
	ErrInvalidCountryCode = errors.New("phoneplan: invalid country code")
	// ErrNotANumber: not "+" and digits or digits alone, or too few digits to
	// be a number.
	ErrNotANumber = errors.New("phoneplan: not a number")
	// ErrTooShort: too few digits after the international prefix or in the
	// national number.
	ErrTooShort = errors.New("phoneplan: too short")
	// ErrTooLong: more than 17 digits in the national number, or more than
	// 250 bytes.
	ErrTooLong = errors.New("phoneplan: too long")
)

const (
	minNational = 2   // libphonenumber's MIN_LENGTH_FOR_NSN
	maxNational = 17  // libphonenumber's MAX_LENGTH_FOR_NSN
	maxCodeLen  = 3   // libphonenumber's MAX_LENGTH_COUNTRY_CODE
	maxInput    = 250 // libphonenumber's MAX_INPUT_STRING_LENGTH
)

// Number is a parsed telephone number: a calling code and the national
// (significant) number. The zero value is no number.
type Number struct {
	CountryCode int
	National    string // digits, without the national prefix
}

// Reason is the verdict of [Number.Possible] on the length of a number, after
// libphonenumber's ValidationResult. The zero value means not checked.
type Reason int

// The verdicts of [Number.Possible].
const (
	_                   Reason = iota
	IsPossible                 // IS_POSSIBLE
	IsPossibleLocalOnly        // IS_POSSIBLE_LOCAL_ONLY
	InvalidCountryCode         // INVALID_COUNTRY_CODE
	TooShort                   // TOO_SHORT
	InvalidLength              // INVALID_LENGTH
	TooLong                    // TOO_LONG
)

// Parse reads s, "+" and ASCII digits (international form) or ASCII digits
// alone (national form, read in the plan of region, an ISO 3166-1 alpha-2 code
// such as "CH"), as libphonenumber's Parse(s, region) does: the calling code
// follows "+" or the region's international prefix, a national prefix is
// removed when what remains has a possible length. It does not check that
// the number is valid: see [Number.Possible] and [Number.Valid].
func Parse(s, region string) (Number, error) {
	t, err := plans()
	if err != nil {
		return Number{}, err
	}
	plus := strings.HasPrefix(s, "+")
	digits := strings.TrimPrefix(s, "+")
	switch {
	case !allDigits(digits):
		return Number{}, ErrNotANumber
	case len(s) > maxInput:
		return Number{}, ErrTooLong
	case len(digits) < 3 && (plus || len(digits) != minNational):
		// libphonenumber's isViablePhoneNumber: two digits, or three
		// after "+".
		return Number{}, ErrNotANumber
	}
	home := t.byID(region)
	if home == nil && !plus {
		return Number{}, ErrInvalidCountryCode
	}
	cc, national, err := t.extractCountryCode(s, home)
	if err != nil {
		if !errors.Is(err, ErrInvalidCountryCode) || !plus {
			return Number{}, err
		}
		// libphonenumber tries again without the "+".
		if cc, national, err = t.extractCountryCode(digits, home); err != nil {
			return Number{}, err
		}
		if cc == 0 {
			return Number{}, ErrInvalidCountryCode
		}
	}
	plan := home
	if cc != 0 {
		if p := t.plan(cc); p.id != region {
			plan = p
		}
	} else {
		national = digits
		if home != nil {
			cc = home.cc
		}
	}
	if len(national) < minNational {
		return Number{}, ErrTooShort
	}
	if plan != nil {
		if err := plan.ready(); err != nil {
			return Number{}, err
		}
		if n := plan.stripNationalPrefix(national); !plan.tooShortOrInvalid(n) {
			national = n
		}
	}
	switch {
	case len(national) < minNational:
		return Number{}, ErrTooShort
	case len(national) > maxNational:
		return Number{}, ErrTooLong
	}
	return Number{CountryCode: cc, National: national}, nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// extractCountryCode follows libphonenumber's maybeExtractCountryCode: it
// returns the calling code that follows "+" or home's international prefix,
// or home's own code when s starts with it and is a better number without
// it, or 0 and "" when s has no calling code.
func (t *table) extractCountryCode(s string, home *region) (int, string, error) {
	if s == "" {
		return 0, "", nil
	}
	full, prefixed := strings.CutPrefix(s, "+")
	if !prefixed && home != nil {
		if err := home.ready(); err != nil {
			return 0, "", err
		}
		full, prefixed = home.cutIDD(full)
	}
	if prefixed {
		if len(full) <= minNational {
			return 0, "", ErrTooShort
		}
		if full[0] != '0' {
			for i := 1; i <= maxCodeLen && i <= len(full); i++ {
				cc, _ := strconv.Atoi(full[:i])
				if t.code(cc) != nil {
					return cc, full[i:], nil
				}
			}
		}
		return 0, "", ErrInvalidCountryCode
	}
	if home == nil {
		return 0, "", nil
	}
	code := strconv.Itoa(home.cc)
	if rest, ok := strings.CutPrefix(full, code); ok {
		national := home.stripNationalPrefix(rest)
		whole := home.general.whole()
		if !whole.MatchString(full) && whole.MatchString(national) || home.testLength(full) == TooLong {
			return home.cc, national, nil
		}
	}
	return 0, "", nil
}

// cutIDD removes r's international prefix from the start of s, unless a 0
// follows it (libphonenumber's parsePrefixAsIdd).
func (r *region) cutIDD(s string) (string, bool) {
	loc := r.iddRegexp().FindStringIndex(s)
	if loc == nil || loc[0] != 0 {
		return s, false
	}
	rest := s[loc[1]:]
	if rest != "" && rest[0] == '0' {
		return s, false
	}
	return rest, true
}

// stripNationalPrefix removes r's national prefix (and carrier code) from n,
// or applies its transform rule, unless n fits the general pattern and the
// result does not (libphonenumber's maybeStripNationalPrefixAndCarrierCode).
func (r *region) stripNationalPrefix(n string) string {
	if n == "" || r.npp == "" {
		return n
	}
	m := r.nppRegexp().FindStringSubmatchIndex(n)
	if m == nil {
		return n
	}
	whole := r.general.whole()
	viable := whole.MatchString(n)
	groups := len(m)/2 - 1
	if r.npt == "" || m[groups*2] < 0 {
		if viable && !whole.MatchString(n[m[1]:]) {
			return n
		}
		return n[m[1]:]
	}
	out := r.nppRegexp().ReplaceAllString(n, r.npt)
	if viable && !whole.MatchString(out) {
		return n
	}
	return out
}

// tooShortOrInvalid reports whether Parse keeps the national prefix because
// n, the number without it, is not of a possible length.
func (r *region) tooShortOrInvalid(n string) bool {
	switch r.testLength(n) {
	case TooShort, IsPossibleLocalOnly, InvalidLength:
		return true
	}
	return false
}

// testLength checks the length of national number n against r's general
// description (libphonenumber's testNumberLength for type UNKNOWN).
func (r *region) testLength(n string) Reason {
	ls := r.general.lengths // never empty: parseTable checks
	l := len(n)
	switch {
	case ls[0] == -1:
		return InvalidLength
	case slices.Contains(r.local, l):
		return IsPossibleLocalOnly
	case ls[0] == l:
		return IsPossible
	case ls[0] > l:
		return TooShort
	case ls[len(ls)-1] < l:
		return TooLong
	case slices.Contains(ls[1:], l):
		return IsPossible
	}
	return InvalidLength
}

// Possible checks the length of n in the plan of its calling code, as
// libphonenumber's IsPossibleNumberWithReason does.
func (n Number) Possible() Reason {
	t, err := plans()
	if err != nil {
		return InvalidCountryCode
	}
	plan := t.plan(n.CountryCode)
	if plan == nil || plan.ready() != nil {
		return InvalidCountryCode
	}
	if plan.general.pattern == "" {
		switch l := len(n.National); {
		case l < minNational:
			return TooShort
		case l > maxNational:
			return TooLong
		}
		return IsPossible
	}
	return plan.testLength(n.National)
}

// Valid reports whether n is a number of some kind (fixed line, mobile, toll
// free…) in the plan of its region, as libphonenumber's IsValidNumber does.
func (n Number) Valid() bool {
	t, err := plans()
	if err != nil {
		return false
	}
	r := t.region(n)
	return r != nil && r.cc == n.CountryCode && r.ready() == nil && r.knows(n.National)
}

// Region returns the region of n, "001" for a non-geographic calling code, or
// "" when n fits none of the regions of its code, as libphonenumber's
// GetRegionCodeForNumber does.
func (n Number) Region() string {
	t, err := plans()
	if err != nil {
		return ""
	}
	if r := t.region(n); r != nil {
		return r.id
	}
	return ""
}

// region chooses among the regions of n's calling code: the only one, or the
// first whose leading digits start n, or (lacking leading digits) whose plan
// knows n.
func (t *table) region(n Number) *region {
	rs := t.code(n.CountryCode)
	if len(rs) == 1 {
		return &rs[0]
	}
	for i := range rs {
		r := &rs[i]
		if r.leading != "" {
			if r.leadingRegexp().MatchString(n.National) {
				return r
			}
		} else if r.ready() != nil {
			return nil
		} else if r.knows(n.National) {
			return r
		}
	}
	return nil
}

// knows reports whether r gives national number n a type other than
// unknown (libphonenumber's getNumberTypeHelper).
func (r *region) knows(n string) bool {
	if !r.general.matches(n) {
		return false
	}
	// libphonenumber tries the other kinds before fixed line and mobile; for
	// whether there is one, the order does not matter, and most numbers are
	// fixed-line or mobile: the others' patterns need not be compiled.
	if r.fixed.matches(n) || !r.same && r.mobile.matches(n) {
		return true
	}
	for _, d := range r.others {
		if d.matches(n) {
			return true
		}
	}
	return false
}

// matches reports whether n has one of d's lengths and fits its pattern; a
// missing description matches nothing.
func (d *desc) matches(n string) bool {
	if d == nil || len(d.lengths) > 0 && !slices.Contains(d.lengths, len(n)) {
		return false
	}
	return d.whole().MatchString(n)
}

// E164 returns n in E.164 form, "+", the calling code and the national number.
func (n Number) E164() string {
	return "+" + strconv.Itoa(n.CountryCode) + n.National
}

// MainRegion returns the main region of calling code cc ("US" for 1), "001"
// for a non-geographic code, or "ZZ" for an unknown one, as libphonenumber's
// GetRegionCodeForCountryCode does.
func MainRegion(cc int) string {
	t, err := plans()
	if err != nil {
		return "ZZ"
	}
	if r := t.plan(cc); r != nil {
		return r.id
	}
	return "ZZ"
}
