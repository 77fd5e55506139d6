package correspondence

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/phoneplan"
)

// Phone is a telephone or fax number exactly as a document writes it:
// "+41(0)22 748 0000", "022 749 41 11". [Phone.E164] gives the number to dial
// ("+41227480000"). The zero value means "not set".
//
// The forms are those of letterheads, after ITU-T E.123:
//   - international: "+41 22 918 08 00", "+41(0)22 748 0000" and "+41 (0)58
//     482 24 24" (a national trunk prefix written "(0)" is dropped),
//     "+41-22-730 51 11", "(+41 22) 918 08 00", and "0041 22 749 41 11" (the
//     international prefix 00, ITU-T E.164 Annex A);
//   - national: "022 749 41 11", "(022) 749 41 11", read in the numbering plan
//     of a country given separately ([ParsePhoneIn], or the location of the
//     sending mission when a record is checked);
//   - either followed by a range of consecutive numbers, "/" and the last
//     digits of the last one ("+41 22 918 08 00/01"), and then by an
//     extension ("ext. 123", "x123", "poste 123", "extension 123").
//
// Otherwise a number holds only digits, spaces, hyphens, dots and unnested
// parentheses, and it must be a valid number in its country's numbering plan
// (Google's libphonenumber, from the metadata of github.com/nyaruka/phonenumbers
// v1.8.1). Letters, labels ("Tel:") and "tel:" URIs are not accepted.
type Phone string

// ErrBadPhone is wrapped by errors from [ParsePhone].
var ErrBadPhone = errors.New("bad telephone number")

const maxPhoneLen = 40

// ParsePhone checks that s is a well-formed telephone number in international
// form and returns it unchanged; errors wrap [ErrBadPhone] and say what is
// wrong. A number in national form needs its country: use [ParsePhoneIn].
func ParsePhone(s string) (Phone, error) { return ParsePhoneIn(s, "") }

// ParsePhoneIn is like [ParsePhone] but reads a number written in national
// form ("022 749 41 11") in the numbering plan of region, an ISO 3166-1
// alpha-2 code ("CH"). With region "" it accepts international forms only.
func ParsePhoneIn(s, region string) (Phone, error) {
	if _, _, why := parsePhone(s, region); why != "" {
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

// IsValid reports whether p is a well-formed telephone number in
// international form.
func (p Phone) IsValid() bool { _, _, why := parsePhone(string(p), ""); return why == "" }

// IsValidIn reports whether p is a well-formed telephone number, reading a
// number in national form in the numbering plan of region ("CH").
func (p Phone) IsValidIn(region string) bool {
	_, _, why := parsePhone(string(p), region)
	return why == ""
}

// E164 returns p in E.164 form, "+" and digits only ("+41227480000"), or ""
// when p is not a valid number in international form. For a range it is the
// first number; an extension is not part of it.
func (p Phone) E164() string { return p.E164In("") }

// E164In is like [Phone.E164] but reads a number in national form in the
// numbering plan of region ("CH").
func (p Phone) E164In(region string) string {
	e164, _, _ := parsePhone(string(p), region)
	return e164
}

// Region returns the ISO 3166-1 alpha-2 code of the country or territory whose
// numbering plan p belongs to ("CH"), or "" when p is not a valid number in
// international form.
func (p Phone) Region() string {
	_, region, _ := parsePhone(string(p), "")
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
	check.Describe[Phone](`a telephone number such as "+41(0)22 748 0000" or, in the mission's country, "022 749 41 11"`)
}

// whyNational is the reason parsePhone gives for a number in national form
// read without a country: it is not malformed, only unchecked.
const whyNational = `national form, and no country is given to read it in; write the number in international form, "+" and the country code first, such as "+41 22 748 0000"`

// parsePhone returns the E.164 form and numbering-plan region of s, or a
// reason why s is not a telephone number. A number in national form is read
// in region; with region "" the reason is whyNational.
func parsePhone(s, region string) (e164, planRegion, why string) {
	switch {
	case s == "":
		return "", "", "empty"
	case len(s) > maxPhoneLen:
		return "", "", fmt.Sprintf("%d bytes long; at most %d", len(s), maxPhoneLen)
	case strings.TrimSpace(s) != s:
		return "", "", "spaces around it"
	}
	body, international, why := readPhoneBody(s)
	if why != "" {
		return "", "", why
	}
	// The cache's key, on the stack: a lookup that finds it allocates
	// nothing. It starts with the digits.
	var kb [64]byte
	key := appendPhoneDigits(kb[:0], body)
	digits := len(key)
	if digits == 0 {
		return "", "", "no digits"
	}
	if !international && region == "" {
		if digits < 4 || digits > 15 {
			return "", "", fmt.Sprintf("%d digits; a national number has 4 to 15", digits)
		}
		return "", "", whyNational
	}
	if international {
		region = ""
	}
	key = append(append(key, 0), region...)
	if r, ok := planCache.Load(string(key)); ok {
		p := r.(planResult)
		return p.e164, p.region, p.why
	}
	n := writtenPhone{digits: string(key[:digits]), international: international}
	e164, planRegion, why = numberingPlan(n, region)
	if planCached.Add(1) <= maxPlanCache {
		planCache.Store(string(key), planResult{e164, planRegion, why})
	}
	return e164, planRegion, why
}

// writtenPhone is a telephone number read from its written form: the digits to
// dial after "+" (international) or in the country (national), without the
// trunk prefix written "(0)", the range or the extension.
type writtenPhone struct {
	digits        string
	international bool
}

// phoneExtension matches an extension after the number: "ext. 123", "x123",
// "Ext 123", "poste 123", "extension 123", optionally after a comma.
// It is compiled on first use, and tried only on a number that may hold
// one (mayHaveExtension).
var phoneExtension = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^(.*[0-9)])\s*,?\s*(?:ext\.?|extn\.?|extension|x|poste)\s*([0-9]{1,6})$`)
})

// mayHaveExtension reports whether s holds an "x" or a "p" in either case,
// as every extension word phoneExtension knows does ("ext", "x", "poste");
// neither letter has a case pair outside ASCII. Most numbers hold neither.
func mayHaveExtension(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | ('a' - 'A'); c == 'x' || c == 'p' { // either case; no other byte gives them
			return true
		}
	}
	return false
}

// readPhone reads the written form of s: prefix, digits, range, extension.
func readPhone(s string) (writtenPhone, string) {
	body, international, why := readPhoneBody(s)
	if why != "" {
		return writtenPhone{}, why
	}
	n := writtenPhone{digits: phoneDigits(body), international: international}
	if n.digits == "" {
		return writtenPhone{}, "no digits"
	}
	return n, ""
}

// readPhoneBody is [readPhone] up to the digits: it checks the written
// form of s and returns the part that holds the digits (after the
// international prefix, without the range and the extension), so that
// parsePhone can collect them on the stack.
func readPhoneBody(s string) (body string, international bool, why string) {
	if mayHaveExtension(s) {
		if m := phoneExtension().FindStringSubmatch(s); m != nil {
			s = m[1]
		}
	}
	s, why = cutPhoneRange(s)
	if why != "" {
		return "", false, why
	}
	body = s
	switch international = writtenInternational(s); {
	case strings.HasPrefix(s, "+"):
		body = s[1:]
	case strings.HasPrefix(s, "(+"):
		body = "(" + s[2:]
	case strings.HasPrefix(s, "00"):
		body = s[2:]
	case s[0] >= '0' && s[0] <= '9', len(s) > 1 && s[0] == '(' && s[1] >= '0' && s[1] <= '9':
	default:
		return "", false, `not a number; start with "+" and the country code, such as "+41 22 748 0000", or with the digits of a national number`
	}
	if why := phoneChars(body); why != "" {
		return "", false, why
	}
	if !international && strings.Contains(s, "(0)") {
		return "", false, `a trunk prefix written "(0)" follows a country code; a national number is written without one`
	}
	return body, international, ""
}

// writtenInternational reports whether s starts as a number in
// international form does: "+", "(+" or "00". The extension and the range
// readPhone cuts off are at the end, so they never change the answer.
func writtenInternational(s string) bool {
	return strings.HasPrefix(s, "+") || strings.HasPrefix(s, "(+") || strings.HasPrefix(s, "00")
}

// cutPhoneRange removes a range written after the number ("/01": the last
// number ends in 01), checking that it counts up from the number.
func cutPhoneRange(s string) (string, string) {
	i := strings.LastIndexByte(s, '/')
	if i < 0 {
		return s, ""
	}
	head, last := s[:i], s[i+1:]
	tail := head[len(strings.TrimRight(head, "0123456789")):]
	if _, ok := asciiDigits(last); !ok || len(last) > 4 || len(last) > len(tail) {
		return "", `a range is written "/" and the last one to four digits of the last number, such as "+41 22 918 08 00/01"`
	}
	if first := tail[len(tail)-len(last):]; last <= first {
		return "", fmt.Sprintf("the range ends in %q, not after the number's own %q; a range counts up", last, first)
	}
	return head, ""
}

func asciiDigits(s string) (string, bool) {
	if s == "" {
		return "", false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return "", false
		}
	}
	return s, true
}

// phoneDigits returns the ASCII digits of s, without the trunk prefixes
// written "(0)": the digits strings.ReplaceAll(s, "(0)", "") holds.
func phoneDigits(s string) string {
	var buf [maxPhoneLen]byte // no longer than the number (parsePhone's bound), on the stack
	return string(appendPhoneDigits(buf[:0], s))
}

// appendPhoneDigits appends [phoneDigits] of s to dst.
func appendPhoneDigits(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "(0)"):
			i += len("(0)") - 1
		case s[i] >= '0' && s[i] <= '9':
			dst = append(dst, s[i])
		}
	}
	return dst
}

// planCache remembers numberingPlan's answers, a pure function of the text
// and the costliest step of checking a telephone number (the numbering
// plans' regular expressions). A service sees the same missions' numbers
// again and again; the cache stops growing at maxPlanCache numbers (at most
// 40 bytes each), so a stream of new numbers costs bounded memory.
var (
	planCache  sync.Map // digits, a zero byte and the region read in -> planResult
	planCached atomic.Int64
)

const maxPlanCache = 4096

type planResult struct{ e164, region, why string }

// numberingPlan checks w, a national number read in region in, against the
// numbering plans of libphonenumber, as package phoneplan holds them.
func numberingPlan(w writtenPhone, in string) (e164, region, why string) {
	s := w.digits
	if w.international {
		s = "+" + s
	}
	n, err := phoneplan.Parse(s, in)
	if err != nil {
		if errors.Is(err, phoneplan.ErrInvalidCountryCode) {
			return "", "", "no country has this calling code"
		}
		return "", "", "cannot be read as a number"
	}
	cc := fmt.Sprintf("+%d", n.CountryCode)
	if r := phoneplan.MainRegion(n.CountryCode); r != "ZZ" && r != "" {
		cc += " (" + r + ")"
	}
	if !w.international {
		cc += ", the country it is read in"
	}
	switch n.Possible() {
	case phoneplan.InvalidCountryCode:
		return "", "", "no country has this calling code"
	case phoneplan.TooShort:
		return "", "", "too few digits for a number with country code " + cc
	case phoneplan.TooLong:
		return "", "", "too many digits for a number with country code " + cc
	case phoneplan.InvalidLength, phoneplan.IsPossibleLocalOnly:
		return "", "", "wrong number of digits for a number with country code " + cc
	}
	if !n.Valid() {
		return "", "", "not a number in the numbering plan of country code " + cc
	}
	e164 = n.E164()
	if len(e164) > maxE164 {
		// The library's plans allow some longer numbers; E.164 does not.
		return "", "", fmt.Sprintf("%d digits; an international number has at most 15 (ITU-T E.164)", len(e164)-1)
	}
	region = n.Region()
	if !w.international && region != in {
		return "", "", fmt.Sprintf("not a national number of %s", in)
	}
	return e164, region, ""
}

// maxE164 is the longest E.164 form: "+" and 15 digits (ITU-T E.164 § 6.1).
const maxE164 = 16

// phoneChars checks the number after its international prefix: digits and
// separators, with parentheses paired and not nested.
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
			return fmt.Sprintf("holds %q; write a number with digits, spaces, hyphens, dots and parentheses, then a range (\"/01\") or an extension (\"ext. 123\") if any", r)
		}
	}
	if open {
		return "unpaired or nested parentheses"
	}
	return ""
}
