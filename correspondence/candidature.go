package correspondence

import (
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/names"
)

// Candidature is one candidature a document announces or presents: a post and
// who stands for it. For every post but a Council seat the candidate is a
// person, named as the document writes the name ("Dr. Chaesub LEE"), proposed
// by MemberState; for a Council seat the Member State itself is the
// candidate and Candidate stays empty. MemberStateText keeps how the
// document names the Member State ("Republic of Korea"). Withdrawal is true
// when the document withdraws the candidature instead of announcing it ("the
// withdrawal of the candidature of ..."). The zero value is not valid: it
// names no post and no Member State.
type Candidature struct {
	Post            itu.Post      `json:"post" validate:"required,valid"`
	Candidate       names.Name    `json:"candidate,omitzero" validate:"max=200,text,valid,plain"`
	MemberState     itu.StateCode `json:"member_state" validate:"required,max=3,valid"`
	MemberStateText string        `json:"member_state_text,omitzero" validate:"max=200,text"`
	Withdrawal      bool          `json:"withdrawal,omitzero"`
}

// String returns a one-line summary: "DSG: Dr Chaesub LEE (KOR)" or "COUNCIL: KOR".
func (c Candidature) String() string {
	if c.Candidate == "" {
		return c.Post.String() + ": " + string(c.MemberState)
	}
	return c.Post.String() + ": " + string(c.Candidate) + " (" + string(c.MemberState) + ")"
}

// Signatory is who signs a document, as the document writes it: the name
// ("Houlin ZHAO"), the title under it ("Secretary-General") and, when a
// transcript describes a handwritten signature, that description as written
// ("A handwritten signature in black ink, appearing to read 'Lim Hyesook'.").
// The zero value is not valid: it names no one.
type Signatory struct {
	Name      names.Name `json:"name" validate:"required,max=200,text,valid,plain"`
	Title     string     `json:"title,omitzero" validate:"max=200,text"`
	Signature string     `json:"signature,omitzero" validate:"max=500,text"`
}

// render appends the signature block: the description of a handwritten
// signature when there is one, then the name and the title.
func (s Signatory) render(t *text) {
	t.block(s.Signature)
	t.block(string(s.Name), s.Title)
}

// Attachment is a document sent with a letter or note verbale: which kind of
// document it is (a CV, a vision statement, a nomination letter) and how the
// covering document describes it ("Dr. Chaesub LEE's curriculum vitae"). The
// zero value is not valid.
type Attachment struct {
	Document    itu.Kind `json:"document" validate:"required,max=32"`
	Description string   `json:"description,omitzero" validate:"max=500,text"`
}

// attachable are the kinds of document a candidature is sent with.
var attachable = []itu.Kind{itu.KindCV, itu.KindVisionStatement, itu.KindLetter, itu.KindNoteVerbale, itu.KindNote}

// Enclosures is the enclosure line at the foot of a document, as written:
// the label ("Enclosed :") and what it lists ("As attached"). The zero value
// means there is no such line.
type Enclosures struct {
	Label string   `json:"label" validate:"required,max=100,text"`
	Items []string `json:"items" validate:"required,min=1,max=20,dive,required,max=300,text"`
}

// IsZero reports whether e is the zero Enclosures (no enclosure line).
func (e Enclosures) IsZero() bool { return e.Label == "" && e.Items == nil }

// String returns the line as printed: "Enclosed : As attached".
func (e Enclosures) String() string {
	if e.IsZero() {
		return ""
	}
	return strings.TrimSpace(e.Label + " " + strings.Join(e.Items, "; "))
}

// ConferenceRef is a conference as a document refers to it: its name
// ("ITU Plenipotentiary Conference"), its code ("PP-22"), its place as written
// ("Bucharest, Romania") and its first and last days. Every field is optional;
// the zero value means the document names no conference.
type ConferenceRef struct {
	Name  string             `json:"name,omitzero" validate:"max=200,text"`
	Code  itu.ConferenceCode `json:"code,omitzero" validate:"max=32,text,valid,plain"`
	Place string             `json:"place,omitzero" validate:"max=200,text"`
	Start civil.Date         `json:"start,omitzero" validate:"valid"`
	End   civil.Date         `json:"end,omitzero" validate:"valid"`
}
