package correspondence

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/nyaruka/phonenumbers"

	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
)

// Phone is a telephone or fax number exactly as a document writes it, in
// international form: "+41(0)22 748 0000". [Phone.E164] gives the number to
// dial ("+41227480000"). The zero value means "not set".
//
// A number is well formed when it starts with "+" and a country calling code,
// holds only digits, spaces, hyphens, dots and parentheses (a national trunk
// prefix written "(0)" is dropped, as Swiss and British numbers write it), and
// is a valid number in that country's numbering plan. The numbering plans are
// those of Google's libphonenumber, through github.com/nyaruka/phonenumbers.
// Extensions, letters and "tel:" URIs are not accepted.
type Phone string

// ErrBadPhone is wrapped by errors from [ParsePhone].
var ErrBadPhone = errors.New("bad telephone number")

const maxPhoneLen = 40

// ParsePhone checks that s is a well-formed international telephone number
// and returns it unchanged; errors wrap [ErrBadPhone] and say what is wrong.
func ParsePhone(s string) (Phone, error) {
	if _, _, why := parsePhone(s); why != "" {
		return "", fmt.Errorf("correspondence: parse phone number %q: %w (%s)", clip.String(s), ErrBadPhone, why)
	}
	return Phone(s), nil
}

// MustParsePhone is like [ParsePhone] but panics on error; use it for literals in tests.
func MustParsePhone(s string) Phone {
	p, err := ParsePhone(s)
	if err != nil {
		panic(err)
	}
	return p
}

// IsValid reports whether p is a well-formed international telephone number.
func (p Phone) IsValid() bool { _, _, why := parsePhone(string(p)); return why == "" }

// E164 returns p in E.164 form, "+" and digits only ("+41227480000"), or ""
// when p is not a valid number.
func (p Phone) E164() string {
	e164, _, _ := parsePhone(string(p))
	return e164
}

// Region returns the ISO 3166-1 alpha-2 code of the country or territory whose
// numbering plan p belongs to ("CH"), or "" when p is not a valid number.
func (p Phone) Region() string {
	_, region, _ := parsePhone(string(p))
	return region
}

// String returns p as written.
func (p Phone) String() string { return string(p) }

// MarshalText returns p as written.
func (p Phone) MarshalText() ([]byte, error) { return []byte(p), nil }

// UnmarshalText keeps the text as written, without checking it, so that a
// payload decodes in full and Validate reports a malformed number with its rule
// code beside every other problem. Use [ParsePhone] to reject at once.
func (p *Phone) UnmarshalText(b []byte) error {
	*p = Phone(b)
	return nil
}

func init() {
	check.Describe[Phone](`an international telephone number such as "+41(0)22 748 0000"`)
}

// parsePhone returns the E.164 form and numbering-plan region of s, or a
// reason why s is not a telephone number.
func parsePhone(s string) (e164, region, why string) {
	switch {
	case s == "":
		return "", "", "empty"
	case len(s) > maxPhoneLen:
		return "", "", fmt.Sprintf("%d bytes long; at most %d", len(s), maxPhoneLen)
	case strings.TrimSpace(s) != s:
		return "", "", "spaces around it"
	case s[0] != '+':
		return "", "", `no country code; write the number in international form, "+" and the country code first, such as "+41 22 748 0000"`
	}
	if why := phoneChars(s[1:]); why != "" {
		return "", "", why
	}
	if r, ok := planCache.Load(s); ok {
		p := r.(planResult)
		return p.e164, p.region, p.why
	}
	e164, region, why = numberingPlan(s)
	if planCached.Add(1) <= maxPlanCache {
		planCache.Store(s, planResult{e164, region, why})
	}
	return e164, region, why
}

// planCache remembers numberingPlan's answers, a pure function of the text
// and by far the costliest step of checking a correspondence record
// (libphonenumber's regular expressions). A service sees the same missions'
// numbers again and again; the cache stops growing at maxPlanCache numbers
// (at most 40 bytes each), so a stream of new numbers costs bounded memory.
var (
	planCache  sync.Map // string -> planResult
	planCached atomic.Int64
)

const maxPlanCache = 4096

type planResult struct{ e164, region, why string }

// numberingPlan checks s against the numbering plans of libphonenumber. A
// panic in the library on hostile input becomes a reason: this package never
// panics on input.
func numberingPlan(s string) (e164, region, why string) {
	defer func() {
		if recover() != nil {
			e164, region, why = "", "", "cannot be read as a number"
		}
	}()
	n, err := phonenumbers.Parse(s, "")
	if err != nil {
		if errors.Is(err, phonenumbers.ErrInvalidCountryCode) {
			return "", "", "no country has this calling code"
		}
		return "", "", "cannot be read as a number"
	}
	cc := fmt.Sprintf("+%d", n.GetCountryCode())
	if r := phonenumbers.GetRegionCodeForCountryCode(int(n.GetCountryCode())); r != "ZZ" && r != "" {
		cc += " (" + r + ")"
	}
	switch phonenumbers.IsPossibleNumberWithReason(n) {
	case phonenumbers.INVALID_COUNTRY_CODE:
		return "", "", "no country has this calling code"
	case phonenumbers.TOO_SHORT:
		return "", "", "too few digits for a number with country code " + cc
	case phonenumbers.TOO_LONG:
		return "", "", "too many digits for a number with country code " + cc
	case phonenumbers.INVALID_LENGTH, phonenumbers.IS_POSSIBLE_LOCAL_ONLY:
		return "", "", "wrong number of digits for a number with country code " + cc
	}
	if !phonenumbers.IsValidNumber(n) {
		return "", "", "not a number in the numbering plan of country code " + cc
	}
	e164 = phonenumbers.Format(n, phonenumbers.E164)
	if len(e164) > maxE164 {
		// The library's plans allow some longer numbers; E.164 does not.
		return "", "", fmt.Sprintf("%d digits; an international number has at most 15 (ITU-T E.164)", len(e164)-1)
	}
	return e164, phonenumbers.GetRegionCodeForNumber(n), ""
}

// maxE164 is the longest E.164 form: "+" and 15 digits (ITU-T E.164 § 6.1).
const maxE164 = 16

// phoneChars checks what follows the "+": digits and separators, with
// parentheses paired and not nested.
func phoneChars(s string) string {
	open := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9', r == ' ', r == '-', r == '.':
		case r == '(' && !open:
			open = true
		case r == ')' && open:
			open = false
		case r == '(' || r == ')':
			return "unpaired or nested parentheses"
		default:
			return fmt.Sprintf("holds %q; write a number with digits, spaces, hyphens, dots and parentheses only, with no extension", r)
		}
	}
	if open {
		return "unpaired or nested parentheses"
	}
	return ""
}
