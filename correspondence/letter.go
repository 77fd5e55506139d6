package correspondence

import (
	"slices"
	"strings"
	"unicode"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/civil"
	"github.com/plenipot/itu/internal/check"
	"github.com/plenipot/itu/names"
)

// Letter is a nomination letter: the letter in which a Member State's minister
// (or other authority) presents its candidatures to the Secretary-General.
// Text is kept as written so [Letter.Lines] and [Letter.Render] give the
// document back, page breaks included.
//
// The fields:
//   - Kind: the payload kind, "letter" or empty.
//   - Letterhead: the sending authority and its Member State.
//   - Recipient: the addressee block (name, title, organisation, address).
//   - Date, DateText: the date of the letter, and how it writes it
//     ("October 27, 2021") when that differs from "9 November 2021".
//   - Salutation: "Your Excellency," as written.
//   - Text: the paragraphs, each whole even where a page break splits it.
//   - PageBreaks: where the printed pages break, so the text can be set as
//     printed; optional.
//   - Closing: "Yours Sincerely," as written.
//   - Signatory: the signer's name and title as printed, and the description
//     of the handwritten signature when a transcript gives one.
//   - Candidatures: the candidatures the letter presents, typed.
//   - Enclosures: an enclosure line, when the letter has one.
//   - Attachments: the documents sent with the letter, typed.
//   - Language: the language the letter is written in; optional, English
//     when not given. It chooses how the date is printed when DateText is
//     empty ([LabelsFor]).
//
// The zero Letter is not valid.
type Letter struct {
	Kind         itu.Kind      `json:"kind,omitzero" validate:"max=32"`
	Letterhead   Letterhead    `json:"letterhead"`
	Recipient    Recipient     `json:"recipient"`
	Date         civil.Date    `json:"date" validate:"required,valid"`
	DateText     string        `json:"date_text,omitzero" validate:"max=100,text"`
	Salutation   string        `json:"salutation,omitzero" validate:"max=200,text"`
	Text         []string      `json:"text" validate:"required,min=1,max=100,dive,required,max=5000,text"`
	PageBreaks   []PageBreak   `json:"page_breaks,omitzero" validate:"max=50,dive"`
	Closing      string        `json:"closing,omitzero" validate:"max=200,text"`
	Signatory    Signatory     `json:"signatory"`
	Candidatures []Candidature `json:"candidatures" validate:"required,min=1,max=20,dive"`
	Enclosures   Enclosures    `json:"enclosures,omitzero" validate:"omitempty"`
	Attachments  []Attachment  `json:"attachments,omitzero" validate:"max=20,dive"`
	Language     itu.Language  `json:"language,omitzero" validate:"valid"`
}

// Letterhead is the head of a letter: the sending authority as written
// ("Ministry of Science and ICT"), the Member State it belongs to, and how the
// letterhead names that state ("Republic of Korea"). EveryPage says the
// letterhead is printed again at the top of each page, as in the seed letter.
type Letterhead struct {
	Ministry        string        `json:"ministry" validate:"required,max=300,text"`
	MemberState     itu.StateCode `json:"member_state" validate:"max=3"`
	MemberStateText string        `json:"member_state_text,omitzero" validate:"max=200,text"`
	EveryPage       bool          `json:"every_page,omitzero"`
}

// Recipient is the addressee block of a letter as written: the name
// ("H. E. Mr. Houlin Zhao"), the title ("Secretary General"), the organisation
// and the address lines. Only the name is required.
type Recipient struct {
	Name         names.Name `json:"name" validate:"required,max=200,text,valid,plain"`
	Title        string     `json:"title,omitzero" validate:"max=200,text"`
	Organisation string     `json:"organisation,omitzero" validate:"max=300,text"`
	Address      []string   `json:"address,omitzero" validate:"max=10,dive,required,max=300,text"`
}

// PageBreak says where a new page starts: before word Word (counted from 0,
// words being runs of non-space characters) of paragraph Paragraph of the
// text. Word 0 puts the break between paragraphs. Both count from 0, so the
// zero PageBreak is a break before the first paragraph.
type PageBreak struct {
	Paragraph int `json:"paragraph"`
	Word      int `json:"word"`
}

// Check reports every rule l breaks, warnings included, sorted by path. The
// rule on future dates uses [itu.AsOf] and is skipped without it.
func (l Letter) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Fields("", l)
	letterRules(r, l)
	return r.Violations()
}

// Validate reports every rule l breaks: nil when none is an error, otherwise a
// *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings too.
func (l Letter) Validate(opts ...itu.Option) error { return check.Result(l.Check(opts...)) }

// Lines returns the text of the letter as printed, one string per line, with
// "" between blocks: the letterhead, the recipient, the date, the salutation,
// the paragraphs (split at page breaks, with the letterhead again on each new
// page when it is printed on every page), the closing, the signature block
// and the enclosure line. Page breaks that point outside the text are left out.
func (l Letter) Lines() []string { return l.text().lines() }

// Render returns the letter as published, in the form of the transcripts of
// ITU documents: each page opened by three blank lines, blocks as
// [Letter.Lines] gives them separated by one blank line, and no line feed
// after the last line. The letter of PP-22 Document 12-E comes back byte for
// byte, over its two pages.
func (l Letter) Render() string { return l.text().render() }

func (l Letter) text() text {
	var t text
	head := l.Letterhead.lines()
	t.block(head...)
	rc := l.Recipient
	t.block(append([]string{string(rc.Name), rc.Title, rc.Organisation}, rc.Address...)...)
	t.block(dateText(LabelsFor(l.Language), l.Date, l.DateText))
	t.block(l.Salutation)
	breaks := l.breaksByParagraph()
	for i, p := range l.Text {
		for k, part := range splitAtWords(p, breaks[i]) {
			if k > 0 {
				t.pageBreak()
				if l.Letterhead.EveryPage {
					t.block(head...)
				}
			}
			t.block(part)
		}
	}
	t.block(l.Closing)
	l.Signatory.render(&t)
	t.block(l.Enclosures.String())
	return t
}

func (h Letterhead) lines() []string {
	state := h.MemberStateText
	if state == "" {
		state = h.MemberState.Name()
	}
	return nonEmpty(h.Ministry, state)
}

// breaksByParagraph returns, for each paragraph with a page break, the words
// before which a break falls, sorted and without repeats; breaks outside the
// text are left out. It reads the breaks once, whatever the paragraphs.
func (l Letter) breaksByParagraph() map[int][]int {
	out := map[int][]int{}
	words := map[int]int{}
	for _, b := range l.PageBreaks {
		if b.Paragraph < 0 || b.Paragraph >= len(l.Text) {
			continue
		}
		n, ok := words[b.Paragraph]
		if !ok {
			n = wordCount(l.Text[b.Paragraph])
			words[b.Paragraph] = n
		}
		if b.Word >= 0 && b.Word < n {
			out[b.Paragraph] = append(out[b.Paragraph], b.Word)
		}
	}
	for i, ws := range out {
		slices.Sort(ws)
		out[i] = slices.Compact(ws)
	}
	return out
}

// splitAtWords splits p before each of the words ws (0-based, sorted), trimming
// the spaces at each split; a break before word 0 gives an empty first part.
func splitAtWords(p string, ws []int) []string {
	var parts []string
	word, start, inWord := -1, 0, false
	for i, r := range p {
		space := unicode.IsSpace(r)
		if !space && !inWord {
			word++
			if len(ws) > 0 && word == ws[0] {
				parts = append(parts, strings.TrimRightFunc(p[start:i], unicode.IsSpace))
				start, ws = i, ws[1:]
			}
		}
		inWord = !space
	}
	return append(parts, p[start:])
}
