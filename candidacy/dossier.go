package candidacy

import (
	"slices"

	"github.com/plenipot/itu"
	"github.com/plenipot/itu/correspondence"
	"github.com/plenipot/itu/cv"
	"github.com/plenipot/itu/internal/check"
)

// Dossier is the set of documents behind one Member State's candidacies at one
// conference, as the Secretary-General publishes them (PP-22 Document 12-E):
//
//   - Note: the Note by the Secretary-General transmitting a candidacy to the
//     conference;
//   - NoteVerbale: the Permanent Mission's note verbale announcing the
//     candidatures;
//   - Letter: the minister's nomination letter presenting them;
//   - CV and VisionStatement: the person candidate's curriculum vitae and
//     vision statement.
//
// Every document is optional, so a dossier still being put together decodes;
// [Dossier.Check] says which documents its candidacies still need
// ([Dossier.Missing]). One note verbale and one letter may announce several
// candidatures at once (the seed announces Korea for a Council seat and Dr
// Chaesub LEE for Deputy Secretary-General); [Dossier.Candidacies] gives them
// as typed candidacies.
//
// Explicit (JSON "candidacies"), when given, states the candidacies outright,
// with what the documents cannot say, such as the date received, the outcome
// or incumbency for a Council seat; each must agree with the documents. Claims holds statements the documents make about
// the candidate that the CV can confirm, such as "Director of TSB since 2014";
// see [Claim].
//
// The zero Dossier decodes but is not valid: it holds no candidature.
type Dossier struct {
	Kind            itu.Kind                    `json:"kind,omitzero" validate:"max=32"`
	Explicit        []Candidacy                 `json:"candidacies,omitzero" validate:"max=20"`
	Note            *correspondence.Note        `json:"note,omitzero" validate:"-"`
	NoteVerbale     *correspondence.NoteVerbale `json:"note_verbale,omitzero" validate:"-"`
	Letter          *correspondence.Letter      `json:"letter,omitzero" validate:"-"`
	CV              *cv.CV                      `json:"cv,omitzero" validate:"-"`
	VisionStatement *cv.VisionStatement         `json:"vision_statement,omitzero" validate:"-"`
	Claims          []Claim                     `json:"claims,omitzero" validate:"max=50,dive"`
}

// Check reports every rule d breaks, warnings included, sorted by path: the
// rules of each document (under "/note", "/cv", ...), of each explicit
// candidacy (under "/candidacies/0", ...), and the rules that tie the
// documents together. Rules that depend on today use [itu.AsOf] and are
// skipped without it.
func (d Dossier) Check(opts ...itu.Option) []itu.Violation {
	r := check.New(opts...)
	r.Kind("/kind", d.Kind, itu.KindDossier)
	r.Fields("", d)
	if d.Note != nil {
		r.Append("/note", d.Note.Check(opts...)...)
	}
	if d.NoteVerbale != nil {
		r.Append("/note_verbale", d.NoteVerbale.Check(opts...)...)
	}
	if d.Letter != nil {
		r.Append("/letter", d.Letter.Check(opts...)...)
	}
	if d.CV != nil {
		r.Append("/cv", d.CV.Check(opts...)...)
	}
	if d.VisionStatement != nil {
		r.Append("/vision_statement", d.VisionStatement.Check(opts...)...)
	}
	for i, c := range d.Explicit {
		r.Append(check.Path("/candidacies", i), c.Check(opts...)...)
	}
	dossierRules(r, d)
	return r.Violations()
}

// Validate reports every rule d breaks: nil when none is an error, otherwise a
// *[itu.ValidationError] (matching [itu.ErrInvalid]) that lists warnings too.
func (d Dossier) Validate(opts ...itu.Option) error { return check.Result(d.Check(opts...)) }

// Candidacies returns the candidacies d carries: a copy of d.Explicit when it
// is not empty, otherwise the candidacies derived
// from the documents, one per post, in the order the note verbale (then the
// letter, the Note, the CV and the vision statement) first announces them.
//
// A derived candidacy takes:
//   - Candidate: the name as most documents agree on it, written as the first
//     of the Note, the note verbale, the letter, the CV and the vision
//     statement writes it; empty for a Council seat;
//   - Nationality: the CV's, when the CV is for that post;
//   - MemberState: the proposing Member State the candidatures name (or,
//     failing that, the sender of the note verbale or letter);
//   - Region: for a Council seat, the registry's region of the Member State,
//     since the documents do not name it ([Dossier.Check] warns when that
//     region is not confirmed);
//   - Conference: the note verbale's conference code ("PP-22"), else the Note's;
//   - Proposed: the date of the letter presenting it, else of the note verbale;
//   - Received: the date of the Note transmitting it, the latest date by which
//     the Secretary-General had it (the documents state no earlier one);
//   - Status: [Announced] when a Note transmits it, else not set;
//   - Incumbent: true when the CV shows the candidate holding the post now;
//     never for a Council seat, which the documents state only in prose.
func (d Dossier) Candidacies() []Candidacy {
	if len(d.Explicit) > 0 {
		return append([]Candidacy(nil), d.Explicit...)
	}
	return d.derived()
}

// derived returns the candidacies derived from the documents.
func (d Dossier) derived() []Candidacy {
	ds := d.derive(d.postIndex())
	out := make([]Candidacy, len(ds))
	for i, x := range ds {
		out[i] = x.c
	}
	return out
}

// Missing returns the kinds of document that d's candidacies need and d does
// not hold, in this order: [itu.KindNoteVerbale] when d holds neither a note
// verbale nor a nomination letter (the Member State's written candidature,
// which every candidacy needs), then [itu.KindCV] and
// [itu.KindVisionStatement] when some candidacy, explicit or announced by the
// documents, is for a post whose candidate is a person (the ITU publishes every such candidate's CV and vision
// statement; a Council seat needs neither). It returns nil for a complete
// dossier.
func (d Dossier) Missing() []itu.Kind { return d.missing(d.derived()) }

// missing is [Dossier.Missing] given the derived candidacies, so one Check
// derives them once.
func (d Dossier) missing(derived []Candidacy) []itu.Kind {
	var out []itu.Kind
	if d.NoteVerbale == nil && d.Letter == nil {
		out = append(out, itu.KindNoteVerbale)
	}
	person := slices.ContainsFunc(d.Explicit, isPersonPost) || slices.ContainsFunc(derived, isPersonPost)
	if person && d.CV == nil {
		out = append(out, itu.KindCV)
	}
	if person && d.VisionStatement == nil {
		out = append(out, itu.KindVisionStatement)
	}
	return out
}

func isPersonPost(c Candidacy) bool { return c.Post.CandidateIsPerson() }
