package candidacy

import (
	"slices"

	"github.com/plenipot/itu"
)

// requirement is one document a dossier holds for a candidacy it announces:
// the kind of document, the posts it is held for, the rule its absence
// breaks (an error where a text asks for it, a warning where only the ITU's
// published practice does) and why, for the message.
type requirement struct {
	doc  itu.Kind
	post func(itu.Post) bool
	rule itu.Rule
	why  string
}

// requirements lists, per post, the documents of a person's candidacy:
//
//   - the CV, for the elected officials and the Board: the ITU publishes
//     every such candidate's CV ("ITU's election process explained", PP-22),
//     and the Board's members are elected for their qualifications (CS Art.
//     14), but no CS, CV or GR text found asks the dossier for a CV, so its
//     absence is a warning (candidacy.dossier.expected), not a rejection;
//   - the vision statement, for the five elected officials only: the ITU
//     publishes one for each candidate, but no CS, CV or GR text asks for it,
//     so its absence is at most a warning (candidacy.dossier.expected). A
//     Board candidate needs none.
//
// A Council seat needs neither: the candidate is the Member State.
var requirements = []requirement{
	{itu.KindCV, itu.Post.CandidateIsPerson, RuleDossierExpected,
		"the ITU publishes the CV of every candidate for the elected posts and the Board, though no CS, CV or GR text asks for one"},
	{itu.KindVisionStatement, itu.Post.IsElectedOfficial, RuleDossierExpected,
		"the ITU publishes the vision statement of candidates for the elected posts, though no CS, CV or GR text asks for one"},
}

// needed returns the requirements the dossier's candidacies (its explicit
// ones, then ds, the derived ones) bring and the dossier does not meet,
// each with the first candidacy that brings it. A candidacy brings
// requirements only when the dossier announces it: a withdrawn candidacy
// needs nothing more, an addendum needs only what it adds (see
// [Dossier.IsAddendum]) and a corrigendum only its Note (see
// [Dossier.IsCorrigendum]); m is the dossier's marks.
func (d Dossier) needed(m noteMarks, ds []derived) []unmet {
	if m.supplements() {
		return nil
	}
	var out []unmet
	for _, q := range requirements {
		if d.holds(q.doc) {
			continue
		}
		brings := func(c Candidacy) bool { return c.Status != Withdrawn && q.post(c.Post) }
		if i := slices.IndexFunc(d.Explicit, brings); i >= 0 {
			out = append(out, unmet{q, d.Explicit[i]})
		} else {
			for i := range ds {
				if brings(ds[i].c) {
					out = append(out, unmet{q, ds[i].c})
					break
				}
			}
		}
	}
	return out
}

// unmet is a requirement a dossier does not meet, with the candidacy that
// brings it.
type unmet struct {
	requirement
	c Candidacy
}

// holds reports whether d holds a document of kind k.
func (d Dossier) holds(k itu.Kind) bool {
	switch k {
	case itu.KindCV:
		return d.CV != nil
	case itu.KindVisionStatement:
		return d.VisionStatement != nil
	case itu.KindNoteVerbale:
		return d.NoteVerbale != nil
	case itu.KindLetter:
		return d.Letter != nil
	case itu.KindNote:
		return d.Note != nil
	}
	return false
}

// IsAddendum reports whether d's Note is an addendum to another document
// ("Addendum 1 to Document 8-E", "8(Add.1)-E"): such a dossier adds to the
// dossier of that document and needs only what it adds, one document at
// least beside the Note.
func (d Dossier) IsAddendum() bool { return d.marks().addendum }

// adds returns whether an addendum dossier holds a document beside its Note.
func (d Dossier) adds() bool {
	return d.NoteVerbale != nil || d.Letter != nil || d.CV != nil || d.VisionStatement != nil
}
