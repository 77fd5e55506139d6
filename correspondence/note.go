package correspondence

import (
	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
)

// Note is a Note by the Secretary-General: the conference document in which
// the Secretary-General transmits candidatures to the conference (PP-22
// Document 12-E). Text is kept as written so [Note.Lines] and [Note.Render]
// give the document back.
//
// The fields:
//   - Kind: the payload kind, "note" or empty.
//   - Conference: the conference the note is issued to ("PP-22"); optional,
//     since the note itself does not print it.
//   - Body: the meeting the document is for, as written ("PLENARY MEETING").
//   - Symbol: the document symbol as written ("Document 12-E"); it must carry
//     a language suffix.
//   - Date, DateText: the date of issue, and how the note writes it when that
//     differs from the ITU style "9 November 2021" ([FormatDate]).
//   - Original: the language the document was first written in.
//   - Language: the language of this version ("fr" for "Document 12-F");
//     optional. When given, the symbol's suffix must name it
//     (correspondence.symbol.language); the Original of a translation stays
//     the language it was translated from.
//   - Title: "Note by the Secretary-General", as written.
//   - Subject: the subject line as written ("CANDIDACY FOR THE POST OF DEPUTY
//     SECRETARY-GENERAL").
//   - Text: the paragraphs of the body, as written, the candidate's own line
//     included ("Dr Chaesub LEE (Republic of Korea)").
//   - References: the documents the text cites ("Document 3").
//   - Candidatures: the candidatures transmitted, typed.
//   - Signatory: the Secretary-General's name and title as printed.
//   - Annexes: how many annexes the note has ("Annex: 1"); zero for none.
//
// The zero Note is not valid.
type Note struct {
	Kind         itu.Kind           `json:"kind,omitzero" validate:"max=32"`
	Conference   itu.ConferenceCode `json:"conference,omitzero" validate:"max=32,text,valid,plain"`
	Body         string             `json:"body" validate:"required,max=200,text"`
	Symbol       Symbol             `json:"symbol" validate:"required,max=100"`
	Date         civil.Date         `json:"date" validate:"required,valid"`
	DateText     string             `json:"date_text,omitzero" validate:"max=100,text"`
	Original     itu.Language       `json:"original" validate:"required,valid"`
	Language     itu.Language       `json:"language,omitzero" validate:"valid"`
	Title        string             `json:"title" validate:"required,max=200,text"`
	Subject      string             `json:"subject" validate:"required,max=500,text"`
	Text         []string           `json:"text" validate:"required,min=1,max=100,dive,required,max=5000,text"`
	References   []Symbol           `json:"references,omitzero" validate:"max=50,dive,required,max=100"`
	Candidatures []Candidature      `json:"candidatures" validate:"required,min=1,max=200,dive"`
	Signatory    Signatory          `json:"signatory"`
	Annexes      int                `json:"annexes,omitzero" validate:"min=0,max=100"`
}

// Check reports every rule n breaks, warnings included, sorted by path. The
// rule on future dates uses [itu.AsOf] and is skipped without it.
func (n Note) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Fields("", n)
	noteRules(r, n)
	return r.Violations()
}

// Validate reports every rule n breaks: nil when none is an error, otherwise a
// *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings too.
func (n Note) Validate(opts ...itu.Option) error { return check.Result(n.Check(opts...)) }

// Lines returns the text of the note as printed, one string per line, with ""
// between blocks: the body, the symbol, date and original language, the
// title, the subject, the paragraphs, the signatory and the annex line.
func (n Note) Lines() []string { return n.text().lines() }

// Render returns the note as published, in the form of the transcripts of
// ITU documents: the page opened by three blank lines, blocks as [Note.Lines]
// gives them separated by one blank line, and no line feed after the last
// line. The Note of PP-22 Document 12-E comes back byte for byte.
func (n Note) Render() string { return n.text().render() }

func (n Note) text() text {
	var t text
	lb := n.Labels()
	t.block(n.Body)
	t.block(string(n.Symbol), dateText(lb, n.Date, n.DateText), lb.OriginalLine(n.Original))
	t.block(n.Title)
	t.block(n.Subject)
	t.paragraphs(n.Text)
	n.Signatory.render(&t)
	t.block(lb.AnnexLine(n.Annexes))
	return t
}

// Labels returns the labels n prints: those of its Language, else of the
// language its symbol's suffix names ("Document 12-F" is French), else
// English.
func (n Note) Labels() Labels {
	if n.Language.IsValid() {
		return LabelsFor(n.Language)
	}
	return LabelsFor(n.Symbol.Language())
}
