package correspondence

import (
	"errors"
	"fmt"

	"github.com/nyaruka/phonenumbers"
)

// oracleNumberingPlan is numberingPlan as it was before package phoneplan
// (issue 18): the same checks, asked of github.com/nyaruka/phonenumbers. The
// differential tests hold numberingPlan to it. A panic in the library on
// hostile input becomes a reason.
func oracleNumberingPlan(w writtenPhone, in string) (e164, region, why string) {
	defer func() {
		if recover() != nil {
			e164, region, why = "", "", "cannot be read as a number"
		}
	}()
	s := w.digits
	if w.international {
		s = "+" + s
	}
	n, err := phonenumbers.Parse(s, in)
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
	if !w.international {
		cc += ", the country it is read in"
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
	region = phonenumbers.GetRegionCodeForNumber(n)
	if !w.international && region != in {
		return "", "", fmt.Sprintf("not a national number of %s", in)
	}
	return e164, region, ""
}
