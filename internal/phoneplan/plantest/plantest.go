// Package plantest gives tests of phoneplan and its users the numbers to
// check against libphonenumber (github.com/nyaruka/phonenumbers), the
// oracle: the example numbers of every plan in several written forms, and
// perturbations of them. Only tests import it, so the library never links
// phonenumbers.
package plantest

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"

	"github.com/nyaruka/phonenumbers"
)

// Case is a number as phoneplan.Parse takes it, "+" and digits or digits
// alone, and the region a national number is read in.
type Case struct {
	Number string
	Region string
}

// Regions is every geographic region of the metadata, sorted.
func Regions() []string {
	var rs []string
	for r := range phonenumbers.GetSupportedRegions() {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return rs
}

// foreign are regions a national number is also read in: a shared calling
// code, a national prefix 0, a transform rule, and codes that are not
// regions.
var foreign = []string{"US", "CH", "AR", "", "001"}

// Examples returns, for the example number of every kind in every plan: its
// international form ("+41…"); for a geographic plan also its national form
// read in its region, with and without the national prefix, with the calling
// code but no "+", after the region's international prefix, and read in a
// few other regions.
func Examples() []Case {
	coll, err := phonenumbers.MetadataCollection()
	if err != nil {
		panic(err)
	}
	var cs []Case
	for _, m := range coll.GetMetadata() {
		cc := strconv.Itoa(int(m.GetCountryCode()))
		for _, d := range descs(m) {
			ex := d.GetExampleNumber()
			if ex == "" {
				continue
			}
			cs = append(cs, Case{"+" + cc + ex, ""})
			if m.GetId() == "001" {
				cs = append(cs, Case{"+" + cc + ex, "CH"}, Case{cc + ex, "US"})
				continue
			}
			id := m.GetId()
			cs = append(cs, Case{ex, id}, Case{cc + ex, id}, Case{"+" + cc + ex, id})
			if np := m.GetNationalPrefix(); np != "" {
				cs = append(cs, Case{np + ex, id})
			}
			if idd := m.GetPreferredInternationalPrefix(); idd != "" && allDigits(idd) {
				cs = append(cs, Case{idd + cc + ex, id})
			} else if idd := m.GetInternationalPrefix(); allDigits(idd) {
				cs = append(cs, Case{idd + cc + ex, id})
			}
			for _, r := range foreign {
				cs = append(cs, Case{ex, r})
			}
			cs = append(cs, Case{"011" + cc + ex, "US"}, Case{"00" + cc + ex, "DE"})
		}
	}
	return cs
}

func descs(m *phonenumbers.PhoneMetadata) []*phonenumbers.PhoneNumberDesc {
	return []*phonenumbers.PhoneNumberDesc{m.GetFixedLine(), m.GetMobile(), m.GetTollFree(), m.GetPremiumRate(),
		m.GetSharedCost(), m.GetVoip(), m.GetPersonalNumber(), m.GetPager(), m.GetUan(), m.GetVoicemail()}
}

func allDigits(s string) bool { return s != "" && strings.Trim(s, "0123456789") == "" }

// Perturb returns n numbers one edit away from c's, a digit dropped,
// changed or added, chosen by a generator seeded with seed; or every such
// number when n < 0. The "+" stays.
func Perturb(c Case, n int, seed uint64) []Case {
	plus, digits := "", c.Number
	if strings.HasPrefix(digits, "+") {
		plus, digits = "+", digits[1:]
	}
	var out []Case
	add := func(d string) { out = append(out, Case{plus + d, c.Region}) }
	if n >= 0 {
		r := rand.New(rand.NewPCG(seed, uint64(len(c.Number))))
		for range n {
			i, x := r.IntN(len(digits)+1), string(byte('0'+r.IntN(10)))
			switch op := r.IntN(3); {
			case op == 0 || i == len(digits):
				add(digits[:i] + x + digits[i:])
			case op == 1:
				add(digits[:i] + digits[i+1:])
			default:
				add(digits[:i] + x + digits[i+1:])
			}
		}
		return out
	}
	for i := range len(digits) {
		add(digits[:i] + digits[i+1:])
		for x := byte('0'); x <= '9'; x++ {
			if x != digits[i] {
				add(digits[:i] + string(x) + digits[i+1:])
			}
		}
	}
	for i := range len(digits) + 1 {
		for x := byte('0'); x <= '9'; x++ {
			add(digits[:i] + string(x) + digits[i:])
		}
	}
	return out
}
