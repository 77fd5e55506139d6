package candidacy_test

import (
	"errors"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/candidacy"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/examples"
	"github.com/plenipot/itu/itutest"
	"github.com/plenipot/itu/names"
	"github.com/plenipot/itu/strictjson"
)

// seedAsOf is the date of PP-22 Document 12-E.
var seedAsOf = itu.AsOf(civil.MustParseDate("2021-11-09"))

// seedWarning is the one warning the seed dossier carries: the letter's
// "since 2014" against the CV's "2015 – Present".
var seedWarning = want{"/claims/0/since", "candidacy.claim.mismatch"}

// retarget makes the seed dossier come from state s: every Member State code
// becomes s and every written Member State name is dropped.
func retarget(d *candidacy.Dossier, s itu.StateCode) {
	d.NoteVerbale.Mission.MemberState = s
	d.NoteVerbale.Mission.Name = "Permanent Mission"
	d.Letter.Letterhead.MemberState, d.Letter.Letterhead.MemberStateText = s, ""
	for _, cs := range [][]correspondence.Candidature{d.Note.Candidatures, d.NoteVerbale.Candidatures, d.Letter.Candidatures} {
		for i := range cs {
			cs[i].MemberState, cs[i].MemberStateText = s, ""
		}
	}
	d.CV.Profile.Nationality, d.CV.Profile.NationalityText = s, ""
}

func TestDossierCheck(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []want
	}{
		{"seed", func(*candidacy.Dossier) {}, []want{seedWarning}},
		{"claim agreeing with the CV", func(d *candidacy.Dossier) { d.Claims[0].Since = civil.Year(2015) }, nil},
		{"no claims", func(d *candidacy.Dossier) { d.Claims = nil }, nil},
		{"names written every way", func(d *candidacy.Dossier) {
			d.CV.Name, d.VisionStatement.Name = "LEE, CHAESUB", "Chaesub Lee"
		}, []want{seedWarning}},
		{"wrong kind", func(d *candidacy.Dossier) { d.Kind = itu.KindCV }, []want{seedWarning, {"/kind", "payload.kind"}}},
		{"a document's own violation, prefixed", func(d *candidacy.Dossier) { d.Letter.DateText = "October 28, 2021" }, []want{
			seedWarning, {"/letter/date_text", "correspondence.date.text"},
		}},

		// candidacy.dossier.missing
		{"no CV", func(d *candidacy.Dossier) { d.CV = nil }, []want{{"/cv", "candidacy.dossier.expected"}}},
		{"no vision statement: expected for an elected post, not required", func(d *candidacy.Dossier) { d.VisionStatement = nil }, []want{
			seedWarning, {"/vision_statement", "candidacy.dossier.expected"},
		}},
		{"neither note verbale nor letter", func(d *candidacy.Dossier) { d.NoteVerbale, d.Letter, d.Claims = nil, nil, nil }, []want{
			{"/note_verbale", "candidacy.dossier.missing"},
		}},
		{"a letter without a note verbale is enough", func(d *candidacy.Dossier) { d.NoteVerbale = nil }, []want{seedWarning}},
		{"only the CV", func(d *candidacy.Dossier) {
			*d = candidacy.Dossier{Kind: itu.KindDossier, CV: d.CV}
		}, []want{{"/note_verbale", "candidacy.dossier.missing"}, {"/vision_statement", "candidacy.dossier.expected"}}},
		{"empty", func(d *candidacy.Dossier) { *d = candidacy.Dossier{} }, []want{{"/note_verbale", "candidacy.dossier.missing"}}},
		{"a Council seat needs no CV", func(d *candidacy.Dossier) {
			d.Note, d.CV, d.VisionStatement, d.Claims = nil, nil, nil, nil
			d.NoteVerbale.Candidatures = d.NoteVerbale.Candidatures[:1]
			d.Letter.Candidatures = d.Letter.Candidatures[:1]
		}, nil},

		// candidacy.person.mismatch
		{"CV of another person", func(d *candidacy.Dossier) { d.CV.Name = "DR. KIM, MINSU" }, []want{
			seedWarning, {"/cv/name", "candidacy.person.mismatch"},
		}},
		{"Note naming another person, outvoted", func(d *candidacy.Dossier) { d.Note.Candidatures[0].Candidate = "Dr Minsu KIM" }, []want{
			seedWarning,
			{"/note/candidatures/0/candidate", "candidacy.person.mismatch"},
			{"/note/candidatures/0/candidate", "correspondence.candidature.unmentioned"},
		}},

		// candidacy.post.mismatch
		{"CV for another post", func(d *candidacy.Dossier) { d.CV.Post = itu.SecretaryGeneral }, []want{
			seedWarning, {"/cv/heading/0", "cv.heading.post"}, {"/cv/post", "candidacy.post.mismatch"},
		}},
		{"letter and note verbale announce different posts", func(d *candidacy.Dossier) {
			d.Letter.Candidatures[1].Post = itu.DirectorBDT
		}, []want{
			seedWarning, {"/letter/candidatures/1/post", "candidacy.post.mismatch"},
		}},
		{"Note for a post nobody announced", func(d *candidacy.Dossier) { d.Note.Candidatures[0].Post = itu.BoardMember }, []want{
			seedWarning, {"/note/candidatures/0/post", "candidacy.post.mismatch"},
		}},
		{"vision statement for another post than the CV", func(d *candidacy.Dossier) {
			*d = candidacy.Dossier{CV: d.CV, VisionStatement: d.VisionStatement}
			d.VisionStatement.Post = itu.DirectorTSB
		}, []want{
			{"/note_verbale", "candidacy.dossier.missing"},
			{"/vision_statement/heading/0", "cv.heading.post"},
			{"/vision_statement/post", "candidacy.post.mismatch"},
		}},

		// candidacy.state.mismatch
		{"Note naming another proposing state", func(d *candidacy.Dossier) {
			d.Note.Candidatures[0].MemberState, d.Note.Candidatures[0].MemberStateText = "JPN", ""
		}, []want{seedWarning, {"/note/candidatures/0/member_state", "candidacy.state.mismatch"}}},
		{"letter from another state", func(d *candidacy.Dossier) {
			d.Letter.Letterhead.MemberState, d.Letter.Letterhead.MemberStateText = "JPN", ""
		}, []want{
			seedWarning,
			{"/letter/candidatures/0/member_state", "correspondence.candidature.member_state"},
			{"/letter/candidatures/1/member_state", "correspondence.candidature.member_state"},
			{"/letter/letterhead/member_state", "candidacy.state.mismatch"},
		}},

		// candidacy.nationality.proposer (CS No. 62)
		{"candidate of another nationality", func(d *candidacy.Dossier) {
			d.CV.Profile.Nationality, d.CV.Profile.NationalityText = "JPN", "Japan"
		}, []want{seedWarning, {"/cv/profile/nationality", "candidacy.nationality.proposer"}}},

		// candidacy.member_state.not_member
		{"proposer not yet a Member State", func(d *candidacy.Dossier) { retarget(d, "PLW") }, []want{
			seedWarning,
			{"/cv/profile/nationality", "cv.nationality.member"},
			{"/letter/letterhead/member_state", "correspondence.sender.member_state"},
			{"/note_verbale/candidatures/0", "candidacy.region.unconfirmed"},
			{"/note_verbale/candidatures/0/member_state", "candidacy.member_state.not_member"},
			{"/note_verbale/candidatures/1/member_state", "candidacy.member_state.not_member"},
			{"/note_verbale/mission/member_state", "correspondence.sender.member_state"},
		}},

		// candidacy.region.unconfirmed
		{"Council candidacy of a state whose region is unconfirmed", func(d *candidacy.Dossier) { retarget(d, "LTU") }, []want{
			seedWarning, {"/note_verbale/candidatures/0", "candidacy.region.unconfirmed"},
		}},

		// candidacy.dossier.order
		{"note verbale before the letter", func(d *candidacy.Dossier) { d.NoteVerbale.Date = civil.MustParseDate("2021-10-20") }, []want{
			seedWarning, {"/note_verbale/date", "candidacy.dossier.order"},
		}},
		{"Note before the note verbale", func(d *candidacy.Dossier) { d.Note.Date = civil.MustParseDate("2021-11-08") }, []want{
			seedWarning, {"/note/date", "candidacy.dossier.order"},
		}},
		{"Note before the letter, no note verbale", func(d *candidacy.Dossier) {
			d.NoteVerbale = nil
			d.Note.Date = civil.MustParseDate("2021-10-26")
		}, []want{seedWarning, {"/note/date", "candidacy.dossier.order"}}},

		// candidacy.claim.source
		{"claim from a document the dossier lacks", func(d *candidacy.Dossier) { d.Claims[0].Source = itu.KindNoteVerbale; d.NoteVerbale = nil }, []want{
			{"/claims/0/source", "candidacy.claim.source"},
		}},
		{"claim from a document that makes none", func(d *candidacy.Dossier) { d.Claims[0].Source = itu.KindCV }, []want{
			{"/claims/0/source", "candidacy.claim.source"},
		}},
		{"claim the letter does not make", func(d *candidacy.Dossier) { d.Claims[0].Source = itu.KindNote }, []want{
			{"/claims/0/text", "candidacy.claim.source"},
		}},
		{"claim spacing aside", func(d *candidacy.Dossier) { d.Claims[0].Text = "  Dr. Lee has served  as the\nDirector " }, []want{seedWarning}},
		{"claim from the vision statement", func(d *candidacy.Dossier) {
			d.Claims[0] = candidacy.Claim{Source: itu.KindVisionStatement, Text: "I have been serving as the director of TSB since the 2014 Plenipotentiary Conference", Post: itu.DirectorTSB, Since: civil.Year(2014)}
		}, []want{seedWarning}},
		{"bad claim fields", func(d *candidacy.Dossier) { d.Claims[0] = candidacy.Claim{} }, []want{
			{"/claims/0/post", "field.required"}, {"/claims/0/since", "field.required"},
			{"/claims/0/source", "field.required"}, {"/claims/0/text", "field.required"},
		}},

		// candidacy.claim.mismatch
		{"claim of a post the CV does not list", func(d *candidacy.Dossier) { d.Claims[0].Post = itu.DirectorBDT }, []want{
			{"/claims/0/post", "candidacy.claim.mismatch"},
		}},
		{"claim of a post the CV says has ended", func(d *candidacy.Dossier) {
			d.CV.Career[0].Period = civil.MustParsePeriod("2014 – 2020")
			d.CV.Activities[0].Period = civil.MustParsePeriod("2014 – 2020")
		}, []want{{"/claims/0/post", "candidacy.claim.mismatch"}}},

		// explicit candidacies
		{"explicit candidacies agreeing with the documents", func(d *candidacy.Dossier) {
			d.Explicit = []candidacy.Candidacy{examples.KoreaCouncilCandidacy(), examples.KoreaDSGCandidacy()}
		}, []want{seedWarning}},
		{"explicit candidacy for a post not announced", func(d *candidacy.Dossier) {
			c := examples.KoreaDSGCandidacy()
			c.Post = itu.SecretaryGeneral
			d.Explicit = []candidacy.Candidacy{c}
		}, []want{{"/candidacies/0/post", "candidacy.post.mismatch"}, seedWarning}},
		{"explicit candidacy of another person and state", func(d *candidacy.Dossier) {
			c := examples.KoreaDSGCandidacy()
			c.Candidate, c.MemberState, c.Nationality = "Dr Minsu KIM", "JPN", "JPN"
			d.Explicit = []candidacy.Candidacy{c}
		}, []want{
			{"/candidacies/0/candidate", "candidacy.person.mismatch"},
			{"/candidacies/0/member_state", "candidacy.state.mismatch"},
			seedWarning,
		}},
		{"explicit candidacy received after the Note", func(d *candidacy.Dossier) {
			c := examples.KoreaDSGCandidacy()
			c.Received = civil.MustParseDate("2021-11-10")
			d.Explicit = []candidacy.Candidacy{c}
		}, []want{
			{"/candidacies/0/received", "candidacy.date.future"},
			{"/candidacies/0/received", "candidacy.dossier.order"},
			seedWarning,
		}},
		{"explicit candidacy by a state not yet a member", func(d *candidacy.Dossier) {
			c := examples.KoreaDSGCandidacy()
			c.MemberState, c.Nationality = "PLW", "PLW"
			d.Explicit = []candidacy.Candidacy{c}
		}, []want{
			{"/candidacies/0/member_state", "candidacy.member_state.not_member"},
			{"/candidacies/0/member_state", "candidacy.state.mismatch"},
			seedWarning,
		}},
		{"explicit candidacy for another post by another state", func(d *candidacy.Dossier) {
			c := examples.KoreaDSGCandidacy()
			c.Post, c.MemberState, c.Nationality = itu.SecretaryGeneral, "PLW", "PLW"
			d.Explicit = []candidacy.Candidacy{c}
		}, []want{
			{"/candidacies/0/member_state", "candidacy.member_state.not_member"},
			{"/candidacies/0/member_state", "candidacy.state.mismatch"},
			{"/candidacies/0/post", "candidacy.post.mismatch"},
			seedWarning,
		}},
		{"explicit Council candidacy in an unconfirmed region", func(d *candidacy.Dossier) {
			c := examples.KoreaCouncilCandidacy()
			c.MemberState, c.Region = "LTU", itu.RegionC
			d.Explicit = []candidacy.Candidacy{c}
		}, []want{
			{"/candidacies/0/member_state", "candidacy.state.mismatch"},
			{"/candidacies/0/region", "candidacy.region.unconfirmed"},
			seedWarning,
		}},

		// candidacy.board.one_per_state (CS No. 63)
		{"two Board candidates of one state in the note verbale", func(d *candidacy.Dossier) {
			d.NoteVerbale.Candidatures = []correspondence.Candidature{
				{Post: itu.BoardMember, Candidate: "Dr. Chaesub LEE", MemberState: "KOR"},
				{Post: itu.BoardMember, Candidate: "Dr. Chaesub LEE", MemberState: "KOR"},
			}
			d.Letter.Candidatures = d.NoteVerbale.Candidatures[:1]
			d.Note, d.CV, d.VisionStatement, d.Claims = nil, nil, nil, nil
		}, []want{
			{"/cv", "candidacy.dossier.expected"},
			{"/note_verbale/candidatures/1/member_state", "candidacy.board.one_per_state"},
		}},
		{"two explicit Board candidacies of one state", func(d *candidacy.Dossier) {
			b := func(n names.Name) candidacy.Candidacy {
				return candidacy.Candidacy{Post: itu.BoardMember, Candidate: n, Nationality: "KOR", MemberState: "KOR", Conference: "PP-22"}
			}
			d.Explicit = []candidacy.Candidacy{b("Ms Ana ONE"), b("Mr Bo TWO")}
		}, []want{
			{"/candidacies/0/post", "candidacy.post.mismatch"},
			{"/candidacies/1/member_state", "candidacy.board.one_per_state"},
			{"/candidacies/1/post", "candidacy.post.mismatch"},
			seedWarning,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			got := wantsOf(d.Check(seedAsOf))
			if diff := cmp.Diff(append([]want{}, tt.want...), got); diff != "" {
				t.Errorf("Check() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDossierMultiFault checks that one call reports every fault of a dossier
// broken in many ways at once.
func TestDossierMultiFault(t *testing.T) {
	d := examples.KoreaDossier()
	d.CV.Name = "DR. KIM, MINSU"                                                                           // another person
	d.NoteVerbale.Date = civil.MustParseDate("2021-10-20")                                                 // before the letter
	d.Note.Candidatures[0].MemberState = "JPN"                                                             // another state
	d.Note.Candidatures[0].MemberStateText = ""                                                            //
	d.VisionStatement = nil                                                                                // missing
	d.Claims[0].Source = itu.KindNote                                                                      // not in the Note
	d.Letter.Candidatures[0].Post = itu.BoardMember                                                        // letter and note verbale disagree
	d.Explicit = []candidacy.Candidacy{{Post: itu.CouncilMember, MemberState: "KOR", Conference: "PP-22"}} // no region
	err := d.Validate(seedAsOf)
	if !errors.Is(err, itu.ErrInvalid) {
		t.Fatalf("Validate() = %v; want an error matching itu.ErrInvalid", err)
	}
	want := []want{
		{"/candidacies/0/region", "candidacy.region.required"},
		{"/claims/0/text", "candidacy.claim.source"},
		{"/cv/name", "candidacy.person.mismatch"},
		{"/letter/candidatures/0/candidate", "correspondence.candidature.candidate"},
		{"/letter/candidatures/0/post", "candidacy.post.mismatch"},
		{"/note/candidatures/0/member_state", "candidacy.state.mismatch"},
		{"/note_verbale/date", "candidacy.dossier.order"},
		{"/vision_statement", "candidacy.dossier.expected"},
	}
	if diff := cmp.Diff(want, wantsOf(itu.Violations(err))); diff != "" {
		t.Errorf("Validate() mismatch (-want +got):\n%s", diff)
	}
}

func TestDossierValidateSeed(t *testing.T) {
	err := examples.KoreaDossier().Validate(seedAsOf)
	if err != nil {
		t.Fatalf("Validate(seed) = %v; want nil", err)
	}
	got := examples.KoreaDossier().Check(seedAsOf)
	wantMsg := []itu.Violation{{
		Path: "/claims/0/since", Code: "candidacy.claim.mismatch", Severity: itu.Warning,
		Message: `the nomination letter says the candidate has held the post of Director of the Telecommunication Standardization Bureau since 2014, but the CV entry /cv/career/0 ("2015 – Present Director, Telecommunication Standardization Bureau (TSB), ITU") starts in 2015; both may be right: an elected official is elected at one conference and takes office later, usually on 1 January of the next year, so the claim may count from the election and the CV from taking office`,
	}}
	if diff := cmp.Diff(wantMsg, got); diff != "" {
		t.Errorf("Check(seed) mismatch (-want +got):\n%s", diff)
	}
}

func TestDossierCandidacies(t *testing.T) {
	council := examples.KoreaCouncilCandidacy()
	council.Incumbent = false // the documents state Council incumbency only in prose
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []candidacy.Candidacy
	}{
		{"seed", func(*candidacy.Dossier) {}, []candidacy.Candidacy{council, examples.KoreaDSGCandidacy()}},
		{"explicit list wins", func(d *candidacy.Dossier) {
			d.Explicit = []candidacy.Candidacy{examples.KoreaCouncilCandidacy()}
		}, []candidacy.Candidacy{examples.KoreaCouncilCandidacy()}},
		{"empty", func(d *candidacy.Dossier) { *d = candidacy.Dossier{} }, []candidacy.Candidacy{}},
		{"only the CV", func(d *candidacy.Dossier) { *d = candidacy.Dossier{CV: d.CV} }, []candidacy.Candidacy{{
			Kind: itu.KindCandidacy, Post: itu.DeputySecretaryGeneral, Candidate: "DR. LEE, CHAESUB", Nationality: "KOR",
		}}},
		{"no Note: not announced, receipt unknown", func(d *candidacy.Dossier) { d.Note = nil }, []candidacy.Candidacy{council, func() candidacy.Candidacy {
			c := examples.KoreaDSGCandidacy()
			c.Candidate, c.Received, c.Status = "Dr. Chaesub LEE", civil.Date{}, 0
			return c
		}()}},
		{"no letter: proposed by the note verbale", func(d *candidacy.Dossier) { d.Letter = nil }, []candidacy.Candidacy{
			func() candidacy.Candidacy { c := council; c.Proposed = civil.MustParseDate("2021-11-09"); return c }(),
			func() candidacy.Candidacy {
				c := examples.KoreaDSGCandidacy()
				c.Proposed = civil.MustParseDate("2021-11-09")
				return c
			}(),
		}},
		{"incumbent when the CV holds the post", func(d *candidacy.Dossier) {
			d.CV.Career[0].Title, d.CV.Career[0].Unit = "Deputy Secretary-General", ""
			d.Note.Conference = ""
			d.NoteVerbale.Conference.Code = ""
		}, []candidacy.Candidacy{
			func() candidacy.Candidacy { c := council; c.Conference = ""; return c }(),
			func() candidacy.Candidacy {
				c := examples.KoreaDSGCandidacy()
				c.Conference, c.Incumbent = "", true
				return c
			}(),
		}},
		{"majority name wins", func(d *candidacy.Dossier) { d.Note.Candidatures[0].Candidate = "Dr Minsu KIM" }, []candidacy.Candidacy{council, func() candidacy.Candidacy {
			c := examples.KoreaDSGCandidacy()
			c.Candidate = "Dr. Chaesub LEE"
			return c
		}()}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			got := d.Candidacies()
			if diff := cmp.Diff(tt.want, got, itutest.CmpOptions()); diff != "" {
				t.Errorf("Candidacies() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDossierCandidaciesIsACopy(t *testing.T) {
	d := examples.KoreaDossier()
	d.Explicit = []candidacy.Candidacy{examples.KoreaDSGCandidacy()}
	d.Candidacies()[0].Candidate = "Dr Minsu KIM"
	if got := d.Explicit[0].Candidate; got != "Dr Chaesub LEE" {
		t.Errorf("Candidacies() shares its array with the dossier: Explicit[0].Candidate = %q", got)
	}
}

func TestDossierMissing(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(*candidacy.Dossier)
		want   []itu.Kind
	}{
		{"seed", func(*candidacy.Dossier) {}, nil},
		{"empty", func(d *candidacy.Dossier) { *d = candidacy.Dossier{} }, []itu.Kind{itu.KindNoteVerbale}},
		{"only the Note", func(d *candidacy.Dossier) { *d = candidacy.Dossier{Note: d.Note} }, []itu.Kind{itu.KindNoteVerbale}},
		{"Council only", func(d *candidacy.Dossier) {
			*d = candidacy.Dossier{Explicit: []candidacy.Candidacy{examples.KoreaCouncilCandidacy()}}
		}, []itu.Kind{itu.KindNoteVerbale}},
		{"explicit Council candidacy, documents announcing DSG too", func(d *candidacy.Dossier) {
			d.Explicit = []candidacy.Candidacy{examples.KoreaCouncilCandidacy()}
			d.CV = nil
		}, nil},
		// A CV is expected (a warning), not required: no text asks for it.
		{"no CV", func(d *candidacy.Dossier) { d.CV = nil }, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := examples.KoreaDossier()
			tt.mutate(&d)
			if diff := cmp.Diff(tt.want, d.Missing()); diff != "" {
				t.Errorf("Missing() mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDossierPartialDecodes checks that a dossier holding one document decodes.
func TestDossierPartialDecodes(t *testing.T) {
	var d candidacy.Dossier
	if err := strictjson.Decode([]byte(`{"kind":"dossier","claims":[]}`), &d); err != nil {
		t.Fatalf("Decode(partial) = %v; want nil", err)
	}
	src := examples.KoreaDossier()
	b, err := strictjson.Encode(candidacy.Dossier{Kind: itu.KindDossier, Letter: src.Letter})
	if err != nil {
		t.Fatal(err)
	}
	d = candidacy.Dossier{}
	if err := strictjson.Decode(b, &d); err != nil {
		t.Fatalf("Decode(letter only) = %v; want nil", err)
	}
	if d.Letter == nil || d.CV != nil || d.Note != nil {
		t.Errorf("Decode(letter only) = %+v; want only the letter", d)
	}
	if diff := cmp.Diff([]itu.Kind(nil), d.Missing()); diff != "" {
		t.Errorf("Missing() mismatch (-want +got):\n%s", diff)
	}
}

// TestDossierCheckBounded checks that a hostile dossier with thousands of
// candidatures, all naming different people, and thousands of claims is
// checked in bounded time, its excess reported by the length bounds.
func TestDossierCheckBounded(t *testing.T) {
	d := examples.KoreaDossier()
	const n = 20000
	d.NoteVerbale.Candidatures = make([]correspondence.Candidature, n)
	for i := range d.NoteVerbale.Candidatures {
		d.NoteVerbale.Candidatures[i] = correspondence.Candidature{Post: itu.DeputySecretaryGeneral, Candidate: names.Name("Dr Person" + strconv.Itoa(i) + " LEE"), MemberState: "KOR"}
	}
	for len(d.Claims) < n {
		d.Claims = append(d.Claims, d.Claims[0])
	}
	start := time.Now()
	vs := d.Check(seedAsOf)
	if el := time.Since(start); el > 20*time.Second {
		t.Errorf("Check took %v; want it bounded", el)
	}
	var codes []string
	for _, v := range vs {
		if v.Path == "/claims" || v.Path == "/note_verbale/candidatures" {
			codes = append(codes, v.Path+" "+v.Code)
		}
	}
	if diff := cmp.Diff([]string{"/claims field.too_many", "/note_verbale/candidatures field.too_many"}, codes); diff != "" {
		t.Errorf("bounds mismatch (-want +got):\n%s", diff)
	}
}
