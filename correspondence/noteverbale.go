package correspondence

import (
	"strings"

	"github.com/plenipot/itu/internal/space"

	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
)

// NoteVerbale is a note verbale: the third-person diplomatic note in which a
// Member State's Permanent Mission announces its candidatures to the Union.
// Text is kept as written so [NoteVerbale.Lines] and [NoteVerbale.Render]
// give the document back.
//
// The fields:
//   - Kind: the payload kind, "note_verbale" or empty.
//   - Mission: the sending Permanent Mission, with its letterhead contact details.
//   - Reference: the mission's reference number as written ("KGV/303/2021").
//   - Date, DateText: the date of the note, and how it writes it when that
//     differs from "9 November 2021" ([FormatDate]).
//   - Addressee: to whom the note is addressed, as written at its foot
//     ("International Telecommunication Union (ITU)").
//   - Text: the paragraphs, as written.
//   - Candidatures: the candidatures the note announces, typed; a Council seat
//     and a person for a post may be announced at once.
//   - Conference: the conference at whose elections the candidatures stand.
//   - Enclosures: the enclosure line ("Enclosed : As attached"); optional.
//   - Attachments: the documents sent with the note, typed.
//   - Signature: the description of a handwritten signature on the note when
//     a transcript gives one, as written ("A handwritten signature in black
//     ink, appearing to read 'Lim Hyesook'."); optional. It is printed above
//     the addressee.
//   - FootPage: the signature and the addressee start a new page, as the
//     transcript of PP-22 Document 12-E sets them; optional.
//   - Language: the language the note is written in; optional, English when
//     not given. It chooses the labels the note prints around what it holds
//     as written (the letterhead's "Tel:" and "Fax:", the date when DateText
//     is empty; see [LabelsFor]).
//
// The zero NoteVerbale is not valid.
type NoteVerbale struct {
	Kind         itu.Kind      `json:"kind,omitzero" validate:"max=32"`
	Mission      Mission       `json:"mission"`
	Reference    string        `json:"reference" validate:"required,max=100,text"`
	Date         civil.Date    `json:"date" validate:"required,valid"`
	DateText     string        `json:"date_text,omitzero" validate:"max=100,text"`
	Addressee    string        `json:"addressee" validate:"required,max=300,text"`
	Text         []string      `json:"text" validate:"required,min=1,max=100,dive,required,max=5000,text"`
	Candidatures []Candidature `json:"candidatures" validate:"required,min=1,max=20,dive"`
	Conference   ConferenceRef `json:"conference,omitzero"`
	Enclosures   Enclosures    `json:"enclosures,omitzero" validate:"omitempty"`
	Attachments  []Attachment  `json:"attachments,omitzero" validate:"max=20,dive"`
	Signature    string        `json:"signature,omitzero" validate:"max=500,text"`
	FootPage     bool          `json:"foot_page,omitzero"`
	Language     itu.Language  `json:"language,omitzero" validate:"valid"`
}

// Mission is a Member State's Permanent Mission as its letterhead shows it:
// the Member State it represents, its name ("Permanent Mission of the Republic
// of Korea"), its city ("Geneva"), the country it is in (ISO 3166-1 alpha-3,
// "CHE"; optional), its address lines, telephone, fax and email. Only the
// Member State and the name are required. Italic says the letterhead is set
// in italics, as a transcript marks it: "*" opens its name and closes its
// city, and opens its address and closes its last contact line.
//
// A number written in national form ("022 749 41 11") is read in the
// numbering plan of the country the mission is in: Country when given,
// otherwise the country of City when it names Geneva (the seat of the Union)
// or New York (the seat of the United Nations), where permanent missions to
// the ITU write from; a mission elsewhere that gives no Country is not read.
type Mission struct {
	MemberState itu.StateCode `json:"member_state" validate:"max=3"`
	Name        string        `json:"name" validate:"required,max=300,text"`
	City        string        `json:"city,omitzero" validate:"max=100,text"`
	Country     itu.StateCode `json:"country,omitzero" validate:"max=3,valid"`
	Address     []string      `json:"address,omitzero" validate:"max=10,dive,required,max=300,text"`
	Telephone   Phone         `json:"telephone,omitzero" validate:"max=40"`
	Fax         Phone         `json:"fax,omitzero" validate:"max=40"`
	Email       Email         `json:"email,omitzero" validate:"max=254"`
	Italic      bool          `json:"italic,omitzero"`
}

// missionCities maps the cities permanent missions to the ITU write from, in
// the official languages of the Union (and German and Italian for Geneva), to
// the ISO 3166-1 alpha-2 code of their country.
var missionCities = map[string]string{
	"geneva": "CH", "genève": "CH", "geneve": "CH", "ginebra": "CH", "genf": "CH", "ginevra": "CH",
	"женева": "CH", "日内瓦": "CH", "جنيف": "CH",
	"new york": "US", "new york city": "US", "new york, ny": "US", "nueva york": "US", "nouvelle-york": "US",
	"нью-йорк": "US", "纽约": "US", "نيويورك": "US",
}

// location returns the ISO 3166-1 alpha-2 code of the country the mission is
// in ("CH"), or "" when the record does not say.
func (m Mission) location() string {
	if m.Country != "" {
		if !m.Country.IsValid() {
			return ""
		}
		r, err := language.ParseRegion(string(m.Country))
		if err != nil {
			return ""
		}
		return r.String()
	}
	return missionCities[strings.ToLower(norm.NFC.String(space.Collapse(m.City)))]
}

// Check reports every rule n breaks, warnings included, sorted by path. The
// rule on future dates uses [itu.AsOf] and is skipped without it.
func (n NoteVerbale) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Fields("", n)
	noteVerbaleRules(r, n)
	return r.Violations()
}

// Validate reports every rule n breaks: nil when none is an error, otherwise a
// *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings too.
func (n NoteVerbale) Validate(opts ...itu.Option) error { return check.Result(n.Check(opts...)) }

// Lines returns the text of the note verbale as printed, one string per line,
// with "" between blocks: the mission's name and city, its address and
// contact lines, the reference, the paragraphs, the date, the enclosure line,
// the description of the signature and the addressee. The italics a
// transcript marks with "*" are not part of the text; see [NoteVerbale.Render].
func (n NoteVerbale) Lines() []string { return n.text().lines() }

// Render returns the note verbale as published, in the form of the
// transcripts of ITU documents: each page opened by three blank lines (a new
// page before the signature when FootPage is set), blocks as
// [NoteVerbale.Lines] gives them separated by one blank line, an italic
// letterhead marked with "*", and no line feed after the last line. The note
// verbale of PP-22 Document 12-E comes back byte for byte.
func (n NoteVerbale) Render() string { return n.text().render() }

func (n NoteVerbale) text() text {
	var t text
	lb := LabelsFor(n.Language)
	m := n.Mission
	head := t.block
	if m.Italic {
		head = t.italic
	}
	head(m.Name, m.City)
	head(append(append([]string{}, m.Address...), lb.ContactLine(string(m.Telephone), string(m.Fax)), string(m.Email))...)
	t.block(n.Reference)
	t.paragraphs(n.Text)
	t.block(dateText(lb, n.Date, n.DateText))
	t.block(n.Enclosures.String())
	if n.FootPage {
		t.pageBreak()
	}
	t.block(n.Signature)
	t.block(n.Addressee)
	return t
}
