package candidacy_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

// want is one expected violation, by path and code.
type want struct{ Path, Code string }

func wantsOf(vs []itu.Violation) []want {
	out := []want{}
	for _, v := range vs {
		out = append(out, want{v.Path, v.Code})
	}
	return out
}

// dsg returns the real PP-22 Deputy Secretary-General candidacy of Korea.
func dsg() candidacy.Candidacy { return examples.KoreaDSGCandidacy() }

// council returns Korea's PP-22 candidacy for a Council seat in Region E.
func council() candidacy.Candidacy {
	return candidacy.Candidacy{
		Post:        itu.CouncilMember,
		MemberState: "KOR",
		Region:      itu.RegionE,
		Conference:  "PP-22",
		Proposed:    civil.MustParseDate("2021-10-27"),
	}
}

var asOf = itu.AsOf(civil.MustParseDate("2021-11-09"))

func TestCandidacyCheck(t *testing.T) {
	tests := []struct {
		name   string
		base   func() candidacy.Candidacy
		mutate func(*candidacy.Candidacy)
		want   []want
	}{
		{"dsg valid", dsg, func(*candidacy.Candidacy) {}, nil},
		{"council valid", council, func(*candidacy.Candidacy) {}, nil},
		{"board valid without dates", dsg, func(c *candidacy.Candidacy) {
			c.Post, c.Proposed, c.Received, c.Status = itu.BoardMember, civil.Date{}, civil.Date{}, 0
		}, nil},
		{"zero", func() candidacy.Candidacy { return candidacy.Candidacy{} }, func(*candidacy.Candidacy) {}, []want{
			{"/conference", "field.required"}, {"/member_state", "field.required"}, {"/post", "field.required"},
		}},
		{"wrong kind", dsg, func(c *candidacy.Candidacy) { c.Kind = itu.KindDossier }, []want{{"/kind", "payload.kind"}}},
		{"unknown state", dsg, func(c *candidacy.Candidacy) { c.MemberState = "XXX" }, []want{
			{"/member_state", "field.invalid"}, {"/nationality", "candidacy.nationality.proposer"},
		}},
		{"bad status", dsg, func(c *candidacy.Candidacy) { c.Status = 9 }, []want{{"/status", "field.invalid"}}},
		{"person post without candidate", dsg, func(c *candidacy.Candidacy) { c.Candidate = "" }, []want{
			{"/candidate", "candidacy.candidate.required"},
		}},
		{"council with a person", council, func(c *candidacy.Candidacy) { c.Candidate, c.Nationality = "Dr Chaesub LEE", "KOR" }, []want{
			{"/candidate", "candidacy.candidate.council"}, {"/nationality", "candidacy.candidate.council"},
		}},
		{"national of another state", dsg, func(c *candidacy.Candidacy) { c.Nationality = "JPN" }, []want{
			{"/nationality", "candidacy.nationality.proposer"},
		}},
		{"not yet a member when proposed", dsg, func(c *candidacy.Candidacy) { c.MemberState, c.Nationality = "PLW", "PLW" }, []want{
			{"/member_state", "candidacy.member_state.not_member"},
		}},
		{"not yet a member when received", dsg, func(c *candidacy.Candidacy) {
			c.MemberState, c.Nationality, c.Proposed = "PLW", "PLW", civil.Date{}
		}, []want{{"/member_state", "candidacy.member_state.not_member"}}},
		{"council without region", council, func(c *candidacy.Candidacy) { c.Region = "" }, []want{
			{"/region", "candidacy.region.required"},
		}},
		{"council in the wrong confirmed region", council, func(c *candidacy.Candidacy) { c.Region = itu.RegionA }, []want{
			{"/region", "candidacy.region.mismatch"},
		}},
		{"region against an unconfirmed registry region", council, func(c *candidacy.Candidacy) {
			c.MemberState, c.Region = "LTU", itu.RegionC
		}, []want{{"/region", "candidacy.region.unconfirmed"}}},
		{"region matching an unconfirmed registry region", council, func(c *candidacy.Candidacy) {
			c.MemberState, c.Region = "LTU", itu.RegionB
		}, nil},
		{"received before proposed", dsg, func(c *candidacy.Candidacy) { c.Received = civil.MustParseDate("2021-10-26") }, []want{
			{"/received", "candidacy.date.order"},
		}},
		{"dates after as-of", dsg, func(c *candidacy.Candidacy) {
			c.Proposed, c.Received = civil.MustParseDate("2021-11-10"), civil.MustParseDate("2021-11-11")
		}, []want{{"/proposed", "candidacy.date.future"}, {"/received", "candidacy.date.future"}}},
		{"blank conference", dsg, func(c *candidacy.Candidacy) { c.Conference = " " }, []want{{"/conference", "field.text"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.base()
			tt.mutate(&c)
			got := wantsOf(c.Check(asOf))
			if diff := cmp.Diff(append([]want{}, tt.want...), got); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCandidacyDateFutureNeedsAsOf(t *testing.T) {
	c := dsg()
	c.Received = civil.MustParseDate("2030-01-01")
	if diff := cmp.Diff([]want{}, wantsOf(c.Check())); diff != "" {
		t.Errorf("Check() without AsOf mismatch (-want +got):\n%s", diff)
	}
}

func TestCandidacyMemberByTheTimeProposed(t *testing.T) {
	c := dsg()
	c.MemberState, c.Nationality = "PLW", "PLW"
	c.Proposed, c.Received = civil.MustParseDate("2025-01-10"), civil.MustParseDate("2025-01-10")
	if diff := cmp.Diff([]want{}, wantsOf(c.Check(itu.AsOf(civil.MustParseDate("2025-02-01"))))); diff != "" {
		t.Errorf("Check() mismatch (-want +got):\n%s", diff)
	}
}

func TestCandidacyValidate(t *testing.T) {
	if err := dsg().Validate(asOf); err != nil {
		t.Errorf("Validate(seed) = %v; want nil", err)
	}
	c := council()
	c.MemberState, c.Region = "LTU", itu.RegionC
	if err := c.Validate(asOf); err != nil {
		t.Errorf("Validate(warning only) = %v; want nil", err)
	}
	c = dsg()
	c.Nationality = "JPN"
	err := c.Validate(asOf)
	if !errors.Is(err, itu.ErrInvalid) {
		t.Fatalf("Validate() = %v; want an error matching itu.ErrInvalid", err)
	}
	var ve *itu.ValidationError
	if !errors.As(err, &ve) || !ve.Has(candidacy.RuleNationality.Code) {
		t.Errorf("Validate() = %v; want a *itu.ValidationError with %s", err, candidacy.RuleNationality.Code)
	}
}

func TestCandidacyMessages(t *testing.T) {
	c := council()
	c.Region = itu.RegionA
	got := c.Check()
	want := []itu.Violation{{Path: "/region", Code: "candidacy.region.mismatch", Severity: itu.Error,
		Message: `region "A" is not the region of Korea (Rep. of) (KOR), which is "E" (Asia and Australasia); want "E"`}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Check() mismatch (-want +got):\n%s", diff)
	}
}

func TestCandidacyJSONRoundTrip(t *testing.T) {
	for _, c := range []candidacy.Candidacy{dsg(), council()} {
		b, err := strictjson.Encode(c)
		if err != nil {
			t.Fatal(err)
		}
		var got candidacy.Candidacy
		if err := strictjson.Decode(b, &got); err != nil {
			t.Fatalf("Decode(%s) = %v", b, err)
		}
		if diff := cmp.Diff(c, got); diff != "" {
			t.Errorf("round trip mismatch (-want +got):\n%s", diff)
		}
		again, _ := strictjson.Encode(got)
		if string(again) != string(b) {
			t.Errorf("re-encoding changed the bytes:\n%s\n%s", b, again)
		}
	}
}

func TestCandidacyString(t *testing.T) {
	tests := []struct {
		name string
		c    candidacy.Candidacy
		want string
	}{
		{"person", dsg(), "DSG: Dr Chaesub LEE (KOR), PP-22"},
		{"council", council(), "COUNCIL: KOR (Region E), PP-22"},
		{"bare", candidacy.Candidacy{Post: itu.BoardMember, MemberState: "JPN"}, "RRB: JPN"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.c.String(); got != tt.want {
				t.Errorf("String() = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestCheckSet(t *testing.T) {
	board := func(name names.Name, state itu.StateCode) candidacy.Candidacy {
		return candidacy.Candidacy{Post: itu.BoardMember, Candidate: name, Nationality: state, MemberState: state, Conference: "PP-22"}
	}
	tests := []struct {
		name string
		cs   []candidacy.Candidacy
		want []want
	}{
		{"empty", nil, nil},
		{"seed pair", []candidacy.Candidacy{council(), dsg()}, nil},
		{"one board candidate each", []candidacy.Candidacy{board("Ms Ana ONE", "BRA"), board("Mr Bo TWO", "KOR")}, nil},
		{"two board candidates from one state", []candidacy.Candidacy{
			board("Ms Ana ONE", "BRA"), dsg(), board("Mr Bo TWO", "BRA"), board("Ms Cy THREE", "BRA"),
		}, []want{{"/2/member_state", "candidacy.board.one_per_state"}, {"/3/member_state", "candidacy.board.one_per_state"}}},
		{"withdrawn does not count", []candidacy.Candidacy{
			func() candidacy.Candidacy { c := board("Ms Ana ONE", "BRA"); c.Status = candidacy.Withdrawn; return c }(),
			board("Mr Bo TWO", "BRA"),
		}, nil},
		{"different conferences", []candidacy.Candidacy{
			board("Ms Ana ONE", "BRA"),
			func() candidacy.Candidacy { c := board("Mr Bo TWO", "BRA"); c.Conference = "PP-26"; return c }(),
		}, nil},
		{"own rules with index paths", []candidacy.Candidacy{dsg(), func() candidacy.Candidacy { c := council(); c.Region = ""; return c }()}, []want{
			{"/1/region", "candidacy.region.required"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wantsOf(candidacy.CheckSet(tt.cs, asOf))
			if diff := cmp.Diff(append([]want{}, tt.want...), got); diff != "" {
				t.Errorf("CheckSet() mismatch (-want +got):\n%s", diff)
			}
			err := candidacy.ValidateSet(tt.cs, asOf)
			if (len(tt.want) > 0) != errors.Is(err, itu.ErrInvalid) {
				t.Errorf("ValidateSet() = %v; want an error: %v", err, len(tt.want) > 0)
			}
		})
	}
}
