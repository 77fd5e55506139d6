package candidacy

import (
	"strings"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/internal/check"
)

// Claim is a statement one document of a dossier makes about the candidate
// that the CV can confirm: that the candidate has held an ITU post since a
// date. The seed's nomination letter says Dr Lee "has served as the Director
// of the Telecommunication Standardization Bureau (TSB) since 2014", while
// his CV lists "2015 – Present Director, Telecommunication Standardization
// Bureau (TSB), ITU"; [Dossier.Check] notices the difference and explains it
// as a warning, never an error, since both may be right: he was elected at
// PP-14 in 2014 (his vision statement says so), and elected officials take
// office on a date the conference sets, in recent practice 1 January of the
// next year.
//
// The correspondence records keep their text as written and type only the
// candidatures, so claims are extracted by whoever builds the dossier and kept
// here as data:
//   - Source: the document making the claim: "letter", "note_verbale", "note"
//     or "vision_statement";
//   - Text: the claim as the document words it, which must appear in that
//     document's text (spacing aside);
//   - Post: the post the claim says the candidate holds;
//   - Since: when the claim says the candidate started ("2014").
//
// The zero Claim is not valid.
type Claim struct {
	Source itu.Kind        `json:"source" validate:"required,max=32"`
	Text   string          `json:"text" validate:"required,max=2000,text"`
	Post   itu.Post        `json:"post" validate:"required,valid"`
	Since  itu.PartialDate `json:"since" validate:"required,valid"`
}

// claimSources are the documents whose text a claim may quote.
var claimSources = []itu.Kind{itu.KindLetter, itu.KindNoteVerbale, itu.KindNote, itu.KindVisionStatement}

// sourceText returns the text of the document of kind k with runs of space
// collapsed, one string per paragraph, or nil when the dossier does not hold
// it (a held document with no text gives an empty, non-nil slice).
func (d Dossier) sourceText(k itu.Kind) []string {
	var ps []string
	switch {
	case k == itu.KindLetter && d.Letter != nil:
		ps = d.Letter.Text
	case k == itu.KindNoteVerbale && d.NoteVerbale != nil:
		ps = d.NoteVerbale.Text
	case k == itu.KindNote && d.Note != nil:
		ps = d.Note.Text
	case k == itu.KindVisionStatement && d.VisionStatement != nil:
		for _, s := range d.VisionStatement.Sections {
			for _, p := range s.Paragraphs {
				ps = append(ps, p.Text())
			}
		}
	default:
		return nil
	}
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = strings.Join(strings.Fields(p), " ")
	}
	return out
}

// quotes reports whether some paragraph (already collapsed by sourceText)
// contains s, comparing runs of space as one.
func quotes(paragraphs []string, s string) bool {
	want := strings.Join(strings.Fields(s), " ")
	for _, p := range paragraphs {
		if strings.Contains(p, want) {
			return true
		}
	}
	return false
}

// entry is one line of a CV that shows the candidate holding a post.
type entry struct {
	path   string
	period itu.Period
	line   string
}

// postEntries returns the CV's career entries at the ITU and its ITU
// activities whose words name post ("Director, Telecommunication
// Standardization Bureau (TSB), ITU"; "Director, TSB, ITU").
func postEntries(c cv.CV, post itu.Post) []entry {
	var out []entry
	for i, p := range c.Career {
		if atITU(p.Organisation) && namesPost(post, p.Title, p.Unit) {
			out = append(out, entry{check.Path("/cv/career", i), p.Period, p.Line()})
		}
	}
	for i, a := range c.Activities {
		body, _, _ := strings.Cut(a.Body, ",")
		if namesPost(post, a.RoleText, body) {
			out = append(out, entry{check.Path("/cv/itu_activities", i), a.Period, a.Line()})
		}
	}
	return out
}

func atITU(org string) bool {
	o := strings.ToLower(strings.TrimSpace(org))
	return o == "itu" || o == "international telecommunication union"
}

// namesPost reports whether a title and a unit, as a CV writes them, name
// post: "Director" and "Telecommunication Standardization Bureau (TSB)" name
// DirectorTSB, and so do "Director" and "TSB".
func namesPost(post itu.Post, title, unit string) bool {
	if !itu.CouldNamePost(title) {
		return false // every form below starts with the title
	}
	unit = strings.TrimSpace(unit)
	forms := []string{title}
	if unit != "" {
		full, abbr, _ := strings.Cut(unit, "(")
		abbr = strings.TrimSuffix(strings.TrimSpace(abbr), ")")
		forms = append(forms, title+", "+strings.TrimSpace(full), title+" of "+strings.TrimSpace(full), title+" of the "+strings.TrimSpace(full))
		if abbr != "" {
			forms = append(forms, title+" "+abbr)
		}
	}
	for _, f := range forms {
		if p, ok := itu.LookupPost(f); ok && p == post {
			return true
		}
	}
	return false
}

// holdsNow reports whether the CV shows the candidate holding post now.
func holdsNow(c cv.CV, post itu.Post) bool {
	for _, e := range postEntries(c, post) {
		if e.period.Present {
			return true
		}
	}
	return false
}
