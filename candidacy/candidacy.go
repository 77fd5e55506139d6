package candidacy

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
)

// Candidacy is one Member State's proposal of one candidate for one post at
// one conference. For the five elected posts and the Radio Regulations Board the
// candidate is a person, a national of the proposing Member State (CS No. 62);
// for a Council seat the candidate is the Member State itself and Candidate is
// empty.
//
// The fields:
//   - Kind: the payload kind, "candidacy" or empty.
//   - Post: the post stood for; required.
//   - Candidate: the person as the documents write the name ("Dr Chaesub LEE");
//     required for every post but a Council seat, where it stays empty.
//   - Nationality: the person candidate's nationality, when known; it must be
//     the proposing Member State (CS No. 62). Empty for a Council seat.
//   - MemberState: the proposing Member State; for a Council seat, the candidate.
//   - Region: the administrative region of the proposing Member State; required
//     for a Council seat, optional otherwise.
//   - Conference: the electing conference, such as "PP-22".
//   - Proposed: the date of the proposing document (the nomination letter, or
//     the note verbale when there is no letter); zero when unknown.
//   - Received: the date the Secretary-General received the candidature; zero
//     when unknown.
//   - Status: where the candidacy stands; zero when not stated.
//   - WithdrawnOn: the date of the document withdrawing the candidacy (a note
//     verbale, letter or Note); zero when it is not withdrawn or the date is
//     unknown. It is not before the candidacy was proposed or received.
//   - Incumbent: whether the candidate holds the post now.
//
// The zero Candidacy is not valid: it names no post, Member State or conference.
type Candidacy struct {
	Kind        itu.Kind           `json:"kind,omitzero" validate:"max=32"`
	Post        itu.Post           `json:"post" validate:"required,valid"`
	Candidate   names.Name         `json:"candidate,omitzero" validate:"omitempty,max=200,text,valid,plain"`
	Nationality itu.StateCode      `json:"nationality,omitzero" validate:"omitempty,max=3,valid"`
	MemberState itu.StateCode      `json:"member_state" validate:"required,max=3,valid"`
	Region      itu.Region         `json:"region,omitzero" validate:"omitempty,max=1,valid"`
	Conference  itu.ConferenceCode `json:"conference" validate:"required,max=32,text,valid,plain"`
	Proposed    civil.Date         `json:"proposed,omitzero" validate:"valid"`
	Received    civil.Date         `json:"received,omitzero" validate:"valid"`
	Status      Status             `json:"status,omitzero" validate:"valid"`
	WithdrawnOn civil.Date         `json:"withdrawn_on,omitzero" validate:"valid"`
	Incumbent   bool               `json:"incumbent,omitzero"`
}

// Check reports every rule c breaks, warnings included, sorted by path. Rules
// that depend on today use [itu.AsOf] and are skipped without it.
func (c Candidacy) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Fields("", c)
	candidacyRules(r, "", c)
	return r.Violations()
}

// Validate reports every rule c breaks: nil when none is an error, otherwise a
// *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings too.
func (c Candidacy) Validate(opts ...itu.Option) error { return check.Result(c.Check(opts...)) }

// String returns a one-line summary: "DSG: Dr Chaesub LEE (KOR), PP-22" or
// "COUNCIL: KOR (Region E), PP-22".
func (c Candidacy) String() string {
	who := string(c.MemberState)
	if c.Candidate != "" {
		who = string(c.Candidate) + " (" + who + ")"
	} else if c.Region != "" {
		who += " (Region " + string(c.Region) + ")"
	}
	s := c.Post.String() + ": " + who
	if c.Conference != "" {
		s += ", " + string(c.Conference)
	}
	return s
}
