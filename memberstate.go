package itu

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/clip"
	"github.com/plenipot/itu/internal/fold"
)

// StateCode identifies a Member State by its ISO 3166-1 alpha-3 code ("KOR"),
// the form payloads carry. The zero value means "not set". A code is valid when
// it names a Member State in the registry; see [StateCode.MemberState].
type StateCode string

// RegionStatus says how well the region of a Member State is attested.
type RegionStatus string

// The evidence levels for a Member State's region in the registry
// (data/member-states.csv). No ITU list of Member States by region is
// published; a region is confirmed where an ITU election record states it.
const (
	RegionConfirmed RegionStatus = "confirmed" // stated in an ITU election record
	RegionInferred  RegionStatus = "inferred"  // inferred from an ITU record's layout
	RegionLikely    RegionStatus = "likely"    // geographic default, not checked
	RegionUncertain RegionStatus = "uncertain" // best guess, flagged
)

// MemberState is one row of the Member State registry.
type MemberState struct {
	Code         StateCode    `json:"code"`             // ISO 3166-1 alpha-3
	Name         string       `json:"name"`             // ITU short name, "Korea (Rep. of)"
	Region       Region       `json:"region"`           // administrative region
	RegionStatus RegionStatus `json:"region_status"`    // how the region is attested
	Joined       civil.Date   `json:"joined,omitzero"`  // date of joining, zero when unknown
	Aliases      []string     `json:"aliases,omitzero"` // other names documents use
	Note         string       `json:"note,omitzero"`    // evidence or remark
}

// ErrUnknownMemberState is wrapped by errors from [ParseStateCode].
var ErrUnknownMemberState = errors.New("unknown Member State")

// registry is the Member State registry: the rows of data/member-states.csv,
// compiled into memberstate_table.go (go test -run TestMemberStateTable
// -update rewrites it), so that a program starts without parsing the table.
var registry = memberRegistry{states: memberStateRows[:], byCode: memberStateCodes}

type memberRegistry struct {
	states []MemberState
	byCode map[StateCode]int
}

// nameKey is one folded name in a sorted name table and the registry index
// of the Member State it names; -1 when it names more than one.
type nameKey struct {
	key   string
	state int
}

// findName returns the registry index that k has in keys, a table sorted by
// key: memberStateNames (the names documents use for each row: the ITU short
// name, its abbreviations expanded, the qualifier put first, the aliases) or
// cldrStateNames (the names in the six languages that CLDR gives and the
// registry does not).
// The search is written out: through slices.BinarySearchFunc's comparison
// function k would escape, and a key folded into a buffer on the stack with
// it.
func findName(keys []nameKey, k []byte) (int, bool) {
	lo, hi := 0, len(keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compareKey(keys[m].key, k) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(keys) && compareKey(keys[lo].key, k) == 0 {
		return keys[lo].state, true
	}
	return 0, false
}

// compareKey compares a and b byte by byte, as strings.Compare does, so that
// a key folded into a buffer is looked up without a copy.
func compareKey(a string, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return cmp.Compare(a[i], b[i])
		}
	}
	return cmp.Compare(len(a), len(b))
}

// MemberStates returns the Member States that were members on the date on,
// in the registry's order. The zero date, as everywhere in this module, means
// "no date": every Member State in the registry, including the latest to join.
func MemberStates(on civil.Date) []MemberState {
	out := make([]MemberState, 0, len(registry.states))
	for _, m := range registry.states {
		if on.IsZero() || m.memberOn(on) {
			out = append(out, m.clone())
		}
	}
	return out
}

func (m MemberState) clone() MemberState {
	m.Aliases = slices.Clone(m.Aliases)
	return m
}

// LookupMemberState finds a Member State by its alpha-3 code ("KOR"), by any
// name documents use for it ("Republic of Korea", "Korea (Rep. of)"), by an
// ITU long form that qualifies a known name with a form of government
// ("Lithuania (Republic of)", "Federative Republic of Brazil"), or by its
// name in any of the six official languages as CLDR gives it ("Corée du
// Sud", "Республика Корея", "韩国", "كوريا الجنوبية"), ignoring case, dots and
// diacritics.
func LookupMemberState(s string) (MemberState, bool) {
	if i, ok := lookupState(s); ok {
		return registry.states[i].clone(), true
	}
	return MemberState{}, false
}

// lookupState returns the registry index of the Member State s names. A
// miss on ASCII text allocates nothing: callers try many runs of words
// ("Permanent Mission of the Republic of Korea to ...").
func lookupState(s string) (int, bool) {
	if i, ok := lookupCode(strings.TrimSpace(s)); ok {
		return i, true
	}
	var buf [128]byte
	k := fold.AppendKey(buf[:0], s)
	if i, ok := findName(memberStateNames[:], k); ok {
		return i, true
	}
	if i, ok := findName(cldrStateNames[:], k); ok && i >= 0 {
		return i, true
	}
	return lookupQualified(k)
}

// lookupCode returns the registry index of the Member State whose code t is,
// in any case.
func lookupCode(t string) (int, bool) {
	if !fold.IsASCII(t) {
		// strings.ToUpper can make ASCII of other letters ("ſ" is "S").
		i, ok := registry.byCode[StateCode(strings.ToUpper(t))]
		return i, ok
	}
	if len(t) != 3 {
		return 0, false
	}
	up := [3]byte{t[0], t[1], t[2]}
	for j, c := range up {
		if 'a' <= c && c <= 'z' {
			up[j] = c - ('a' - 'A')
		}
	}
	i, ok := registry.byCode[StateCode(up[:])]
	return i, ok
}

// NameIn returns CLDR's name of c in language l ("Corée du Sud" for KOR in
// French), or "" when c or l is unknown or CLDR has no name for c.
func (c StateCode) NameIn(l Language) string {
	i, ok := registry.byCode[c]
	if !ok || !l.IsValid() {
		return ""
	}
	return cldrRegionNames[i][l-Arabic]
}

// governmentWords are the words of a form of government that ITU long forms
// put before or, in brackets, after a short name: "Lithuania (Republic of)",
// "Federative Republic of Brazil".
var governmentWords = map[string]bool{
	"republic": true, "rep": true, "kingdom": true, "state": true, "federal": true,
	"federative": true, "democratic": true, "dem": true, "people's": true,
	"islamic": true, "principality": true, "grand": true, "duchy": true,
	"commonwealth": true, "socialist": true, "arab": true, "plurinational": true,
	"bolivarian": true, "oriental": true, "co-operative": true, "cooperative": true,
	"independent": true, "sultanate": true, "hashemite": true, "union": true,
	"sovereign": true, "of": true, "the": true,
}

// notMemberStates holds long forms whose short name belongs to a Member State
// but which name another territory: "Republic of China" is not China.
var notMemberStates = map[string]bool{"republic of china": true, "china (republic of)": true}

// lookupQualified reads a folded long form, "lithuania (republic of)" or
// "republic of lithuania", as the short name it qualifies, when that short
// name alone names one Member State and the qualifier holds only
// [governmentWords] ending in "of".
func lookupQualified(k []byte) (int, bool) {
	if notMemberStates[string(k)] {
		return 0, false
	}
	var base, qualifier []byte
	if j := bytes.LastIndex(k, []byte(" (")); j > 0 && bytes.HasSuffix(k, []byte(")")) {
		base, qualifier = k[:j], k[j+len(" ("):len(k)-1]
	} else if j := bytes.LastIndex(k, []byte(" of ")); j > 0 {
		base, qualifier = k[j+len(" of "):], k[:j+len(" of")]
	} else {
		return 0, false
	}
	// The qualifier: two words or more, each a government word, the last
	// "of" or the last two "of the".
	var n int
	var last, before []byte
	for rest := qualifier; ; {
		rest = bytes.TrimLeft(rest, " ")
		if len(rest) == 0 {
			break
		}
		w := rest
		if i := bytes.IndexByte(rest, ' '); i >= 0 {
			w, rest = rest[:i], rest[i:]
		} else {
			rest = nil
		}
		if !governmentWords[string(w)] {
			return 0, false
		}
		n, before, last = n+1, last, w
	}
	if n < 2 || string(last) != "of" && (string(before) != "of" || string(last) != "the") {
		return 0, false
	}
	return findName(memberStateNames[:], bytes.TrimPrefix(base, []byte("the ")))
}

// ParseStateCode returns the code of the Member State that s names (a code or a name).
func ParseStateCode(s string) (StateCode, error) {
	c, ok := LookupStateCode(s)
	if !ok {
		return "", fmt.Errorf("itu: parse Member State %s: %w", clip.Quote(s), ErrUnknownMemberState)
	}
	return c, nil
}

// LookupStateCode returns the code of the Member State that s names, as
// [LookupMemberState] finds it. It copies nothing: a rule that only compares
// the state a text names with a code allocates nothing, hit or miss, where
// LookupMemberState copies the state's aliases for the caller to keep.
func LookupStateCode(s string) (StateCode, bool) {
	if i, ok := lookupState(s); ok {
		return registry.states[i].Code, true
	}
	return "", false
}

// MemberOn reports whether m was a Member State on d. A state with no known
// joining date counts as a member on every date.
func (m MemberState) memberOn(d civil.Date) bool { return m.Joined.IsZero() || !d.Before(m.Joined) }

// IsValid reports whether c names a Member State in the registry.
func (c StateCode) IsValid() bool { _, ok := registry.byCode[c]; return ok }

// MemberState returns the registry row for c.
func (c StateCode) MemberState() (MemberState, bool) {
	i, ok := registry.byCode[c]
	if !ok {
		return MemberState{}, false
	}
	return registry.states[i].clone(), true
}

// MemberOn reports whether c names a state that was a Member State on d.
func (c StateCode) MemberOn(d civil.Date) bool {
	i, ok := registry.byCode[c]
	return ok && registry.states[i].memberOn(d)
}

// Name returns the ITU short name of c ("Korea (Rep. of)"), or "" when c is unknown.
func (c StateCode) Name() string {
	if i, ok := registry.byCode[c]; ok {
		return registry.states[i].Name
	}
	return ""
}

// Region returns the region of c and whether that region is confirmed.
func (c StateCode) Region() (Region, bool) {
	i, ok := registry.byCode[c]
	if !ok {
		return "", false
	}
	return registry.states[i].Region, registry.states[i].RegionStatus == RegionConfirmed
}

// String returns the code.
func (c StateCode) String() string { return string(c) }

// Label names c in a message: "Korea (Rep. of) (KOR)", or the code quoted
// and cut by the clip package when it names no Member State.
func (c StateCode) Label() string {
	if n := c.Name(); n != "" {
		return n + " (" + string(c) + ")"
	}
	return clip.Quote(c)
}

// RegionDiffers reports whether the registry places c in a region other
// than r, a valid region, and if so which region and how well attested it
// is: a stated region that differs from a [RegionConfirmed] one is wrong, one
// that differs from a region less well attested only doubtful. It reports
// false when c is unknown or r is not valid.
func (c StateCode) RegionDiffers(r Region) (Region, RegionStatus, bool) {
	i, ok := registry.byCode[c]
	if !ok || !r.IsValid() || registry.states[i].Region == r || registry.states[i].Region == "" {
		return "", "", false
	}
	return registry.states[i].Region, registry.states[i].RegionStatus, true
}
