package itu

import (
	"strings"
	"unicode"
)

// ConferenceKey returns the canonical form of a conference code, the key by
// which rules compare conferences: its [CanonicalKey] with everything but
// letters and digits removed, in capitals, with one hyphen between the
// letters and the digits. "PP-22", "pp22", "PP 22", "ＰＰ－２２" and
// "P\u00adP-22" all give "PP-22"; text that holds no letter or digit gives "".
func ConferenceKey(s string) string {
	k := CanonicalKey(s)
	var letters, digits, rest strings.Builder
	for _, r := range k {
		switch {
		case unicode.IsDigit(r) && rest.Len() == 0:
			digits.WriteRune(r)
		case unicode.IsLetter(r) && digits.Len() == 0:
			letters.WriteRune(unicode.ToUpper(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			rest.WriteRune(unicode.ToUpper(r))
		}
	}
	out := letters.String()
	if digits.Len() > 0 {
		if out != "" {
			out += "-"
		}
		out += digits.String()
	}
	if rest.Len() > 0 {
		out += "-" + rest.String()
	}
	return out
}
