package cv

import (
	"bytes"
	"strings"

	"github.com/plenipot/itu/internal/space"

	"github.com/plenipot/itu/internal/canon"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/internal/enum"
)

// Role is the part a candidate played in an ITU activity: chairman of a study
// group, rapporteur for a Question, editor of a Recommendation, director of a
// Bureau, member of a delegation. The zero value means "not set" and is not
// valid; [OtherRole] covers anything else, with the words kept in
// [Activity].RoleText.
type Role int

// The roles. New values are appended, never reordered.
const (
	Chairman            Role = iota + 1 // Chairman (chair, chairperson) of a group
	ViceChairman                        // Vice-Chairman of a group
	Rapporteur                          // Rapporteur for a Question
	AssociateRapporteur                 // Associate Rapporteur
	Editor                              // Editor of a Recommendation or other text
	Director                            // Director of a Bureau or department
	Member                              // member of a group or delegation
	Delegate                            // delegate to a conference or assembly
	OtherRole                           // any other role, as written in RoleText
)

var roles = enum.New(enum.Spec[Role]{Pkg: "cv", Type: "Role", What: "role",
	Codes: []string{"", "chairman", "vice_chairman", "rapporteur", "associate_rapporteur", "editor", "director", "member", "delegate", "other"},
	Names: roleWords, Key: roleKey, Err: ErrUnknownRole,
	Want: "one of chairman, vice_chairman, rapporteur, associate_rapporteur, editor, director, member, delegate, other"})

// roleWords maps the folded written forms of each role (lower case, hyphens
// and underscores as spaces) to the role.
var roleWords = map[string]Role{
	"chairman": Chairman, "chair": Chairman, "chairperson": Chairman, "chairwoman": Chairman,
	"vice chairman": ViceChairman, "vice chair": ViceChairman, "vice chairperson": ViceChairman,
	"vice chairwoman": ViceChairman, "vicechairman": ViceChairman, "vicechair": ViceChairman,
	"rapporteur": Rapporteur, "associate rapporteur": AssociateRapporteur,
	"editor": Editor, "co editor": Editor, "director": Director,
	"member": Member, "delegate": Delegate, "head of delegation": Delegate, "other": OtherRole,
	// The roles of ITU groups in the common Chinese and Arabic words,
	// inferred: no Chinese or Arabic CV of a candidate was found.
	"主席": Chairman, "副主席": ViceChairman, "报告人": Rapporteur, "联合报告人": AssociateRapporteur,
	"编辑": Editor, "主任": Director, "成员": Member, "代表": Delegate,
	"رئيس": Chairman, "نائب رئيس": ViceChairman, "مقرر": Rapporteur, "مقرر مشارك": AssociateRapporteur,
	"محرر": Editor, "مدير": Director, "عضو": Member, "مندوب": Delegate,
}

func init() {
	check.Describe[Role]("a role: chairman, vice_chairman, rapporteur, associate_rapporteur, editor, director, member, delegate or other")
}

// Roles returns every valid role in table order.
func Roles() []Role { return roles.Values() }

// IsValid reports whether r is one of the roles.
func (r Role) IsValid() bool { return roles.IsValid(r) }

// String returns the role's code ("vice_chairman"), or "Role(n)" when r is invalid.
func (r Role) String() string { return roles.String(r) }

// ParseRole parses a role from its code ("vice_chairman") or a common written
// form ("Vice Chairman", "Vice-Chair", "Chairperson"), ignoring case.
func ParseRole(s string) (Role, error) { return roles.Parse(s) }

// MustParseRole is like [ParseRole] but panics on error; use it for literals in tests.
func MustParseRole(s string) Role {
	r, err := ParseRole(s)
	if err != nil {
		panic(err)
	}
	return r
}

// RoleOf guesses the role a CV line states, from the words before " of ",
// " to " or " for ": "Member of Korean Delegation to" gives [Member],
// "Chairman" gives [Chairman]. It returns 0 when the words name no known role.
func RoleOf(written string) Role {
	var buf [64]byte
	k, ok := foldASCII(buf[:0], written, roleFold, true)
	if !ok {
		k = []byte(roleKey(written))
	}
	if r, ok := roleWords[string(k)]; ok {
		return r
	}
	for _, sep := range roleHeadSeps {
		if i := bytes.Index(k, sep); i >= 0 {
			if r, ok := roleWords[string(k[:i])]; ok {
				return r
			}
		}
	}
	return 0
}

// roleHeadSeps end the words of a role in a longer line, tried in turn.
var roleHeadSeps = [][]byte{[]byte(" of "), []byte(" to "), []byte(" for "), []byte(" on "), []byte(" in ")}

var roleSpaces = strings.NewReplacer("-", " ", "_", " ")

// roleKey folds a role as written for lookup: its [canon.Key] (so
// invisible characters, fullwidth forms and look-alike letters change
// nothing), hyphens and underscores read as spaces, runs of space as one.
func roleKey(s string) string {
	s = roleSpaces.Replace(canon.Key(s))
	return space.Collapse(s)
}

// MarshalText encodes r as its code; the zero Role encodes as "".
func (r Role) MarshalText() ([]byte, error) { return roles.MarshalText(r) }

// UnmarshalText decodes a role code ("vice_chairman"); "" decodes to the zero
// Role. Only codes are accepted on the wire; written forms go through [ParseRole].
func (r *Role) UnmarshalText(b []byte) error { return roles.UnmarshalText(r, b) }
