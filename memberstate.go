package itu

import (
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/plenipot/itu/internal/clip"
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
	Joined       Date         `json:"joined,omitzero"`  // date of joining, zero when unknown
	Aliases      []string     `json:"aliases,omitzero"` // other names documents use
	Note         string       `json:"note,omitzero"`    // evidence or remark
}

// ErrUnknownMemberState is wrapped by errors from [ParseStateCode].
var ErrUnknownMemberState = errors.New("unknown Member State")

//go:embed data/member-states.csv
var memberStatesCSV string

var registry = loadRegistry(memberStatesCSV)

type memberRegistry struct {
	states []MemberState
	byCode map[StateCode]int
	byName map[string]int
}

var qualified = regexp.MustCompile(`^(.*) \((.*)\)$`)

var abbreviations = strings.NewReplacer("Rep. ", "Republic ", "Dem. ", "Democratic ", "P.D.R.", "People's Democratic Republic")

// loadRegistry parses the embedded table. The table ships with the module and is
// checked by tests, so a malformed row is a build defect and panics at init.
func loadRegistry(data string) memberRegistry {
	rows, err := csv.NewReader(strings.NewReader(data)).ReadAll()
	if err != nil {
		panic(fmt.Sprintf("itu: embedded member-states.csv: %v", err))
	}
	reg := memberRegistry{byCode: map[StateCode]int{}, byName: map[string]int{}}
	for _, r := range rows[1:] {
		m := MemberState{Code: StateCode(r[0]), Name: r[1], Region: Region(r[2]), RegionStatus: RegionStatus(r[3]), Note: r[4]}
		if r[5] != "" {
			m.Joined = MustParseDate(r[5])
		}
		if r[6] != "" {
			m.Aliases = strings.Split(r[6], "|")
		}
		i := len(reg.states)
		reg.states = append(reg.states, m)
		reg.byCode[m.Code] = i
		for _, n := range nameForms(m) {
			reg.byName[foldKey(n)] = i
		}
	}
	return reg
}

// nameForms lists the names a document may use for m: the ITU short name, the
// reordered qualified form ("Korea (Rep. of)" gives "Republic of Korea") and
// the aliases.
func nameForms(m MemberState) []string {
	forms := append([]string{m.Name, abbreviations.Replace(m.Name)}, m.Aliases...)
	if g := qualified.FindStringSubmatch(m.Name); g != nil {
		q := g[2] + " " + g[1]
		forms = append(forms, q, abbreviations.Replace(q+" "))
	}
	return forms
}

// MemberStates returns every Member State in the registry, including those that
// joined after a given conference; see [MemberStatesOn].
func MemberStates() []MemberState {
	out := make([]MemberState, len(registry.states))
	for i, m := range registry.states {
		out[i] = m.clone()
	}
	return out
}

// MemberStatesOn returns the Member States that were members on d.
func MemberStatesOn(d Date) []MemberState {
	var out []MemberState
	for _, m := range registry.states {
		if m.MemberOn(d) {
			out = append(out, m.clone())
		}
	}
	return out
}

func (m MemberState) clone() MemberState {
	m.Aliases = slices.Clone(m.Aliases)
	return m
}

// LookupMemberState finds a Member State by its alpha-3 code ("KOR") or by any
// name documents use for it ("Republic of Korea", "Korea (Rep. of)"), ignoring
// case, dots and diacritics.
func LookupMemberState(s string) (MemberState, bool) {
	if i, ok := registry.byCode[StateCode(strings.ToUpper(strings.TrimSpace(s)))]; ok {
		return registry.states[i].clone(), true
	}
	if i, ok := registry.byName[foldKey(s)]; ok {
		return registry.states[i].clone(), true
	}
	return MemberState{}, false
}

// ParseStateCode returns the code of the Member State that s names (a code or a name).
func ParseStateCode(s string) (StateCode, error) {
	m, ok := LookupMemberState(s)
	if !ok {
		return "", fmt.Errorf("itu: parse Member State %s: %w", clip.Quote(s), ErrUnknownMemberState)
	}
	return m.Code, nil
}

// MemberOn reports whether m was a Member State on d. A state with no known
// joining date counts as a member on every date.
func (m MemberState) MemberOn(d Date) bool { return m.Joined.IsZero() || !d.Before(m.Joined) }

// RegionConfirmed reports whether m's region is stated in an ITU election record.
func (m MemberState) RegionConfirmed() bool { return m.RegionStatus == RegionConfirmed }

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
func (c StateCode) MemberOn(d Date) bool {
	i, ok := registry.byCode[c]
	return ok && registry.states[i].MemberOn(d)
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
	return registry.states[i].Region, registry.states[i].RegionConfirmed()
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
